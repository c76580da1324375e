// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "adminapiclient.h"
#include "apirequest.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;
using FaultKind = SandboxFault::Kind;

Q_DECLARE_METATYPE(SandboxFault)

namespace {

const QString ProjectsPath = u"/v1/organization/projects"_s;
const QString Key = QString::fromLatin1(SandboxServer::DefaultAdminKey);

/// The result a handler received, and how often it was called.
template <typename T>
struct Awaited
{
    std::shared_ptr<std::optional<ApiResult<T>>> result = std::make_shared<std::optional<ApiResult<T>>>();
    std::shared_ptr<int> calls = std::make_shared<int>(0);

    std::function<void(const ApiResult<T> &)> handler() const
    {
        return [result = result, calls = calls](const ApiResult<T> &r) { *result = r; ++*calls; };
    }
    [[nodiscard]] bool ready() const { return result->has_value(); }
    [[nodiscard]] const ApiResult<T> &get() const { return **result; }
};

struct Wait
{
    QString endpoint;
    std::chrono::milliseconds delay;
    ApiError reason;
};

SandboxFault fault(FaultKind kind, int status = 500, const QByteArray &method = {},
                   const QString &path = {}, int count = 1)
{
    SandboxFault f;
    f.kind = kind;
    f.status = status;
    f.method = method;
    f.path = path;
    f.count = count;
    return f;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void requestsAsTheServiceSeesThem_data();
    void requestsAsTheServiceSeesThem();
    void cursorIsPercentEncoded();
    void sendReadsAnyEndpoint();
    void errorStatuses_data();
    void errorStatuses();
    void authorizationErrors_data();
    void authorizationErrors();
    void faults_data();
    void faults();
    void responseTooLarge();
    void postIsSentOnceWhenTheConnectionCloses_data();
    void postIsSentOnceWhenTheConnectionCloses();
    void gzipBodyPastTheCapIsRefused_data();
    void gzipBodyPastTheCapIsRefused();
    void retries_data();
    void retries();
    void rateLimitCooldownIsShared();
    void learnedPacingListsEveryPage();
    void createIsNeverDuplicated_data();
    void createIsNeverDuplicated();
    void createWithoutEffectIsOutcomeUnknown();
    void createRetriedAfterARateLimit();
    void createRefusalReportedAsIs();
    void renameRetriedAfterAServerError();
    void renameNotRetriedAfterAConflict_data();
    void renameNotRetriedAfterAConflict();
    void archiveSendsAnEmptyBody();
    void archiveBugIsASuccess();
    void archiveRefusalReportedAfterACheck();
    void cancelledRequestRunsNoCallback();
    void cancelAllEndsEverything();
    void keyChangeEndsEveryRequestAtOnce_data();
    void keyChangeEndsEveryRequestAtOnce();
    void rejectedKeyEndsTheOtherRequests();
    void destroyedContextRunsNoCallback();
    void busyChanged();
    void noKeySendsNothing();
    void insecureUrlRefused();
    void redirects_data();
    void redirects();

private:
    Awaited<ProjectPage> list(const ListQuery &query = {});

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AdminApiClient> m_client;
    QList<Wait> m_waits;
};

void TestApiClient::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AdminApiClient>(m_network.get());
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(Key);
    m_client->setRandomSource([] { return 0.999; }); // the shortest backoff: fast tests
    m_waits.clear();
    connect(m_client.get(), &AdminApiClient::waiting, this,
            [this](const QString &endpoint, std::chrono::milliseconds delay, const ApiError &reason) {
                m_waits.append({endpoint, delay, reason});
            });
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

Awaited<ProjectPage> TestApiClient::list(const ListQuery &query)
{
    Awaited<ProjectPage> page;
    m_client->listProjects(query, this, page.handler());
    return page;
}

void TestApiClient::requestsAsTheServiceSeesThem_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");    // %1: the project's id
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contentType");

    QTest::newRow("list") << u"list"_s << QByteArray("GET") << ProjectsPath
                          << u"limit=100&include_archived=false"_s << QByteArray() << QString();
    QTest::newRow("list archived, limit clamped down") << u"list archived 500"_s << QByteArray("GET") << ProjectsPath
                          << u"limit=100&include_archived=true"_s << QByteArray() << QString();
    QTest::newRow("list after, limit clamped up") << u"list after 0"_s << QByteArray("GET") << ProjectsPath
                          << u"after=%1&limit=1&include_archived=false"_s << QByteArray() << QString();
    QTest::newRow("retrieve") << u"retrieve"_s << QByteArray("GET") << ProjectsPath + u"/%1"_s
                              << QString() << QByteArray() << QString();
    QTest::newRow("create") << u"create"_s << QByteArray("POST") << ProjectsPath << QString()
                            << QByteArray(R"({"name":"Zoë \"Q\" Project"})") << u"application/json"_s;
    QTest::newRow("rename (POST, not PATCH)") << u"rename"_s << QByteArray("POST") << ProjectsPath + u"/%1"_s
                            << QString() << QByteArray(R"({"name":"Zoë \"Q\" Project"})") << u"application/json"_s;
    QTest::newRow("archive (no body)") << u"archive"_s << QByteArray("POST") << ProjectsPath + u"/%1/archive"_s
                                       << QString() << QByteArray() << QString();
}

