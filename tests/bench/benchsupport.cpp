// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "benchsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QWidget>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt;
}

MemoryUsage MemoryUsage::now()
{
    MemoryUsage usage;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return usage;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const auto valueOf = [&line] {
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
        };
        if (line.startsWith("VmRSS:"))
            usage.rssKiB = valueOf();
        else if (line.startsWith("VmHWM:"))
            usage.peakKiB = valueOf();
    }
    return usage;
}

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_gapsNs.clear();
    m_gapsNs.reserve(1 << 16);
    m_longestNs = 0;
    m_longestCpuNs = 0;
    m_busiest.clear();
    m_lastCpuNs = threadCpuNs();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    tick(); // a stall still going on when the phase ends counts too
    m_timer.stop();
}

void StallProbe::restart()
{
    m_gapsNs.clear();
    m_longestNs = 0;
    m_longestCpuNs = 0;
    m_busiest.clear();
    m_lastCpuNs = threadCpuNs();
    m_lastNs = m_clock.nsecsElapsed();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastNs;
    const qint64 cpu = threadCpuNs();
    const qint64 busy = cpu - m_lastCpuNs;
    m_longestCpuNs = std::max(m_longestCpuNs, busy);
    m_lastCpuNs = cpu;
    constexpr int kept = 8;
    if (busy > 2000000 && (m_busiest.size() < kept || busy > m_busiest.last().cpuNs)) {
        const Busy entry{busy, gap, now, m_context ? m_context() : -1};
        const auto at = std::find_if(m_busiest.begin(), m_busiest.end(),
                                     [busy](const Busy &b) { return b.cpuNs < busy; });
        m_busiest.insert(at, entry);
        if (m_busiest.size() > kept)
            m_busiest.removeLast();
    }
    m_gapsNs.append(gap);
    m_lastNs = now;
    if (gap > m_longestNs) {
        m_longestNs = gap;
        m_longestEndNs = now;
        m_contextAtLongest = m_context ? m_context() : -1;
    }
}

double StallProbe::longestGapMs() const
{
    if (m_gapsNs.isEmpty())
        return 0.0;
    return double(*std::max_element(m_gapsNs.cbegin(), m_gapsNs.cend())) / 1e6;
}

QJsonArray StallProbe::busiestGaps(int count) const
{
    QJsonArray gaps;
    for (const Busy &b : m_busiest.first(std::min<qsizetype>(count, m_busiest.size()))) {
        gaps.append(QJsonObject{{QStringLiteral("busy_ms"), double(b.cpuNs) / 1e6},
                                {QStringLiteral("wall_ms"), double(b.wallNs) / 1e6},
                                {QStringLiteral("end_ms"), double(b.endNs) / 1e6},
                                {QStringLiteral("context"), b.context}});
    }
    return gaps;
}

int StallProbe::gapsLongerThan(double ms) const
{
    const auto limit = qint64(ms * 1e6);
    return int(std::count_if(m_gapsNs.cbegin(), m_gapsNs.cend(),
                             [limit](qint64 gap) { return gap > limit; }));
}

RepaintWatcher::RepaintWatcher(QWidget *topLevel, QObject *parent)
    : QObject(parent)
{
    // Depending on the platform the request goes to the widget or to its QWindow.
    topLevel->installEventFilter(this);
    if (QWindow *window = topLevel->windowHandle())
        window->installEventFilter(this);
}

void RepaintWatcher::watchPaints(QWidget *widget)
{
    m_painted = widget;
    widget->installEventFilter(this);
}

bool RepaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::UpdateRequest)
        ++m_repaints;
    else if (event->type() == QEvent::Paint && watched == m_painted)
        ++m_paints;
    return QObject::eventFilter(watched, event);
}

TimingNetworkAccessManager::TimingNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    m_clock.start();
}

