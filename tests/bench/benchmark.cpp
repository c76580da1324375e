// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "benchmark.h"

#include "adminapiclient.h"
#include "projectfiltermodel.h"
#include "projecttablemodel.h"

#include <QAction>
#include <QDateTime>
#include <QCoreApplication>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace {

const QString listPath = QStringLiteral("/v1/organization/projects");

double msOf(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

int pagesFor(int projects)
{
    return std::max(1, (projects + 99) / 100);
}

} // namespace

Benchmark::Benchmark(const BenchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_app(std::make_unique<AppUnderTest>(options.shape, options.baseUrl, options.key))
{
    m_control = std::make_unique<SandboxControl>(m_app->network(), options.baseUrl,
                                                 options.controlToken);
    m_app->client()->setRateLimitWindow(std::chrono::milliseconds(options.rateLimitWindowMs));
    connect(m_app->model(), &ProjectTableModel::errorOccurred, this, [this](const ApiError &error) {
        if (m_errors++ == 0)
            m_firstError = error.userMessage();
        m_errorSeen = true;
    });
    connect(m_app->client(), &AdminApiClient::waiting, this,
            [this](const QString &, std::chrono::milliseconds, const ApiError &) { ++m_waits; });
}

Benchmark::~Benchmark() = default;

QStringList Benchmark::commands()
{
    return {QStringLiteral("listing"), QStringLiteral("stall"), QStringLiteral("memory"),
            QStringLiteral("search"), QStringLiteral("tasks"), QStringLiteral("ratelimit"),
            QStringLiteral("bulkratelimits"), QStringLiteral("costs"), QStringLiteral("export")};
}

void Benchmark::start()
{
    QTimer::singleShot(std::chrono::seconds(m_options.timeoutSeconds), this, [this] {
        fail(QStringLiteral("timed out after %1 s").arg(m_options.timeoutSeconds));
    });
    const QString &command = m_options.command;
    if (command == QLatin1String("listing"))
        runListing();
    else if (command == QLatin1String("stall"))
        runStall();
    else if (command == QLatin1String("memory"))
        runMemory();
    else if (command == QLatin1String("search"))
        runSearch();
    else if (command == QLatin1String("tasks"))
        runTasks();
    else if (command == QLatin1String("ratelimit"))
        runRateLimit();
    else if (command == QLatin1String("bulkratelimits"))
        runBulkRateLimits();
    else if (command == QLatin1String("costs"))
        runCosts();
    else if (command == QLatin1String("export")) // exportbench.cpp
        runExport();
    else
        fail(QStringLiteral("unknown command"));
}

void Benchmark::fail(const QString &why)
{
    failAndQuit(m_options.command, why);
}

QJsonObject Benchmark::baseResult() const
{
    return QJsonObject{
        {QStringLiteral("command"), m_options.command},
        {QStringLiteral("ui"), m_options.shape == AppUnderTest::Shape::Main ? QStringLiteral("main")
                                                                          : QStringLiteral("bare")},
        {QStringLiteral("rows"), m_app->model()->rowCount()},
        {QStringLiteral("expected"), m_options.expectedProjects},
        {QStringLiteral("errors"), m_errors},
        {QStringLiteral("first_error"), m_firstError},
        {QStringLiteral("waits"), m_waits},
    };
}

bool Benchmark::listingComplete(QString *why) const
{
    const ProjectTableModel *model = m_app->model();
    if (!model->isComplete()) {
        *why = QStringLiteral("the listing stopped at %1 projects: %2")
                   .arg(model->rowCount())
                   .arg(m_firstError.isEmpty() ? QStringLiteral("no error") : m_firstError);
        return false;
    }
    if (m_options.expectedProjects >= 0 && model->rowCount() != m_options.expectedProjects) {
        *why = QStringLiteral("listed %1 projects, expected %2")
                   .arg(model->rowCount())
                   .arg(m_options.expectedProjects);
        return false;
    }
    return true;
}

void Benchmark::showWindow(Next next)
{
    if (!m_options.hidden)
        m_app->show();
    // Let the window map, lay out and paint its empty state before anything is measured.
    settle(300, [this, next] {
        m_memoryBefore = MemoryUsage::now();
        next();
    });
}

void Benchmark::settle(int ms, Next next)
{
    QTimer::singleShot(ms, this, std::move(next));
}

void Benchmark::clearLog(Next next)
{
    m_control->clearRequests(std::move(next));
}

// From handing over the key to the last page in the table: what "Load all" costs. The main
// window asks for its first page as soon as it has a key; loadAll() right after it is what
// a user does who clicks "Load all" at once, and it takes over from that first page.
void Benchmark::loadEverything(Next next)
{
    ProjectTableModel *model = m_app->model();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(model, &ProjectTableModel::loadAllProgress, this,
                          [this, connection, next](int, bool finished) {
        if (!finished)
            return;
        m_listingNs = m_clock.nsecsElapsed();
        disconnect(*connection);
        // Queued: the rows of the last page are painted before the next step looks.
        QTimer::singleShot(0, this, next);
    });
    m_startEpochMs = QDateTime::currentMSecsSinceEpoch();
    m_clock.start();
    m_app->start();
    model->loadAll();
}

void Benchmark::runListing()
{
    m_steps.then([this](Next next) { showWindow(next); })
        .then([this](Next next) { clearLog(next); })
        .then([this](Next next) { loadEverything(next); })
        .run([this] {
            QString why;
            if (!listingComplete(&why)) {
                fail(why);
                return;
            }
            m_control->requests([this](const QJsonArray &log) {
                QJsonObject result = baseResult();
                result.insert(QStringLiteral("ms"), msOf(m_listingNs));
                result.insert(QStringLiteral("list_requests"), countRequests(log, QStringLiteral("GET"), listPath));
                result.insert(QStringLiteral("requests"), countRequests(log));
                const QList<double> turnarounds = m_app->network()->turnaroundsMs();
                const QList<double> roundTrips = m_app->network()->roundTripsMs();
                result.insert(QStringLiteral("turnaround_median_ms"), median(turnarounds));
                result.insert(QStringLiteral("turnaround_total_ms"), std::accumulate(turnarounds.cbegin(), turnarounds.cend(), 0.0));
                result.insert(QStringLiteral("round_trip_median_ms"), median(roundTrips));
                result.insert(QStringLiteral("round_trip_total_ms"), std::accumulate(roundTrips.cbegin(), roundTrips.cend(), 0.0));
                // Where the time went: before the first request reached the sandbox, and
                // after the last one reached it.
                if (!log.isEmpty()) {
                    const auto at = [](const QJsonValue &entry) {
                        return QDateTime::fromString(entry.toObject().value(QLatin1String("at")).toString(),
                                                     Qt::ISODateWithMs).toMSecsSinceEpoch();
                    };
                    result.insert(QStringLiteral("first_request_after_ms"), double(at(log.first()) - m_startEpochMs));
                    result.insert(QStringLiteral("after_last_request_ms"),
                                  msOf(m_listingNs) - double(at(log.last()) - m_startEpochMs));
                }
                reportAndQuit(result);
            });
        });
}

void Benchmark::runStall()
{
    m_steps.then([this](Next next) { showWindow(next); })
        .then([this](Next next) {
            m_paints = std::make_unique<RepaintWatcher>(m_app->window());
            m_paints->watchPaints(m_app->table()->viewport());
            // Negative once the listing is complete: a stall then is the completion's.
            m_probe.setContext([this] {
                return m_listingNs > 0 ? -m_app->model()->rowCount() : m_app->model()->rowCount();
            });
            m_probe.start();
            loadEverything(next);
        })
        // What the last page sets off (status, layout, a last repaint) counts too.
        .then([this](Next next) { settle(500, next); })
        .run([this] {
            m_probe.stop();
            QString why;
            if (!listingComplete(&why)) {
                fail(why);
                return;
            }
            QJsonObject result = baseResult();
            result.insert(QStringLiteral("ms"), msOf(m_listingNs));
            result.insert(QStringLiteral("longest_stall_ms"), m_probe.longestGapMs());
            result.insert(QStringLiteral("longest_busy_ms"), m_probe.longestBusyMs());
            result.insert(QStringLiteral("longest_stall_end_ms"), m_probe.longestGapEndMs());
            result.insert(QStringLiteral("rows_at_longest_stall"), m_probe.contextAtLongestGap());
            result.insert(QStringLiteral("stalls_over_16ms"), m_probe.gapsLongerThan(16.0));
            result.insert(QStringLiteral("stalls_over_30ms"), m_probe.gapsLongerThan(30.0));
            result.insert(QStringLiteral("probe_ticks"), m_probe.ticks());
            result.insert(QStringLiteral("busiest_gaps"), m_probe.busiestGaps(5));
            result.insert(QStringLiteral("window_repaints"), m_paints->repaints());
            result.insert(QStringLiteral("table_paints"), m_paints->paints());
            reportAndQuit(result);
        });
}

void Benchmark::runMemory()
{
    m_steps.then([this](Next next) { showWindow(next); })
        .then([this](Next next) { loadEverything(next); })
        .then([this](Next next) { settle(200, next); })
        .run([this] {
            QString why;
            if (!listingComplete(&why)) {
                fail(why);
                return;
            }
            const MemoryUsage after = MemoryUsage::now();
            const int rows = m_app->model()->rowCount();
            const qint64 grownKiB = after.peakKiB - m_memoryBefore.rssKiB;
            QJsonObject result = baseResult();
            result.insert(QStringLiteral("rss_none_kib"), m_memoryBefore.rssKiB);
            result.insert(QStringLiteral("rss_loaded_kib"), after.rssKiB);
            result.insert(QStringLiteral("peak_kib"), after.peakKiB);
            result.insert(QStringLiteral("peak_minus_none_mb"), double(grownKiB) / 1024.0);
            result.insert(QStringLiteral("loaded_minus_none_mb"),
                          double(after.rssKiB - m_memoryBefore.rssKiB) / 1024.0);
            result.insert(QStringLiteral("bytes_per_project"),
                          rows > 0 ? double(grownKiB) * 1024.0 / rows : 0.0);
            reportAndQuit(result);
        });
}

// Types the query one character at a time, then deletes it again, as someone who mistyped
// would; each keystroke is timed from the key event to the end of the repaint it causes.
void Benchmark::runSearch()
{
    auto keystrokes = std::make_shared<QJsonArray>();
    auto times = std::make_shared<QList<double>>();
    auto cpuTimes = std::make_shared<QList<double>>();
    m_steps.then([this](Next next) { showWindow(next); })
        .then([this](Next next) { loadEverything(next); })
        .then([this](Next next) {
            if (m_options.sortColumn >= 0)
                m_app->table()->sortByColumn(m_options.sortColumn, Qt::AscendingOrder);
            settle(300, next);
        });

    const QString query = m_options.query;
    auto watcher = std::make_shared<std::unique_ptr<RepaintWatcher>>();
    const auto keystroke = [this, keystrokes, times, cpuTimes, watcher](const QString &label, std::function<void()> type) {
        return [this, keystrokes, times, cpuTimes, watcher, label, type](Next next) {
            if (!*watcher)
                *watcher = std::make_unique<RepaintWatcher>(m_app->window());
            const int repaintsBefore = (*watcher)->repaints();
            QElapsedTimer clock;
            clock.start();
            const qint64 cpuBefore = threadCpuNs();
            const long faultsBefore = minorFaults();
            type();
            // Until the window has repainted: the filter's signals, layout, and the paint that
            // Qt schedules a few ms later. The processEvents() that delivers the repaint
            // returns after it. (Nothing else runs here: the sandbox is idle.)
            // A change that shows nothing new (the same rows) repaints nothing: then the
            // keystroke ends when the events it posted are handled.
            QCoreApplication::processEvents();
            qint64 endNs = clock.nsecsElapsed();
            qint64 endCpu = threadCpuNs();
            while ((*watcher)->repaints() == repaintsBefore && clock.elapsed() < 200)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            if ((*watcher)->repaints() != repaintsBefore) {
                endNs = clock.nsecsElapsed();
                endCpu = threadCpuNs();
            }
            const double ms = msOf(endNs);
            const double cpuMs = msOf(endCpu - cpuBefore);
            times->append(ms);
            cpuTimes->append(cpuMs);
            keystrokes->append(QJsonObject{{QStringLiteral("key"), label},
                                           {QStringLiteral("ms"), ms},
                                           {QStringLiteral("cpu_ms"), cpuMs},
                                           {QStringLiteral("minor_faults"), qint64(minorFaults() - faultsBefore)},
                                           {QStringLiteral("repainted"), (*watcher)->repaints() != repaintsBefore},
                                           {QStringLiteral("rows_shown"), m_app->filter()->rowCount()}});
            // A fast typist: about 12 keys a second.
            settle(80, next);
        };
    };
    m_steps.then([this](Next next) {
        m_probe.start();
        next();
    });
    for (const QChar character : query)
        m_steps.then(keystroke(QString(character), [this, character] { m_app->typeCharacter(character); }));
    for (qsizetype i = 0; i < query.size(); ++i)
        m_steps.then(keystroke(QStringLiteral("Backspace"), [this] { m_app->typeBackspace(); }));

    m_steps.run([this, keystrokes, times, cpuTimes] {
        m_probe.stop();
        QString why;
        if (!listingComplete(&why)) {
            fail(why);
            return;
        }
        QJsonObject result = baseResult();
        result.insert(QStringLiteral("query"), m_options.query);
        result.insert(QStringLiteral("keystrokes"), *keystrokes);
        result.insert(QStringLiteral("max_keystroke_ms"), *std::max_element(times->cbegin(), times->cend()));
        result.insert(QStringLiteral("median_keystroke_ms"), median(*times));
        result.insert(QStringLiteral("longest_stall_ms"), m_probe.longestGapMs());
        result.insert(QStringLiteral("longest_busy_ms"), m_probe.longestBusyMs());
        result.insert(QStringLiteral("max_keystroke_cpu_ms"), *std::max_element(cpuTimes->cbegin(), cpuTimes->cend()));
        reportAndQuit(result);
    });
}

// Requests per task, read from the sandbox's log. Needs archived projects in the sandbox.
void Benchmark::runTasks()
{
    auto tasks = std::make_shared<QJsonArray>();
    auto createdId = std::make_shared<QString>();
    // Runs a task, waits for stray requests, and records what the log says it cost.
    const auto measured = [this, tasks](const QString &name, int minimum,
                                        std::function<void(Next)> task) {
        return [this, tasks, name, minimum, task](Next next) {
            clearLog([this, tasks, name, minimum, task, next] {
                task([this, tasks, name, minimum, next] {
                    // Anything the task set off (fetchMore, a reload) has time to show up.
                    settle(500, [this, tasks, name, minimum, next] {
                        m_control->requests([tasks, name, minimum, next](const QJsonArray &log) {
                            tasks->append(QJsonObject{{QStringLiteral("task"), name},
                                                      {QStringLiteral("minimum"), minimum},
                                                      {QStringLiteral("measured"), countRequests(log)}});
                            next();
                        });
                    });
                });
            });
        };
    };
    const auto projectStep = [this](std::function<void(AdminApiClient *, AdminApiClient::ProjectHandler)> call,
                                     std::shared_ptr<QString> remember) {
        return [this, call, remember](Next next) {
            call(m_app->client(), [this, remember, next](const ApiResult<Project> &result) {
                if (!result.ok()) {
                    fail(result.error().userMessage());
                    return;
                }
                if (remember)
                    *remember = result.value().id;
                m_app->model()->upsert(result.value());
                next();
            });
        };
    };
    const auto setShowArchived = [this](bool show) {
        if (QAction *action = m_app->showArchivedAction())
            action->setChecked(show); // through the window, as the user does
        else
            m_app->model()->setIncludeArchived(show);
    };

    const int projects = m_options.expectedProjects;
    m_steps.then([this](Next next) { showWindow(next); })
        .then(measured(QStringLiteral("full listing of %1 projects").arg(projects), pagesFor(projects),
                       [this](Next next) { loadEverything(next); }))
        .then([this](Next next) {
            QString why;
            if (!listingComplete(&why))
                fail(why);
            else
                next();
        })
        .then(measured(QStringLiteral("create"), 1, projectStep([this](AdminApiClient *client, AdminApiClient::ProjectHandler done) {
            client->createProject(QStringLiteral("Benchmark project"), this, std::move(done));
        }, createdId)))
        .then(measured(QStringLiteral("rename"), 1, projectStep([this, createdId](AdminApiClient *client, AdminApiClient::ProjectHandler done) {
            client->renameProject(*createdId, QStringLiteral("Benchmark project, renamed"), this, std::move(done));
        }, nullptr)))
        .then(measured(QStringLiteral("archive"), 1, projectStep([this, createdId](AdminApiClient *client, AdminApiClient::ProjectHandler done) {
            client->archiveProject(*createdId, this, std::move(done));
        }, nullptr)))
        .then([this, setShowArchived](Next next) {
            // Not measured: the complete archived-included listing the next task starts from.
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(m_app->model(), &ProjectTableModel::loadAllProgress, this,
                                  [this, connection, next](int, bool finished) {
                if (!finished)
                    return;
                disconnect(*connection);
                if (!m_app->model()->isComplete() || !m_app->model()->includeArchived())
                    fail(QStringLiteral("the archived-included listing did not complete"));
                else
                    next();
            });
            setShowArchived(true);
            m_app->model()->loadAll();
        })
        .then(measured(QStringLiteral("turn \"Show archived\" off after a complete listing"), 0,
                       [setShowArchived](Next next) {
            setShowArchived(false);
            next();
        }))
        .then(measured(QStringLiteral("search"), 0, [this](Next next) {
            for (const QChar character : m_options.query)
                m_app->typeCharacter(character);
            next();
        }))
        .then(measured(QStringLiteral("sort by name, scroll to the end"), 0, [this](Next next) {
            QTableView *table = m_app->table();
            table->sortByColumn(ProjectTableModel::NameColumn, Qt::AscendingOrder);
            table->scrollToBottom();
            next();
        }))
        .run([this, tasks] {
            QJsonObject result = baseResult();
            result.insert(QStringLiteral("tasks"), *tasks);
            reportAndQuit(result);
        });
}

// Lists everything while the sandbox rate-limits the list endpoint and answers 429 without
// retry-after. The least time the limit allows: request i can go at floor(i / limit)
// windows, so the last of P pages at floor((P - 1) / limit) windows.
void Benchmark::runRateLimit()
{
    QTimer *watch = new QTimer(this);
    watch->setInterval(50);
    connect(watch, &QTimer::timeout, this, [this] {
        if (m_app->showsError())
            m_errorSeen = true;
    });
    m_steps.then([this](Next next) { showWindow(next); })
        .then([this](Next next) { clearLog(next); })
        .then([this, watch](Next next) {
            watch->start();
            loadEverything(next);
        })
        .run([this, watch] {
            watch->stop();
            if (m_app->showsError())
                m_errorSeen = true;
            m_control->requests([this](const QJsonArray &log) {
                const int pages = pagesFor(m_options.expectedProjects);
                const int limit = std::max(1, m_options.rateLimit);
                const double leastMs = double((pages - 1) / limit) * m_options.rateLimitWindowMs;
                QString why;
                QJsonObject result = baseResult();
                result.insert(QStringLiteral("complete"), listingComplete(&why));
                result.insert(QStringLiteral("incomplete_why"), why);
                result.insert(QStringLiteral("error_shown"), m_errorSeen);
                result.insert(QStringLiteral("ms"), msOf(m_listingNs));
                result.insert(QStringLiteral("least_ms"), leastMs);
                result.insert(QStringLiteral("ratio"), leastMs > 0 ? msOf(m_listingNs) / leastMs : 0.0);
                result.insert(QStringLiteral("list_requests"), countRequests(log, QStringLiteral("GET"), listPath));
                result.insert(QStringLiteral("rejected"), countRequests(log, QStringLiteral("GET"), listPath, 429));
                result.insert(QStringLiteral("rate_limit"), limit);
                result.insert(QStringLiteral("window_ms"), m_options.rateLimitWindowMs);
                reportAndQuit(result);
            });
        });
}
