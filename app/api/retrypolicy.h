// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

/// When a failed request may be sent again, and after how long: the rules of the official
/// OpenAI SDKs, which users already trust.
///
/// `x-should-retry` decides outright; otherwise 408, 409, 429, >= 500, timeouts and connection
/// errors are retried. The delay is the server's (`retry-after-ms`, else `retry-after` in
/// seconds or as an HTTP date) when it lies in (0, 60] s, else min(0.5 s * 2^n, 8 s) shortened
/// by up to 25 % of jitter.
class RetryPolicy
{
public:
    /// What the response said about retrying (raw header values; empty when absent).
    struct Hints
    {
        QByteArray shouldRetry;  ///< x-should-retry
        QByteArray retryAfterMs; ///< retry-after-ms
        QByteArray retryAfter;   ///< retry-after: seconds or an HTTP date
    };

    using RandomSource = std::function<double()>; ///< numbers in [0, 1)
    using Clock = std::function<QDateTime()>;     ///< "now", for HTTP-date retry-after

    RetryPolicy();

    void setRandomSource(RandomSource random);
    void setClock(Clock clock);

    /// x-should-retry when it says true or false, else whether the error is retryable.
    [[nodiscard]] bool shouldRetry(const ApiError &error, const Hints &hints) const;
    /// For a request that overwrites (a rename): a retryable failure other than a 409 (someone
    /// else changed it), unless x-should-retry says false; x-should-retry: true alone is not
    /// enough, since a late repeat could undo another person's change.
    [[nodiscard]] bool shouldRetryOverwrite(const ApiError &error, const Hints &hints) const;
    /// The server's requested delay, when it asked for one between 0 (exclusive) and 60 s.
    [[nodiscard]] std::optional<std::chrono::milliseconds> serverDelay(const Hints &hints) const;
    /// The exponential backoff before retry @p retry (0 for the first retry).
    [[nodiscard]] std::chrono::milliseconds backoff(int retry) const;
    /// serverDelay() if any, else backoff(@p retry).
    [[nodiscard]] std::chrono::milliseconds delay(int retry, const Hints &hints) const;

    /// The x-should-retry header as a decision, or none when absent or unreadable.
    [[nodiscard]] static std::optional<bool> shouldRetryHeader(const Hints &hints);

private:
    RandomSource m_random;
    Clock m_clock;
};
