// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

/// Keeps requests to each endpoint ("list", "create"...) under the service's rate limit.
///
/// The admin endpoints allow only a few requests per minute and often answer 429 without a
/// `retry-after`. So the gate remembers when each request to an endpoint was answered; on a
/// 429 without a delay it takes the number of requests the service accepted in the last window
/// as the limit, holds the next request until the oldest of those leaves the window, and from
/// then on paces every request to stay under that rate. A 429 with a delay starts a cooldown
/// instead. All requests to an endpoint share its state.
///
/// A learned limit is not forever (another script may have drained the organization's shared
/// limit once): after each full window of pacing without a 429 (the window spent waiting
/// after the 429 does not count) the endpoint may send one request more
/// per window, and once that passes the highest limit it ever learned, the limit is forgotten
/// and the next 429, if any, teaches it again.
class RateLimitGate
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    RateLimitGate();

    /// The length of the service's rate-limit window (default 60 s; tests use ~2 s).
    void setWindow(std::chrono::milliseconds window);
    [[nodiscard]] std::chrono::milliseconds window() const;
    void setClock(Clock clock);

    /// How long a request to @p endpoint must still wait before it may be sent (0: now).
    [[nodiscard]] std::chrono::milliseconds delayBeforeSend(const QString &endpoint) const;
    /// A request to @p endpoint is being sent. Returns a ticket for answered().
    quint64 sent(const QString &endpoint);
    /// The request of @p ticket got an answer (or failed); @p rejected for a 429.
    void answered(quint64 ticket, bool rejected);
    /// A 429 for @p endpoint (after answered()). With @p serverDelay the endpoint cools down
    /// that long; without one the gate learns the limit from what it has seen.
    void rateLimited(const QString &endpoint, std::optional<std::chrono::milliseconds> serverDelay);

    /// The requests per window learned for @p endpoint, if a 429 has taught one (and clean
    /// windows since have not raised it past the highest limit learned).
    [[nodiscard]] std::optional<int> learnedLimit(const QString &endpoint) const;

    /// Forgets everything learned and every request seen: the key changed, and the new one
    /// may belong to an organization with limits of its own.
    void reset();

private:
    using TimePoint = std::chrono::steady_clock::time_point;
    struct Entry
    {
        quint64 ticket = 0;
        TimePoint at;          ///< when answered (an upper bound of when the service counted it)
        bool inFlight = true;
        bool rejected = false;
    };
    struct Endpoint
    {
        QList<Entry> entries;  ///< oldest first
        TimePoint coolUntil;
        std::optional<int> limit;
        int highestLimit = 0;  ///< the highest limit ever learned
        TimePoint cleanSince;  ///< the last 429, or the last raise of the limit
        int rejectionsInARow = 0;
    };

    void prune(Endpoint &state) const;
    void recover(Endpoint &state) const;
    [[nodiscard]] std::chrono::milliseconds margin() const;

    Clock m_clock;
    std::chrono::milliseconds m_window;
    quint64 m_nextTicket = 1;
    mutable QHash<QString, Endpoint> m_endpoints;
};
