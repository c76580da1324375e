// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// One rate-limit change over many projects (BulkRateLimiter) against the sandbox over real
// HTTP: the preview, faults in the middle, nothing sent twice, Stop between projects.

#include "adminapiclient.h"
#include "bulkratelimiter.h"
#include "resourcestore.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = RateLimitPlanItem::Status;

namespace {

constexpr int Timeout = 30000;
const QString Model = u"gpt-4o"_s;
constexpr int TokensField = 1; // the sandbox's index of max_tokens_per_1_minute

Project projectOf(const SandboxProject &p)
{
    Project project;
    project.id = p.id;
    project.name = p.name;
    project.createdAt = p.createdAt;
    project.archivedAt = p.archivedAt;
    project.status = p.archivedAt ? u"archived"_s : u"active"_s;
    return project;
}

QString updatePath(const QString &projectId)
{
    return u"/v1/organization/projects/"_s + projectId + u"/rate_limits/rl-"_s + Model;
}

QString listPath(const QString &projectId)
{
    return u"/v1/organization/projects/"_s + projectId + u"/rate_limits"_s;
}

} // namespace

class TestRateLimitBulk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void previewReadsEachProjectOnceAndMarksTheSkipped();
    void applyOverTwentyWithAFaultInTheMiddle();
    void anUpdateWhoseAnswerIsLostIsNotSentAgain();
    void stopIsHonouredBetweenProjects();
    void knownLimitsAreNotReadAgain();
    void aTemplateOfSeveralModels();
    // Issue #17's benchmark figure 8, scaled down.
    void underTheRateLimitOneLearning429PerEndpoint();

private:
    std::unique_ptr<BulkRateLimiter> limiter(const QList<Project> &projects);
    bool readAll(BulkRateLimiter &bulk);
    qint64 tokensIn(const QString &projectId);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AdminApiClient> m_client;
    QList<Project> m_active;   ///< 20, newest first
    QList<Project> m_archived; ///< 2
};

void TestRateLimitBulk::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->seed(19, 2, 3); // and the Default project: 20 active
    QVERIFY(m_sandbox->listen() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AdminApiClient>(m_network.get());
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    m_client->setRandomSource([] { return 0.999; });
    m_active.clear();
    m_archived.clear();
    for (const SandboxProject &p : m_sandbox->projects())
        (p.archivedAt ? m_archived : m_active).append(projectOf(p));
    QCOMPARE(m_active.size(), 20);
    QCOMPARE(m_archived.size(), 2);
}

void TestRateLimitBulk::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

std::unique_ptr<BulkRateLimiter> TestRateLimitBulk::limiter(const QList<Project> &projects)
{
    return std::make_unique<BulkRateLimiter>(m_client.get(), projects);
}

bool TestRateLimitBulk::readAll(BulkRateLimiter &bulk)
{
    QSignalSpy done(&bulk, &BulkRateLimiter::readingFinished);
    bulk.startReading();
    return done.size() == 1 || done.wait(Timeout);
}

qint64 TestRateLimitBulk::tokensIn(const QString &projectId)
{
    for (const SandboxRateLimit &limit : m_sandbox->projectResources(projectId).rateLimits) {
        if (limit.model == Model)
            return limit.values.at(TokensField).value_or(-1);
    }
    return -1;
}

RateLimitTemplate tokens(qint64 value, const QString &model = Model)
{
    RateLimitChange change;
    change.set(RateLimitField::TokensPerMinute, value);
    RateLimitTemplate target;
    target.set(model, change);
    return target;
}

void TestRateLimitBulk::previewReadsEachProjectOnceAndMarksTheSkipped()
{
    // One project already has the value, one has no such model.
    m_sandbox->projectResources(m_active.at(3).id).rateLimits.first().values.at(TokensField) = 4242;
    QList<SandboxRateLimit> &noModel = m_sandbox->projectResources(m_active.at(5).id).rateLimits;
    noModel.removeIf([](const SandboxRateLimit &l) { return l.model == Model; });

    auto bulk = limiter(m_active + m_archived);
    bulk->setTarget(tokens(4242));
    QCOMPARE(bulk->plan().size(), 22);
    QCOMPARE(bulk->plan().at(0).status, Status::Reading);
    QCOMPARE(bulk->plan().at(21).status, Status::Archived);
    QVERIFY(readAll(*bulk));
    // One read per active project; none for the archived ones; no update yet.
    QCOMPARE(m_sandbox->requestCount("GET"), 20);
    QCOMPARE(m_sandbox->requestCount("POST"), 0);
    QCOMPARE(bulk->plan().at(3).status, Status::Unchanged);
    QCOMPARE(bulk->plan().at(5).status, Status::NoModel);
    QCOMPARE(bulk->plan().at(20).status, Status::Archived);
    QCOMPARE(bulk->pendingCount(), 18);
    QCOMPARE(bulk->plan().at(0).current->value(RateLimitField::TokensPerMinute), tokensIn(m_active.at(0).id));
    QVERIFY(bulk->models().contains(Model));
    // Another value is a new preview from what was read, without a request.
    bulk->setTarget(tokens(5000));
    QCOMPARE(bulk->plan().at(3).status, Status::WillChange);
    QCOMPARE(m_sandbox->requestCount(), 20);
}

