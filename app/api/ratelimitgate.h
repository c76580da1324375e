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
/// instead. All requests to an endpoint share its state; endpoints never share a limit (the
/// service counts each endpoint on its own, and their limits differ).
///
/// What a 429 taught is kept, because every probe above it costs a refused request:
/// - Learned below the highest limit learned (another script drained the organization's shared
///   limit for a while), each full window of pacing without a 429 allows one request more, up
///   to that highest limit and no further.
/// - A 429 that refuses such a raise shows the other script is still there: the highest limit
///   becomes what that 429 taught, so the gate stops raising instead of paying a 429 every
///   other window.
/// - Only after QuietBeforeProbing without any 429 is the endpoint's limit forgotten; the next
///   429, if any, teaches it again. That is the only probe above the highest limit learned.
///   Never probing would keep a limit first learned while another script drained it low for
///   the whole session; this keeps it low for at most 10 minutes.
class RateLimitGate
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    /// How long an endpoint must go without a 429 before its limit is forgotten. A time, not
    /// a number of windows: what raises the real limit above the learned one (another script
    /// finishing, the organization's limit raised) happens at a person's pace, whatever the
    /// service's window. It costs at most one 429 per endpoint per 10 minutes of steady use.
    static constexpr std::chrono::minutes QuietBeforeProbing{10};

    RateLimitGate();

    /// The length of the service's rate-limit window (default 60 s; tests use ~2 s).
    void setWindow(std::chrono::milliseconds window);
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

    /// The requests per window learned for @p endpoint, if a 429 has taught one in the last
    /// QuietBeforeProbing (raised since by clean windows, up to the highest limit learned).
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
        int highestLimit = 0;  ///< the most the limit is raised to (see the class comment)
        TimePoint cleanSince;  ///< the last 429, or the last raise of the limit
        TimePoint lastRateLimited; ///< the last 429 of any kind
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