void TestApiClient::requestsAsTheServiceSeesThem()
{
    QFETCH(QString, operation);
    const QString name = u"Zoë \"Q\" Project"_s;
    const SandboxProject target = m_sandbox->addProject(u"Target"_s, 1700000000);
    Awaited<ProjectPage> page;
    Awaited<Project> project;
    if (operation == u"list")
        m_client->listProjects({}, this, page.handler());
    else if (operation == u"list archived 500")
        m_client->listProjects({QString(), 500, true}, this, page.handler());
    else if (operation == u"list after 0")
        m_client->listProjects({target.id, 0, false}, this, page.handler());
    else if (operation == u"retrieve")
        m_client->retrieveProject(target.id, this, project.handler());
    else if (operation == u"create")
        m_client->createProject(name, this, project.handler());
    else if (operation == u"rename")
        m_client->renameProject(target.id, name, this, project.handler());
    else if (operation == u"archive")
        m_client->archiveProject(target.id, this, project.handler());
    QTRY_VERIFY_WITH_TIMEOUT(page.ready() || project.ready(), 10000);
    if (page.ready())
        QVERIFY2(page.get().ok(), qPrintable(page.get().error().userMessage()));
    if (project.ready())
        QVERIFY2(project.get().ok(), qPrintable(project.get().error().userMessage()));

    QCOMPARE(m_sandbox->requests().size(), 1);
    const SandboxRequest seen = m_sandbox->requests().constFirst();
    QTEST(seen.method, "method");
    QFETCH(QString, path);
    QCOMPARE(seen.path, path.contains(u"%1"_s) ? path.arg(target.id) : path);
    QFETCH(QString, query);
    QCOMPARE(seen.query, query.contains(u"%1"_s) ? query.arg(target.id) : query);
    QTEST(seen.body, "body");
    QTEST(seen.contentType, "contentType");
    QCOMPARE(seen.authorization, u"ok"_s);
    QVERIFY2(seen.userAgent.startsWith(u"OrgDesk/" ORGDESK_VERSION " (Qt "_s), qPrintable(seen.userAgent));

    if (operation == u"create") {
        QCOMPARE(project.get().value().name, name);
        QCOMPARE(m_sandbox->projectCount(), 3);
    } else if (operation == u"rename") {
        QCOMPARE(project.get().value().name, name);
        QCOMPARE(m_sandbox->project(target.id)->name, name);
    } else if (operation == u"archive") {
        QVERIFY(project.get().value().isArchived());
        QVERIFY(m_sandbox->project(target.id)->archivedAt.has_value());
    } else if (operation == u"retrieve") {
        QCOMPARE(project.get().value().id, target.id);
    }
}

void TestApiClient::cursorIsPercentEncoded()
{
    // The sandbox refuses the unknown cursor, but the log shows how it travelled.
    const Awaited<ProjectPage> page = list({u"proj a&b=c+d/é"_s, 20, false});
    QTRY_VERIFY_WITH_TIMEOUT(page.ready(), 10000);
    QCOMPARE(page.get().error().kind(), Kind::InvalidRequest);
    QCOMPARE(m_sandbox->requests().constFirst().query,
             u"after=proj%20a%26b%3Dc%2Bd%2F%C3%A9&limit=20&include_archived=false"_s);
}

void TestApiClient::sendReadsAnyEndpoint()
{
    // What the coming endpoints use: the same key, gate and retries, the reader of the caller.
    const RequestSpec spec{"GET", u"/organization/projects"_s, u"limit=3"_s, std::nullopt, u"list"_s,
                           RequestSpec::Retry::Safe};
    const auto countData = [](const RequestOutcome &o) -> ApiResult<int> {
        const QJsonDocument doc = QJsonDocument::fromJson(o.body);
        return int(doc.object().value(u"data"_s).toArray().size());
    };
    Awaited<int> read;
    m_sandbox->seed(5, 0);
    m_sandbox->addFault(fault(FaultKind::Status, 500)); // retried like a listing
    m_client->send<int>(spec, this, countData, read.handler());
    QTRY_VERIFY_WITH_TIMEOUT(read.ready(), 10000);
    QVERIFY(read.get().ok());
    QCOMPARE(read.get().value(), 3);
    QCOMPARE(m_sandbox->requests().size(), 2);
    QCOMPARE(m_sandbox->requests().constLast().authorization, u"ok"_s);

    Awaited<int> refused;
    m_client->setMaxRetries(0);
    m_sandbox->addFault(fault(FaultKind::Status, 404));
    m_client->send<int>(spec, this, countData, refused.handler());
    QTRY_VERIFY_WITH_TIMEOUT(refused.ready(), 10000);
    QCOMPARE(refused.get().error().kind(), Kind::NotFound);
    QCOMPARE(*refused.calls, 1);
}

void TestApiClient::errorStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("400") << 400 << Kind::InvalidRequest;
    QTest::newRow("404") << 404 << Kind::NotFound;
    QTest::newRow("408") << 408 << Kind::Timeout;
    QTest::newRow("409") << 409 << Kind::InvalidRequest;
    QTest::newRow("422") << 422 << Kind::InvalidRequest;
    QTest::newRow("500") << 500 << Kind::Server;
    QTest::newRow("503") << 503 << Kind::Server;
}

