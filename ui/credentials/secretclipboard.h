// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

class OneTimeSecret;

/// Puts a secret on the clipboard for a short while.
///
/// The copy is marked for clipboard managers (`x-kde-passwordManagerHint: secret`, which
/// Klipper and others honour by not keeping it in their history), and after clearDelay() the
/// clipboard is cleared if it still holds the secret; something copied since is left alone.
/// Only a SHA-256 digest of the secret is kept for that comparison, never the text. Going
/// away (the application quits) clears it at once, on the same condition.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultClearDelay{30000};

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    /// Tests shorten it; the user gets DefaultClearDelay.
    void setClearDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    [[nodiscard]] std::chrono::milliseconds clearDelay() const { return m_delay; }

    void copy(const OneTimeSecret &secret);
    /// True while a copy made here waits to be cleared.
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    /// The delay is over: @p wasCleared tells whether the clipboard still held the secret.
    void expired(bool wasCleared);

private:
    bool clearIfStillHeld();

    std::chrono::milliseconds m_delay = DefaultClearDelay;
    QTimer m_timer;
    QByteArray m_digest;
};
