// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
// The project workspace inside the main window, against the sandbox: the selected project
// goes to every tab, F5 refreshes the list that has the focus (the projects otherwise), and a
// new admin key drops every list.
#include "mainwindowfixture.h"

#include "projectworkspace.h"
#include "resourcestore.h"
#include "workspacetabs.h"

class TestWorkspaceWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void f5RefreshesTheFocusedList();
    void newKeyDropsEveryList();
};

namespace {

QString membersPath(const QString &projectId)
{
    return ListPath + u'/' + projectId + QStringLiteral("/users");
}

MembersTab *openBigProjectMembers(Fixture &f)
{
    f.server.seed(6, 0, 4);
    f.openWithKey();
    if (!f.waitForFirstPage())
        return nullptr;
    const QString big = f.server.resourcesOf().bigProjectId();
    f.select({big});
    auto *members = f.child<MembersTab>("membersTab");
    f.window->workspace()->setCurrentWidget(members);
    if (!QTest::qWaitFor([members] { return members->current() && members->current()->rowCount() > 0; }, Timeout))
        return nullptr;
    return members;
}

} // namespace

void TestWorkspaceWindow::f5RefreshesTheFocusedList()
{
    Fixture f;
    MembersTab *members = openBigProjectMembers(f);
    QVERIFY(members);
    const QString big = f.server.resourcesOf().bigProjectId();
    QCOMPARE(members->project()->id, big);
    QCOMPARE(f.server.requestCount("GET", membersPath(big)), 1);
    const int projectLists = f.server.requestCount("GET", ListPath);

    f.window->activateWindow();
    members->tableView()->setFocus();
    QTRY_VERIFY(members->tableView()->hasFocus());
    QTest::keySequence(f.window.get(), QKeySequence::Refresh);
    QTRY_COMPARE_WITH_TIMEOUT(f.server.requestCount("GET", membersPath(big)), 2, Timeout);
    QCOMPARE(f.server.requestCount("GET", ListPath), projectLists);

    f.table()->setFocus();
    QTRY_VERIFY(f.table()->hasFocus());
    QTest::keySequence(f.window.get(), QKeySequence::Refresh);
    QTRY_VERIFY_WITH_TIMEOUT(f.server.requestCount("GET", ListPath) > projectLists, Timeout);
    QCOMPARE(f.server.requestCount("GET", membersPath(big)), 2);
}

void TestWorkspaceWindow::newKeyDropsEveryList()
{
    Fixture f;
    MembersTab *members = openBigProjectMembers(f);
    QVERIFY(members);
    const QString big = f.server.resourcesOf().bigProjectId();
    const QPointer<QObject> kept = members->rowsOf(big);
    QVERIFY(kept);
    // Another key may be another organization's: nothing listed with the old one stays.
    f.client.setApiKey(QStringLiteral("sk-admin-another-key-0000000000"));
    QVERIFY(!kept);
    QCOMPARE(members->tableView()->model()->rowCount(), 0);
}

QTEST_MAIN(TestWorkspaceWindow)
#include "tst_workspacewindow.moc"