void TestApiClient::errorStatuses()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    m_client->setMaxRetries(0);
    m_sandbox->addFault(fault(FaultKind::Status, status));
    const Awaited<ProjectPage> page = list();
    QTRY_VERIFY_WITH_TIMEOUT(page.ready(), 10000);
    QVERIFY(!page.get().ok());
    const ApiError error = page.get().error();
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(!error.apiMessage().isEmpty());
    QCOMPARE(error.requestId(), m_sandbox->requests().constFirst().requestId);
    QVERIFY(error.userMessage().contains(error.requestId()));
    QCOMPARE(m_sandbox->requestCount(), 1);
}

void TestApiClient::authorizationErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("unauthorizedSignals");
    QTest::newRow("wrong key") << u"sk-admin-wrongwrongwrong"_s << Kind::Unauthorized << 1;
    QTest::newRow("project key") << u"sk-proj-projectkey12345"_s << Kind::Forbidden << 0;
}

void TestApiClient::authorizationErrors()
{
    QFETCH(QString, key);
    QSignalSpy unauthorized(m_client.get(), &AdminApiClient::unauthorized);
    m_client->setApiKey(key);
    const Awaited<ProjectPage> page = list();
    QTRY_VERIFY_WITH_TIMEOUT(page.ready(), 10000);
    QTEST(page.get().error().kind(), "kind");
    QTEST(int(unauthorized.size()), "unauthorizedSignals");
    QVERIFY(!page.get().error().userMessage().contains(key.mid(8)));
    QCOMPARE(m_sandbox->requestCount(), 1); // not retried
}

void TestApiClient::faults_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::newRow("html 200") << fault(FaultKind::Html, 200) << Kind::BadResponse << u"HTML"_s;
    QTest::newRow("html 502 from a proxy") << fault(FaultKind::Html, 502) << Kind::BadResponse << u"HTML"_s;
    QTest::newRow("truncated json") << fault(FaultKind::TruncatedJson, 200) << Kind::BadResponse << u"cut off"_s;
    QTest::newRow("empty body 200") << fault(FaultKind::EmptyBody, 200) << Kind::BadResponse << u"empty"_s;
    QTest::newRow("empty body 500") << fault(FaultKind::EmptyBody, 500) << Kind::BadResponse << u"empty"_s;
    QTest::newRow("dropped mid-body") << fault(FaultKind::DropMidBody, 200) << Kind::Network << QString();
    QTest::newRow("no response") << fault(FaultKind::NoResponse) << Kind::Timeout << u"300 ms"_s;
}

void TestApiClient::faults()
{
    QFETCH(SandboxFault, fault);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    m_sandbox->seed(30, 0);
    m_client->setMaxRetries(0);
    m_client->setTimeout(300ms);
    m_sandbox->addFault(fault);
    const Awaited<ProjectPage> page = list();
    QTRY_VERIFY_WITH_TIMEOUT(page.ready(), 10000);
    QVERIFY(!page.get().ok());
    QCOMPARE(page.get().error().kind(), kind);
    QVERIFY2(page.get().error().detail().contains(detail), qPrintable(page.get().error().detail()));
    if (fault.kind != FaultKind::NoResponse && fault.kind != FaultKind::DropMidBody)
        QVERIFY(page.get().error().userMessage().contains(m_sandbox->requests().constFirst().requestId));

    // The next request is answered normally: nothing was left half-done.
    const Awaited<ProjectPage> again = list();
    QTRY_VERIFY_WITH_TIMEOUT(again.ready(), 10000);
    QVERIFY(again.get().ok());
    QCOMPARE(again.get().value().projects.size(), 31);
}

void TestApiClient::responseTooLarge()
{
    m_sandbox->seed(100, 0);
    m_client->setMaxResponseSize(4096);
    m_client->setMaxRetries(0);
    const Awaited<ProjectPage> page = list();
    QTRY_VERIFY_WITH_TIMEOUT(page.ready(), 10000);
    QCOMPARE(page.get().error().kind(), Kind::BadResponse);
    QVERIFY(page.get().error().detail().contains(u"larger than"_s));
}

void TestApiClient::retries_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<int>("requests");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QList<qint64>>("delays");

    // Random 0.999: backoff 375 ms, 750 ms...
    QTest::newRow("500 twice, then fine") << fault(FaultKind::Status, 500, {}, {}, 2) << 3 << true
                                         << QList<qint64>{375, 750};
    QTest::newRow("500 three times: gives up") << fault(FaultKind::Status, 500, {}, {}, 3) << 3 << false
                                              << QList<qint64>{375, 750};
    QTest::newRow("408") << fault(FaultKind::Status, 408) << 2 << true << QList<qint64>{375};
    QTest::newRow("409") << fault(FaultKind::Status, 409) << 2 << true << QList<qint64>{375};
    QTest::newRow("400 not retried") << fault(FaultKind::Status, 400) << 1 << false << QList<qint64>{};
    QTest::newRow("no response") << fault(FaultKind::NoResponse) << 2 << true << QList<qint64>{375};
    QTest::newRow("dropped") << fault(FaultKind::DropMidBody, 200) << 2 << true << QList<qint64>{375};
    SandboxFault serverDelay = fault(FaultKind::Status, 503);
    serverDelay.retryAfterMs = 120;
    QTest::newRow("503 retry-after-ms") << serverDelay << 2 << true << QList<qint64>{120};
    SandboxFault seconds = fault(FaultKind::Status, 500);
    seconds.retryAfterSeconds = 1;
    QTest::newRow("500 retry-after 1 s") << seconds << 2 << true << QList<qint64>{1000};
    SandboxFault dontRetry = fault(FaultKind::Status, 500);
    dontRetry.shouldRetry = false;
    QTest::newRow("500, x-should-retry false") << dontRetry << 1 << false << QList<qint64>{};
    SandboxFault doRetry = fault(FaultKind::Status, 400);
    doRetry.shouldRetry = true;
    QTest::newRow("400, x-should-retry true") << doRetry << 2 << true << QList<qint64>{375};
}

