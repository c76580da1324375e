// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The project browser window, driven as a user would (actions, clicks, typing) against the
// in-process sandbox over real HTTP, with a keychain in a throwaway HOME when run through
// scripts/with-keyring.

#include "mainwindowfixture.h"

#include "adminapiclient.h"
#include "adminkeydialog.h"
#include "appsettings.h"
#include "archivedialog.h"
#include "displaytext.h"
#include "errorbanner.h"
#include "keystore.h"
#include "mainwindow.h"
#include "messagearea.h"
#include "projectfiltermodel.h"
#include "projecttablemodel.h"
#include "projectnamedialog.h"
#include "sandboxserver.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

/// Every label under @p root shows its text as text: never as HTML (issue #13).
void verifyLabelsArePlain(const QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel *label : labels) {
        QVERIFY2(label->textFormat() == Qt::PlainText || label->property("orgdeskRichText").toBool(),
                 qPrintable(label->objectName()));
    }
}

bool hasControlOrBidi(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F;
    });
}

void clearSettings()
{
    QSettings settings(QStringLiteral("OrgDesk"), QStringLiteral("OrgDesk"));
    settings.clear();
    settings.sync();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void firstPageLoadsAtOnceWithAKey();
    void keyChangeDuringACreateClosesTheDialogAndKeepsTheTableClean();
    void switchingOrganizationsNeverMixesTheirProjects();
    void hostileNamesStayText_data();
    void hostileNamesStayText();
    void windowTitleNamesANonDefaultHost();
    void noKeyShowsTheConnectState();
    void statusBarTexts_data();
    void statusBarTexts();
    void actionsFollowSelection_data();
    void actionsFollowSelection();
    void searchFiltersAndShowsNoMatches();
    void escapeClearsTheSearch();
    void emptyStateTextIsNeverClipped_data();
    void emptyStateTextIsNeverClipped();
    void searchSaysWhenMoreCouldMatch();
    void archivedToggleAddsRowsAndPersists();
    void errorBannerShowsRequestIdAndRetryRecovers();
    void rejectedKeyAsksForANewOne();
    void rateLimitWaitIsShown();
    void copyIdPutsSelectedIdsOnTheClipboard();
    void detailsPaneFollowsSelection();
    void refreshDetailsUpdatesTheRow();
    void refreshDetailsErrorGoesToTheBanner();
    void contextMenuOffersTheProjectActions();
    void everyControlHasAnAccessibleName();
    void loadAllLoadsEverything();
    void settingsNeverContainTheKey();
};

void TestMainWindow::initTestCase()
{
    // Settings go to a test location, never the user's OrgDesk.conf.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(AppSettings().fileName().contains(QStringLiteral("qttest")));
}

void TestMainWindow::init()
{
    clearSettings();
}

void TestMainWindow::firstPageLoadsAtOnceWithAKey()
{
    Fixture f;
    f.server.seed(250, 0);
    f.open();
    QSignalSpy firstPage(f.window.get(), &MainWindow::firstPageShown);
    QCOMPARE(f.model()->rowCount(), 0);

    f.session.start(adminKey());

    QVERIFY(firstPage.wait(Timeout));
    QCOMPARE(f.model()->rowCount(), 100);
    QVERIFY(!f.showsEmptyState());
    QVERIFY(f.action("newAction")->isEnabled());
    QVERIFY(f.action("loadAllAction")->isEnabled());
    const QList<SandboxRequest> requests = f.server.requests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.first().path, ListPath);
    QVERIFY2(requests.first().query.contains(QStringLiteral("limit=100")),
             qPrintable(requests.first().query));
    // The newest project comes first (default sort: Created, descending).
    QCOMPARE(f.proxy()->index(0, 0).data(ProjectTableModel::ProjectIdRole).toString(),
             f.server.projects().first().id);
}

