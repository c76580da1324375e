// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
// The project workspace's list tabs against the sandbox: lazy loading, rows kept per
// project, a late answer never in another project's tab, the columns, read-only archived
// projects and the rate limit's wait.
#include "workspacefixture.h"

#include "csvreader.h"
#include "listexporter.h"
#include "messagearea.h"
#include "projectworkspace.h"
#include "resourceseeder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QToolBar>

using Tester = QAbstractItemModelTester;
using namespace Qt::StringLiterals;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void listsOnlyWhenShown();
    void keepsRowsPerProject();
    void lateAnswerForAnotherProjectIsDropped();
    void searchFiltersAsYouType();
    void serviceAccountsAndKeysUnderTester();
    void apiKeysSortStalestFirst();
    void archivedProjectIsReadOnly();
    void rateLimitWaitIsShownNotA429();
    void errorIsShownWithItsRequestId();
    void workspaceTellsEveryTabAndRefreshesTheFocusedOne();
    void tabsAreBuiltWhenFirstShown();
    void exportWritesWhatTheTabShows();
    void exportLoadsEveryPageFirst();
    void switchingProjectsCancelsTheExport();
    void cancelExportStopsItsLoadAll();

private:
    std::unique_ptr<WorkspaceFixture> f;
    std::unique_ptr<MembersTab> m_members;
};

void TestWorkspace::init()
{
    f = std::make_unique<WorkspaceFixture>();
    m_members.reset(WorkspaceTabs::members(&f->api));
    m_members->resize(700, 500);
}

void TestWorkspace::cleanup()
{
    m_members.reset();
    f.reset();
}

