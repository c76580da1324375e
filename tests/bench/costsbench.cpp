// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// Issue #19: what the spend column costs. The main window over the last 90 days, from handing
// over the key until the costs of every project are in: how many costs requests (30 daily
// buckets each, so 3), how long, and that every answer stayed under the client's body cap (a
// larger one would have failed the load). With --cache-file the window keeps the listing cache
// there, as main() does: a second run is a second start with a warm cache, which asks only for
// today's costs (one request).

#include "benchmark.h"

#include "listingcache.h"
#include "mainwindow.h"
#include "projectspend.h"
#include "projecttablemodel.h"
#include "spendcontroller.h"

namespace {
const QString CostsPath = QStringLiteral("/v1/organization/costs");
constexpr int Days = 90;
double msOf(qint64 ns)
{
    return double(ns) / 1e6;
}
} // namespace

void Benchmark::runCosts()
{
    auto *window = qobject_cast<MainWindow *>(m_app->window());
    if (!window) {
        fail(QStringLiteral("the costs figure needs the main window (--ui main)"));
        return;
    }
    ProjectSpend *spend = window->spendController()->spend();
    window->spendController()->setPeriodDays(Days);
    ListingCache *cache = nullptr;
    if (!m_options.cacheFile.isEmpty()) {
        cache = new ListingCache(m_options.cacheFile, this);
        window->setListingCache(cache, QStringLiteral("environment")); // main()'s id for this key
    }
    auto rowsAtFirstCosts = std::make_shared<int>(-1);
    m_steps.then([this](Next next) { showWindow(next); })
        .then([this](Next next) { clearLog(next); })
        .then([this, spend, rowsAtFirstCosts](Next next) {
            connect(spend, &ProjectSpend::stateChanged, this,
                    [this, next, rowsAtFirstCosts](ProjectSpend::State state) {
                if (state == ProjectSpend::State::Loading)
                    *rowsAtFirstCosts = m_app->model()->rowCount();
                if (state == ProjectSpend::State::Loaded || state == ProjectSpend::State::Failed) {
                    m_listingNs = m_clock.nsecsElapsed();
                    next();
                }
            });
            m_clock.start();
            m_app->start();
        })
        .run([this, spend, rowsAtFirstCosts, cache] {
            if (!spend->isLoaded()) {
                fail(QStringLiteral("the costs could not be loaded: %1").arg(spend->error().userMessage()));
                return;
            }
            if (cache)
                cache->waitForDone(); // the days just loaded are in the file for the next run
            m_control->requests([this, spend, rowsAtFirstCosts](const QJsonArray &log) {
                QJsonObject result = baseResult();
                result.insert(QStringLiteral("days"), Days);
                result.insert(QStringLiteral("ms"), msOf(m_listingNs));
                result.insert(QStringLiteral("costs_requests"), countRequests(log, QStringLiteral("GET"), CostsPath));
                result.insert(QStringLiteral("costs_pages"), spend->pagesReceived());
                result.insert(QStringLiteral("projects_with_cost"), spend->projectsWithCost());
                result.insert(QStringLiteral("rows_before_costs"), *rowsAtFirstCosts);
                result.insert(QStringLiteral("under_cap"), true);
                reportAndQuit(result);
            });
        });
}