// Issue #13: the key changes while a create is on the wire (the service never answers it).
// The old organization's rows are gone at once and none of its answers arrive afterwards.
// Issue #18: the dialog was that organization's, so it closes (no "key changed" error in it)
// and the status bar says which dialog closed and why.
void TestMainWindow::keyChangeDuringACreateClosesTheDialogAndKeepsTheTableClean()
{
    Fixture f;
    f.server.seed(30, 0, 7);
    SandboxFault silence;
    silence.kind = SandboxFault::Kind::NoResponse;
    silence.method = "POST";
    silence.path = ListPath;
    f.server.addFault(silence);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());

    f.action("newAction")->trigger();
    QPointer<ProjectNameDialog> dialog = f.window->findChild<ProjectNameDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString title = dialog->windowTitle();
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTest::keyClicks(nameEdit, QStringLiteral("Quarterly review"));
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(f.server.requestCount("POST", ListPath) == 1, Timeout);
    QVERIFY(dialog->isBusy());

    QVERIFY(f.model()->rowCount() > 0);
    f.session.useKey(QStringLiteral("sk-admin-another-organization-0000"), false);
    QCOMPARE(f.model()->rowCount(), 0); // the old organization's rows, gone at once
    QCOMPARE(f.client.pendingCount(), 1); // only the new key's first page
    QVERIFY(!dialog || !dialog->isVisible());
    QTRY_VERIFY(dialog.isNull());
    QTRY_VERIFY(f.window->statusBar()->currentMessage().contains(title));
    // The new key is not the sandbox's: its first page is refused, and the table stays empty.
    QTRY_VERIFY_WITH_TIMEOUT(f.client.pendingCount() == 0, Timeout);
    QCOMPARE(f.model()->rowCount(), 0);
}

// Issue #13: two organizations behind two keys. Switching while the first one's pages and a
// details refresh are still on the wire never puts one of its projects under the second.
void TestMainWindow::switchingOrganizationsNeverMixesTheirProjects()
{
    Fixture f;
    f.server.seed(250, 0, 1);
    const QString otherKey = QStringLiteral("sk-admin-second-organization-0123456789");
    f.server.addOrganization(QStringLiteral("second"), otherKey, 120, 0, 2);
    QSet<QString> second;
    for (const SandboxProject &p : f.server.projectsOf(QStringLiteral("second")))
        second.insert(p.id);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());

    // The first organization's next page and a details refresh, slow to answer.
    f.server.setLatency(400);
    const QString firstsProject = f.model()->projectAt(1).id;
    f.select({firstsProject});
    const qsizetype sentBefore = f.server.requests().size() + 2;
    f.action("refreshDetailsAction")->trigger();
    f.model()->loadAll();
    QCOMPARE(f.client.pendingCount(), 2);
    // Both have reached the service: anything that arrives later was sent later.
    QTRY_COMPARE_WITH_TIMEOUT(f.server.requests().size(), sentBefore, Timeout);

    // From the switch on, every row the table gets is the second organization's.
    QStringList strangers;
    connect(f.model(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            if (!second.contains(f.model()->projectAt(row).id))
                strangers << f.model()->projectAt(row).id;
        }
    });
    connect(f.model(), &QAbstractItemModel::modelReset, this, [&] {
        for (const Project &p : f.model()->projects()) {
            if (!second.contains(p.id))
                strangers << p.id;
        }
    });
    f.session.useKey(otherKey, false);
    QCOMPARE(f.model()->rowCount(), 0);
    f.server.setLatency(0);
    QTRY_VERIFY_WITH_TIMEOUT(f.model()->rowCount() == 100 && !f.model()->isLoading(), Timeout);
    f.model()->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(f.model()->isComplete(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(f.client.pendingCount(), 0, Timeout);
    QCOMPARE(f.model()->rowCount(), second.size());
    QVERIFY2(strangers.isEmpty(), qPrintable(strangers.join(u' ')));
    QVERIFY(!f.model()->project(firstsProject));
    // Nothing went out with the first organization's key after the switch.
    const QList<SandboxRequest> after = f.server.requests().mid(sentBefore);
    QVERIFY(!after.isEmpty());
    for (const SandboxRequest &r : after)
        QCOMPARE(r.organization, QStringLiteral("second"));
}

void TestMainWindow::hostileNamesStayText_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("bold markup") << QStringLiteral("<b>x</b>");
    QTest::newRow("image markup") << QStringLiteral("<img src=x> <a href='https://example.com'>y</a>");
    QTest::newRow("right-to-left override") << QStringLiteral("invoice\u202Etxt.exe archive me");
    QTest::newRow("newline") << QStringLiteral("first line\nsecond line");
    QTest::newRow("3,000 characters") << QString(3000, u'W');
}

