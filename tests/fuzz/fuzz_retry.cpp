// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The retry headers: RetryPolicy reading x-should-retry, retry-after-ms and retry-after
// (seconds or an HTTP date), and the delays it derives from them.
// Input: x-should-retry, retry-after-ms, retry-after and the retry number, one a line.

#include "fuzzharness.h"
#include "retrypolicy.h"

#include <QTimeZone>

#include <chrono>
#include <cmath>
#include <limits>

using namespace fuzzharness;
using namespace std::chrono_literals;

namespace {

// The SDKs' bounds (admin-projects-api.md): a server delay in (0, 60] s, a backoff of
// min(0.5 s * 2^n, 8 s) shortened by at most 25 %.
constexpr auto MaxServerDelay = 60s;
constexpr auto MaxBackoff = 8s;
constexpr auto MinBackoff = 375ms;

// A fixed "now", the corpus's HTTP dates lie around it: runs do not depend on the day.
QDateTime fuzzNow()
{
    return QDateTime(QDate(2015, 10, 21), QTime(7, 27, 30), QTimeZone::utc());
}

RetryPolicy policyAt(const QDateTime &now, double random)
{
    RetryPolicy policy;
    policy.setClock([now] { return now; });
    policy.setRandomSource([random] { return random; });
    return policy;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Lines input(data, size);
    RetryPolicy::Hints hints;
    hints.shouldRetry = input.next();
    hints.retryAfterMs = input.next();
    hints.retryAfter = input.next();
    const int retry = input.next().trimmed().toInt(); // 0 when not a number

    const std::optional<std::chrono::milliseconds> server = policyAt(fuzzNow(), 0).serverDelay(hints);
    if (server)
        FUZZ_CHECK(*server > 0ms && *server <= MaxServerDelay, "a server delay lies in (0, 60] s");

    // The random source gives [0, 1): both ends.
    for (const double random : {0.0, std::nextafter(1.0, 0.0)}) {
        const RetryPolicy policy = policyAt(fuzzNow(), random);
        const std::chrono::milliseconds backoff = policy.backoff(retry);
        FUZZ_CHECK(backoff >= MinBackoff && backoff <= MaxBackoff, "a backoff lies in [0.375, 8] s");
        if (retry < std::numeric_limits<int>::max())
            FUZZ_CHECK(policy.backoff(retry + 1) >= backoff, "a later retry never waits less");
        FUZZ_CHECK(policy.delay(retry, hints) == server.value_or(backoff),
                   "the delay is the server's when it gave one, else the backoff");
    }

    // retry-after-ms comes first: when it gives a delay on its own, retry-after changes nothing.
    RetryPolicy::Hints msOnly = hints;
    msOnly.retryAfter.clear();
    if (const auto fromMs = policyAt(fuzzNow(), 0).serverDelay(msOnly))
        FUZZ_CHECK(server == fromMs, "retry-after-ms comes first");

    // An HTTP date is a moment, not a duration: a clock one second later waits one second less.
    if (hints.retryAfterMs.isEmpty() && server && *server > 1s) {
        bool isNumber = false;
        hints.retryAfter.trimmed().toDouble(&isNumber);
        if (!isNumber) {
            const auto later = policyAt(fuzzNow().addSecs(1), 0).serverDelay(hints);
            FUZZ_CHECK(later && *later == *server - 1s, "an HTTP date counts from the clock");
        }
    }

    // x-should-retry decides outright, whatever the error.
    if (const std::optional<bool> decision = RetryPolicy::shouldRetryHeader(hints)) {
        const RetryPolicy policy = policyAt(fuzzNow(), 0);
        FUZZ_CHECK(policy.shouldRetry(ApiError(ApiError::Kind::Server).setHttpStatus(503), hints) == *decision
                       && policy.shouldRetry(ApiError(ApiError::Kind::NotFound).setHttpStatus(404), hints) == *decision,
                   "x-should-retry overrides the status");
    }
    return 0;
}
