// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// GET /organization/costs through the real client against the in-process sandbox.

#include "adminapiclient.h"
#include "costsapi.h"
#include "costsaggregator.h"
#include "sandboxcosts.h"
#include "sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(SandboxFault)

namespace {

const QString Key = QString::fromLatin1(SandboxServer::DefaultAdminKey);
constexpr qint64 Day = CostsAggregator::Day;
// The sandbox's clock: 2026-10-01 12:00 UTC, a month after its projects' newest creation.
constexpr qint64 Now = 1790856000;
constexpr qint64 Today = Now - Now % Day;

template <typename T>
struct Awaited
{
    std::shared_ptr<std::optional<ApiResult<T>>> result = std::make_shared<std::optional<ApiResult<T>>>();

    std::function<void(const ApiResult<T> &)> handler() const
    {
        return [result = result](const ApiResult<T> &r) { *result = r; };
    }
    [[nodiscard]] bool ready() const { return result->has_value(); }
    [[nodiscard]] const ApiResult<T> &get() const { return **result; }
};

SandboxFault fault(SandboxFault::Kind kind, int status = 500)
{
    SandboxFault f;
    f.kind = kind;
    f.status = status;
    f.path = SandboxCosts::path();
    return f;
}

} // namespace

class TestCostsClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void queryAsTheServiceSeesIt();
    void totalsMatchTheSandbox();
    void todayIsTheDaySoFar();
    void pagingFollowsNextPage();
    void refusedQueries_data();
    void refusedQueries();
    void faults_data();
    void faults();
    void rateLimitHasItsOwnBucket();
    void twoThousandProjectsOverNinetyDays();

private:
    Awaited<CostPage> fetch(const CostsQuery &query);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AdminApiClient> m_client;
};

void TestCostsClient::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setClock([] { return Now * 1000; });
    QVERIFY(m_sandbox->listen() != 0);
    m_sandbox->seed(40, 5, 7);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AdminApiClient>(m_network.get());
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(Key);
    m_client->setRandomSource([] { return 0.999; }); // the shortest backoff: fast tests
}

void TestCostsClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

Awaited<CostPage> TestCostsClient::fetch(const CostsQuery &query)
{
    Awaited<CostPage> page;
    CostsApi::fetch(*m_client, query, this, page.handler());
    return page;
}

void TestCostsClient::queryAsTheServiceSeesIt()
{
    CostsQuery query;
    query.startTime = Today - 7 * Day;
    query.endTime = Today;
    query.groupByProject = true;
    query.groupByLineItem = true;
    for (const SandboxProject &p : m_sandbox->projects()) {
        if (!p.archivedAt && SandboxCosts::dailyMicros(p.id, 0, Today - Day) > 0 && query.projectIds.size() < 2)
            query.projectIds << p.id;
    }
    query.limit = 7;
    const Awaited<CostPage> page = fetch(query);
    QTRY_VERIFY(page.ready());
    QVERIFY2(page.get().ok(), qPrintable(page.get().error().userMessage()));

    const QList<SandboxRequest> log = m_sandbox->requests();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().method, QByteArray("GET"));
    QCOMPARE(log.first().path, SandboxCosts::path());
    QCOMPARE(log.first().query, query.toQueryString());
    QCOMPARE(log.first().authorization, u"ok"_s);
    QCOMPARE(log.first().status, 200);
    // The sandbox read the arrays as arrays: only the two projects, by project and line item.
    QCOMPARE(page.get().value().buckets.size(), 7);
    QCOMPARE(page.get().value().requestId, log.first().requestId);
    int results = 0;
    for (const CostBucket &bucket : page.get().value().buckets) {
        for (const CostResult &result : bucket.results) {
            ++results;
            QVERIFY(query.projectIds.contains(result.projectId.value));
            QVERIFY(SandboxCosts::lineItems().contains(result.lineItem.value));
            QCOMPARE(result.apiKeyId.state, NullableText::State::Null);
        }
    }
    QVERIFY(results > 0);
}