void TestRateLimitBulk::applyOverTwentyWithAFaultInTheMiddle()
{
    // Project 10 already has the value: nothing is sent for it.
    m_sandbox->projectResources(m_active.at(10).id).rateLimits.first().values.at(TokensField) = 7777;
    auto bulk = limiter(m_active + m_archived);
    bulk->setTarget(tokens(7777));
    QVERIFY(readAll(*bulk));
    QCOMPARE(bulk->pendingCount(), 19);

    // A refusal the service gives once, in the middle (the 7th update): not retried.
    SandboxFault refused;
    refused.kind = SandboxFault::Kind::Status;
    refused.status = 400;
    refused.method = "POST";
    refused.path = updatePath(m_active.at(6).id);
    m_sandbox->addFault(refused);
    m_sandbox->clearRequests();

    QSignalSpy finished(bulk.get(), &BulkRateLimiter::finished);
    QSignalSpy updated(bulk.get(), &BulkRateLimiter::limitUpdated);
    bulk->apply();
    QVERIFY(finished.wait(Timeout));
    const auto summary = finished.first().first().value<BulkRateLimitSummary>();
    QCOMPARE(summary.changed, 18);
    QCOMPARE(summary.unchanged, 1);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.skipped, 2);
    QCOMPARE(summary.notAttempted, 0);
    QVERIFY(!summary.cancelled);
    QCOMPARE(updated.size(), 18);
    QCOMPARE(bulk->plan().at(6).status, Status::Failed);
    QCOMPARE(bulk->plan().at(6).error.httpStatus(), 400);
    // One update per project that changes, none twice, none for the unchanged or archived.
    QCOMPARE(m_sandbox->requestCount("POST"), 19);
    for (int i = 0; i < m_active.size(); ++i)
        QCOMPARE(m_sandbox->requestCount("POST", updatePath(m_active.at(i).id)), i == 10 ? 0 : 1);
    QCOMPARE(m_sandbox->requestCount("GET"), 0);
    for (int i = 0; i < m_active.size(); ++i) {
        if (i != 6)
            QCOMPARE(tokensIn(m_active.at(i).id), 7777);
    }
    QVERIFY(tokensIn(m_active.at(6).id) != 7777);
    for (const Project &archived : std::as_const(m_archived))
        QCOMPARE(m_sandbox->requestCount("POST", updatePath(archived.id)), 0);
}

void TestRateLimitBulk::anUpdateWhoseAnswerIsLostIsNotSentAgain()
{
    auto bulk = limiter(m_active.mid(0, 5));
    bulk->setTarget(tokens(3131));
    QVERIFY(readAll(*bulk));
    // Project 1: a 500 after the change took effect (re-read: changed). Project 3: a 503
    // before it (re-read: not changed; failed, not sent again).
    SandboxFault after;
    after.kind = SandboxFault::Kind::Status;
    after.status = 500;
    after.method = "POST";
    after.path = updatePath(m_active.at(1).id);
    after.afterEffect = true;
    m_sandbox->addFault(after);
    SandboxFault before = after;
    before.status = 503;
    before.path = updatePath(m_active.at(3).id);
    before.afterEffect = false;
    m_sandbox->addFault(before);
    m_sandbox->clearRequests();

    QSignalSpy finished(bulk.get(), &BulkRateLimiter::finished);
    bulk->apply();
    QVERIFY(finished.wait(Timeout));
    const auto summary = finished.first().first().value<BulkRateLimitSummary>();
    QCOMPARE(summary.changed, 4);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(bulk->plan().at(1).status, Status::Changed);
    QCOMPARE(bulk->plan().at(3).status, Status::Failed);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_sandbox->requestCount("POST", updatePath(m_active.at(i).id)), 1);
    QCOMPARE(m_sandbox->requestCount("GET", listPath(m_active.at(1).id)), 1);
    QCOMPARE(m_sandbox->requestCount("GET", listPath(m_active.at(3).id)), 1);
    QCOMPARE(tokensIn(m_active.at(1).id), 3131);
    QVERIFY(tokensIn(m_active.at(3).id) != 3131);
}

