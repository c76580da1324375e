// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

#include <deque>

/// A sliding-window limit of N accepted requests per window, counted per endpoint, as the
/// admin endpoints of the real service appear to apply it.
class RateLimiter
{
public:
    struct Verdict
    {
        bool allowed = true;
        int retryAfterSeconds = 0; ///< until the oldest counted request leaves the window
    };

    /// @p requests 0 (or less) switches the limit off.
    void configure(int requests, int windowMs, bool sendRetryAfter);
    /// Counts the request if allowed; a refused request takes no slot.
    [[nodiscard]] Verdict admit(const QString &endpoint, qint64 nowMs);
    void forget() { m_accepted.clear(); }

    [[nodiscard]] int limit() const { return m_limit; }
    [[nodiscard]] int windowMs() const { return m_windowMs; }
    [[nodiscard]] bool sendsRetryAfter() const { return m_sendRetryAfter; }

private:
    int m_limit = 0;
    int m_windowMs = 60000;
    bool m_sendRetryAfter = false;
    QHash<QString, std::deque<qint64>> m_accepted; ///< per endpoint, oldest first
};