void TestApiClient::retries()
{
    QFETCH(SandboxFault, fault);
    QFETCH(QList<qint64>, delays);
    m_client->setTimeout(300ms);
    m_sandbox->addFault(fault);
    const Awaited<ProjectPage> page = list();
    QTRY_VERIFY_WITH_TIMEOUT(page.ready(), 20000);
    QTEST(page.get().ok(), "ok");
    QTEST(m_sandbox->requestCount("GET", ProjectsPath), "requests");
    QList<qint64> signalled;
    for (const Wait &wait : std::as_const(m_waits)) {
        QCOMPARE(wait.endpoint, u"list"_s);
        QVERIFY(wait.reason.isError());
        signalled.append(wait.delay.count());
    }
    QCOMPARE(signalled, delays);
    QCOMPARE(*page.calls, 1);
}

void TestApiClient::rateLimitCooldownIsShared()
{
    SandboxFault limited = fault(FaultKind::Status, 429, "GET", ProjectsPath);
    limited.retryAfterSeconds = 1;
    m_sandbox->addFault(limited);
    const Awaited<ProjectPage> first = list();
    QTRY_COMPARE_WITH_TIMEOUT(m_waits.size(), 1, 10000);
    QCOMPARE(m_waits.at(0).delay, 1000ms);
    QCOMPARE(m_waits.at(0).reason.kind(), Kind::RateLimited);
    QVERIFY(m_waits.at(0).reason.userMessage().contains(u"rate limiting"_s));

    // A second list started during the cooldown waits it out too, without being sent.
    const Awaited<ProjectPage> second = list();
    QTRY_COMPARE_WITH_TIMEOUT(m_waits.size(), 2, 10000);
    QCOMPARE(m_waits.at(1).endpoint, u"list"_s);
    QVERIFY(m_waits.at(1).delay > 0ms);
    QCOMPARE(m_sandbox->requestCount(), 1);
    // Other endpoints are not held.
    Awaited<Project> retrieved;
    m_client->retrieveProject(m_sandbox->projects().constFirst().id, this, retrieved.handler());
    QTRY_VERIFY_WITH_TIMEOUT(retrieved.ready(), 10000);
    QVERIFY(!first.ready() && !second.ready());

    QTRY_VERIFY_WITH_TIMEOUT(first.ready() && second.ready(), 10000);
    QVERIFY(first.get().ok());
    QVERIFY(second.get().ok());
    QCOMPARE(m_sandbox->requestCount("GET", ProjectsPath), 3);
}

void TestApiClient::learnedPacingListsEveryPage()
{
    // Issue #8, scaled down: 4 requests per 2 s window and no retry-after, 10 pages.
    constexpr int Window = 2000;
    m_sandbox->seed(99, 0);
    m_sandbox->setRateLimit(4, false, Window);
    m_client->setRateLimitWindow(std::chrono::milliseconds(Window));

    QList<Project> all;
    std::optional<ApiError> failure;
    bool done = false;
    std::function<void(const QString &)> fetch = [&](const QString &after) {
        m_client->listProjects({after, 10, false}, this, [&](const ApiResult<ProjectPage> &page) {
            if (!page.ok()) {
                failure = page.error();
                return;
            }
            all += page.value().projects;
            if (page.value().hasMore)
                fetch(page.value().nextCursor);
            else
                done = true;
        });
    };
    QElapsedTimer clock;
    clock.start();
    fetch({});
    QTRY_VERIFY_WITH_TIMEOUT(done || failure, 60000);
    QVERIFY2(!failure, qPrintable(failure ? failure->userMessage() : QString()));
    // Ten pages at four per window: the least time the limit allows is two windows.
    qInfo("listed %lld projects in %lld ms (the limit allows ~%d ms)", qint64(all.size()),
          clock.elapsed(), (10 - 1) / 4 * Window);
    QCOMPARE(all.size(), 100);
    const QList<SandboxRequest> requests = m_sandbox->requests();
    const auto rejected = std::count_if(requests.cbegin(), requests.cend(),
                                        [](const SandboxRequest &r) { return r.status == 429; });
    // One 429 teaches the limit; nothing probes above it afterwards (issue #17).
    QCOMPARE(rejected, 1);
    QCOMPARE(requests.size(), 10 + rejected);
    QCOMPARE(m_client->learnedRateLimit(u"list"_s), std::optional<int>(4));
}

void TestApiClient::createIsNeverDuplicated_data()
{
    QTest::addColumn<SandboxFault>("fault");
    SandboxFault f = fault(FaultKind::Status, 500, "POST", ProjectsPath);
    f.afterEffect = true;
    QTest::newRow("500 after the create") << f;
    f.kind = FaultKind::NoResponse;
    QTest::newRow("no answer after the create") << f;
    f.kind = FaultKind::DropMidBody;
    f.status = 200;
    QTest::newRow("connection dropped after the create") << f;
    f.kind = FaultKind::TruncatedJson;
    QTest::newRow("truncated answer after the create") << f;
    f.kind = FaultKind::Status;
    f.status = 502;
    f.shouldRetry = true;
    QTest::newRow("502 and x-should-retry true after the create") << f;
}