// Issue #13: a project name is shown as it is, everywhere, and never obeyed.
void TestMainWindow::hostileNamesStayText()
{
    QFETCH(QString, name);
    Fixture f;
    const SandboxProject project = f.server.addProject(name, 1900000000); // newest: row 0
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    f.select({project.id});

    // The table and the details pane show it, control characters as symbols.
    const QString cell = f.model()->index(f.model()->rowOf(project.id), 0).data().toString();
    QCOMPARE(cell, DisplayText::visible(name));
    QVERIFY(!hasControlOrBidi(cell));
    QCOMPARE(f.child<QLabel>("nameValue")->text(), DisplayText::visible(name));
    verifyLabelsArePlain(f.window.get());

    // A status message sets the id apart from the sentence around it.
    f.action("copyIdAction")->trigger();
    QCOMPARE(f.window->statusBar()->currentMessage(),
             QStringLiteral("Copied %1").arg(DisplayText::isolated(project.id)));

    // The dialogs: every label plain, the name isolated inside the sentence.
    f.action("archiveAction")->trigger();
    auto *archive = f.window->findChild<ArchiveDialog *>();
    QVERIFY(archive);
    QTRY_VERIFY(archive->isVisible());
    verifyLabelsArePlain(archive);
    const QString question = archive->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
    QVERIFY2(question.contains(DisplayText::isolated(name)), qPrintable(question.left(200)));
    QVERIFY(!question.contains(QChar(0x202E)) && !question.contains(u'\n'));
    archive->reject();
    QTRY_VERIFY(!f.window->findChild<ArchiveDialog *>());

    f.action("renameAction")->trigger();
    auto *rename = f.window->findChild<ProjectNameDialog *>();
    QVERIFY(rename);
    QTRY_VERIFY(rename->isVisible());
    verifyLabelsArePlain(rename);
    rename->reject();
}

void TestMainWindow::windowTitleNamesANonDefaultHost()
{
    Fixture f;
    f.open();
    QCOMPARE(f.window->windowTitle(),
             QStringLiteral("OrgDesk — 127.0.0.1:%1").arg(f.server.port()));
}

