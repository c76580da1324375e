// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui { class EmptyStateView; }

/// What a list shows instead of its table when there is nothing to show: a title, a line or
/// two of explanation and at most one button that leads on ("New project…", "Retry").
///
/// It knows nothing of projects: the window decides what to say, this view says it, centred
/// and kept to short lines in any width.
class EmptyStateView : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateView(QWidget *parent = nullptr);
    ~EmptyStateView() override;

    /// Shows @p title, @p text (hidden when empty) and a button labelled @p buttonText
    /// (hidden when empty).
    void setContent(const QString &title, const QString &text, const QString &buttonText);

Q_SIGNALS:
    /// The button was pressed.
    void buttonClicked();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitText();

    std::unique_ptr<Ui::EmptyStateView> m_ui;
    QMargins m_margins; ///< the form's, before fitText() widens the sides
};