void TestCostsClient::totalsMatchTheSandbox()
{
    // September 2026: every seeded project existed all month (the newest is from Sept 1st).
    const qint64 from = Today - 30 * Day;
    CostsQuery query;
    query.startTime = from;
    query.endTime = Today;
    query.groupByProject = true;
    query.limit = 30;
    const Awaited<CostPage> page = fetch(query);
    QTRY_VERIFY(page.ready());
    QVERIFY2(page.get().ok(), qPrintable(page.get().error().userMessage()));
    CostsAggregator costs;
    costs.add(page.get().value().buckets);
    const QHash<QString, MoneyTotals> totals = costs.totalsByProject(from, Today);

    int idle = 0;
    int checked = 0;
    for (const SandboxProject &project : m_sandbox->projects()) {
        if (project.createdAt > from || project.archivedAt)
            continue;
        qint64 expected = 0;
        for (qint64 day = from; day < Today; day += Day) {
            for (int item = 0; item < SandboxCosts::lineItems().size(); ++item)
                expected += SandboxCosts::dailyMicros(project.id, item, day);
        }
        ++checked;
        if (expected == 0) {
            ++idle;
            QVERIFY(!totals.contains(project.id)); // no cost: no result at all
            continue;
        }
        QCOMPARE(totals.value(project.id).total(u"usd"_s).micros, expected);
        QCOMPARE(totals.value(project.id).currencies(), QStringList({u"usd"_s}));
    }
    QVERIFY(checked >= 30);
    QVERIFY2(idle >= 3 && idle < checked / 2, qPrintable(u"%1 of %2 idle"_s.arg(idle).arg(checked)));
}

void TestCostsClient::todayIsTheDaySoFar()
{
    // The newest active project that spends: its whole day yesterday, half of today so far.
    SandboxProject project;
    for (const SandboxProject &p : m_sandbox->projects()) {
        if (!p.archivedAt && SandboxCosts::dailyMicros(p.id, 0, Today) > 0) {
            project = p;
            break;
        }
    }
    QVERIFY(!project.id.isEmpty());
    CostsQuery query;
    query.startTime = Today - Day;
    query.groupByLineItem = true;
    query.projectIds = {project.id};
    const Awaited<CostPage> page = fetch(query);
    QTRY_VERIFY(page.ready());
    QVERIFY2(page.get().ok(), qPrintable(page.get().error().userMessage()));
    const QList<CostBucket> buckets = page.get().value().buckets;
    QCOMPARE(buckets.size(), 2); // yesterday and today, without end_time: up to now
    QCOMPARE(buckets.last().startTime, Today);
    const QStringList items = SandboxCosts::lineItems();
    for (int day = 0; day < 2; ++day) {
        QHash<QString, qint64> expected;
        for (int item = 0; item < items.size(); ++item) {
            const qint64 full = SandboxCosts::dailyMicros(project.id, item, Today - (1 - day) * Day);
            const qint64 part = day == 0 ? full : full * (Now - Today) / Day; // half of today
            if (part)
                expected.insert(items.at(item), part);
        }
        QHash<QString, qint64> got;
        for (const CostResult &result : buckets.at(day).results)
            got.insert(result.lineItem.value, result.amount.micros);
        QCOMPARE(got, expected);
    }
}

