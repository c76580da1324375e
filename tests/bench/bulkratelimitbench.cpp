// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// orgdesk-bench bulkratelimits (issue #17): one model's limit set on every project of the
// organization through BulkRateLimiter, as the Set rate limits dialog does it (the preview's
// reads, then Apply), while the sandbox rate-limits each endpoint and answers 429 without
// retry-after.
//
// The least time the limit allows, reading before applying (the user confirms the preview):
// read i of P can go at floor(i / limit) windows, so the last at floor((P - 1) / limit); the
// updates have their own endpoint and bucket, so the last of U at floor((U - 1) / limit)
// windows after the preview. The fewest requests: one read per project (none is known), one
// update per project whose value differs.

#include "benchmark.h"
#include "bulkratelimiter.h"
#include "projecttablemodel.h"

#include <QJsonArray>

namespace {

constexpr qint64 NewTokens = 30000000; // gpt-4o's organization maximum in the sandbox
const QString Model = QStringLiteral("gpt-4o");

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

void Benchmark::runBulkRateLimits()
{
    auto bulk = std::make_shared<std::unique_ptr<BulkRateLimiter>>();
    auto readMs = std::make_shared<double>(0);
    auto totalMs = std::make_shared<double>(0);
    auto updates = std::make_shared<int>(0);
    auto summary = std::make_shared<BulkRateLimitSummary>();
    m_steps.then([this](Next next) { showWindow(next); })
        .then([this](Next next) { loadEverything(next); })
        .then([this](Next next) {
            QString why;
            if (!listingComplete(&why))
                fail(why);
            else
                clearLog(next);
        })
        .then([this, bulk, readMs, updates](Next next) {
            *bulk = std::make_unique<BulkRateLimiter>(m_app->client(), m_app->model()->projects());
            RateLimitChange change;
            change.set(RateLimitField::TokensPerMinute, NewTokens);
            RateLimitTemplate target;
            target.set(Model, change);
            (*bulk)->setTarget(target);
            connect(bulk->get(), &BulkRateLimiter::readingFinished, this, [this, bulk, readMs, updates, next] {
                *readMs = msSince(m_clock);
                *updates = (*bulk)->pendingCount();
                next();
            });
            m_clock.start();
            (*bulk)->startReading();
        })
        .then([this, bulk, totalMs, summary](Next next) {
            connect(bulk->get(), &BulkRateLimiter::finished, this,
                    [this, totalMs, summary, next](const BulkRateLimitSummary &s) {
                *totalMs = msSince(m_clock);
                *summary = s;
                next();
            });
            (*bulk)->apply();
        })
        .run([this, readMs, totalMs, updates, summary] {
            m_control->requests([this, readMs, totalMs, updates, summary](const QJsonArray &log) {
                const int projects = m_app->model()->rowCount();
                const int limit = std::max(1, m_options.rateLimit);
                const double window = m_options.rateLimitWindowMs;
                const double leastReadMs = double((projects - 1) / limit) * window;
                const double leastMs = leastReadMs + (*updates > 0 ? double((*updates - 1) / limit) * window : 0.0);
                int reads = 0;
                int writes = 0;
                int rejected = 0;
                for (const QJsonValue &entry : log) {
                    const QJsonObject request = entry.toObject();
                    if (!request.value(QStringLiteral("path")).toString().contains(QStringLiteral("/rate_limits")))
                        continue;
                    if (request.value(QStringLiteral("status")).toInt() == 429)
                        ++rejected;
                    else if (request.value(QStringLiteral("method")).toString() == QStringLiteral("GET"))
                        ++reads;
                    else
                        ++writes;
                }
                QJsonObject result = baseResult();
                result.insert(QStringLiteral("projects"), projects);
                result.insert(QStringLiteral("changed"), summary->changed);
                result.insert(QStringLiteral("unchanged"), summary->unchanged);
                result.insert(QStringLiteral("failed"), summary->failed);
                result.insert(QStringLiteral("reads"), reads);
                result.insert(QStringLiteral("updates"), writes);
                result.insert(QStringLiteral("rejected"), rejected);
                result.insert(QStringLiteral("minimum_requests"), projects + *updates);
                result.insert(QStringLiteral("read_ms"), *readMs);
                result.insert(QStringLiteral("ms"), *totalMs);
                result.insert(QStringLiteral("least_read_ms"), leastReadMs);
                result.insert(QStringLiteral("least_ms"), leastMs);
                result.insert(QStringLiteral("ratio"), leastMs > 0 ? *totalMs / leastMs : 0.0);
                result.insert(QStringLiteral("rate_limit"), limit);
                result.insert(QStringLiteral("window_ms"), m_options.rateLimitWindowMs);
                reportAndQuit(result);
            });
        });
}
