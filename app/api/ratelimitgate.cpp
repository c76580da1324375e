// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "ratelimitgate.h"

#include "apilogging.h"

#include <algorithm>

using namespace std::chrono_literals;
using std::chrono::duration_cast;
using std::chrono::milliseconds;

RateLimitGate::RateLimitGate()
    : m_clock([] { return std::chrono::steady_clock::now(); })
    , m_window(60s)
{
}

void RateLimitGate::setWindow(milliseconds window)
{
    m_window = std::max(window, 1ms);
}

void RateLimitGate::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

// Covers the timer's and the service's clock granularity; the entries' times are already
// upper bounds (answer times), so this can stay small.
milliseconds RateLimitGate::margin() const
{
    return std::clamp(m_window / 40, 20ms, 500ms);
}

void RateLimitGate::prune(Endpoint &state) const
{
    const TimePoint oldest = m_clock() - m_window;
    state.entries.removeIf([&](const Entry &e) { return !e.inFlight && e.at < oldest; });
}

void RateLimitGate::recover(Endpoint &state) const
{
    if (!state.limit)
        return;
    const TimePoint now = m_clock();
    if (now - state.lastRateLimited >= QuietBeforeProbing) {
        state.limit.reset();
        state.highestLimit = 0;
        qCInfo(lcOrgDeskApi) << "rate limit: no 429 for" << QuietBeforeProbing.count()
                             << "minutes; pacing stops until the next one";
        return;
    }
    if (*state.limit >= state.highestLimit || now < state.cleanSince)
        return;
    const auto cleanWindows = (now - state.cleanSince) / m_window;
    if (cleanWindows < 1)
        return;
    state.cleanSince += cleanWindows * m_window;
    const auto raised = std::min<decltype(cleanWindows)>(*state.limit + cleanWindows, state.highestLimit);
    state.limit = int(raised);
}

milliseconds RateLimitGate::delayBeforeSend(const QString &endpoint) const
{
    const auto it = m_endpoints.find(endpoint);
    if (it == m_endpoints.end())
        return 0ms;
    Endpoint &state = *it;
    prune(state);
    recover(state);
    const TimePoint now = m_clock();
    TimePoint until = std::max(now, state.coolUntil);
    // Rejected requests occupy the window too: the service may count them.
    const qsizetype excess = state.limit ? state.entries.size() - *state.limit + 1 : 0;
    if (excess > 0) {
        QList<TimePoint> times;
        for (const Entry &e : std::as_const(state.entries))
            times.append(e.inFlight ? now : e.at); // in flight: leaves a window after it ends
        std::sort(times.begin(), times.end());
        until = std::max(until, times.at(excess - 1) + m_window + margin());
    }
    return duration_cast<milliseconds>(until - now) + (until > now ? 1ms : 0ms);
}

quint64 RateLimitGate::sent(const QString &endpoint)
{
    const quint64 ticket = m_nextTicket++;
    m_endpoints[endpoint].entries.append(Entry{ticket, m_clock(), true, false});
    return ticket;
}

void RateLimitGate::answered(quint64 ticket, bool rejected)
{
    for (Endpoint &state : m_endpoints) {
        for (Entry &e : state.entries) {
            if (e.ticket != ticket)
                continue;
            e.at = m_clock();
            e.inFlight = false;
            e.rejected = rejected;
            if (!rejected)
                state.rejectionsInARow = 0;
            return;
        }
    }
}

void RateLimitGate::rateLimited(const QString &endpoint, std::optional<milliseconds> serverDelay)
{
    Endpoint &state = m_endpoints[endpoint];
    prune(state);
    ++state.rejectionsInARow;
    const TimePoint now = m_clock();
    state.cleanSince = now;
    state.lastRateLimited = now;
    if (serverDelay) {
        state.coolUntil = std::max(state.coolUntil, now + *serverDelay);
        return;
    }
    const auto accepted = std::count_if(state.entries.cbegin(), state.entries.cend(),
                                        [](const Entry &e) { return !e.rejected; });
    if (accepted > 0) {
        // The first window after a 429 is spent waiting for it to empty: a window of pacing
        // without a 429 can only begin after that.
        state.cleanSince = now + m_window;
        // Refused below the highest limit (while raising towards it, or again right after a
        // drained window): whoever drained it is still there, so stop raising.
        const bool raising = state.limit && *state.limit < state.highestLimit;
        state.limit = int(accepted);
        state.highestLimit = raising ? int(accepted) : std::max(state.highestLimit, int(accepted));
        qCInfo(lcOrgDeskApi).nospace().noquote() << "rate limit of \"" << endpoint << "\" learned: "
                                       << accepted << " requests per " << m_window.count() << " ms";
        return;
    }
    // Nothing of ours was accepted lately (the limit was used up elsewhere): back off,
    // doubling up to one window.
    const milliseconds wait = std::min<milliseconds>(250ms * (1 << std::min(state.rejectionsInARow, 16)),
                                                     m_window + margin());
    state.coolUntil = std::max(state.coolUntil, now + wait);
}

std::optional<int> RateLimitGate::learnedLimit(const QString &endpoint) const
{
    const auto it = m_endpoints.find(endpoint);
    if (it == m_endpoints.end())
        return std::nullopt;
    recover(*it);
    return it->limit;
}

void RateLimitGate::reset()
{
    m_endpoints.clear();
}