void TestMainWindow::noKeyShowsTheConnectState()
{
    Fixture f;
    f.server.seed(5, 0);
    f.open();
    // An empty keychain (scripts/with-keyring) says keyMissing; no keychain at all says
    // keychainUnavailable. Both leave the window without a key.
    f.session.start({});

    QTRY_VERIFY_WITH_TIMEOUT(f.showsEmptyState()
                                 && f.emptyTitle() == QStringLiteral("Connect OrgDesk to your organization"),
                             Timeout);
    auto *button = f.child<QPushButton>("emptyButton");
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Enter admin key…"));
    QVERIFY(!f.action("newAction")->isEnabled());
    QVERIFY(!f.action("refreshAction")->isEnabled());
    QVERIFY(!f.action("loadAllAction")->isEnabled());
    QCOMPARE(f.statusText(), QStringLiteral("No admin key"));
    QCOMPARE(f.server.requestCount(), 0);

    // Without a keychain the dialog is reached through the banner; with one it opens by itself.
    if (f.banner()->isVisible()) {
        QCOMPARE(f.banner()->actionText(), QStringLiteral("Enter key for this session"));
        QTest::mouseClick(f.child<QPushButton>("bannerActionButton"), Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(f.window->findChild<AdminKeyDialog *>(), Timeout);
    QTRY_VERIFY(f.window->findChild<AdminKeyDialog *>()->isVisible());
    f.window->findChild<AdminKeyDialog *>()->reject();

    // The empty state's button opens it again.
    QTRY_VERIFY(!f.window->findChild<AdminKeyDialog *>());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(f.window->findChild<AdminKeyDialog *>());
}

void TestMainWindow::statusBarTexts_data()
{
    QTest::addColumn<int>("active");
    QTest::addColumn<int>("archived");
    QTest::addColumn<bool>("showArchived");
    QTest::addColumn<bool>("loadAll");
    QTest::addColumn<QString>("expected");

    // The Default project comes on top of the seeded ones.
    QTest::newRow("first of several pages") << 150 << 0 << false << false
                                            << QStringLiteral("100 projects loaded — more available");
    QTest::newRow("one complete page") << 20 << 7 << false << false
                                       << QStringLiteral("All 21 projects");
    QTest::newRow("archived shown") << 20 << 7 << true << false
                                    << QStringLiteral("All 28 projects (7 archived)");
    QTest::newRow("more available with archived") << 150 << 30 << true << false
                                                  << QStringLiteral("100 projects loaded — more available (%1 archived)");
    QTest::newRow("after load all") << 150 << 0 << false << true
                                    << QStringLiteral("All 151 projects");
}

void TestMainWindow::statusBarTexts()
{
    QFETCH(int, active);
    QFETCH(int, archived);
    QFETCH(bool, showArchived);
    QFETCH(bool, loadAll);
    QFETCH(QString, expected);

    AppSettings().setShowArchived(showArchived);
    Fixture f;
    f.server.seed(active, archived);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    if (loadAll) {
        f.action("loadAllAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(f.model()->isComplete() && !f.model()->isLoadingAll(), Timeout);
        QVERIFY(!f.action("loadAllAction")->isEnabled());
    }
    if (expected.contains(QLatin1String("%1"))) {
        const QList<Project> loaded = f.model()->projects();
        expected = expected.arg(std::count_if(loaded.cbegin(), loaded.cend(),
                                              [](const Project &p) { return p.isArchived(); }));
    }
    QTRY_COMPARE_WITH_TIMEOUT(f.statusText(), expected, Timeout);
}

void TestMainWindow::actionsFollowSelection_data()
{
    QTest::addColumn<QStringList>("selectedNames");
    QTest::addColumn<bool>("rename");
    QTest::addColumn<bool>("archive");
    QTest::addColumn<bool>("copyId");
    QTest::addColumn<bool>("refreshDetails");

    QTest::newRow("nothing selected") << QStringList{} << false << false << false << false;
    QTest::newRow("one active") << QStringList{QStringLiteral("Alpha")} << true << true << true << true;
    QTest::newRow("one archived") << QStringList{QStringLiteral("Gamma")} << false << false << true << true;
    QTest::newRow("two active") << QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}
                                << false << true << true << false;
    QTest::newRow("active and archived")
        << QStringList{QStringLiteral("Alpha"), QStringLiteral("Gamma")} << false << false << true << false;
}

void TestMainWindow::actionsFollowSelection()
{
    QFETCH(QStringList, selectedNames);
    QFETCH(bool, rename);
    QFETCH(bool, archive);
    QFETCH(bool, copyId);
    QFETCH(bool, refreshDetails);

    AppSettings().setShowArchived(true);
    Fixture f;
    QHash<QString, QString> idOf;
    const qint64 base = 1'700'000'000;
    idOf.insert(QStringLiteral("Alpha"), f.server.addProject(QStringLiteral("Alpha"), base + 30).id);
    idOf.insert(QStringLiteral("Beta"), f.server.addProject(QStringLiteral("Beta"), base + 20).id);
    idOf.insert(QStringLiteral("Gamma"), f.server.addProject(QStringLiteral("Gamma"), base + 10, true).id);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    QCOMPARE(f.model()->rowCount(), 4);

    QStringList ids;
    for (const QString &name : std::as_const(selectedNames))
        ids.append(idOf.value(name));
    f.select(ids);

    QCOMPARE(f.window->selectedProjects().size(), ids.size());
    QCOMPARE(f.action("renameAction")->isEnabled(), rename);
    QCOMPARE(f.action("archiveAction")->isEnabled(), archive);
    QCOMPARE(f.action("copyIdAction")->isEnabled(), copyId);
    QCOMPARE(f.action("refreshDetailsAction")->isEnabled(), refreshDetails);
    QCOMPARE(f.child<QPushButton>("copyIdButton")->isEnabled(), copyId);
    // Actions that need only a key do not depend on the selection.
    QVERIFY(f.action("newAction")->isEnabled());
    QVERIFY(f.action("refreshAction")->isEnabled());
}

void TestMainWindow::searchFiltersAndShowsNoMatches()
{
    Fixture f;
    const qint64 base = 1'700'000'000;
    f.server.addProject(QStringLiteral("Billing Assistant"), base + 3);
    f.server.addProject(QStringLiteral("Support Bot"), base + 2);
    const QString billingId = f.server.addProject(QStringLiteral("Billing Reports"), base + 1).id;
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    QCOMPARE(f.proxy()->rowCount(), 4);

    auto *search = f.child<QLineEdit>("searchEdit");
    QCOMPARE(search->placeholderText(), QStringLiteral("Search by name or ID"));
    QTest::keyClicks(search, QStringLiteral("billing"));
    QCOMPARE(f.proxy()->rowCount(), 2);
    QVERIFY(!f.showsEmptyState());
    QCOMPARE(f.statusText(), QStringLiteral("2 of 4 projects match"));

    // By id too.
    search->setText(billingId);
    QCOMPARE(f.proxy()->rowCount(), 1);

    search->setText(QStringLiteral("zzz"));
    QCOMPARE(f.proxy()->rowCount(), 0);
    QVERIFY(f.showsEmptyState());
    QCOMPARE(f.emptyTitle(), QStringLiteral("No projects match “zzz”"));
    auto *button = f.child<QPushButton>("emptyButton");
    QCOMPARE(button->text(), QStringLiteral("Clear search"));

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(f.proxy()->rowCount(), 4);
    QVERIFY(!f.showsEmptyState());
}

void TestMainWindow::emptyStateTextIsNeverClipped_data()
{
    QTest::addColumn<int>("windowWidth");
    QTest::newRow("narrow window: the text wraps to the window") << 560;
    QTest::newRow("wide window: the text wraps to a readable width") << 1400;
}

void TestMainWindow::emptyStateTextIsNeverClipped()
{
    // A word-wrapped label must get the height its text needs at the width it is given: each
    // line of the title and the explanation whole, and both centred under each other.
    QFETCH(int, windowWidth);
    Fixture f;
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    f.window->resize(windowWidth, 600);
    f.child<QLineEdit>("searchEdit")
        ->setText(QStringLiteral("no project is called anything like this rather long search text"));
    QVERIFY(f.showsEmptyState());
    const auto *emptyState = f.child<QWidget>("emptyState");
    // About 72 characters a line (one pixel more when the margins split an odd width).
    const int readableWidth = f.window->fontMetrics().averageCharWidth() * 72 + 1;
    const auto fits = [&](const QLabel *label, QString *why) {
        const int offCentre = label->geometry().center().x() - emptyState->rect().center().x();
        *why = QStringLiteral("%1: %2 x %3 px, needs %4 px high; %5 px off centre; %6 px available")
                   .arg(label->objectName())
                   .arg(label->width())
                   .arg(label->height())
                   .arg(label->heightForWidth(label->width()))
                   .arg(offCentre)
                   .arg(emptyState->width());
        return label->height() >= label->heightForWidth(label->width())
               && label->width() <= std::min(emptyState->width(), readableWidth)
               && std::abs(offCentre) <= 2;
    };
    for (const char *name : {"emptyTitle", "emptyText"}) {
        const auto *label = f.child<QLabel>(name);
        QString why;
        QTRY_VERIFY2(fits(label, &why), qPrintable(why)); // once the layout has run
    }
}

void TestMainWindow::escapeClearsTheSearch()
{
    Fixture f;
    f.server.seed(3, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());

    // Ctrl+F (QKeySequence::Find) reaches the search field from the table.
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    f.table()->setFocus();
    auto *search = f.child<QLineEdit>("searchEdit");
    QTest::keySequence(f.window.get(), QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("nothing like this"));
    QCOMPARE(f.proxy()->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(f.proxy()->rowCount(), 4);
}

void TestMainWindow::searchSaysWhenMoreCouldMatch()
{
    Fixture f;
    f.server.seed(150, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    QVERIFY(!f.model()->isComplete());

    f.child<QLineEdit>("searchEdit")->setText(QStringLiteral("no project is called this"));
    QCOMPARE(f.statusText(),
             QStringLiteral("Searching 100 loaded projects — Load all to search everything"));
    QVERIFY(f.showsEmptyState());
    QVERIFY(f.child<QLabel>("emptyText")->text().contains(QStringLiteral("Load all")));
}

void TestMainWindow::archivedToggleAddsRowsAndPersists()
{
    {
        Fixture f;
        f.server.seed(5, 3);
        f.openWithKey();
        QVERIFY(f.waitForFirstPage());
        QCOMPARE(f.model()->rowCount(), 6);
        QVERIFY(f.table()->isColumnHidden(ProjectTableModel::ArchivedColumn));

        f.action("showArchivedAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(f.model()->rowCount(), 9, Timeout);
        QVERIFY(!f.table()->isColumnHidden(ProjectTableModel::ArchivedColumn));
        QVERIFY(f.server.requests().last().query.contains(QStringLiteral("include_archived=true")));
        QVERIFY(AppSettings().showArchived());
    }
    {
        // A new window starts with the archived projects shown, and lists them at once.
        Fixture f;
        f.server.seed(5, 3);
        f.openWithKey();
        QVERIFY(f.action("showArchivedAction")->isChecked());
        QVERIFY(f.waitForFirstPage());
        QCOMPARE(f.model()->rowCount(), 9);
        QVERIFY(f.server.requests().first().query.contains(QStringLiteral("include_archived=true")));

        // Hidden again by the filter: the rows stay in the model, nothing is sent.
        const int requests = int(f.server.requests().size());
        f.action("showArchivedAction")->trigger();
        QCOMPARE(f.proxy()->rowCount(), 6);
        QCOMPARE(f.model()->rowCount(), 9);
        QCOMPARE(int(f.server.requests().size()), requests);
        QVERIFY(!AppSettings().showArchived());
    }
}

void TestMainWindow::errorBannerShowsRequestIdAndRetryRecovers()
{
    Fixture f;
    f.server.seed(5, 0);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 500;
    fault.method = "GET";
    fault.path = ListPath;
    fault.shouldRetry = false;
    f.server.addFault(fault);
    f.open();
    QSignalSpy failed(f.window.get(), &MainWindow::firstPageFailed);
    f.session.start(adminKey());

    QTRY_VERIFY_WITH_TIMEOUT(f.banner()->isVisible(), Timeout);
    QCOMPARE(failed.size(), 1);
    const QList<SandboxRequest> requests = f.server.requests();
    QCOMPARE(requests.size(), 1); // x-should-retry: false
    QCOMPARE(requests.first().status, 500);
    QVERIFY(requests.first().requestId.startsWith(QStringLiteral("req_")));
    QCOMPARE(f.banner()->requestId(), requests.first().requestId);
    QVERIFY(f.child<QLabel>("requestIdLabel")->text().contains(requests.first().requestId));
    QVERIFY(!f.banner()->message().isEmpty());
    // Said once, on its own line with a copy button, not also inside the sentence.
    QVERIFY(!f.banner()->message().contains(requests.first().requestId));
    QCOMPARE(f.statusText(), QStringLiteral("No projects loaded"));
    // An alert named by what went wrong, its request id line as its description.
    QAccessibleInterface *bannerAccessible = QAccessible::queryAccessibleInterface(f.banner());
    QCOMPARE(bannerAccessible->role(), QAccessible::AlertMessage);
    QCOMPARE(bannerAccessible->text(QAccessible::Name), f.banner()->message());
    QVERIFY(bannerAccessible->text(QAccessible::Description).contains(requests.first().requestId));
    QCOMPARE(f.banner()->actionText(), QStringLiteral("Retry"));
    QVERIFY(f.showsEmptyState());

    // The request id can be copied for OpenAI support.
    QTest::mouseClick(f.child<QToolButton>("copyRequestIdButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), requests.first().requestId);

    QTest::mouseClick(f.child<QPushButton>("bannerActionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.model()->rowCount(), 6, Timeout);
    QVERIFY(!f.banner()->isVisible());
    QVERIFY(!f.showsEmptyState());
    QCOMPARE(f.statusText(), QStringLiteral("All 6 projects"));
}

void TestMainWindow::rejectedKeyAsksForANewOne()
{
    Fixture f;
    f.server.seed(5, 0);
    f.open();
    f.session.start(QStringLiteral("sk-admin-not-the-right-one-000000"));

    QTRY_VERIFY_WITH_TIMEOUT(f.banner()->isVisible(), Timeout);
    QVERIFY2(f.banner()->message().startsWith(QStringLiteral("OpenAI rejected the admin key")),
             qPrintable(f.banner()->message()));
    QCOMPARE(f.banner()->actionText(), QStringLiteral("Enter new key…"));
    QVERIFY(f.banner()->requestId().startsWith(QStringLiteral("req_")));
    QVERIFY(!f.action("newAction")->isEnabled());
    QVERIFY(!f.action("loadAllAction")->isEnabled());
    const int requestsSoFar = f.server.requestCount();

    QTest::mouseClick(f.child<QPushButton>("bannerActionButton"), Qt::LeftButton);
    QVERIFY(f.window->findChild<AdminKeyDialog *>());
    // Nothing more was asked with the rejected key.
    QCOMPARE(f.server.requestCount(), requestsSoFar);
}

void TestMainWindow::rateLimitWaitIsShown()
{
    Fixture f;
    f.server.seed(5, 0);
    SandboxFault fault;
    fault.status = 429;
    fault.method = "GET";
    fault.path = ListPath;
    fault.retryAfterSeconds = 2;
    f.server.addFault(fault);
    f.open();
    QSignalSpy waiting(&f.client, &AdminApiClient::waiting);
    f.session.start(adminKey());

    QVERIFY(waiting.wait(Timeout));
    auto *label = f.child<QLabel>("waitLabel");
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Rate limited by OpenAI — retrying in 2 s"));

    QVERIFY(f.waitForFirstPage());
    QTRY_VERIFY(!label->isVisible());
    QCOMPARE(f.model()->rowCount(), 6);
}

void TestMainWindow::copyIdPutsSelectedIdsOnTheClipboard()
{
    Fixture f;
    f.server.seed(10, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    QGuiApplication::clipboard()->clear();

    const QString first = f.proxy()->index(1, 0).data(ProjectTableModel::ProjectIdRole).toString();
    const QString second = f.proxy()->index(3, 0).data(ProjectTableModel::ProjectIdRole).toString();
    f.select({second, first});
    f.action("copyIdAction")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), first + u'\n' + second);

    // The details pane's button copies the one selected id.
    f.select({second});
    QTest::mouseClick(f.child<QPushButton>("copyIdButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), second);
}

void TestMainWindow::detailsPaneFollowsSelection()
{
    Fixture f;
    f.server.seed(10, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    auto *placeholder = f.child<QLabel>("detailsPlaceholder");
    QCOMPARE(placeholder->text(), QStringLiteral("Select a project"));

    const Project project = f.proxy()->index(2, 0).data(ProjectTableModel::ProjectRole).value<Project>();
    f.select({project.id});
    QCOMPARE(f.child<QLabel>("idValue")->text(), project.id);
    QCOMPARE(f.child<QLabel>("nameValue")->text(), project.name);
    QCOMPARE(f.child<QLabel>("statusValue")->text(), QStringLiteral("Active"));
    QCOMPARE(f.child<QLabel>("statusValue")->text(),
             f.proxy()->index(2, ProjectTableModel::StatusColumn).data().toString());
    QVERIFY(f.child<QLabel>("idValue")->textInteractionFlags() & Qt::TextSelectableByMouse);
    // Read as shown, reachable with the keyboard, and labelled by its caption.
    QVERIFY(f.child<QLabel>("idValue")->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QVERIFY(f.child<QLabel>("idValue")->focusPolicy() != Qt::NoFocus);
    QCOMPARE(QAccessible::queryAccessibleInterface(f.child<QLabel>("idValue"))->text(QAccessible::Name),
             project.id);
    QCOMPARE(f.child<QLabel>("idLabel")->buddy(), f.child<QLabel>("idValue"));

    const QString other = f.proxy()->index(5, 0).data(ProjectTableModel::ProjectIdRole).toString();
    f.select({project.id, other});
    QCOMPARE(placeholder->text(), QStringLiteral("2 projects selected"));
}

void TestMainWindow::refreshDetailsUpdatesTheRow()
{
    Fixture f;
    f.server.seed(4, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    const QString id = f.proxy()->index(1, 0).data(ProjectTableModel::ProjectIdRole).toString();

    // Renamed elsewhere (the dashboard, another admin): the table does not know yet.
    QObject context;
    bool renamed = false;
    f.client.renameProject(id, QStringLiteral("Renamed elsewhere"), &context,
                           [&](const ApiResult<Project> &result) { renamed = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(renamed, Timeout);
    f.select({id});
    QVERIFY(f.child<QLabel>("nameValue")->text() != QStringLiteral("Renamed elsewhere"));

    QTest::mouseClick(f.child<QPushButton>("refreshDetailsButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.child<QLabel>("nameValue")->text(),
                              QStringLiteral("Renamed elsewhere"), Timeout);
    QCOMPARE(f.model()->project(id)->name, QStringLiteral("Renamed elsewhere"));
    QCOMPARE(f.window->selectedProjects().size(), 1);
}

void TestMainWindow::refreshDetailsErrorGoesToTheBanner()
{
    Fixture f;
    f.server.seed(4, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    const QString id = f.proxy()->index(0, 0).data(ProjectTableModel::ProjectIdRole).toString();
    SandboxFault fault;
    fault.status = 503;
    fault.method = "GET";
    fault.path = ListPath + u'/' + id;
    fault.shouldRetry = false;
    f.server.addFault(fault);
    f.select({id});

    f.action("refreshDetailsAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(f.banner()->isVisible(), Timeout);
    QCOMPARE(f.server.requests().last().status, 503);
    QCOMPARE(f.banner()->requestId(), f.server.requests().last().requestId);
    // The table is left as it was.
    QCOMPARE(f.model()->rowCount(), 5);
    QVERIFY(!f.showsEmptyState());

    QTest::mouseClick(f.child<QPushButton>("bannerActionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.server.requests().last().status, 200, Timeout);
    QCOMPARE(f.server.requests().last().path, ListPath + u'/' + id);
    QVERIFY(!f.banner()->isVisible());
}

void TestMainWindow::contextMenuOffersTheProjectActions()
{
    Fixture f;
    f.server.seed(4, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());

    const QRect cell = f.table()->visualRect(f.proxy()->index(2, 0));
    Q_EMIT f.table()->customContextMenuRequested(cell.center());
    auto *menu = f.child<QMenu>("projectContextMenu");
    QTRY_VERIFY(menu->isVisible());
    // A right click selects the row under the pointer, so the actions apply to it.
    QCOMPARE(f.window->selectedProjects().size(), 1);
    QCOMPARE(f.window->selectedProjects().first().id,
             f.proxy()->index(2, 0).data(ProjectTableModel::ProjectIdRole).toString());

    QStringList names;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("newAction"), QStringLiteral("renameAction"),
                                 QStringLiteral("archiveAction"), QStringLiteral("setRateLimitsAction"),
                                 QStringLiteral("copyIdAction"), QStringLiteral("refreshDetailsAction")}));
    QVERIFY(f.action("renameAction")->isEnabled());
    QVERIFY(f.action("setRateLimitsAction")->isEnabled()); // issue #17
    menu->close();
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    Fixture f;
    f.server.seed(4, 0);
    SandboxFault fault;
    fault.status = 500;
    fault.method = "GET";
    fault.path = ListPath;
    fault.shouldRetry = false;
    f.server.addFault(fault);
    f.openWithKey();
    QTRY_VERIFY_WITH_TIMEOUT(f.banner()->isVisible(), Timeout); // its buttons are shown too
    QTest::mouseClick(f.child<QPushButton>("bannerActionButton"), Qt::LeftButton);
    QVERIFY(f.waitForFirstPage());
    f.select({f.proxy()->index(0, 0).data(ProjectTableModel::ProjectIdRole).toString()});
    f.banner()->showMessage(QStringLiteral("A message"), ErrorBanner::Severity::Warning,
                            QStringLiteral("Act"), QStringLiteral("req_123"));

    int checked = 0;
    const QList<QWidget *> widgets = f.window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = widget->focusPolicy() != Qt::NoFocus
            || (qobject_cast<QLabel *>(widget)
                && (qobject_cast<QLabel *>(widget)->textInteractionFlags() & Qt::TextSelectableByMouse));
        if (!widget->isVisible() || !control)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                 qPrintable(QStringLiteral("%1 \"%2\" has no accessible name")
                                .arg(QString::fromLatin1(widget->metaObject()->className()),
                                     widget->objectName())));
        ++checked;
    }
    QVERIFY2(checked >= 15, qPrintable(QString::number(checked)));
    QCOMPARE(QAccessible::queryAccessibleInterface(f.banner())->text(QAccessible::Description),
             QStringLiteral("Request ID: req_123"));
}

void TestMainWindow::loadAllLoadsEverything()
{
    Fixture f;
    f.server.seed(320, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    QSignalSpy progress(f.model(), &ProjectTableModel::loadAllProgress);

    f.action("loadAllAction")->trigger();
    QVERIFY(!f.action("loadAllAction")->isEnabled());
    QVERIFY(f.child<QPushButton>("cancelLoadAllButton")->isVisible());
    QVERIFY(f.child<QLabel>("loadAllLabel")->text().startsWith(QStringLiteral("Loading all projects…")));

    QTRY_VERIFY_WITH_TIMEOUT(f.model()->isComplete(), Timeout);
    QTRY_VERIFY(!f.child<QPushButton>("cancelLoadAllButton")->isVisible());
    QCOMPARE(f.model()->rowCount(), 321);
    QCOMPARE(f.statusText(), QStringLiteral("All 321 projects"));
    QVERIFY(!f.action("loadAllAction")->isEnabled());

    // The pages after the first are there when scrolled to.
    QTableView *table = f.table();
    table->scrollToBottom();
    const QModelIndex last = f.proxy()->index(320, 0);
    QVERIFY(table->viewport()->rect().contains(table->visualRect(last)));
    QCOMPARE(table->indexAt(table->visualRect(last).center()), last);
}

void TestMainWindow::settingsNeverContainTheKey()
{
    QString fileName;
    {
        Fixture f;
        f.server.seed(5, 2);
        f.openWithKey();
        QVERIFY(f.waitForFirstPage());
        f.action("showArchivedAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(f.model()->rowCount(), 8, Timeout);
        f.table()->setColumnWidth(ProjectTableModel::IdColumn, 321);
        f.window->close(); // saves the window, columns, toggle and pane
        fileName = AppSettings().fileName();
    }
    QFile file(fileName);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(fileName));
    const QByteArray contents = file.readAll();
    // It did save things, so the check below looks at a real file.
    QVERIFY(contents.contains("showArchived=true"));
    QVERIFY(contents.contains("geometry"));
    QVERIFY(contents.contains("header"));
    QVERIFY(!contents.contains(SandboxServer::DefaultAdminKey));
    QVERIFY(!contents.contains("sk-admin"));

    // The column width comes back.
    Fixture f;
    f.open();
    QCOMPARE(f.table()->columnWidth(ProjectTableModel::IdColumn), 321);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