void TestApiClient::createIsNeverDuplicated()
{
    QFETCH(SandboxFault, fault);
    m_sandbox->seed(5, 3);
    m_client->setTimeout(300ms);
    m_sandbox->addFault(fault);
    const int before = m_sandbox->projectCount();
    Awaited<Project> created;
    m_client->createProject(u"Launch"_s, this, created.handler());
    QTRY_VERIFY_WITH_TIMEOUT(created.ready(), 10000);
    QVERIFY2(created.get().ok(), qPrintable(created.get().error().userMessage()));
    QCOMPARE(m_sandbox->projectCount(), before + 1);
    QCOMPARE(m_sandbox->requestCount("POST", ProjectsPath), 1);
    QCOMPARE(m_sandbox->requestCount("GET", ProjectsPath), 1);
    const SandboxProject newest = m_sandbox->projects().constFirst();
    QCOMPARE(newest.name, u"Launch"_s);
    QCOMPARE(created.get().value().id, newest.id);
}

void TestApiClient::createWithoutEffectIsOutcomeUnknown()
{
    m_sandbox->addProject(u"Launch"_s, QDateTime::currentSecsSinceEpoch() - 3600); // an old namesake
    m_sandbox->addFault(fault(FaultKind::Status, 500, "POST", ProjectsPath));
    const int before = m_sandbox->projectCount();
    Awaited<Project> created;
    m_client->createProject(u"Launch"_s, this, created.handler());
    QTRY_VERIFY_WITH_TIMEOUT(created.ready(), 10000);
    QVERIFY(!created.get().ok());
    QCOMPARE(created.get().error().kind(), Kind::OutcomeUnknown);
    QVERIFY(created.get().error().userMessage().startsWith(
        u"OrgDesk could not confirm whether the project was created. Refresh the list before trying again."_s));
    QCOMPARE(m_sandbox->projectCount(), before);
    QCOMPARE(m_sandbox->requestCount("POST", ProjectsPath), 1);
    QCOMPARE(m_sandbox->requestCount("GET", ProjectsPath), 1);
}

void TestApiClient::createRetriedAfterARateLimit()
{
    SandboxFault limited = fault(FaultKind::Status, 429, "POST", ProjectsPath);
    limited.retryAfterMs = 100;
    m_sandbox->addFault(limited);
    Awaited<Project> created;
    m_client->createProject(u"Launch"_s, this, created.handler());
    QTRY_VERIFY_WITH_TIMEOUT(created.ready(), 10000);
    QVERIFY(created.get().ok());
    QCOMPARE(m_sandbox->requestCount("POST", ProjectsPath), 2);
    QCOMPARE(m_sandbox->projectCount(), 2);
    QCOMPARE(m_waits.size(), 1);
    QCOMPARE(m_waits.at(0).endpoint, u"create"_s);
}

void TestApiClient::createRefusalReportedAsIs()
{
    Awaited<Project> created;
    m_client->createProject(u"   "_s, this, created.handler());
    QTRY_VERIFY_WITH_TIMEOUT(created.ready(), 10000);
    QCOMPARE(created.get().error().kind(), Kind::InvalidRequest);
    QCOMPARE(created.get().error().param(), u"name"_s);
    QCOMPARE(m_sandbox->requestCount(), 1);
}

void TestApiClient::renameRetriedAfterAServerError()
{
    const SandboxProject target = m_sandbox->addProject(u"Old"_s, 1700000000);
    SandboxFault f = fault(FaultKind::Status, 500, "POST", ProjectsPath + u"/"_s + target.id);
    f.afterEffect = true;
    m_sandbox->addFault(f);
    Awaited<Project> renamed;
    m_client->renameProject(target.id, u"New"_s, this, renamed.handler());
    QTRY_VERIFY_WITH_TIMEOUT(renamed.ready(), 10000);
    QVERIFY(renamed.get().ok());
    QCOMPARE(renamed.get().value().name, u"New"_s);
    QCOMPARE(m_sandbox->requestCount("POST"), 2);
}

void TestApiClient::renameNotRetriedAfterAConflict_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<std::optional<bool>>("shouldRetry");
    QTest::newRow("409") << 409 << std::optional<bool>();
    QTest::newRow("409, x-should-retry: true") << 409 << std::optional<bool>(true);
    QTest::newRow("400, x-should-retry: true") << 400 << std::optional<bool>(true);
    QTest::newRow("500, x-should-retry: false") << 500 << std::optional<bool>(false);
}

// Issue #13: a rename repeated late could overwrite a rename someone made in between.
void TestApiClient::renameNotRetriedAfterAConflict()
{
    QFETCH(int, status);
    QFETCH(std::optional<bool>, shouldRetry);
    const SandboxProject target = m_sandbox->addProject(u"Old"_s, 1700000000);
    SandboxFault f = fault(FaultKind::Status, status, "POST", ProjectsPath + u"/"_s + target.id);
    f.shouldRetry = shouldRetry;
    m_sandbox->addFault(f);
    Awaited<Project> renamed;
    m_client->renameProject(target.id, u"New"_s, this, renamed.handler());
    QTRY_VERIFY_WITH_TIMEOUT(renamed.ready(), 10000);
    QVERIFY(!renamed.get().ok());
    QCOMPARE(renamed.get().error().httpStatus(), status);
    QCOMPARE(m_sandbox->requestCount("POST"), 1);
    QVERIFY(m_waits.isEmpty());
}

