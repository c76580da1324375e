// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "adminapiclient.h"
#include "bulkarchiver.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int Timeout = 30000;
const QString ProjectsPath = QStringLiteral("/v1/organization/projects");

QString archivePath(const QString &id)
{
    return ProjectsPath + QLatin1Char('/') + id + QStringLiteral("/archive");
}

Project toProject(const SandboxProject &p)
{
    Project project;
    project.id = p.id;
    project.name = p.name;
    project.createdAt = p.createdAt;
    project.status = p.archivedAt ? QStringLiteral("archived") : QStringLiteral("active");
    project.archivedAt = p.archivedAt;
    return project;
}

QStringList names(const QList<Project> &projects)
{
    QStringList result;
    for (const Project &p : projects)
        result << p.name;
    return result;
}

} // namespace

/// BulkArchiver against the sandbox through the real client: one request at a time, an
/// honest account of each project, and a cancel that stops between projects.
class TestBulkArchiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void archivesAllInOrder();
    void failureInTheMiddle_data();
    void failureInTheMiddle();
    void archiveBugCountsAsArchived();
    void cancelStopsBetweenProjects();
    void duplicatesAreArchivedOnce();
    void keyChangeStopsTheRun();

private:
    [[nodiscard]] QList<Project> addProjects(const QStringList &names);
    [[nodiscard]] bool isArchivedInSandbox(const Project &project) const;
    [[nodiscard]] BulkArchiveSummary run(BulkArchiver &archiver);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AdminApiClient> m_client;
};

void TestBulkArchiver::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AdminApiClient>(m_network.get());
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    m_client->setRandomSource([] { return 0.0; });
    m_client->setRateLimitWindow(2s);
    m_client->setTimeout(10s);
}

void TestBulkArchiver::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

QList<Project> TestBulkArchiver::addProjects(const QStringList &names)
{
    QList<Project> projects;
    qint64 createdAt = 1700000000;
    for (const QString &name : names)
        projects << toProject(m_server->addProject(name, createdAt++));
    return projects;
}

bool TestBulkArchiver::isArchivedInSandbox(const Project &project) const
{
    const auto stored = m_server->project(project.id);
    return stored && stored->archivedAt.has_value();
}

BulkArchiveSummary TestBulkArchiver::run(BulkArchiver &archiver)
{
    QSignalSpy finished(&archiver, &BulkArchiver::finished);
    archiver.start();
    if (!finished.wait(Timeout))
        return {};
    return finished.constFirst().constFirst().value<BulkArchiveSummary>();
}

void TestBulkArchiver::archivesAllInOrder()
{
    const QList<Project> projects = addProjects({QStringLiteral("Alpha"), QStringLiteral("Beta"),
                                                 QStringLiteral("Gamma")});
    BulkArchiver archiver(m_client.get(), projects);
    QSignalSpy progress(&archiver, &BulkArchiver::progress);
    QSignalSpy archived(&archiver, &BulkArchiver::projectArchived);

    // One request at a time: when a project starts, every earlier one has been answered.
    QStringList startedWithNothingElsePending;
    connect(&archiver, &BulkArchiver::progress, this,
            [&](int done, int, const Project &current) {
                if (m_server->requestCount("POST") == done)
                    startedWithNothingElsePending << current.name;
            });

    const BulkArchiveSummary summary = run(archiver);
    QCOMPARE(names(summary.archived), names(projects));
    QVERIFY(summary.failed.isEmpty());
    QVERIFY(summary.notAttempted.isEmpty());
    QVERIFY(!summary.cancelled);
    QCOMPARE(startedWithNothingElsePending, names(projects));

    QCOMPARE(progress.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), i);
        QCOMPARE(progress.at(i).at(1).toInt(), 3);
        QCOMPARE(progress.at(i).at(2).value<Project>().id, projects.at(i).id);
    }
    QCOMPARE(archived.size(), 3);
    for (const Project &project : projects) {
        QVERIFY(isArchivedInSandbox(project));
        QCOMPARE(m_server->requestCount("POST", archivePath(project.id)), 1);
    }
    for (const Project &project : summary.archived)
        QVERIFY(project.isArchived());
    QVERIFY(!archiver.isRunning());
}

void TestBulkArchiver::failureInTheMiddle_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");

    SandboxFault server;
    server.kind = SandboxFault::Kind::Status;
    server.status = 500;
    server.shouldRetry = false;
    QTest::newRow("500, x-should-retry false") << server << ApiError::Kind::Server << 500;

    SandboxFault invalid;
    invalid.kind = SandboxFault::Kind::Status;
    invalid.status = 400;
    QTest::newRow("400 invalid request") << invalid << ApiError::Kind::InvalidRequest << 400;

    SandboxFault html;
    html.kind = SandboxFault::Kind::Html;
    html.status = 403;
    QTest::newRow("403 HTML page from a proxy") << html << ApiError::Kind::BadResponse << 403;
}

