// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
// The Members tab's actions through their dialogs against the sandbox: add (picking an
// organization user, or by email), change role, remove; the sandbox's state and request log
// checked, the rows changed in place.
#include "workspacefixture.h"

#include "addmemberdialog.h"
#include "memberactions.h"
#include "memberchangedialog.h"
#include "messagearea.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>

class TestMembers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void addByPickingAnOrganizationUser();
    void addByEmailOutsideTheOrganization();
    void changeRole();
    void remove();
    void defaultProjectRefusalIsShownAsTheServiceSaysIt();
    void archivedProjectHasNoActions();

private:
    void openOn(const Project &project);
    void selectMember(int row);
    [[nodiscard]] const SandboxUser *someoneOutside(const QString &projectId);
    [[nodiscard]] int writes() const;

    std::unique_ptr<WorkspaceFixture> f;
    std::unique_ptr<MembersTab> m_tab;
    MemberActions *m_actions = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMembers::init()
{
    f = std::make_unique<WorkspaceFixture>();
    m_tab.reset(WorkspaceTabs::members(&f->api));
    m_actions = new MemberActions(&f->api, m_tab.get(), m_tab.get());
    m_tab->resize(700, 500);
}

void TestMembers::cleanup()
{
    m_tester.reset();
    m_tab.reset();
    f.reset();
}

void TestMembers::openOn(const Project &project)
{
    m_tab->setProject(project);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_tab->current(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->current()->hasStarted() && !m_tab->current()->isLoading(), Timeout);
    // The tester asks for more after each change (as a view scrolled to the end would): every
    // member is listed before the actions run, so the request counts below are the actions'.
    m_tab->current()->pager()->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT((m_tab->current()->pager()->isComplete() || m_tab->current()->lastError().isError())
                                 && !m_tab->current()->isLoading(), Timeout);
}

void TestMembers::selectMember(int row)
{
    QTableView *table = m_tab->tableView();
    table->setFocus();
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

const SandboxUser *TestMembers::someoneOutside(const QString &projectId)
{
    const QStringList members = f->memberIds(projectId);
    for (const SandboxUser &user : f->server.resourcesOf().users()) {
        if (!user.isDefault && !user.isServiceAccount && user.email.isString() && user.name.isString()
            && !members.contains(user.id))
            return &user;
    }
    return nullptr;
}

int TestMembers::writes() const
{
    return f->server.requestCount("POST") + f->server.requestCount("DELETE");
}

void TestMembers::addByPickingAnOrganizationUser()
{
    openOn(f->big());
    const SandboxUser *user = someoneOutside(f->bigId());
    QVERIFY(user);
    const int listed = f->listRequests(f->bigId());
    QVERIFY(m_actions->addAction()->isEnabled());
    m_actions->addAction()->trigger();
    auto *dialog = qobject_cast<AddMemberDialog *>(m_actions->openDialog());
    QVERIFY(dialog);
    // The organization's 300 users, in three pages, in the background.
    QTRY_VERIFY_WITH_TIMEOUT(m_actions->organizationUsers()->pager()->isComplete(), Timeout);
    QCOMPARE(f->server.requestCount("GET", QStringLiteral("/v1/organization/users")), 3);
    // Those already in the project are not offered.
    QVERIFY(dialog->offeredCount() < m_actions->organizationUsers()->rowCount());

    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, user->email.toString());
    QTRY_COMPARE(dialog->offeredCount(), 1);
    auto *list = dialog->findChild<QListView *>(QStringLiteral("userList"));
    list->selectionModel()->select(list->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(QStringLiteral("owner")));
    QCOMPARE(dialog->member().userId, user->id);

    const int before = m_tab->current()->rowCount();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_actions->openDialog(), Timeout);

    QVERIFY(f->memberIds(f->bigId()).contains(user->id));
    QCOMPARE(f->server.projectResources(f->bigId()).members.constLast().role, QStringLiteral("owner"));
    QCOMPARE(writes(), 1);
    const SandboxRequest post = f->server.requests().constLast();
    QCOMPARE(post.method, QByteArray("POST"));
    QVERIFY(post.body.contains(user->id.toUtf8()));
    // In place: one row more, no list again.
    QCOMPARE(m_tab->current()->rowCount(), before + 1);
    QCOMPARE(m_tab->current()->rowOf(user->id), before);
    QCOMPARE(f->listRequests(f->bigId()), listed);

    // Opened again: the organization's people are not listed again.
    m_actions->addAction()->trigger();
    QVERIFY(m_actions->openDialog());
    QCOMPARE(f->server.requestCount("GET", QStringLiteral("/v1/organization/users")), 3);
    m_actions->openDialog()->reject();
}