QNetworkReply *TimingNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                         QIODevice *outgoingData)
{
    const bool api = request.url().path().startsWith(QLatin1String("/v1/"));
    if (api)
        m_sentNs.append(m_clock.nsecsElapsed());
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    // Connected before the client's own slot, so it runs first: the moment the reply is
    // in the main thread.
    if (api)
        connect(reply, &QNetworkReply::finished, this, [this] { m_answeredNs.append(m_clock.nsecsElapsed()); });
    return reply;
}

QList<double> TimingNetworkAccessManager::turnaroundsMs() const
{
    QList<double> ms;
    for (qsizetype i = 0; i + 1 < m_sentNs.size() && i < m_answeredNs.size(); ++i)
        ms.append(double(m_sentNs.at(i + 1) - m_answeredNs.at(i)) / 1e6);
    return ms;
}

QList<double> TimingNetworkAccessManager::roundTripsMs() const
{
    QList<double> ms;
    for (qsizetype i = 0; i < m_sentNs.size() && i < m_answeredNs.size(); ++i)
        ms.append(double(m_answeredNs.at(i) - m_sentNs.at(i)) / 1e6);
    return ms;
}

SandboxControl::SandboxControl(QNetworkAccessManager *network, const QUrl &apiBaseUrl,
                               const QString &token, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_root(apiBaseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_token(token.toUtf8())
{
}

void SandboxControl::send(const QByteArray &method, const QString &route, JsonHandler done)
{
    QUrl url = m_root;
    url.setPath(QStringLiteral("/__sandbox/") + route);
    QNetworkRequest request(url);
    request.setRawHeader("x-sandbox-token", m_token);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QString error = reply->error() == QNetworkReply::NoError ? QString()
                                                                       : reply->errorString();
        done(body, error);
    });
}

void SandboxControl::clearRequests(std::function<void()> done)
{
    send("DELETE", QStringLiteral("requests"), [done = std::move(done)](const QJsonObject &, const QString &error) {
        if (!error.isEmpty())
            failAndQuit(QStringLiteral("control"), QStringLiteral("cannot clear the sandbox log: ") + error);
        else
            done();
    });
}

void SandboxControl::requests(std::function<void(const QJsonArray &)> done)
{
    send("GET", QStringLiteral("requests"), [done = std::move(done)](const QJsonObject &reply, const QString &error) {
        if (!error.isEmpty())
            failAndQuit(QStringLiteral("control"), QStringLiteral("cannot read the sandbox log: ") + error);
        else
            done(reply.value(QLatin1String("data")).toArray());
    });
}

int countRequests(const QJsonArray &log, const QString &method, const QString &path, int status)
{
    return int(std::count_if(log.cbegin(), log.cend(), [&](const QJsonValue &value) {
        const QJsonObject entry = value.toObject();
        return (method.isEmpty() || entry.value(QLatin1String("method")).toString() == method)
            && (path.isEmpty() || entry.value(QLatin1String("path")).toString() == path)
            && (status == 0 || entry.value(QLatin1String("status")).toInt() == status);
    }));
}

StepRunner &StepRunner::then(Step step)
{
    m_steps.append(std::move(step));
    return *this;
}

void StepRunner::run(std::function<void()> finished)
{
    m_finished = std::move(finished);
    m_next = 0;
    QTimer::singleShot(0, this, &StepRunner::runNext);
}

void StepRunner::runNext()
{
    if (m_next >= m_steps.size()) {
        if (m_finished)
            m_finished();
        return;
    }
    const Step &step = m_steps.at(m_next++);
    // Queued, so that a step that finishes at once does not grow the stack.
    step([this] { QTimer::singleShot(0, this, &StepRunner::runNext); });
}

void reportAndQuit(const QJsonObject &result, int exitCode)
{
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    QCoreApplication::exit(exitCode);
}

void failAndQuit(const QString &command, const QString &why)
{
    reportAndQuit(QJsonObject{{QStringLiteral("command"), command}, {QStringLiteral("error"), why}}, 1);
}