void TestWorkspace::listsOnlyWhenShown()
{
    m_members->setProject(f->big());
    // Hidden: no model is made, and only a model's pager asks the service.
    QCOMPARE(m_members->currentModel(), nullptr);

    m_members->show();
    QVERIFY(m_members->current());
    Tester tester(m_members->current(), Tester::FailureReportingMode::QtTest);
    Tester proxyTester(m_members->tableView()->model(), Tester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(m_members->current()->rowCount(), 100, Timeout);
    QCOMPARE(f->listRequests(f->bigId()), 1);
    QCOMPARE(rowIds(m_members->current()), f->memberIds(f->bigId()).mid(0, 100));
    QVERIFY2(m_members->statusText().contains(u"100"), qPrintable(m_members->statusText()));

    // Scrolling to the end asks for the next page, and so on to the 250th member.
    while (m_members->current()->canFetchMore({})) {
        m_members->tableView()->scrollToBottom();
        const int before = m_members->current()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(m_members->current()->rowCount() > before, Timeout);
    }
    QCOMPARE(m_members->current()->rowCount(), ResourceSeeder::BigProjectMembers);
    QCOMPARE(f->listRequests(f->bigId()), 3);
}

void TestWorkspace::keepsRowsPerProject()
{
    m_members->show();
    m_members->setProject(f->big());
    QTRY_COMPARE_WITH_TIMEOUT(m_members->current()->rowCount(), 100, Timeout);
    const Project other = f->other();
    m_members->setProject(other);
    QTRY_VERIFY_WITH_TIMEOUT(!m_members->current()->isLoading() && m_members->current()->hasStarted(), Timeout);
    QCOMPARE(rowIds(m_members->current()), f->memberIds(other.id));
    QCOMPARE(f->listRequests(other.id), 1);

    // Back to the first: its rows at once, without asking again.
    m_members->setProject(f->big());
    QCOMPARE(m_members->tableView()->model()->rowCount(), 100);
    QCOMPARE(rowIds(m_members->current()), f->memberIds(f->bigId()).mid(0, 100));
    QVERIFY(!m_members->current()->isLoading()); // a request would have started at once

    // F5 (refresh) lists that project again: its second request, once it is answered.
    m_members->refresh();
    QVERIFY(m_members->current()->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!m_members->current()->isLoading(), Timeout);
    QCOMPARE(f->listRequests(f->bigId()), 2);
}

void TestWorkspace::lateAnswerForAnotherProjectIsDropped()
{
    const Project a = f->big();
    const Project b = f->other();
    const QStringList bIds = f->memberIds(b.id);
    const QSet<QString> bSet(bIds.cbegin(), bIds.cend());
    QVERIFY(!bIds.isEmpty());
    f->server.setLatency(400);
    m_members->show();
    m_members->setProject(a);
    QTRY_COMPARE_WITH_TIMEOUT(f->listRequests(a.id), 1, Timeout); // A's request is at the service

    // Every row the table ever shows from now on must be B's.
    QAbstractItemModel *shown = m_members->tableView()->model();
    QStringList seen;
    connect(shown, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            seen.append(shown->index(row, 1).data().toString());
    });
    m_members->setProject(b);
    QCOMPARE(shown->rowCount(), 0); // nothing of A's, not for an instant
    bool aAnswered = false;
    connect(&f->server, &SandboxServer::requestHandled, this, [&](const SandboxRequest &request) {
        aAnswered = aAnswered || request.path == f->path(a.id, QStringLiteral("users"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(!m_members->current()->isLoading() && m_members->current()->hasStarted(), Timeout);
    // A's call ended when B was selected: the answer the service sends now reaches no one.
    QTRY_VERIFY_WITH_TIMEOUT(aAnswered, Timeout);

    QCOMPARE(rowIds(m_members->current()), bIds);
    QCOMPARE(m_members->rowsOf(a.id)->rowCount(), 0);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(bSet.contains(m_members->current()->itemAt(row).id));
    QCOMPARE(seen.size(), bIds.size());

    // A again: listed anew, since its first answer was dropped.
    f->server.setLatency(0);
    m_members->setProject(a);
    QTRY_COMPARE_WITH_TIMEOUT(m_members->current()->rowCount(), 100, Timeout);
    QCOMPARE(rowIds(m_members->current()), f->memberIds(a.id).mid(0, 100));
}

void TestWorkspace::searchFiltersAsYouType()
{
    m_members->show();
    m_members->setProject(f->big());
    QTRY_COMPARE_WITH_TIMEOUT(m_members->current()->rowCount(), 100, Timeout);
    const ProjectUser wanted = m_members->current()->itemAt(42);
    const QString email = wanted.email.value();
    QVERIFY(!email.isEmpty() || wanted.email.state() != JsonOptional<QString>::State::Present);
    const QString needle = email.isEmpty() ? wanted.name.value() : email;
    QVERIFY(!needle.isEmpty());
    QTest::keyClicks(m_members->searchEdit(), needle.toUpper());
    QAbstractItemModel *shown = m_members->tableView()->model();
    QVERIFY(shown->rowCount() >= 1);
    QVERIFY(shown->rowCount() < 100);
    QVERIFY2(m_members->statusText().contains(u"of 100"), qPrintable(m_members->statusText()));
    m_members->searchEdit()->clear();
    QCOMPARE(shown->rowCount(), 100);
}

void TestWorkspace::serviceAccountsAndKeysUnderTester()
{
    std::unique_ptr<ServiceAccountsTab> accounts(WorkspaceTabs::serviceAccounts(&f->api));
    std::unique_ptr<ApiKeysTab> keys(WorkspaceTabs::apiKeys(&f->api));
    accounts->setProject(f->big());
    keys->setProject(f->big());
    accounts->show();
    keys->show();
    Tester accountsTester(accounts->current(), Tester::FailureReportingMode::QtTest);
    Tester keysTester(keys->current(), Tester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(accounts->current()->rowCount(), ResourceSeeder::BigProjectServiceAccounts, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(keys->current()->rowCount(), 100, Timeout);
    QCOMPARE(accounts->current()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Created"));
    QCOMPARE(keys->current()->columnCount(), 5);
    QCOMPARE(f->server.requestCount("GET", f->path(f->bigId(), QStringLiteral("service_accounts"))), 1);
    for (const SandboxRequest &request : f->server.requests()) {
        if (request.path.endsWith(u"/api_keys"))
            QVERIFY2(request.query.contains(u"owner_project_access=any"), qPrintable(request.query));
    }
    // A service account's key names its owner as such.
    bool sawServiceAccountOwner = false;
    for (int row = 0; row < keys->current()->rowCount(); ++row) {
        const ApiKey key = keys->current()->itemAt(row);
        const QString owner = keys->current()->index(row, 2).data().toString();
        if (key.owner.isServiceAccount()) {
            sawServiceAccountOwner = true;
            QVERIFY2(owner.contains(u"service account"), qPrintable(owner));
        }
        QVERIFY(!owner.isEmpty());
        QCOMPARE(keys->current()->index(row, 1).data().toString(), key.redactedValue);
    }
    QVERIFY(sawServiceAccountOwner);
}

void TestWorkspace::apiKeysSortStalestFirst()
{
    std::unique_ptr<ApiKeysTab> keys(WorkspaceTabs::apiKeys(&f->api));
    keys->setProject(f->big());
    keys->show();
    QVERIFY(keys->current());
    keys->current()->pager()->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(keys->current()->rowCount(), ResourceSeeder::BigProjectApiKeys, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!keys->current()->isLoading(), Timeout);
    keys->tableView()->sortByColumn(4, Qt::AscendingOrder);
    QAbstractItemModel *shown = keys->tableView()->model();
    int never = 0;
    qint64 previous = -2;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const qint64 lastUsed = shown->index(row, 4).data(ResourceListTab::SortRole).toLongLong();
        QVERIFY2(lastUsed >= previous, qPrintable(QString::number(row)));
        previous = lastUsed;
        if (lastUsed < 0) {
            ++never;
            QCOMPARE(shown->index(row, 4).data().toString(), QStringLiteral("never"));
        }
    }
    QVERIFY(never > 0); // the seeded keys include some never used: they come first
    QVERIFY(never < shown->rowCount());
}

void TestWorkspace::archivedProjectIsReadOnly()
{
    auto *action = new QAction(QStringLiteral("Act"), m_members.get());
    m_members->addToolBarAction(action);
    m_members->show();
    m_members->setProject(f->archived());
    auto *line = m_members->findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    QVERIFY(line->isVisible());
    QVERIFY(line->text().contains(u"archived"));
    QVERIFY(!m_members->findChild<QToolBar *>(QStringLiteral("tabToolBar"))->isEnabled());
    QCOMPARE(m_members->tableView()->contextMenuPolicy(), Qt::NoContextMenu);

    m_members->setProject(f->big());
    QVERIFY(!line->isVisible());
    QVERIFY(m_members->findChild<QToolBar *>(QStringLiteral("tabToolBar"))->isEnabled());
}

void TestWorkspace::rateLimitWaitIsShownNotA429()
{
    // One list per second per endpoint: the second project's list waits at the gate.
    f->server.setRateLimit(1, true, 1000);
    m_members->show();
    m_members->setProject(f->big());
    QTRY_COMPARE_WITH_TIMEOUT(m_members->current()->rowCount(), 100, Timeout);
    const Project other = f->other();
    m_members->setProject(other);
    QTRY_VERIFY_WITH_TIMEOUT(m_members->statusText().contains(u"rate limit"), Timeout);
    QVERIFY(!m_members->statusText().contains(u"429"));
    QTRY_VERIFY_WITH_TIMEOUT(m_members->current()->hasStarted() && !m_members->current()->isLoading(), Timeout);
    QVERIFY(!m_members->current()->lastError().isError());
    QCOMPARE(rowIds(m_members->current()), f->memberIds(other.id));
    QVERIFY(!m_members->statusText().contains(u"rate limit"));
}

void TestWorkspace::errorIsShownWithItsRequestId()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 400;
    fault.path = f->path(f->bigId(), QStringLiteral("users"));
    fault.message = QStringLiteral("Something is wrong with this list.");
    f->server.addFault(fault);
    m_members->show();
    m_members->setProject(f->big());
    auto *message = m_members->findChild<MessageArea *>(QStringLiteral("listMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), Timeout);
    QVERIFY2(message->text().contains(u"Something is wrong"), qPrintable(message->text()));
    QVERIFY(message->requestId().startsWith(u"req_"));
    m_members->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_members->current()->rowCount(), 100, Timeout);
    QVERIFY(!message->isVisible());
}

void TestWorkspace::workspaceTellsEveryTabAndRefreshesTheFocusedOne()
{
    auto *overview = new QLabel(QStringLiteral("overview"));
    ProjectWorkspace workspace(overview);
    MembersTab *members = WorkspaceTabs::members(&f->api);
    ApiKeysTab *keys = WorkspaceTabs::apiKeys(&f->api);
    workspace.addTab(members, QStringLiteral("Members"));
    workspace.addTab(keys, QStringLiteral("API keys"));
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    workspace.setProject(f->big());
    QCOMPARE(members->project()->id, f->bigId());
    QCOMPARE(keys->project()->id, f->bigId());
    // Overview is showing: no list is asked for.
    QVERIFY(!members->current() || !members->current()->hasStarted());
    QVERIFY(!keys->current() || !keys->current()->hasStarted());

    workspace.setCurrentWidget(members);
    QTRY_COMPARE_WITH_TIMEOUT(members->current()->rowCount(), 100, Timeout);
    QCOMPARE(f->listRequests(f->bigId(), QStringLiteral("api_keys")), 0);

    workspace.activateWindow();
    members->tableView()->setFocus();
    QTRY_VERIFY(members->tableView()->hasFocus());
    QVERIFY(workspace.refreshFocusedTab());
    QTRY_COMPARE_WITH_TIMEOUT(f->listRequests(f->bigId()), 2, Timeout);

    workspace.setCurrentIndex(0);
    QVERIFY(!workspace.refreshFocusedTab());
}

void TestWorkspace::tabsAreBuiltWhenFirstShown()
{
    auto *overview = new QLabel(QStringLiteral("overview"));
    ProjectWorkspace workspace(overview);
    int built = 0;
    workspace.addTab(u"membersTab"_s, u"Members"_s, [&] {
        ++built;
        return WorkspaceTabs::members(&f->api);
    });
    workspace.addTab(u"apiKeysTab"_s, u"API keys"_s, [&] {
        ++built;
        return WorkspaceTabs::apiKeys(&f->api);
    });
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    workspace.setProject(f->big());
    QCOMPARE(workspace.count(), 3);
    QCOMPARE(workspace.tabText(2), u"API keys"_s);
    QCOMPARE(built, 0);
    QVERIFY(workspace.projectTabs().isEmpty());

    // Shown: built in its place, told the project, and it lists.
    workspace.setCurrentIndex(1);
    QCOMPARE(built, 1);
    QCOMPARE(workspace.currentIndex(), 1);
    auto *members = static_cast<MembersTab *>(workspace.currentWidget());
    QCOMPARE(members->objectName(), u"membersTab"_s);
    QCOMPARE(workspace.tabText(1), u"Members"_s);
    QCOMPARE(members->project()->id, f->bigId());
    QTRY_COMPARE_WITH_TIMEOUT(members->current()->rowCount(), 100, Timeout);

    // Asked for by name: built where it stands, without being shown; the same tab after.
    ProjectTab *keys = workspace.tab(u"apiKeysTab"_s);
    QVERIFY(keys);
    QCOMPARE(built, 2);
    QCOMPARE(workspace.currentIndex(), 1);
    QCOMPARE(workspace.indexOf(keys), 2);
    QCOMPARE(workspace.tabText(2), u"API keys"_s);
    QCOMPARE(workspace.count(), 3);
    QCOMPARE(workspace.tab(u"apiKeysTab"_s), keys);
    QCOMPARE(workspace.tab(u"membersTab"_s), members);
    QCOMPARE(built, 2);
    QVERIFY(!workspace.tab(u"noSuchTab"_s));
    QCOMPARE(workspace.projectTabs().size(), 2);
    QCOMPARE(static_cast<ApiKeysTab *>(keys)->project()->id, f->bigId());
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Runs @p exporter's export to @p path and returns what it reported.
ExportResult exportAndWait(ListExporter *exporter, const QString &path, ExportDialog::Scope scope,
                           ProjectExport::Format format, bool loadAllFirst = false)
{
    QSignalSpy finished(exporter, &ListExporter::finished);
    exporter->exportTo(path, scope, format, loadAllFirst);
    if (!finished.wait(Timeout))
        return {};
    return finished.constFirst().constFirst().value<ExportResult>();
}

} // namespace

void TestWorkspace::exportWritesWhatTheTabShows()
{
    // Names a spreadsheet must not run and a careless writer would break, from the service.
    const QStringList hostile = {u"=HYPERLINK(\"http://evil\",\"x\") zq"_s, u"comma, \"quoted\"\nand a line zq"_s,
                                 u"@SUM(A1) \U0001F600 zq"_s, u"-1+1 zq"_s};
    auto &accounts = f->server.projectResources(f->bigId()).serviceAccounts;
    for (int i = 0; i < hostile.size(); ++i)
        accounts.append({u"svc_hostile_%1"_s.arg(i), hostile.at(i), u"member"_s, 1760000000 + i});
    std::unique_ptr<ServiceAccountsTab> tab(WorkspaceTabs::serviceAccounts(&f->api));
    tab->setProject(f->big());
    tab->show();
    QVERIFY(!tab->exporter()->action()->isEnabled()); // nothing to export yet
    QTRY_COMPARE_WITH_TIMEOUT(tab->current()->rowCount(), int(accounts.size()), Timeout);
    QVERIFY(tab->exporter()->action()->isEnabled());

    // Searched and sorted: the file has the shown rows, in the shown order.
    QTest::keyClicks(tab->searchEdit(), u" ZQ"_s);
    tab->tableView()->sortByColumn(0, Qt::DescendingOrder);
    QAbstractItemModel *shown = tab->tableView()->model();
    QCOMPARE(shown->rowCount(), int(hostile.size()));
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"accounts.csv"_s);
    const ExportResult csv = exportAndWait(tab->exporter(), csvPath, ExportDialog::Scope::Shown,
                                           ProjectExport::Format::Csv);
    QVERIFY2(csv.ok(), qPrintable(csv.error));
    QString why;
    const auto records = CsvReader::parse(QString::fromUtf8(fileBytes(csvPath)), &why);
    QVERIFY2(records, qPrintable(why));
    QCOMPARE(records->size(), shown->rowCount() + 1);
    QCOMPARE(records->constFirst(), (QStringList{u"id"_s, u"name"_s, u"role"_s, u"created_at"_s}));
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QStringList &cells = records->at(row + 1);
        QCOMPARE(CsvReader::unguarded(cells.at(1)), shown->index(row, 0).data().toString());
        QVERIFY2(!u"=+-@"_s.contains(cells.at(1).front()), qPrintable(cells.at(1)));
    }

    // Every loaded row, in the service's order, as the service's JSON.
    const QString jsonPath = dir.filePath(u"accounts.json"_s);
    const ExportResult json = exportAndWait(tab->exporter(), jsonPath, ExportDialog::Scope::AllLoaded,
                                            ProjectExport::Format::Json);
    QVERIFY2(json.ok(), qPrintable(json.error));
    const QJsonArray array = QJsonDocument::fromJson(fileBytes(jsonPath)).array();
    QCOMPARE(array.size(), accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QCOMPARE(array.at(i).toObject().value(u"id"_s).toString(), accounts.at(i).id);
        QCOMPARE(array.at(i).toObject().value(u"name"_s).toString(), accounts.at(i).name);
    }
}

void TestWorkspace::exportLoadsEveryPageFirst()
{
    m_members->show();
    m_members->setProject(f->big());
    QTRY_COMPARE_WITH_TIMEOUT(m_members->current()->rowCount(), 100, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_members->current()->isLoading(), Timeout);
    QCOMPARE(f->listRequests(f->bigId()), 1);

    ListExporter *exporter = m_members->exporter();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"members.json"_s);
    QSignalSpy finished(exporter, &ListExporter::finished);
    exporter->exportTo(path, ExportDialog::Scope::AllLoaded, ProjectExport::Format::Json, true);
    // While the pages load, the action cancels and the tab counts them.
    QVERIFY(exporter->isWorking());
    QCOMPARE(exporter->action()->text(), u"Cancel E&xport"_s);
    QVERIFY2(m_members->statusText().contains(u"for the export"), qPrintable(m_members->statusText()));
    QVERIFY(finished.wait(Timeout));
    const auto result = finished.constFirst().constFirst().value<ExportResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(exporter->action()->text(), u"&Export…"_s);
    QCOMPARE(f->listRequests(f->bigId()), 3); // 250 members: the two pages left, once each

    QStringList ids;
    for (const QJsonValue &member : QJsonDocument::fromJson(fileBytes(path)).array()) {
        QString why;
        const auto read = ProjectUser::fromJson(member.toObject(), &why);
        QVERIFY2(read, qPrintable(why));
        ids.append(read->id);
    }
    QCOMPARE(ids, f->memberIds(f->bigId()));
}

void TestWorkspace::switchingProjectsCancelsTheExport()
{
    m_members->show();
    m_members->setProject(f->big());
    QTRY_COMPARE_WITH_TIMEOUT(m_members->current()->rowCount(), 100, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_members->current()->isLoading(), Timeout);
    MembersTab::Model *big = m_members->current();

    ListExporter *exporter = m_members->exporter();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"members.csv"_s);
    QSignalSpy finished(exporter, &ListExporter::finished);
    exporter->exportTo(path, ExportDialog::Scope::Shown, ProjectExport::Format::Csv, true);
    QVERIFY(big->pager()->isLoadingAll());
    m_members->setProject(f->other());
    // Cancelled at once, the other project's rows never written under this one's export.
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.constFirst().constFirst().value<ExportResult>().path.isEmpty());
    QVERIFY(!exporter->isWorking());
    QVERIFY(!big->pager()->isLoadingAll());
    // The page in flight still arrives, into the big project's rows, and writes nothing.
    QTRY_VERIFY_WITH_TIMEOUT(!big->isLoading(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_members->current() && m_members->current()->rowCount() > 0, Timeout);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!QFile::exists(path));
}

void TestWorkspace::cancelExportStopsItsLoadAll()
{
    m_members->show();
    m_members->setProject(f->big());
    QTRY_COMPARE_WITH_TIMEOUT(m_members->current()->rowCount(), 100, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_members->current()->isLoading(), Timeout);
    ListExporter *exporter = m_members->exporter();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"members.csv"_s);
    QSignalSpy finished(exporter, &ListExporter::finished);
    exporter->exportTo(path, ExportDialog::Scope::AllLoaded, ProjectExport::Format::Csv, true);
    QVERIFY(m_members->current()->pager()->isLoadingAll());
    exporter->action()->trigger(); // Cancel Export
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.constFirst().constFirst().value<ExportResult>().path.isEmpty());
    QVERIFY(!m_members->current()->pager()->isLoadingAll());
    QCOMPARE(exporter->action()->text(), u"&Export…"_s);
    QVERIFY(!m_members->statusText().contains(u"for the export"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_members->current()->isLoading(), Timeout);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