void TestCostsClient::pagingFollowsNextPage()
{
    CostsQuery query;
    query.startTime = Today - 10 * Day;
    query.endTime = Today;
    query.limit = 4;
    Awaited<QList<CostBucket>> all;
    int pages = 0;
    CostsApi::fetchAll(*m_client, query, this, all.handler(),
                       [&pages](const ApiResult<CostPage> &) { ++pages; });
    QTRY_VERIFY(all.ready());
    QVERIFY2(all.get().ok(), qPrintable(all.get().error().userMessage()));
    QCOMPARE(pages, 3); // 4 + 4 + 2 days
    QCOMPARE(all.get().value().size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(all.get().value().at(i).startTime, Today - (10 - i) * Day);

    const QList<SandboxRequest> log = m_sandbox->requests();
    QCOMPARE(log.size(), 3);
    QVERIFY(!QUrlQuery(log.at(0).query).hasQueryItem(u"page"_s));
    for (int i = 1; i < 3; ++i) {
        const QString sent = QUrlQuery(log.at(i).query).queryItemValue(u"page"_s);
        QVERIFY(!sent.isEmpty());
        query.page = sent;
        QCOMPARE(log.at(i).query, query.toQueryString()); // the rest of the query unchanged
    }
}

void TestCostsClient::refusedQueries_data()
{
    // Queries the client never sends, to check the sandbox refuses what the service would.
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("param");
    QTest::newRow("no start_time") << u"limit=3"_s << u"start_time"_s;
    QTest::newRow("start_time text") << u"start_time=yesterday"_s << u"start_time"_s;
    QTest::newRow("limit 0") << u"start_time=0&limit=0"_s << u"limit"_s;
    QTest::newRow("limit 181") << u"start_time=0&limit=181"_s << u"limit"_s;
    QTest::newRow("unknown group_by") << u"start_time=0&group_by%5B%5D=model"_s << u"group_by"_s;
    QTest::newRow("bucket_width 1h") << u"start_time=0&bucket_width=1h"_s << u"bucket_width"_s;
    QTest::newRow("end before start") << u"start_time=100&end_time=50"_s << u"end_time"_s;
    QTest::newRow("made-up page") << u"start_time=0&page=page_zz"_s << u"page"_s;
}

void TestCostsClient::refusedQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, param);
    const RequestSpec spec{"GET", u"/organization/costs"_s, query, std::nullopt, u"costs"_s,
                           RequestSpec::Retry::Safe};
    Awaited<CostPage> page;
    m_client->send<CostPage>(spec, this, [](const RequestOutcome &o) {
        return CostsReader::page(o.body, {}, o.requestId);
    }, page.handler());
    QTRY_VERIFY(page.ready());
    QVERIFY(!page.get().ok());
    QCOMPARE(page.get().error().kind(), Kind::InvalidRequest);
    QCOMPARE(page.get().error().httpStatus(), 400);
    QCOMPARE(page.get().error().param(), param);
    QCOMPARE(m_sandbox->requestCount(), 1); // a 400 is not retried
}

void TestCostsClient::faults_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("requests");
    using FK = SandboxFault::Kind;
    SandboxFault twice = fault(FK::Status, 503);
    twice.count = 2;
    QTest::newRow("503 then fine: retried") << twice << Kind::None << 3;
    QTest::newRow("html") << fault(FK::Html, 200) << Kind::BadResponse << 1;
    QTest::newRow("truncated json") << fault(FK::TruncatedJson, 200) << Kind::BadResponse << 1;
    QTest::newRow("empty body") << fault(FK::EmptyBody, 200) << Kind::BadResponse << 1;
    SandboxFault lasting = fault(FK::Status, 500);
    lasting.count = 10;
    QTest::newRow("500 for good") << lasting << Kind::Server << 3;
    QTest::newRow("401") << fault(FK::Status, 401) << Kind::Unauthorized << 1;
    SandboxFault dropped = fault(FK::DropMidBody, 200);
    dropped.count = 3;
    QTest::newRow("dropped mid-body") << dropped << Kind::Network << 3;
}

void TestCostsClient::faults()
{
    QFETCH(SandboxFault, fault);
    QFETCH(Kind, kind);
    QFETCH(int, requests);
    m_sandbox->addFault(fault);
    CostsQuery query;
    query.startTime = Today - 3 * Day;
    query.groupByProject = true;
    const Awaited<CostPage> page = fetch(query);
    QTRY_VERIFY_WITH_TIMEOUT(page.ready(), 20000);
    if (kind == Kind::None) {
        QVERIFY2(page.get().ok(), qPrintable(page.get().error().userMessage()));
        QCOMPARE(page.get().value().buckets.size(), 4);
    } else {
        QVERIFY(!page.get().ok());
        QCOMPARE(page.get().error().kind(), kind);
        QVERIFY(!page.get().error().userMessage().isEmpty());
        QVERIFY(!page.get().error().userMessage().contains(Key));
    }
    QCOMPARE(m_sandbox->requestCount("GET", SandboxCosts::path()), requests);
}

