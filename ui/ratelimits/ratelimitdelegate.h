// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>
#include <QValidator>

#include <optional>

/// Accepts a positive whole number as the locale writes it ("1,500,000" in English,
/// "1.500.000" in German, or without separators).
class PositiveIntegerValidator : public QValidator
{
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString &input, int &position) const override;
    /// The number @p text stands for, if it is a positive whole number within range.
    [[nodiscard]] static std::optional<qint64> parse(const QString &text, const QLocale &locale = {});
};

/// Edits a rate-limit cell with a line edit that takes only positive whole numbers; an
/// incomplete or invalid entry is not written to the model.
class RateLimitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