void TestBulkArchiver::failureInTheMiddle()
{
    QFETCH(SandboxFault, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);

    const QList<Project> projects = addProjects({QStringLiteral("Alpha"), QStringLiteral("Beta"),
                                                 QStringLiteral("Gamma")});
    fault.method = "POST";
    fault.path = archivePath(projects.at(1).id);
    m_server->addFault(fault);

    BulkArchiver archiver(m_client.get(), projects);
    QSignalSpy failed(&archiver, &BulkArchiver::projectFailed);
    const BulkArchiveSummary summary = run(archiver);

    QCOMPARE(names(summary.archived), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Gamma")}));
    QCOMPARE(summary.failed.size(), 1);
    QCOMPARE(summary.failed.first().project.id, projects.at(1).id);
    const ApiError error = summary.failed.first().error;
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(!error.userMessage().isEmpty());

    // The id the user can quote is the one of the failed archive request.
    const QList<SandboxRequest> log = m_server->requests();
    const auto archiveRequest = std::find_if(log.cbegin(), log.cend(), [&](const SandboxRequest &r) {
        return r.method == "POST" && r.path == archivePath(projects.at(1).id);
    });
    QVERIFY(archiveRequest != log.cend());
    QCOMPARE(error.requestId(), archiveRequest->requestId);

    QCOMPARE(failed.size(), 1);
    QVERIFY(isArchivedInSandbox(projects.at(0)));
    QVERIFY(!isArchivedInSandbox(projects.at(1)));
    QVERIFY(isArchivedInSandbox(projects.at(2)));
}

void TestBulkArchiver::archiveBugCountsAsArchived()
{
    const QList<Project> projects = addProjects({QStringLiteral("Alpha"), QStringLiteral("Beta")});
    m_server->setArchiveBug(true);

    BulkArchiver archiver(m_client.get(), projects);
    const BulkArchiveSummary summary = run(archiver);

    QCOMPARE(names(summary.archived), names(projects));
    QVERIFY(summary.failed.isEmpty());
    for (const Project &project : projects)
        QVERIFY(isArchivedInSandbox(project));
    // The bug really answered: each archive got a 400, each was confirmed by a retrieve.
    const QList<SandboxRequest> log = m_server->requests();
    for (const Project &project : projects) {
        const auto archive = std::find_if(log.cbegin(), log.cend(), [&](const SandboxRequest &r) {
            return r.method == "POST" && r.path == archivePath(project.id);
        });
        QVERIFY(archive != log.cend());
        QCOMPARE(archive->status, 400);
    }
}

void TestBulkArchiver::cancelStopsBetweenProjects()
{
    const QList<Project> projects = addProjects({QStringLiteral("Alpha"), QStringLiteral("Beta"),
                                                 QStringLiteral("Gamma"), QStringLiteral("Delta")});
    m_server->setLatency(100);
    BulkArchiver archiver(m_client.get(), projects);
    // Cancel while the second archive is in flight: it completes, nothing after it starts.
    connect(&archiver, &BulkArchiver::progress, &archiver, [&](int done) {
        if (done == 1) {
            archiver.cancel();
            QVERIFY(archiver.isCancelling());
        }
    });
    const BulkArchiveSummary summary = run(archiver);

    QVERIFY(summary.cancelled);
    QCOMPARE(names(summary.archived), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    QVERIFY(summary.failed.isEmpty());
    QCOMPARE(names(summary.notAttempted),
             (QStringList{QStringLiteral("Gamma"), QStringLiteral("Delta")}));
    QVERIFY(isArchivedInSandbox(projects.at(0)));
    QVERIFY(isArchivedInSandbox(projects.at(1)));
    QVERIFY(!isArchivedInSandbox(projects.at(2)));
    QVERIFY(!isArchivedInSandbox(projects.at(3)));
    QCOMPARE(m_server->requestCount("POST", archivePath(projects.at(2).id)), 0);
    QCOMPARE(m_server->requestCount("POST", archivePath(projects.at(3).id)), 0);
}

// Issue #13: after the key changed, not one more archive goes out (with either key).
void TestBulkArchiver::keyChangeStopsTheRun()
{
    const QList<Project> projects = addProjects({QStringLiteral("Alpha"), QStringLiteral("Beta"),
                                                 QStringLiteral("Gamma")});
    // The second archive reaches the service, which does not answer; then the key changes.
    SandboxFault silence;
    silence.kind = SandboxFault::Kind::NoResponse;
    silence.method = "POST";
    silence.path = archivePath(projects.at(1).id);
    m_server->addFault(silence);
    BulkArchiver archiver(m_client.get(), projects);
    connect(m_server.get(), &SandboxServer::requestHandled, this, [&](const SandboxRequest &request) {
        if (request.path == silence.path)
            m_client->setApiKey(QStringLiteral("sk-admin-another-organization-000"));
    });
    const BulkArchiveSummary summary = run(archiver);

    QCOMPARE(names(summary.archived), QStringList{QStringLiteral("Alpha")});
    QCOMPARE(summary.failed.size(), 1);
    QCOMPARE(summary.failed.constFirst().project.name, QStringLiteral("Beta"));
    QCOMPARE(summary.failed.constFirst().error.kind(), ApiError::Kind::KeyChanged);
    QCOMPARE(names(summary.notAttempted), QStringList{QStringLiteral("Gamma")});
    QVERIFY(summary.cancelled);
    QCOMPARE(m_server->requestCount("POST", archivePath(projects.at(2).id)), 0);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestBulkArchiver::duplicatesAreArchivedOnce()
{
    const QList<Project> projects = addProjects({QStringLiteral("Alpha"), QStringLiteral("Beta")});
    BulkArchiver archiver(m_client.get(), projects + projects);
    QCOMPARE(archiver.total(), 2);
    const BulkArchiveSummary summary = run(archiver);
    QCOMPARE(names(summary.archived), names(projects));
    QCOMPARE(m_server->requestCount("POST"), 2);
}

QTEST_GUILESS_MAIN(TestBulkArchiver)
#include "tst_bulkarchiver.moc"
