// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "appundertest.h"
#include "benchsupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

/// What one run of orgdesk-bench measures, and against which sandbox.
struct BenchOptions
{
    QString command;        ///< listing, stall, memory, search, tasks, ratelimit, bulkratelimits, costs, export
    QUrl baseUrl;           ///< the sandbox's http://127.0.0.1:PORT/v1
    QString key;
    QString controlToken;   ///< what the sandbox's control endpoint asks for (x-sandbox-token)
    AppUnderTest::Shape shape = AppUnderTest::Shape::Main;
    int expectedProjects = -1;   ///< what a complete listing must hold (-1: not checked)
    QString query = QStringLiteral("Payments");
    int sortColumn = -1;         ///< search: the column sorted by before typing (-1: as the window starts)
    int rateLimit = 0;           ///< requests per window the sandbox allows (ratelimit)
    int rateLimitWindowMs = 60000;
    int timeoutSeconds = 600;
    bool hidden = false;         ///< diagnosis: never show the window, to tell painting's share
    bool exportJson = false;     ///< export: JSON instead of CSV
    QString cacheFile;           ///< costs: keep the listing cache (and its costs) in this file
};

/// One measurement in this process: it drives OrgDesk against the sandbox, prints one JSON
/// line on stdout and quits the application (exit code 1 when the measurement failed).
class Benchmark : public QObject
{
    Q_OBJECT
public:
    explicit Benchmark(const BenchOptions &options, QObject *parent = nullptr);
    ~Benchmark() override;

    [[nodiscard]] static QStringList commands();
    /// Starts the measurement from the event loop.
    void start();

private:
    using Next = StepRunner::Next;

    // Steps shared by the measurements.
    void showWindow(Next next);
    void loadEverything(Next next);
    void clearLog(Next next);
    void settle(int ms, Next next);

    void runListing();
    void runStall();
    void runMemory();
    void runSearch();
    void runTasks();
    void runRateLimit();
    void runBulkRateLimits(); // bulkratelimitbench.cpp (issue #17)
    void runCosts(); ///< issue #19: the spend column's costs requests (costsbench.cpp)
    void runExport(); // exportbench.cpp

    void fail(const QString &why);
    [[nodiscard]] QJsonObject baseResult() const;
    [[nodiscard]] bool listingComplete(QString *why) const;

    BenchOptions m_options;
    std::unique_ptr<AppUnderTest> m_app;
    std::unique_ptr<SandboxControl> m_control;
    StepRunner m_steps;
    StallProbe m_probe;
    std::unique_ptr<RepaintWatcher> m_paints;
    QElapsedTimer m_clock;
    qint64 m_listingNs = 0;
    qint64 m_startEpochMs = 0; ///< wall clock when the listing started, to place the sandbox log
    MemoryUsage m_memoryBefore;
    int m_errors = 0;
    QString m_firstError;
    int m_waits = 0;
    bool m_errorSeen = false;
};