void TestApiClient::archiveSendsAnEmptyBody()
{
    // A listener that never answers shows the request head as it went on the wire.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
    });
    m_client->setBaseUrl(QUrl(u"http://127.0.0.1:%1/v1"_s.arg(silent.serverPort())));
    m_client->setTimeout(300ms);
    Awaited<Project> archived;
    m_client->archiveProject(u"proj_1"_s, this, archived.handler());
    QTRY_VERIFY_WITH_TIMEOUT(archived.ready(), 10000);
    QCOMPARE(archived.get().error().kind(), Kind::Timeout); // the archive's, after a failed check
    const QByteArray head = received.left(received.indexOf("\r\n\r\n")).toLower();
    QVERIFY2(head.startsWith("post /v1/organization/projects/proj_1/archive http/1.1"), head.constData());
    QVERIFY(head.contains("\r\ncontent-length: 0"));
    QVERIFY(!head.contains("content-type"));
    QVERIFY(head.contains("\r\naccept: application/json"));
    QVERIFY(head.contains("\r\nx-orgdesk-retry-count: 0"));
    QVERIFY(received.contains("GET /v1/organization/projects/proj_1 HTTP/1.1")); // the check
}

void TestApiClient::archiveBugIsASuccess()
{
    const SandboxProject target = m_sandbox->addProject(u"Old"_s, 1700000000);
    m_sandbox->setArchiveBug(true);
    Awaited<Project> archived;
    m_client->archiveProject(target.id, this, archived.handler());
    QTRY_VERIFY_WITH_TIMEOUT(archived.ready(), 10000);
    QVERIFY2(archived.get().ok(), qPrintable(archived.get().error().userMessage()));
    QCOMPARE(archived.get().value().id, target.id);
    QVERIFY(archived.get().value().isArchived());
    QCOMPARE(m_sandbox->requestCount("POST"), 1);
    QCOMPARE(m_sandbox->requestCount("GET", ProjectsPath + u"/"_s + target.id), 1);
}

void TestApiClient::archiveRefusalReportedAfterACheck()
{
    const QString defaultId = m_sandbox->projects().constFirst().id;
    Awaited<Project> archived;
    m_client->archiveProject(defaultId, this, archived.handler());
    QTRY_VERIFY_WITH_TIMEOUT(archived.ready(), 10000);
    QCOMPARE(archived.get().error().kind(), Kind::InvalidRequest);
    QVERIFY(archived.get().error().userMessage().contains(u"Default project cannot be renamed or archived"_s));
    QCOMPARE(m_sandbox->requestCount("GET"), 1);
}

