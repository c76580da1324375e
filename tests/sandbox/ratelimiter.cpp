// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "ratelimiter.h"

#include <algorithm>

void RateLimiter::configure(int requests, int windowMs, bool sendRetryAfter)
{
    m_limit = std::max(0, requests);
    m_windowMs = std::max(1, windowMs);
    m_sendRetryAfter = sendRetryAfter;
    m_accepted.clear();
}

RateLimiter::Verdict RateLimiter::admit(const QString &endpoint, qint64 nowMs)
{
    if (m_limit <= 0)
        return {};
    std::deque<qint64> &accepted = m_accepted[endpoint];
    while (!accepted.empty() && accepted.front() + m_windowMs <= nowMs)
        accepted.pop_front();
    if (int(accepted.size()) < m_limit) {
        accepted.push_back(nowMs);
        return {};
    }
    const qint64 waitMs = accepted.front() + m_windowMs - nowMs;
    return {false, int(std::max<qint64>(1, (waitMs + 999) / 1000))};
}
