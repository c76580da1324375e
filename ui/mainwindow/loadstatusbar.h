// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QStatusBar>
#include <QTimer>

#include <chrono>

class QLabel;
class QProgressBar;
class QPushButton;

/// The main window's status bar: what the list holds on the left; on the right a rate-limit
/// or retry countdown, Load all's progress with its Cancel button, and a busy indicator.
///
/// Short messages (showMessage()) still replace the left-hand text for a while, as in any
/// QStatusBar; the right-hand part stays.
class LoadStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit LoadStatusBar(QWidget *parent = nullptr);

    /// The left-hand text ("100 projects loaded — more available").
    void setCountText(const QString &text);
    /// Counts down @p delay: "Rate limited by OpenAI — retrying in 7 s" when @p rateLimited,
    /// else "The request failed — retrying in 7 s". Replaces a countdown already shown.
    void showWait(std::chrono::milliseconds delay, bool rateLimited);
    /// Takes the countdown down before its end (nothing is waiting any more).
    void stopWait();
    /// "Loading all projects… 300 loaded" with a Cancel button, until @p finished.
    void showLoadAllProgress(int loaded, bool finished);
    /// Shows or hides the busy indicator.
    void setBusy(bool busy);

Q_SIGNALS:
    /// Cancel beside Load all's progress was pressed.
    void cancelLoadAllRequested();

private:
    void updateWait();

    QLabel *m_countLabel;
    QLabel *m_waitLabel;
    QLabel *m_loadAllLabel;
    QPushButton *m_cancelLoadAllButton;
    QProgressBar *m_busyIndicator;
    QTimer m_waitTimer;
    QDeadlineTimer m_waitDeadline;
    bool m_waitIsRateLimit = false;
};
