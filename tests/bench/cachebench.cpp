// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// orgdesk-cache-bench: one measurement of the listing cache (issue #18), one JSON line.
//
//   orgdesk-cache-bench --size N --file PATH
//
// Writes N projects (names and ids shaped like the sandbox's) into PATH through ListingCache,
// as the window does when a listing completes, while a 1 ms timer on the GUI thread records
// the longest gap between its ticks: the stall a write causes. Then reads them back. The file
// is left in place: scripts/bench starts OrgDesk and the yardstick on it (instant start).

#include "listingcache.h"
#include "listingsnapshot.h"
#include "projecttablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

QList<Project> makeProjects(int count)
{
    static const char *words[] = {"Payments", "Search", "Billing", "Support", "Analytics",
                                  "Mobile", "Staging", "Research", "Growth", "Platform"};
    QList<Project> projects;
    projects.reserve(count);
    for (int n = 0; n < count; ++n) {
        Project project;
        project.id = QStringLiteral("proj_%1").arg(QString::number(0x5eed0000ULL + n * 7919ULL, 16)
                                                       .rightJustified(24, u'0'));
        project.name = QStringLiteral("%1 %2 %3").arg(QLatin1String(words[n % 10]),
                                                      QLatin1String(words[(n / 10) % 10]))
                           .arg(n);
        project.createdAt = 1'760'000'000 - qint64(n) * 3600;
        project.status = QStringLiteral("active");
        projects.append(project);
    }
    return projects;
}

/// The longest gap between ticks of a 1 ms timer while @p work runs until @p done.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); tick(); }
    [[nodiscard]] double longestMs() const { return double(m_longest) / 1e6; }
    /// The GUI thread's CPU time within the longest gap: its own work, not the scheduler's.
    [[nodiscard]] double longestCpuMs() const { return double(m_longestCpu) / 1e6; }

private:
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (now - m_last > m_longest) {
            m_longest = now - m_last;
            m_longestCpu = cpu - m_lastCpu;
        }
        m_last = now;
        m_lastCpu = cpu;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Projects to write."),
                                  QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("The cache file."),
                                  QStringLiteral("path"));
    parser.addHelpOption();
    parser.addOptions({size, file});
    parser.process(app);
    const int count = parser.value(size).toInt();
    const QString path = parser.value(file);
    if (count <= 0 || path.isEmpty()) {
        std::printf("{\"error\": \"--size N and --file PATH are needed\"}\n");
        return 2;
    }
    QFile::remove(path);

    ListingCache cache(path);
    StallMeter meter;
    QSignalSpy stored(&cache, &ListingCache::stored);
    QElapsedTimer wall;

    // The write as the window makes it (ListingController): the model's rows copied for the
    // cache a few thousand per event-loop turn (ListingSnapshot), handed to the cache's thread,
    // and the model changed again (an upsert, as a page or a dialog does) while that writes.
    ProjectTableModel model(ProjectTableModel::PageSource(
        [](const ListQuery &, std::function<void(const ApiResult<ProjectPage> &)>) {
            return QPointer<ApiCall>(); // never asked: no listing runs here
        }));
    // The rows are the model's alone, as the window's are once the cache's answer is gone.
    model.showCached(makeProjects(count));
    ListingSnapshot snapshot(&model);
    double storeCallMs = 0;
    double copyMs = 0;
    QObject::connect(&snapshot, &ListingSnapshot::ready, &app, [&](const QList<Project> &rows) {
        QElapsedTimer handOver;
        handOver.start();
        cache.store(QStringLiteral("environment"), rows, true); // orgdesk runs with OPENAI_ADMIN_KEY
        storeCallMs = double(handOver.nsecsElapsed()) / 1e6;
        // The next change cannot come sooner than a round trip later: 20 ms, figure 1's lower
        // latency. It must not make the GUI thread copy the rows.
        QTimer::singleShot(20, &app, [&] {
            QElapsedTimer change;
            change.start();
            Project renamed = model.projectAt(0);
            renamed.name = QStringLiteral("Renamed while the cache writes");
            model.upsert(renamed);
            copyMs = double(change.nsecsElapsed()) / 1e6;
        });
    });
    meter.start();
    wall.start();
    snapshot.start();
    if (!stored.wait(600000)) {
        std::printf("{\"error\": \"the write did not end\"}\n");
        return 1;
    }
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    meter.stop();
    const double stallMs = meter.longestMs();
    const double stallCpuMs = meter.longestCpuMs();
    const bool ok = stored.constFirst().at(1).toBool();
    const qint64 writeMs = stored.constFirst().at(2).toLongLong();

    QSignalSpy loaded(&cache, &ListingCache::loaded);
    meter.start();
    wall.restart();
    cache.load(QStringLiteral("environment"));
    loaded.wait(600000);
    const double readMs = double(wall.nsecsElapsed()) / 1e6;
    meter.stop();
    const int readBack = loaded.isEmpty()
        ? -1 : int(loaded.constFirst().at(1).value<CachedListing>().projects.size());

    const QJsonObject result{
        {QStringLiteral("size"), count},
        {QStringLiteral("ok"), ok && readBack == count},
        {QStringLiteral("write_ms"), double(writeMs)},
        {QStringLiteral("write_wall_ms"), wallMs},
        {QStringLiteral("longest_stall_ms"), stallMs},
        {QStringLiteral("longest_stall_cpu_ms"), stallCpuMs},
        {QStringLiteral("store_call_ms"), storeCallMs}, // the GUI thread's share: hand-over
        {QStringLiteral("change_ms"), copyMs},          // … and a change to the model during the write
        {QStringLiteral("read_ms"), readMs},
        {QStringLiteral("read_stall_ms"), meter.longestMs()},
        {QStringLiteral("file_bytes"), double(QFileInfo(path).size())},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return ok && readBack == count ? 0 : 1;
}
