// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QLabel;
class QProgressBar;
class QWidget;

/// The busy line of a dialog that sends one request: a progress bar and the text under it
/// (what is being done, or the rate limit's countdown while the request waits). The dialog's
/// error area is taken down when work starts. Starts hidden.
class RequestProgress
{
public:
    /// Nothing is owned.
    RequestProgress(QProgressBar *bar, QLabel *label, QWidget *errorArea);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// Shows the bar with @p text (none: the bar alone), or takes both down.
    void setBusy(bool busy, const QString &text = {});
    /// While busy, @p text (a wait's countdown) replaces the busy text; empty restores it.
    void setWaitingText(const QString &text);

private:
    QProgressBar *m_bar;
    QLabel *m_label;
    QWidget *m_errorArea;
    QString m_text;
    bool m_busy = false;
};