void TestApiClient::cancelledRequestRunsNoCallback()
{
    m_sandbox->setLatency(200);
    const Awaited<ProjectPage> page = list();
    QPointer<ApiCall> call = m_client->listProjects({}, this, page.handler());
    QCOMPARE(m_client->pendingCount(), 2);
    call->cancel();
    QVERIFY(call->isFinished());
    QCOMPARE(m_client->pendingCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 10000); // deleted once finished
    // The other one still arrives, alone.
    QTRY_VERIFY_WITH_TIMEOUT(page.ready(), 10000);
    // A request sent after both is answered after both: a stray answer would be in by then.
    const Awaited<ProjectPage> later = list();
    QTRY_VERIFY_WITH_TIMEOUT(later.ready(), 10000);
    QCOMPARE(*page.calls, 1);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestApiClient::cancelAllEndsEverything()
{
    m_sandbox->setLatency(200);
    Awaited<ProjectPage> page = list();
    Awaited<Project> created;
    m_client->createProject(u"Launch"_s, this, created.handler());
    QSignalSpy busy(m_client.get(), &AdminApiClient::busyChanged);
    m_client->cancelAll();
    QCOMPARE(m_client->pendingCount(), 0);
    QCOMPARE(busy.size(), 1);
    QCOMPARE(busy.at(0).at(0).toBool(), false);
    // A request sent after both is answered after both: a stray answer would be in by then.
    const Awaited<ProjectPage> later = list();
    QTRY_VERIFY_WITH_TIMEOUT(later.ready(), 10000);
    QVERIFY(!page.ready());
    QVERIFY(!created.ready());
}

void TestApiClient::postIsSentOnceWhenTheConnectionCloses_data()
{
    QTest::addColumn<bool>("afterEffect");
    QTest::newRow("closed before the create") << false;
    QTest::newRow("closed after the create") << true;
}

// Issue #13: the service reads a create and closes the connection without a byte of answer.
// Qt's HTTP channel resends a request on such a close when it can rewind its body; a create
// must reach the service once, and the create check decide what happened.
void TestApiClient::postIsSentOnceWhenTheConnectionCloses()
{
    QFETCH(bool, afterEffect);
    // A connection kept alive by an earlier request, as in the app.
    const Awaited<ProjectPage> warm = list();
    QTRY_VERIFY_WITH_TIMEOUT(warm.ready(), 10000);
    SandboxFault close = fault(FaultKind::Close, 200, "POST", ProjectsPath, 5);
    close.afterEffect = afterEffect;
    m_sandbox->addFault(close);
    const int before = m_sandbox->projectCount();
    Awaited<Project> created;
    m_client->createProject(u"Launch"_s, this, created.handler());
    QTRY_VERIFY_WITH_TIMEOUT(created.ready(), 20000);
    QCOMPARE(m_sandbox->requestCount("POST", ProjectsPath), 1);
    QCOMPARE(m_sandbox->projectCount(), before + (afterEffect ? 1 : 0));
    if (afterEffect) {
        QVERIFY(created.get().ok()); // found by the create check
        QCOMPARE(created.get().value().name, u"Launch"_s);
    } else {
        QCOMPARE(created.get().error().kind(), Kind::OutcomeUnknown);
    }
}

void TestApiClient::gzipBodyPastTheCapIsRefused_data()
{
    QTest::addColumn<bool>("compressible");
    QTest::newRow("1000:1, a decompression bomb") << true;
    QTest::newRow("2:1, only the cap can stop it") << false;
}

// Issue #13: a gzip body that inflates past the 32 MiB cap ends in a clear error.
void TestApiClient::gzipBodyPastTheCapIsRefused()
{
    QFETCH(bool, compressible);
    SandboxFault gzip = fault(FaultKind::Gzip, 200, "GET", ProjectsPath, 1);
    gzip.sizeMib = 48;
    gzip.compressible = compressible;
    m_sandbox->addFault(gzip);
    m_client->setMaxRetries(0);
    const Awaited<ProjectPage> page = list();
    QTRY_VERIFY_WITH_TIMEOUT(page.ready(), 60000);
    QVERIFY(!page.get().ok());
    const ApiError &error = page.get().error();
    qInfo() << "gzip" << (compressible ? "bomb" : "2:1") << "->" << int(error.kind()) << error.detail();
    QVERIFY2(error.kind() == Kind::BadResponse || error.kind() == Kind::Network,
             qPrintable(error.userMessage()));
    QVERIFY(!error.userMessage().isEmpty());
}

void TestApiClient::keyChangeEndsEveryRequestAtOnce_data()
{
    QTest::addColumn<QString>("newKey");
    QTest::newRow("another key") << u"sk-admin-other-organization-0000"_s;
    QTest::newRow("forgotten") << QString();
}

// Issue #13: a request made under the old key never goes out after the key changed, whether
// it is on the wire, waiting at the rate-limit gate or waiting to be retried.
void TestApiClient::keyChangeEndsEveryRequestAtOnce()
{
    QFETCH(QString, newKey);
    constexpr int Window = 60000;
    m_sandbox->setRateLimit(1, false, Window);
    m_client->setRateLimitWindow(std::chrono::milliseconds(Window));
    // Taken: the one list request the window allows, then a 429 that teaches the limit.
    const Awaited<ProjectPage> first = list();
    QTRY_VERIFY_WITH_TIMEOUT(first.ready(), 10000);
    QVERIFY(first.get().ok());
    Awaited<ProjectPage> gated;
    m_client->listProjects({}, this, gated.handler());
    QTRY_VERIFY_WITH_TIMEOUT(!m_waits.isEmpty(), 10000); // now waiting at the gate for a minute
    QCOMPARE(m_waits.constLast().endpoint, u"list"_s);
    // A retrieve waiting to be retried after a 500, and a create the service never answers.
    m_sandbox->addFault(fault(FaultKind::Status, 500, "GET", ProjectsPath + u"/proj_missing"_s));
    Awaited<Project> retried;
    m_client->retrieveProject(u"proj_missing"_s, this, retried.handler());
    m_sandbox->addFault(fault(FaultKind::NoResponse, 200, "POST", ProjectsPath));
    Awaited<Project> created;
    m_client->createProject(u"Launch"_s, this, created.handler());
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount("POST", ProjectsPath), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_waits.size(), 2, 10000); // the retrieve's backoff
    const int sent = int(m_sandbox->requests().size());

    QSignalSpy changed(m_client.get(), &AdminApiClient::credentialsChanged);
    m_client->setApiKey(newKey);
    QCOMPARE(changed.size(), 1);
    // Ended at once, each with a sentence saying why; nothing left to send.
    QCOMPARE(m_client->pendingCount(), 0);
    for (const ApiError &error : {gated.get().error(), retried.get().error(), created.get().error()}) {
        QCOMPARE(error.kind(), Kind::KeyChanged);
        QVERIFY(!error.userMessage().isEmpty());
    }
    QCOMPARE(*gated.calls, 1);
    QCOMPARE(*retried.calls, 1);
    QCOMPARE(*created.calls, 1);
    // What the old key taught about the old organization's limit is forgotten too.
    QCOMPARE(m_client->learnedRateLimit(u"list"_s), std::nullopt);
    QCOMPARE(int(m_sandbox->requests().size()), sent);
}

