// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "ratelimitdelegate.h"

#include "ratelimittemplate.h"

#include <QLineEdit>
#include <QLocale>

std::optional<qint64> PositiveIntegerValidator::parse(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    // QLocale accepts its own group separators where they belong; a bare number too.
    qint64 value = locale.toLongLong(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toLongLong(trimmed, &ok);
    if (!ok || value < 1 || value > RateLimitTemplate::MaxValue)
        return std::nullopt;
    return value;
}

QValidator::State PositiveIntegerValidator::validate(QString &input, int &) const
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return Intermediate;
    if (parse(trimmed, locale()))
        return Acceptable;
    // Digits and separators on the way to a number ("1,5" while typing "1,500").
    const QString separator = locale().groupSeparator();
    for (const QChar c : trimmed) {
        if (!c.isDigit() && QString(c) != separator)
            return Invalid;
    }
    return Intermediate;
}

QWidget *RateLimitDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("rateLimitEditor"));
    editor->setValidator(new PositiveIntegerValidator(editor));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return editor;
}

void RateLimitDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QLineEdit *>(editor);
    bool ok = false;
    const qint64 value = index.data(Qt::EditRole).toLongLong(&ok);
    edit->setText(ok ? QLocale().toString(value) : QString());
    edit->selectAll();
}

void RateLimitDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *edit = static_cast<QLineEdit *>(editor);
    if (const auto value = PositiveIntegerValidator::parse(edit->text()))
        model->setData(index, qlonglong(*value), Qt::EditRole);
}
