// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWidget;

/// Resident memory of this process, from /proc/self/status, in KiB (0 where unavailable).
struct MemoryUsage
{
    qint64 rssKiB = 0;  ///< VmRSS: now
    qint64 peakKiB = 0; ///< VmHWM: the most since the process started
    [[nodiscard]] static MemoryUsage now();
};

/// Measures how long the event loop stops answering: a timer asks to run every millisecond
/// and remembers the longest gap between two of its ticks. A gap of a few ms is the timer's
/// own granularity; anything longer is work that held the loop (parsing, model signals,
/// painting) and that a user would feel as a frozen window.
class StallProbe : public QObject
{
    Q_OBJECT
public:
    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    /// Forgets what was seen so far and keeps running (to measure a new phase).
    void restart();
    [[nodiscard]] double longestGapMs() const;
    /// The most CPU time this thread spent between two ticks: the stall without the time the
    /// machine gave to other processes (on a busy, shared machine the wall gap includes it).
    [[nodiscard]] double longestBusyMs() const { return double(m_longestCpuNs) / 1e6; }
    [[nodiscard]] int gapsLongerThan(double ms) const;
    [[nodiscard]] int ticks() const { return int(m_gapsNs.size()); }
    /// When the longest gap ended, in ms since start(), and what @p context said then.
    [[nodiscard]] double longestGapEndMs() const { return double(m_longestEndNs) / 1e6; }
    [[nodiscard]] int contextAtLongestGap() const { return m_contextAtLongest; }
    /// Asked at the end of every long gap (e.g. the rows loaded so far), to tell where it was.
    void setContext(std::function<int()> context) { m_context = std::move(context); }
    /// The @p count gaps with the most CPU time: {busy_ms, wall_ms, end_ms, context}.
    [[nodiscard]] QJsonArray busiestGaps(int count) const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    QList<qint64> m_gapsNs;
    qint64 m_longestNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_longestCpuNs = 0;
    qint64 m_longestEndNs = 0;
    int m_contextAtLongest = -1;
    std::function<int()> m_context;
    struct Busy
    {
        qint64 cpuNs;
        qint64 wallNs;
        qint64 endNs;
        int context;
    };
    QList<Busy> m_busiest; ///< the busiest gaps so far, most first (a few)
};

/// CPU time of the calling thread, in ns.
[[nodiscard]] qint64 threadCpuNs();
/// Minor page faults of the calling thread so far (memory the kernel had to map on first use).
[[nodiscard]] long minorFaults();

/// Counts the repaints of a top-level widget (its UpdateRequest events, which Qt delivers
/// from the event loop after layout), so a benchmark can wait for the pixels of a change.
class RepaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit RepaintWatcher(QWidget *topLevel, QObject *parent = nullptr);
    [[nodiscard]] int repaints() const { return m_repaints; }
    /// Also counts the paint events of @p widget (e.g. a table's viewport).
    void watchPaints(QWidget *widget);
    [[nodiscard]] int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_repaints = 0;
    int m_paints = 0;
    QObject *m_painted = nullptr;
};

/// The application's network manager, noting when each API request is handed to it and when
/// its reply reaches the main thread. The time between a reply and the next request is what
/// the client and the model add to a listing; the rest is the network's (and the server's).
class TimingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit TimingNetworkAccessManager(QObject *parent = nullptr);

    /// Per page after the first: ms from a reply's arrival to the next request.
    [[nodiscard]] QList<double> turnaroundsMs() const;
    /// Per request: ms from handing it over to its reply's arrival.
    [[nodiscard]] QList<double> roundTripsMs() const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QElapsedTimer m_clock;
    QList<qint64> m_sentNs;
    QList<qint64> m_answeredNs;
};

/// Talks to the sandbox's control endpoint (/__sandbox/...) from the benchmark process, to
/// read and empty its request log between tasks. Control requests are not logged themselves.
class SandboxControl : public QObject
{
    Q_OBJECT
public:
    using JsonHandler = std::function<void(const QJsonObject &reply, const QString &error)>;

    /// @p apiBaseUrl is the sandbox's http://127.0.0.1:PORT/v1; @p token the control token it
    /// printed at start.
    SandboxControl(QNetworkAccessManager *network, const QUrl &apiBaseUrl, const QString &token,
                   QObject *parent = nullptr);

    void clearRequests(std::function<void()> done);
    /// The request log: one object per request {method, path, query, status, ...}.
    void requests(std::function<void(const QJsonArray &log)> done);

private:
    void send(const QByteArray &method, const QString &route, JsonHandler done);

    QNetworkAccessManager *m_network;
    QUrl m_root;
    QByteArray m_token;
};

/// How many entries of a sandbox request log match (empty method/path: any).
[[nodiscard]] int countRequests(const QJsonArray &log, const QString &method = {},
                                const QString &path = {}, int status = 0);

/// Runs asynchronous steps one after another, each handed a function to call when it is done.
/// Keeps a benchmark a straight list of what happens, without nested event loops.
class StepRunner : public QObject
{
    Q_OBJECT
public:
    using Next = std::function<void()>;
    using Step = std::function<void(Next next)>;

    using QObject::QObject;
    StepRunner &then(Step step);
    /// Runs the steps from the event loop; @p finished runs after the last one.
    void run(std::function<void()> finished);

private:
    void runNext();

    QList<Step> m_steps;
    qsizetype m_next = 0;
    std::function<void()> m_finished;
};

/// Prints the one JSON line a measurement reports, then quits the event loop with @p exitCode.
void reportAndQuit(const QJsonObject &result, int exitCode = 0);
/// Reports a failed measurement ({"error": ...}) and quits with code 1.
void failAndQuit(const QString &command, const QString &why);