void TestApiClient::rejectedKeyEndsTheOtherRequests()
{
    constexpr int Window = 60000;
    m_sandbox->setRateLimit(1, false, Window);
    m_client->setRateLimitWindow(std::chrono::milliseconds(Window));
    const Awaited<ProjectPage> first = list();
    QTRY_VERIFY_WITH_TIMEOUT(first.ready(), 10000);
    QVERIFY(first.get().ok());
    Awaited<ProjectPage> gated;
    m_client->listProjects({}, this, gated.handler());
    QTRY_VERIFY_WITH_TIMEOUT(!m_waits.isEmpty(), 10000);

    // The key is revoked: the next request to another endpoint gets a 401.
    m_sandbox->addFault(fault(FaultKind::Status, 401, "POST", ProjectsPath));
    QSignalSpy unauthorized(m_client.get(), &AdminApiClient::unauthorized);
    Awaited<Project> created;
    m_client->createProject(u"Launch"_s, this, created.handler());
    QTRY_VERIFY_WITH_TIMEOUT(created.ready(), 10000);
    QCOMPARE(created.get().error().kind(), Kind::Unauthorized);
    QCOMPARE(created.get().error().httpStatus(), 401);
    QVERIFY(!created.get().error().requestId().isEmpty()); // the service's answer
    QCOMPARE(unauthorized.size(), 1);
    // The list waiting at the gate ended before it, without being sent.
    QVERIFY(gated.ready());
    QCOMPARE(gated.get().error().kind(), Kind::Unauthorized);
    QVERIFY(gated.get().error().requestId().isEmpty());
    QCOMPARE(m_client->pendingCount(), 0);
    QCOMPARE(m_sandbox->requestCount("GET", ProjectsPath), 2); // the first list and its 429
}

void TestApiClient::destroyedContextRunsNoCallback()
{
    m_sandbox->setLatency(200);
    auto context = std::make_unique<QObject>();
    Awaited<ProjectPage> page;
    QSignalSpy handled(m_sandbox.get(), &SandboxServer::requestHandled);
    QPointer<ApiCall> call = m_client->listProjects({}, context.get(), page.handler());
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requests().size(), 1, 10000);
    context.reset();
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 10000);
    QCOMPARE(m_client->pendingCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 1, 10000); // the answer went out, to no one
    const Awaited<ProjectPage> later = list(); // and what reaches the client is read by then
    QTRY_VERIFY_WITH_TIMEOUT(later.ready(), 10000);
    QVERIFY(!page.ready());
}

void TestApiClient::busyChanged()
{
    QSignalSpy busy(m_client.get(), &AdminApiClient::busyChanged);
    const Awaited<ProjectPage> a = list();
    const Awaited<ProjectPage> b = list();
    QCOMPARE(busy.size(), 1);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(a.ready() && b.ready(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(busy.size(), 2, 10000);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestApiClient::noKeySendsNothing()
{
    m_client->setApiKey({});
    QVERIFY(!m_client->hasApiKey());
    const Awaited<ProjectPage> page = list();
    QVERIFY(!page.ready()); // answered from the event loop, never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(page.ready(), 10000);
    QCOMPARE(page.get().error().kind(), Kind::NoKey);
    QCOMPARE(m_sandbox->requestCount(), 0);
}

void TestApiClient::insecureUrlRefused()
{
    // A listener that would see any connection attempt (a port on loopback stands in for a
    // remote host reached over plain http: the client must refuse before connecting).
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&listener, &QTcpServer::newConnection, this, [&] { ++connections; });
    m_client->setBaseUrl(QUrl(u"http://example.com/v1"_s));
    Awaited<Project> created;
    m_client->createProject(u"Launch"_s, this, created.handler());
    QVERIFY(!created.ready());
    QTRY_VERIFY_WITH_TIMEOUT(created.ready(), 10000);
    QCOMPARE(created.get().error().kind(), Kind::InsecureUrl);
    QVERIFY(created.get().error().userMessage().contains(u"http://example.com"_s));
    QVERIFY(!created.get().error().userMessage().contains(Key));
    QCOMPARE(connections, 0);
}

void TestApiClient::redirects_data()
{
    QTest::addColumn<bool>("sameOrigin");
    QTest::newRow("to another origin") << false;
    QTest::newRow("to the same origin") << true;
}

void TestApiClient::redirects()
{
    QFETCH(bool, sameOrigin);
    // The other origin: a plain listener that keeps whatever it is sent.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    QByteArray received;
    int connections = 0;
    connect(&other, &QTcpServer::newConnection, this, [&] {
        ++connections;
        while (QTcpSocket *socket = other.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
    });
    // The origin the client is configured for redirects every request.
    QHttpServer redirecting;
    const quint16 port = redirecting.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    const QString elsewhere = sameOrigin ? u"http://127.0.0.1:%1/v2/projects"_s.arg(port)
                                         : u"http://127.0.0.1:%1/v1/organization/projects"_s.arg(other.serverPort());
    redirecting.route(u"/v1/organization/projects"_s, [elsewhere] {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::TemporaryRedirect);
        response.addHeader("Location", elsewhere.toUtf8());
        return response;
    });
    redirecting.route(u"/v2/projects"_s, [] {
        return QHttpServerResponse(QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, QJsonArray()},
                                               {u"has_more"_s, false}});
    });
    m_client->setBaseUrl(QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port)));
    const Awaited<ProjectPage> page = list();
    QTRY_VERIFY_WITH_TIMEOUT(page.ready(), 10000);
    if (sameOrigin) {
        QVERIFY2(page.get().ok(), qPrintable(page.get().error().userMessage()));
        QCOMPARE(page.get().value().projects.size(), 0);
    } else {
        QCOMPARE(page.get().error().kind(), Kind::InsecureUrl);
        QCOMPARE(page.get().error().httpStatus(), 307);
    }
    // The outcome came after the client's decision on the redirect: nothing followed it.
    QVERIFY(!received.toLower().contains("authorization"));
    QVERIFY(!received.contains(Key.toUtf8()));
    QCOMPARE(connections, 0);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