void TestCostsClient::rateLimitHasItsOwnBucket()
{
    // One costs request per window: the second waits (the sandbox's retry-after), the project
    // listing in between does not. The window passes on the system clock.
    m_sandbox->setClock({});
    m_sandbox->setRateLimit(1, true, 1000);
    m_client->setRateLimitWindow(std::chrono::milliseconds(1000));
    CostsQuery query;
    query.startTime = Today - Day;
    const Awaited<CostPage> first = fetch(query);
    QTRY_VERIFY(first.ready());
    QVERIFY(first.get().ok());
    const Awaited<CostPage> second = fetch(query);
    Awaited<ProjectPage> list;
    m_client->listProjects({}, this, list.handler());
    QTRY_VERIFY_WITH_TIMEOUT(second.ready() && list.ready(), 20000);
    QVERIFY2(second.get().ok(), qPrintable(second.get().error().userMessage()));
    QVERIFY(list.get().ok());
    const QList<SandboxRequest> log = m_sandbox->requests();
    const auto rejected = std::count_if(log.cbegin(), log.cend(), [](const SandboxRequest &r) {
        return r.status == 429;
    });
    QCOMPARE(rejected, 1);
    QCOMPARE(log.constLast().path, SandboxCosts::path()); // the listing went first
    QVERIFY(!m_client->learnedRateLimit(u"list"_s).has_value());
}

void TestCostsClient::twoThousandProjectsOverNinetyDays()
{
    // Issue #19: the spend column of a 2,000-project organization for 90 days, 30 buckets a
    // request: three requests, each answer within the client's body cap.
    m_sandbox->seed(2000, 0, 3);
    constexpr qint64 Cap = 32 * 1024 * 1024; // the client's default
    m_client->setMaxResponseSize(Cap);
    CostsQuery query;
    query.startTime = Today - 90 * Day;
    query.endTime = Today;
    query.groupByProject = true;
    query.limit = 30;

    Awaited<QList<CostBucket>> all;
    QList<qint64> sizes;
    CostsApi::fetchAll(*m_client, query, this, all.handler());
    QTRY_VERIFY_WITH_TIMEOUT(all.ready(), 60000);
    QVERIFY2(all.get().ok(), qPrintable(all.get().error().userMessage()));
    QCOMPARE(m_sandbox->requestCount("GET", SandboxCosts::path()), 3);
    QCOMPARE(all.get().value().size(), 90);

    // The same three pages again, to weigh the answers.
    for (const SandboxRequest &request : m_sandbox->requests()) {
        const RequestSpec spec{"GET", u"/organization/costs"_s, request.query, std::nullopt,
                               u"costs"_s, RequestSpec::Retry::Safe};
        bool done = false;
        m_client->sendRequest(spec, this, [&](const RequestOutcome &o) {
            QVERIFY(!o.error.isError());
            sizes << o.body.size();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    }
    QCOMPARE(sizes.size(), 3);
    for (const qint64 size : sizes)
        QVERIFY2(size < Cap / 2, qPrintable(QString::number(size)));
    qInfo("2,000 projects, 90 days, 30 buckets a request: 3 requests of %lld, %lld and %lld bytes",
          sizes.at(0), sizes.at(1), sizes.at(2));

    CostsAggregator costs;
    costs.add(all.get().value());
    const QHash<QString, MoneyTotals> totals = costs.totalsByProject(query.startTime, Today);
    QVERIFY(totals.size() > 1000 && totals.size() < 2001);
    QCOMPARE(costs.topProjects(10, u"usd"_s, query.startTime, Today).size(), 10);
}

QTEST_GUILESS_MAIN(TestCostsClient)
#include "tst_costsclient.moc"