void TestMembers::addByEmailOutsideTheOrganization()
{
    openOn(f->big());
    m_actions->addMember();
    auto *dialog = qobject_cast<AddMemberDialog *>(m_actions->openDialog());
    QVERIFY(dialog);
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    const QString typed = QStringLiteral("stranger@example.org");
    email->setFocus();
    QTest::keyClicks(email, typed);
    QCOMPARE(dialog->member().email, typed);
    QTest::keyClick(email, Qt::Key_Return);
    auto *error = dialog->findChild<MessageArea *>(QStringLiteral("errorArea"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
    QVERIFY2(error->text().contains(u"not a member of this organization"), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"Invite them to the organization first"), qPrintable(error->text()));
    QVERIFY(!error->requestId().isEmpty());
    // Nothing lost: the dialog is open with the email, ready for another try.
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    QCOMPARE(email->text(), typed);
    QCOMPARE(writes(), 1);
    dialog->reject();
    QTRY_VERIFY(!m_actions->openDialog());
}

void TestMembers::changeRole()
{
    openOn(f->big());
    selectMember(3);
    const ProjectUser member = m_tab->selectedRows().constFirst();
    const QString newRole = member.role == QLatin1String("owner") ? QStringLiteral("member") : QStringLiteral("owner");
    QVERIFY(m_actions->changeRoleAction()->isEnabled());
    m_actions->changeRoleAction()->trigger();
    auto *dialog = qobject_cast<MemberChangeDialog *>(m_actions->openDialog());
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // the same role is no change
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(newRole));
    QVERIFY(ok->isEnabled());
    const int listed = f->listRequests(f->bigId());
    ok->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_actions->openDialog(), Timeout);

    const int row = m_tab->current()->rowOf(member.id);
    QCOMPARE(m_tab->current()->itemAt(row).role, newRole);
    QCOMPARE(f->server.projectResources(f->bigId()).members.at(3).role, newRole);
    QCOMPARE(f->server.requestCount("POST", f->path(f->bigId(), QStringLiteral("users/") + member.id)), 1);
    QCOMPARE(writes(), 1);
    QCOMPARE(f->listRequests(f->bigId()), listed);
}

void TestMembers::remove()
{
    openOn(f->big());
    selectMember(0);
    const ProjectUser member = m_tab->selectedRows().constFirst();
    QVERIFY(m_actions->removeAction()->isEnabled());
    // Delete in the members table asks to remove the selected member.
    QTest::keyClick(m_tab->tableView(), Qt::Key_Delete);
    auto *dialog = qobject_cast<MemberChangeDialog *>(m_actions->openDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), MemberChangeDialog::Mode::Remove);
    auto *question = dialog->findChild<QLabel *>(QStringLiteral("questionLabel"));
    QVERIFY2(question->text().contains(member.email.value()), qPrintable(question->text()));
    QVERIFY2(question->text().contains(f->big().name), qPrintable(question->text()));
    const int rows = m_tab->current()->rowCount();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_actions->openDialog(), Timeout);

    QVERIFY(!f->memberIds(f->bigId()).contains(member.id));
    QCOMPARE(m_tab->current()->rowCount(), rows - 1);
    QCOMPARE(m_tab->current()->rowOf(member.id), -1);
    QCOMPARE(f->server.requestCount("DELETE"), 1);
    QCOMPARE(writes(), 1);
}

void TestMembers::defaultProjectRefusalIsShownAsTheServiceSaysIt()
{
    Project defaultProject;
    for (const SandboxProject &p : f->server.projects()) {
        if (p.isDefault)
            defaultProject = f->project(p.id);
    }
    QVERIFY(!defaultProject.id.isEmpty());
    ProjectResources &resources = f->server.projectResources(defaultProject.id);
    if (resources.members.isEmpty())
        resources.members.append({f->server.resourcesOf().users().constFirst().id, QStringLiteral("member"), 1});
    openOn(defaultProject);
    QVERIFY(m_tab->current()->rowCount() > 0);
    selectMember(0);
    m_actions->removeMember();
    auto *dialog = qobject_cast<MemberChangeDialog *>(m_actions->openDialog());
    QVERIFY(dialog);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    auto *error = dialog->findChild<MessageArea *>(QStringLiteral("errorArea"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
    QVERIFY2(error->text().startsWith(u"Users cannot be removed from the Default project"), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestMembers::archivedProjectHasNoActions()
{
    openOn(f->archived());
    QVERIFY(!m_actions->addAction()->isEnabled());
    QVERIFY(!m_actions->changeRoleAction()->isEnabled());
    QVERIFY(!m_actions->removeAction()->isEnabled());
    m_actions->addMember();
    QVERIFY(!m_actions->openDialog());
    m_tab->setProject(f->big());
    QVERIFY(m_actions->addAction()->isEnabled());
}

QTEST_MAIN(TestMembers)
#include "tst_members.moc"
