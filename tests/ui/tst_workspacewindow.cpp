// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
// The project workspace inside the main window, against the sandbox: the selected project
// goes to every tab, F5 refreshes the list that has the focus (the projects otherwise), and a
// new admin key drops every list.
#include "mainwindowfixture.h"

#include "addmemberdialog.h"
#include "deleteapikeysdialog.h"
#include "onetimekeydialog.h"
#include "projectworkspace.h"
#include "ratelimitstab.h"
#include "resourcestore.h"
#include "serviceaccountnamedialog.h"
#include "workspacetabs.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

class TestWorkspaceWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void f5RefreshesTheFocusedList();
    void newKeyDropsEveryList();
    void serviceAccountAndStalestKeyFromTheWindow();
    void windowClosesWithAddMemberOpen();
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
    auto *members = static_cast<MembersTab *>(f.window->workspace()->tab(u"membersTab"_s));
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
    auto *limits = static_cast<RateLimitsTab *>(f.window->workspace()->tab(u"rateLimitsTab"_s));
    f.window->workspace()->setCurrentWidget(limits);
    QTRY_VERIFY_WITH_TIMEOUT(limits->knownLimits(big).has_value(), Timeout);
    const QPointer<QObject> limitsKept = limits->currentModel();
    QVERIFY(limitsKept);
    // Another key may be another organization's: nothing listed with the old one stays.
    f.client.setApiKey(QStringLiteral("sk-admin-another-key-0000000000"));
    QVERIFY(!kept);
    QCOMPARE(members->tableView()->model()->rowCount(), 0);
    QVERIFY(!limitsKept);
    QVERIFY(!limits->knownLimits(big));
}

// Issue #16's journey from the window alone: a service account made in its tab, its key shown
// once; then the least recently used key found by sorting and deleted from its tab.
void TestWorkspaceWindow::serviceAccountAndStalestKeyFromTheWindow()
{
    Fixture f;
    f.server.seed(6, 0, 4);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    const QString big = f.server.resourcesOf().bigProjectId();
    const QString accountsPath = ListPath + u'/' + big + QStringLiteral("/service_accounts");
    const QString keysPath = ListPath + u'/' + big + QStringLiteral("/api_keys");
    f.select({big});

    auto *accounts = static_cast<ServiceAccountsTab *>(f.window->workspace()->tab(u"serviceAccountsTab"_s));
    f.window->workspace()->setCurrentWidget(accounts);
    QTRY_VERIFY_WITH_TIMEOUT(accounts->current() && accounts->current()->hasStarted()
                                 && !accounts->current()->isLoading(), Timeout);
    const int accountRows = accounts->current()->rowCount();
    f.child<QAction>("newServiceAccountAction")->trigger();
    ServiceAccountNameDialog *names = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((names = f.window->findChild<ServiceAccountNameDialog *>()) && names->isVisible(), Timeout);
    QTest::keyClicks(names->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Deploy bot"));
    QTest::keyClick(names->findChild<QLineEdit *>(QStringLiteral("nameEdit")), Qt::Key_Return);
    OneTimeKeyDialog *keyDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((keyDialog = f.window->findChild<OneTimeKeyDialog *>()) && keyDialog->isVisible(), Timeout);
    QVERIFY(keyDialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text().startsWith(QStringLiteral("sk-svcacct-")));
    QPointer<OneTimeKeyDialog> guard(keyDialog);
    keyDialog->reject();
    QVERIFY(keyDialog->storedQuestion());
    keyDialog->storedQuestion()->findChild<QPushButton *>(QStringLiteral("storedButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!guard, Timeout);
    // The new account is in the tab without listing again: one POST, one GET.
    QCOMPARE(accounts->current()->rowCount(), accountRows + 1);
    QCOMPARE(f.server.requestCount("POST", accountsPath), 1);
    QCOMPARE(f.server.requestCount("GET", accountsPath), 1);

    // API keys, sorted by last use: the stalest a person owns is deleted.
    auto *keys = static_cast<ApiKeysTab *>(f.window->workspace()->tab(u"apiKeysTab"_s));
    f.window->workspace()->setCurrentWidget(keys);
    QTRY_VERIFY_WITH_TIMEOUT(keys->current() && keys->current()->hasStarted() && !keys->current()->isLoading(), Timeout);
    while (keys->current()->canFetchMore({})) { // as scrolling to the end does
        keys->current()->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!keys->current()->isLoading(), Timeout);
    }
    const int keyRows = keys->current()->rowCount();
    QCOMPARE(keyRows, int(f.server.projectResources(big).apiKeys.size()));
    QTableView *view = keys->tableView();
    view->sortByColumn(4, Qt::AscendingOrder); // Last used: "never" first
    int row = 0;
    while (row < view->model()->rowCount()) {
        view->selectRow(row);
        if (keys->selectedRows().constFirst().owner.isUser())
            break;
        ++row;
    }
    const ApiKey stalest = keys->selectedRows().constFirst();
    QVERIFY(stalest.owner.isUser());
    for (int r = 0; r < keys->current()->rowCount(); ++r) { // no key of a person is staler
        const ApiKey &other = keys->current()->itemAt(r);
        if (other.owner.isUser() && stalest.lastUsedAt)
            QVERIFY(other.lastUsedAt && *other.lastUsedAt >= *stalest.lastUsedAt);
    }
    f.child<QAction>("deleteApiKeysAction")->trigger();
    DeleteApiKeysDialog *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = f.window->findChild<DeleteApiKeysDialog *>()) && confirm->isVisible(), Timeout);
    confirm->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!confirm->isRunning(), Timeout);
    confirm->close();
    const QList<SandboxApiKey> left = f.server.projectResources(big).apiKeys;
    QVERIFY(std::none_of(left.cbegin(), left.cend(), [&](const SandboxApiKey &k) { return k.id == stalest.id; }));
    QCOMPARE(f.server.requestCount("DELETE", keysPath + u'/' + stalest.id), 1);
    QCOMPARE(keys->current()->rowCount(), keyRows - 1);
}

// The window goes (the application quits) while Add Member is open: the organization's people,
// owned by the member actions, may go before the dialog that lists them (found by the fault
// matrix: the dialog's destructor used them).
void TestWorkspaceWindow::windowClosesWithAddMemberOpen()
{
    Fixture f;
    MembersTab *members = openBigProjectMembers(f);
    QVERIFY(members);
    f.child<QAction>("addMemberAction")->trigger();
    QPointer<AddMemberDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = f.window->findChild<AddMemberDialog *>()) && dialog->isVisible(), Timeout);
    f.window.reset();
    QVERIFY(!dialog);
}

QTEST_MAIN(TestWorkspaceWindow)
#include "tst_workspacewindow.moc"