void TestRateLimitBulk::stopIsHonouredBetweenProjects()
{
    auto bulk = limiter(m_active);
    bulk->setTarget(tokens(6161));
    QVERIFY(readAll(*bulk));
    m_sandbox->clearRequests();
    QSignalSpy finished(bulk.get(), &BulkRateLimiter::finished);
    // Stop while the 4th update is on its way: it ends, nothing after it is sent.
    connect(bulk.get(), &BulkRateLimiter::progress, bulk.get(), [&bulk](int done) {
        if (done == 3)
            bulk->cancel();
    });
    bulk->apply();
    QVERIFY(finished.wait(Timeout));
    const auto summary = finished.first().first().value<BulkRateLimitSummary>();
    QCOMPARE(summary.changed, 4);
    QCOMPARE(summary.notAttempted, 16);
    QVERIFY(summary.cancelled);
    QCOMPARE(m_sandbox->requestCount("POST"), 4);
    QCOMPARE(bulk->plan().at(4).status, Status::NotAttempted);
    QCOMPARE(tokensIn(m_active.at(3).id), 6161);
    QVERIFY(tokensIn(m_active.at(4).id) != 6161);
}

void TestRateLimitBulk::knownLimitsAreNotReadAgain()
{
    auto first = limiter(m_active.mid(0, 3));
    QVERIFY(readAll(*first));
    auto bulk = limiter(m_active.mid(0, 3));
    bulk->setKnownLimits(m_active.at(0).id, *first->limitsOf(m_active.at(0).id));
    m_sandbox->clearRequests();
    QVERIFY(readAll(*bulk));
    QCOMPARE(m_sandbox->requestCount("GET"), 2);
    QCOMPARE(m_sandbox->requestCount("GET", listPath(m_active.at(0).id)), 0);
}

void TestRateLimitBulk::aTemplateOfSeveralModels()
{
    RateLimitTemplate target = tokens(1111);
    RateLimitChange audio;
    audio.set(RateLimitField::AudioMegabytesPerMinute, 13); // never a seeded value (100, 50, 25, 12)
    target.set(u"whisper-1"_s, audio);
    RateLimitChange images; // gpt-4o has no images/min: that item is skipped
    images.set(RateLimitField::ImagesPerMinute, 3);
    target.set(u"o3"_s, images);
    auto bulk = limiter(m_active.mid(0, 2));
    bulk->setTarget(target);
    QVERIFY(readAll(*bulk));
    QCOMPARE(bulk->plan().size(), 6);
    QCOMPARE(bulk->pendingCount(), 4);
    QSignalSpy finished(bulk.get(), &BulkRateLimiter::finished);
    bulk->apply();
    QVERIFY(finished.wait(Timeout));
    const auto summary = finished.first().first().value<BulkRateLimitSummary>();
    QCOMPARE(summary.changed, 4);
    QCOMPARE(summary.skipped, 2);
    QCOMPARE(m_sandbox->requestCount("POST"), 4);
}

QTEST_GUILESS_MAIN(TestRateLimitBulk)
// --- Issue #17, benchmark figure 8 scaled down (gate): the rate limit of reads and updates.
void TestRateLimitBulk::underTheRateLimitOneLearning429PerEndpoint()
{
    // 3 requests per 600 ms window per endpoint, 429 without retry-after: the preview's 20
    // reads and Apply's 20 updates each take 7 windows. Each endpoint's limit is learned from
    // one 429 and never probed above afterwards.
    constexpr int Window = 600;
    m_sandbox->setRateLimit(3, false, Window);
    m_client->setRateLimitWindow(std::chrono::milliseconds(Window));
    auto bulk = limiter(m_active);
    bulk->setTarget(tokens(8888));
    QVERIFY(readAll(*bulk));
    QCOMPARE(bulk->pendingCount(), 20);
    QSignalSpy finished(bulk.get(), &BulkRateLimiter::finished);
    bulk->apply();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.first().first().value<BulkRateLimitSummary>().changed, 20);

    int reads = 0;
    int updates = 0;
    int refusedReads = 0;
    int refusedUpdates = 0;
    for (const SandboxRequest &r : m_sandbox->requests()) {
        const bool read = r.method == "GET";
        if (r.status == 429)
            ++(read ? refusedReads : refusedUpdates);
        else
            ++(read ? reads : updates);
    }
    QCOMPARE(reads, 20);
    QCOMPARE(updates, 20);
    QCOMPARE(refusedReads, 1);
    QCOMPARE(refusedUpdates, 1);
}

#include "tst_ratelimitbulk.moc"
