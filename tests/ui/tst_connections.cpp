// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// Several organizations (issue #18 item 3) through the window: two sandbox organizations on
// loopback, their keys in a real Secret Service (scripts/with-keyring), a throwaway cache. A
// switch never shows a row of the old organization under the new one, the way back starts
// from the cache; removing deletes key and cache; --connection picks one; the key stored per
// origin becomes the first connection.

#include "../keys/keytestsupport.h"
#include "adminapiclient.h"
#include "apiorigin.h"
#include "connectionsetup.h"
#include "connectionstore.h"
#include "listingcache.h"
#include "mainwindow.h"
#include "messagearea.h"
#include "projectnamedialog.h"
#include "projecttablemodel.h"
#include "projectworkspace.h"
#include "sandboxserver.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <algorithm>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QProgressBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 30000;
const QString KeyA = u"sk-admin-organization-a-0123456789"_s;
const QString KeyB = u"sk-admin-organization-b-0123456789"_s;

QSet<QString> idsOf(const QList<SandboxProject> &projects)
{
    QSet<QString> ids;
    for (const SandboxProject &p : projects)
        ids.insert(p.id);
    return ids;
}

QSet<QString> idsIn(const ProjectTableModel *model)
{
    QSet<QString> ids;
    for (const Project &p : model->projects())
        ids.insert(p.id);
    return ids;
}

/// Two organizations, each on a sandbox of its own, and a window with the connection setup.
struct Fixture
{
    SandboxServer serverA;
    SandboxServer serverB;
    QTemporaryDir cacheDir;
    QNetworkAccessManager network;
    AdminApiClient client{&network};
    KeyStore keys;
    Session session{&client, &keys};
    ListingCache cache{cacheDir.filePath(u"listings.sqlite"_s)};
    ConnectionStore store{&keys};
    std::unique_ptr<MainWindow> window;
    ConnectionSetup *setup = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Fixture()
    {
        serverA.setAdminKey(KeyA);
        serverA.seed(30, 0, 11);
        serverB.setAdminKey(KeyB);
        serverB.seed(20, 0, 97);
        serverA.listen();
        serverB.listen();
        keys.setService(u"OrgDesk "_s + QCoreApplication::applicationName());
        keys.setRetryDelay(std::chrono::milliseconds(0));
    }

    void open()
    {
        window = std::make_unique<MainWindow>(&client, &session, &network);
        setup = window->installConnections(&store, &cache);
        tester = std::make_unique<QAbstractItemModelTester>(
            window->projectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    Connection add(const QString &name, const QUrl &url, const QString &key)
    {
        Connection added;
        bool finished = false;
        store.add(name, url, key, &store, [&](const KeyStore::Result &result, const Connection &c) {
            if (!result.ok())
                qWarning() << "add failed:" << result.message;
            added = c;
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }, KeyTest::Timeout))
            qWarning("adding a connection timed out");
        return added;
    }

    ProjectTableModel *model() const { return window->projectModel(); }

    bool waitForListing(const SandboxServer &server) const
    {
        const QSet<QString> expected = idsOf(server.projects());
        return QTest::qWaitFor([&] {
            return !model()->isLoading() && model()->unconfirmedCount() == 0
                && idsIn(model()) == expected;
        }, Timeout);
    }

    /// Production (A) and Staging (B) added, the window open on A and A listed; B's id, empty
    /// when that failed.
    QString openOnA()
    {
        const Connection a = add(QStringLiteral("Production"), serverA.baseUrl(), KeyA);
        const Connection b = add(QStringLiteral("Staging"), serverB.baseUrl(), KeyB);
        open();
        setup->start({}, {}, a.id);
        return waitForListing(serverA) ? b.id : QString();
    }
};

int listRequestsOf(const SandboxServer &server)
{
    int count = 0;
    for (const SandboxRequest &r : server.requests()) {
        if (r.path == u"/v1/organization/projects")
            ++count;
    }
    return count;
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void switchNeverShowsTheOldOrganization();
    void removeDeletesKeyAndCache();
    void originKeyBecomesTheFirstConnection();
    void dialogAddsAndKeepsInputOnError();
    // Add connection checks the key with the connection's own service first.
    void addChecksTheKeyFirst();
    void addWithTheServiceUnreachable();
    // A dialog of the organization shown closes when the connection changes.
    void switchClosesTheRenameDialogInFlight();
    void switchClosesTheCreateDialog();
    void switchClosesEveryDialogOfTheOrganization_data();
    void switchClosesEveryDialogOfTheOrganization();
    void firstConnectionAddedIsUsed();
    void unknownConnectionOnCommandLine();
    void commandLinePicksTheConnection();
};

void TestConnections::init()
{
    QVERIFY2(KeyTest::inThrowawayKeyring() || qEnvironmentVariableIsSet("ORGDESK_IN_KEYRING"),
             "run under scripts/with-keyring");
    QSettings(u"OrgDesk"_s, u"OrgDesk"_s).clear();
}

void TestConnections::switchNeverShowsTheOldOrganization()
{
    Fixture f;
    const QSet<QString> idsA = idsOf(f.serverA.projects());
    const QSet<QString> idsB = idsOf(f.serverB.projects());
    QVERIFY(!idsA.intersects(idsB));
    const Connection a = f.add(u"Production"_s, f.serverA.baseUrl(), KeyA);
    const Connection b = f.add(u"Staging"_s, f.serverB.baseUrl(), KeyB);
    QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
    f.open();

    QSignalSpy storedA(&f.cache, &ListingCache::stored);
    f.setup->start({}, f.serverA.baseUrl(), a.id);
    QVERIFY(f.waitForListing(f.serverA));
    QCOMPARE(f.window->windowTitle().contains(u"Production"_s), true);
    QVERIFY(QTest::qWaitFor([&] {
        return std::any_of(storedA.cbegin(), storedA.cend(), [&](const QList<QVariant> &args) {
            return args.at(0).toString() == f.setup->cacheId(a.id);
        });
    }, Timeout));

    // Every change of the table from the switch on shows only B's rows.
    bool switched = false;
    QStringList leaked;
    const auto check = [&] {
        if (!switched)
            return;
        for (const Project &p : f.model()->projects()) {
            if (idsA.contains(p.id))
                leaked.append(p.id);
        }
    };
    ProjectTableModel *model = f.model();
    connect(model, &QAbstractItemModel::rowsInserted, &f.store, check);
    connect(model, &QAbstractItemModel::dataChanged, &f.store, check);
    connect(model, &QAbstractItemModel::modelReset, &f.store, check);
    connect(model, &QAbstractItemModel::layoutChanged, &f.store, check);

    // A's listing again, slowly: the switch comes while its page is in flight.
    f.serverA.setLatency(3000);
    QSignalSpy handledA(&f.serverA, &SandboxServer::requestHandled);
    const int loggedA = int(f.serverA.requests().size());
    const int before = listRequestsOf(f.serverA);
    model->reload();
    QTRY_VERIFY_WITH_TIMEOUT(listRequestsOf(f.serverA) > before, Timeout);
    QVERIFY(model->isLoading());

    // The switch through the toolbar's combo box.
    QComboBox *combo = f.window->findChild<QComboBox *>(u"connectionCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->accessibleName().isEmpty(), false);
    const int indexB = combo->findData(b.id);
    QVERIFY(indexB >= 0);
    combo->setCurrentIndex(indexB);
    switched = true;
    Q_EMIT combo->activated(indexB);
    QTRY_COMPARE_WITH_TIMEOUT(f.setup->activeId(), b.id, Timeout);
    QCOMPARE(model->rowCount(), 0); // emptied at once: B has no cache yet
    check();
    QVERIFY(f.waitForListing(f.serverB));
    QVERIFY(f.window->windowTitle().contains(u"Staging"_s));
    // A's late answers (the page, and the costs if they had started) are written by the
    // sandbox, and reach nothing: every request A received has been handled.
    QTRY_COMPARE_WITH_TIMEOUT(int(handledA.count()), int(f.serverA.requests().size()) - loggedA, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(f.client.pendingCount(), 0, Timeout);
    QCOMPARE(idsIn(model), idsB);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", ")));

    // Back to A through the menu: A's rows from the cache first, then confirmed.
    switched = false;
    const int answeredBefore = int(handledA.count());
    QAction *toA = nullptr;
    for (QAction *action : f.setup->switchMenu()->actions()) {
        if (action->data().toString() == a.id)
            toA = action;
    }
    QVERIFY(toA);
    QCOMPARE(toA->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    toA->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(idsIn(model) == idsA, Timeout);
    QVERIFY(model->unconfirmedCount() > 0);            // from the cache
    QCOMPARE(int(handledA.count()), answeredBefore);   // before A answered anything new
    QVERIFY(!idsIn(model).intersects(idsB));
    QVERIFY(f.waitForListing(f.serverA));
    QCOMPARE(QSettings(u"OrgDesk"_s, u"OrgDesk"_s).value(u"lastConnection"_s).toString(), a.id);
}

void TestConnections::removeDeletesKeyAndCache()
{
    Fixture f;
    const Connection a = f.add(u"Production"_s, f.serverA.baseUrl(), KeyA);
    const Connection b = f.add(u"Staging"_s, f.serverB.baseUrl(), KeyB);
    f.open();
    QSignalSpy stored(&f.cache, &ListingCache::stored);
    f.setup->start({}, {}, b.id);
    QVERIFY(f.waitForListing(f.serverB));
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), Timeout);
    f.setup->switchTo(a.id);
    QVERIFY(f.waitForListing(f.serverA));
    QCOMPARE(KeyTest::read(f.keys, ConnectionStore::keyEntry(b.id)).key, KeyB);

    // File → Connections…, B selected, Remove…, confirmed.
    f.setup->openDialog();
    auto *dialog = f.window->findChild<QDialog *>(u"ConnectionsDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(u"connectionList"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    list->setCurrentItem(list->topLevelItem(1));
    QCOMPARE(list->currentItem()->text(0), u"Staging"_s);
    dialog->findChild<QPushButton *>(u"removeButton"_s)->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY(box->text().contains(u"Staging"_s));
    box->findChild<QPushButton *>(u"confirmRemoveButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(f.store.connections().size(), qsizetype(1), KeyTest::Timeout);
    QCOMPARE(list->topLevelItemCount(), 1);

    QCOMPARE(KeyTest::read(f.keys, ConnectionStore::keyEntry(b.id)).result.status,
             KeyStore::Status::NotFound);
    QSignalSpy loaded(&f.cache, &ListingCache::loaded);
    f.cache.load(f.setup->cacheId(b.id));
    QVERIFY(loaded.wait(Timeout));
    QCOMPARE(loaded.last().at(1).value<CachedListing>().projects.size(), 0);
    // The active one was not touched.
    QCOMPARE(f.setup->activeId(), a.id);
    QCOMPARE(idsIn(f.model()), idsOf(f.serverA.projects()));
    QCOMPARE(f.setup->switchMenu()->actions().size(), 1);

    // Removing the active one switches to what is left: nothing, so the key is asked for.
    f.setup->switchTo(a.id);
    bool removed = false;
    f.store.remove(a.id, &f.store, [&](const KeyStore::Result &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, KeyTest::Timeout);
    QCOMPARE(f.setup->activeId(), QString());
    QTRY_COMPARE(f.model()->rowCount(), 0);
    dialog->close();
}

void TestConnections::originKeyBecomesTheFirstConnection()
{
    Fixture f;
    const QString origin = ApiOrigin::origin(f.serverA.baseUrl());
    QVERIFY(KeyTest::write(f.keys, origin, KeyA).ok());
    // What the window before connections remembered, under the cache id it used.
    QList<Project> remembered;
    for (const SandboxProject &p : f.serverA.projects()) {
        Project project;
        project.id = p.id;
        project.name = p.name;
        project.status = u"active"_s;
        project.createdAt = p.createdAt;
        remembered.append(project);
    }
    QSignalSpy stored(&f.cache, &ListingCache::stored);
    f.cache.store(QLatin1String(ConnectionSetup::OriginId), remembered, true);
    QVERIFY(stored.wait(Timeout));
    f.serverA.setLatency(2000);

    f.open();
    f.setup->start({}, f.serverA.baseUrl(), {});
    QTRY_COMPARE_WITH_TIMEOUT(f.store.connections().size(), qsizetype(1), KeyTest::Timeout);
    const Connection migrated = f.store.connections().constFirst();
    QCOMPARE(migrated.name, u"127.0.0.1"_s);
    QCOMPARE(f.setup->activeId(), migrated.id);
    QCOMPARE(f.setup->cacheId(migrated.id), QLatin1String(ConnectionSetup::OriginId));
    // The remembered rows, before the slow service answers.
    QTRY_VERIFY_WITH_TIMEOUT(f.model()->rowCount() == remembered.size(), Timeout);
    QVERIFY(f.model()->unconfirmedCount() > 0);
    QVERIFY(f.waitForListing(f.serverA));
    QCOMPARE(KeyTest::read(f.keys, ConnectionStore::keyEntry(migrated.id)).key, KeyA);
    QTRY_COMPARE_WITH_TIMEOUT(KeyTest::read(f.keys, origin).result.status,
                              KeyStore::Status::NotFound, KeyTest::Timeout);
}

void TestConnections::dialogAddsAndKeepsInputOnError()
{
    Fixture f;
    f.add(u"Production"_s, f.serverA.baseUrl(), KeyA);
    f.open();
    f.setup->start({}, {}, {});
    QVERIFY(f.waitForListing(f.serverA));
    f.window->findChild<QAction *>(u"connectionsAction"_s)->trigger();
    auto *dialog = f.window->findChild<QDialog *>(u"ConnectionsDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    auto *url = dialog->findChild<QLineEdit *>(u"urlEdit"_s);
    auto *key = dialog->findChild<QLineEdit *>(u"keyEdit"_s);
    auto *message = dialog->findChild<MessageArea *>(u"messageArea"_s);
    QCOMPARE(url->text(), AdminApiClient::defaultBaseUrl().toString());
    QCOMPARE(key->echoMode(), QLineEdit::Password);

    // A name taken (in another case): said so, nothing typed lost.
    QTest::keyClicks(name, u"production"_s);
    url->clear();
    QTest::keyClicks(url, f.serverB.baseUrl().toString());
    QTest::keyClicks(key, KeyB);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"production"_s));
    QCOMPARE(key->text(), KeyB);
    QCOMPARE(f.store.connections().size(), qsizetype(1));

    // A plain http:// address that is not loopback is refused the same way.
    name->clear();
    QTest::keyClicks(name, u"Staging"_s);
    url->setText(u"http://example.com/v1"_s);
    QTest::keyClick(key, Qt::Key_Return);
    QVERIFY(message->isVisible());
    QCOMPARE(f.store.connections().size(), qsizetype(1));
    QCOMPARE(name->text(), u"Staging"_s);

    url->setText(f.serverB.baseUrl().toString());
    QTest::keyClick(key, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f.store.connections().size(), qsizetype(2), KeyTest::Timeout);
    QTRY_VERIFY(key->text().isEmpty());
    QCOMPARE(f.setup->switchMenu()->actions().size(), 2);
    auto *combo = f.window->findChild<QComboBox *>(u"connectionCombo"_s);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), u"Production"_s);

    // Rename in place; the switcher and the title follow.
    auto *list = dialog->findChild<QTreeWidget *>(u"connectionList"_s);
    list->setCurrentItem(list->topLevelItem(0));
    list->topLevelItem(0)->setText(0, u"Production EU"_s);
    QCOMPARE(f.store.connections().constFirst().name, u"Production EU"_s);
    QCOMPARE(combo->itemText(0), u"Production EU"_s);
    QVERIFY(f.window->windowTitle().contains(u"Production EU"_s));
    dialog->close();
}

// ---- Add connection checks the key first --------------------------------------------------
// The check is the admin key dialog's (KeyCheck), sent to the base URL typed: only a key that
// service accepted is stored; a refused key or an unreachable service is said in the dialog,
// everything typed kept, nothing stored.

namespace {

/// File → Connections… open over a window showing connection A, and its add form.
struct AddForm
{
    QDialog *dialog = nullptr;
    QLineEdit *name = nullptr;
    QLineEdit *url = nullptr;
    QLineEdit *key = nullptr;
    QPushButton *add = nullptr;
    QPushButton *cancel = nullptr;
    QProgressBar *busy = nullptr;
    MessageArea *message = nullptr;

    explicit AddForm(QWidget *window)
    {
        window->findChild<QAction *>(u"connectionsAction"_s)->trigger();
        dialog = window->findChild<QDialog *>(u"ConnectionsDialog"_s);
        name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
        url = dialog->findChild<QLineEdit *>(u"urlEdit"_s);
        key = dialog->findChild<QLineEdit *>(u"keyEdit"_s);
        add = dialog->findChild<QPushButton *>(u"addButton"_s);
        cancel = dialog->findChild<QPushButton *>(u"cancelCheckButton"_s);
        busy = dialog->findChild<QProgressBar *>(u"progressBar"_s);
        message = dialog->findChild<MessageArea *>(u"messageArea"_s);
    }

    void type(const QString &typedName, const QString &typedUrl, const QString &typedKey) const
    {
        name->clear();
        QTest::keyClicks(name, typedName);
        url->clear();
        QTest::keyClicks(url, typedUrl);
        key->clear();
        QTest::keyClicks(key, typedKey);
    }

    [[nodiscard]] bool kept(const QString &typedName, const QString &typedUrl,
                            const QString &typedKey) const
    {
        return name->text() == typedName && url->text() == typedUrl && key->text() == typedKey
            && name->isEnabled() && url->isEnabled() && key->isEnabled();
    }
};

} // namespace

void TestConnections::addChecksTheKeyFirst()
{
    Fixture f;
    f.add(u"Production"_s, f.serverA.baseUrl(), KeyA);
    f.open();
    f.setup->start({}, {}, {});
    QVERIFY(f.waitForListing(f.serverA));
    AddForm form(f.window.get());
    QTRY_VERIFY(form.dialog->isVisible());
    QVERIFY(form.busy->isHidden());
    QVERIFY(form.cancel->isHidden());
    const QString urlB = f.serverB.baseUrl().toString();
    const QString wrongKey = u"sk-admin-not-this-organizations-key-42"_s;

    // Busy while the slow service thinks, with a Cancel that stops the check: nothing stored.
    f.serverB.setLatency(3000);
    form.type(u"Staging"_s, urlB, wrongKey);
    QTest::mouseClick(form.add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(listRequestsOf(f.serverB) == 1, Timeout);
    QVERIFY(form.busy->isVisible());
    QVERIFY(form.cancel->isVisible() && form.cancel->isEnabled());
    QVERIFY(!form.add->isEnabled() && !form.key->isEnabled());
    QVERIFY(f.serverB.requests().constFirst().query.startsWith(u"limit=1&"_s));
    QTest::mouseClick(form.cancel, Qt::LeftButton);
    QVERIFY(form.busy->isHidden());
    QVERIFY(form.kept(u"Staging"_s, urlB, wrongKey));
    QVERIFY(form.message->text().contains(u"Nothing was stored"_s));
    QCOMPARE(f.store.connections().size(), qsizetype(1));

    // The wrong key, answered: the sandbox says 401; said in the dialog, nothing stored.
    f.serverB.setLatency(0);
    QTest::mouseClick(form.add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(form.busy->isHidden() && form.message->isVisible()
                                 && form.message->text().contains(u"401"_s), Timeout);
    QCOMPARE(f.serverB.requests().constLast().status, 401);
    QCOMPARE(f.serverB.requests().constLast().authorization, u"wrong"_s);
    QVERIFY(form.message->text().contains(u"Nothing was stored"_s));
    QVERIFY(!form.message->text().contains(wrongKey));
    QCOMPARE(form.message->requestId(), f.serverB.requests().constLast().requestId);
    QVERIFY(form.kept(u"Staging"_s, urlB, wrongKey));
    QCOMPARE(form.key->echoMode(), QLineEdit::Password);
    QCOMPARE(QApplication::focusWidget(), form.key);
    QCOMPARE(f.store.connections().size(), qsizetype(1));
    QCOMPARE(f.setup->switchMenu()->actions().size(), 1);

    // The right key: accepted, stored, listed; the window stays on A.
    form.key->clear();
    QTest::keyClicks(form.key, KeyB);
    QTest::keyClick(form.key, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f.store.connections().size(), qsizetype(2), KeyTest::Timeout);
    QCOMPARE(f.serverB.requests().constLast().authorization, u"ok"_s);
    const std::optional<Connection> added = f.store.findByName(u"Staging"_s);
    QVERIFY(added);
    QCOMPARE(KeyTest::read(f.keys, ConnectionStore::keyEntry(added->id)).key, KeyB);
    QTRY_VERIFY(form.key->text().isEmpty());
    QCOMPARE(f.setup->switchMenu()->actions().size(), 2);
    QCOMPARE(f.setup->activeId() == added->id, false);
    QVERIFY(!form.message->text().contains(KeyB));
    form.dialog->close();
}

void TestConnections::addWithTheServiceUnreachable()
{
    Fixture f;
    f.add(u"Production"_s, f.serverA.baseUrl(), KeyA);
    f.open();
    f.setup->start({}, {}, {});
    QVERIFY(f.waitForListing(f.serverA));
    // A loopback port nobody listens on any more: the connection is refused.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = u"http://127.0.0.1:%1/v1"_s.arg(closed.serverPort());
    closed.close();

    AddForm form(f.window.get());
    QTRY_VERIFY(form.dialog->isVisible());
    form.type(u"Nowhere"_s, url, KeyB);
    QTest::keyClick(form.key, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(form.busy->isHidden() && form.message->isVisible(), Timeout);
    const QString text = form.message->text();
    QVERIFY2(text.contains(u"Nothing was stored"_s) && text.contains(u"base URL"_s)
                 && text.contains(u"Add again"_s), qPrintable(text));
    QVERIFY(!text.contains(KeyB));
    QVERIFY(form.kept(u"Nowhere"_s, url, KeyB));
    QCOMPARE(QApplication::focusWidget(), form.url); // the choice: edit and Add again
    QCOMPARE(f.store.connections().size(), qsizetype(1));
    QVERIFY(!f.store.findByName(u"Nowhere"_s));
    form.dialog->close();
}

// ---- A dialog open during a switch closes -----------------------------------------------
// The dialog belonged to the organization it was opened for: it goes, the status bar says why,
// and no "key changed" error appears anywhere.

namespace {

/// Any dialog or message box shown, other than the ones the test opened on purpose.
QStringList visibleDialogs()
{
    QStringList shown;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget) && widget->isVisible())
            shown.append(widget->objectName() + u": "_s + widget->windowTitle());
    }
    return shown;
}

/// Selects the first row that is not the Default project (it cannot be renamed).
bool selectRenamable(MainWindow *window)
{
    auto *table = window->findChild<QTableView *>(u"projectTable"_s);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() != u"Default project"_s) {
            table->setFocus();
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

int postsTo(const SandboxServer &server)
{
    int count = 0;
    for (const SandboxRequest &r : server.requests())
        count += r.method == "POST" ? 1 : 0;
    return count;
}

} // namespace

void TestConnections::switchClosesTheRenameDialogInFlight()
{
    Fixture f;
    const QString idB = f.openOnA();
    QVERIFY(!idB.isEmpty());
    QVERIFY(selectRenamable(f.window.get()));
    f.window->findChild<QAction *>(u"renameAction"_s)->trigger();
    QPointer<ProjectNameDialog> dialog = f.window->findChild<ProjectNameDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString title = dialog->windowTitle();

    // The rename is on its way to a slow service when the switch comes.
    f.serverA.setLatency(2000);
    QSignalSpy handledA(&f.serverA, &SandboxServer::requestHandled);
    auto *edit = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    edit->selectAll();
    QTest::keyClicks(edit, u"Renamed during a switch"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(postsTo(f.serverA), 1, Timeout);
    QVERIFY(dialog->isBusy());
    f.setup->switchTo(idB);

    QVERIFY(!dialog || !dialog->isVisible()); // at once, with the cut
    QTRY_VERIFY(dialog.isNull());
    QStatusBar *status = f.window->statusBar();
    QTRY_VERIFY(status->currentMessage().contains(title));
    QVERIFY(status->currentMessage().contains(u"connection"_s));
    QVERIFY(f.waitForListing(f.serverB));
    // A's late answer to the rename reaches nothing: no error, no row of A.
    QTRY_VERIFY_WITH_TIMEOUT(handledA.count() >= 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(f.client.pendingCount(), 0, Timeout);
    QVERIFY2(visibleDialogs().isEmpty(), qPrintable(visibleDialogs().join(u", "_s)));
    QCOMPARE(idsIn(f.model()), idsOf(f.serverB.projects()));
    QVERIFY(status->currentMessage().contains(title));
}

void TestConnections::switchClosesTheCreateDialog()
{
    Fixture f;
    const QString idB = f.openOnA();
    QVERIFY(!idB.isEmpty());
    f.window->findChild<QAction *>(u"newAction"_s)->trigger();
    QPointer<ProjectNameDialog> dialog = f.window->findChild<ProjectNameDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Typed, never sent"_s);
    const QString title = dialog->windowTitle();

    // Through the toolbar's switcher, as a person would.
    QComboBox *combo = f.setup->switcher();
    const int indexB = combo->findData(idB);
    combo->setCurrentIndex(indexB);
    Q_EMIT combo->activated(indexB);
    QTRY_VERIFY(dialog.isNull());
    QTRY_VERIFY(f.window->statusBar()->currentMessage().contains(title));
    QVERIFY(f.waitForListing(f.serverB));
    QCOMPARE(postsTo(f.serverA), 0);
    QCOMPARE(postsTo(f.serverB), 0);
    QVERIFY2(visibleDialogs().isEmpty(), qPrintable(visibleDialogs().join(u", "_s)));

    // The window works on: a dialog opened now is B's, and stays open.
    f.window->findChild<QAction *>(u"newAction"_s)->trigger();
    QTRY_VERIFY(f.window->findChild<ProjectNameDialog *>()
                && f.window->findChild<ProjectNameDialog *>()->isVisible());
    f.window->findChild<ProjectNameDialog *>()->reject();
}

void TestConnections::switchClosesEveryDialogOfTheOrganization_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("dialogName");
    QTest::newRow("archive") << u"archiveAction"_s << u"ArchiveDialog"_s;
    QTest::newRow("export") << u"exportAction"_s << u"ExportDialog"_s;
    QTest::newRow("set rate limits") << u"setRateLimitsAction"_s << u"setRateLimitsDialog"_s;
    QTest::newRow("add member") << u"addMemberAction"_s << u"AddMemberDialog"_s;
    QTest::newRow("new service account") << u"newServiceAccountAction"_s << u"ServiceAccountNameDialog"_s;
}

void TestConnections::switchClosesEveryDialogOfTheOrganization()
{
    QFETCH(QString, action);
    QFETCH(QString, dialogName);
    Fixture f;
    const QString idB = f.openOnA();
    QVERIFY(!idB.isEmpty());
    QVERIFY(selectRenamable(f.window.get()));
    // What the dialog lists or reads as it opens is still on its way to A.
    f.serverA.setLatency(1500);
    // A tab's actions are made with the tab, when it is first shown.
    f.window->workspace()->tab(u"membersTab"_s);
    f.window->workspace()->tab(u"serviceAccountsTab"_s);
    auto *trigger = f.window->findChild<QAction *>(action);
    QVERIFY(trigger);
    QTRY_VERIFY(trigger->isEnabled());
    trigger->trigger();
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = f.window->findChild<QDialog *>(dialogName)) && dialog->isVisible());
    const QString title = dialog->windowTitle();

    f.setup->switchTo(idB);
    QTRY_VERIFY(dialog.isNull());
    QTRY_VERIFY2(f.window->statusBar()->currentMessage().contains(title),
                 qPrintable(title + u" / "_s + f.window->statusBar()->currentMessage()));
    QVERIFY(f.waitForListing(f.serverB));
    QTRY_COMPARE_WITH_TIMEOUT(f.client.pendingCount(), 0, Timeout);
    QVERIFY2(visibleDialogs().isEmpty(), qPrintable(visibleDialogs().join(u", "_s)));
}

void TestConnections::firstConnectionAddedIsUsed()
{
    Fixture f;
    f.open();
    QSignalSpy missing(&f.session, &Session::keyMissing);
    f.setup->start({}, f.serverA.baseUrl(), {}); // nothing stored anywhere
    QVERIFY(missing.wait(KeyTest::Timeout));
    QCOMPARE(f.setup->activeId(), QString());
    QCOMPARE(f.setup->switcher()->currentText(), u"No connection"_s);
    const Connection a = f.add(u"Production"_s, f.serverA.baseUrl(), KeyA);
    QCOMPARE(f.setup->activeId(), a.id);
    QVERIFY(f.waitForListing(f.serverA));
    QCOMPARE(f.setup->switcher()->count(), 1);
    for (QDialog *dialog : f.window->findChildren<QDialog *>())
        dialog->close();
}

// The settings and the keyring the built application uses, for one run of it.
struct AppRun
{
    QTemporaryDir dir;
    QProcess process;
    QString environmentKey; ///< OPENAI_ADMIN_KEY for the run; none when empty

    void writeConnections(const QList<Connection> &connections)
    {
        QSettings settings(dir.filePath(u"config/OrgDesk/OrgDesk.conf"_s), QSettings::IniFormat);
        settings.beginWriteArray(u"connections"_s, int(connections.size()));
        for (int i = 0; i < connections.size(); ++i) {
            settings.setArrayIndex(i);
            settings.setValue(u"id"_s, connections.at(i).id);
            settings.setValue(u"name"_s, connections.at(i).name);
            settings.setValue(u"baseUrl"_s, connections.at(i).baseUrl.toString());
        }
        settings.endArray();
        settings.setValue(u"lastConnection"_s, connections.constFirst().id);
    }

    bool run(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"OPENAI_ADMIN_KEY"_s);
        if (!environmentKey.isEmpty())
            env.insert(u"OPENAI_ADMIN_KEY"_s, environmentKey);
        env.remove(u"OPENAI_BASE_URL"_s);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ORGDESK_BINARY), arguments);
        return finished.wait(60000);
    }
};

void TestConnections::unknownConnectionOnCommandLine()
{
    AppRun app;
    app.writeConnections({{u"c1"_s, u"Production"_s, QUrl(u"http://127.0.0.1:9/v1"_s)}});
    QVERIFY(app.run({u"--connection"_s, u"Nope"_s}));
    QCOMPARE(app.process.exitCode(), 2);
    const QString error = QString::fromLocal8Bit(app.process.readAllStandardError());
    QVERIFY2(error.contains(u"\"Nope\""_s) && error.contains(u"Production"_s), qPrintable(error));
}

void TestConnections::commandLinePicksTheConnection()
{
    SandboxServer serverA;
    SandboxServer serverB;
    serverA.setAdminKey(KeyA);
    serverB.setAdminKey(KeyB);
    serverA.listen();
    serverB.listen();
    // The application's own keychain service, in the throwaway keyring.
    KeyStore appKeys;
    appKeys.setRetryDelay(std::chrono::milliseconds(0));
    const QString idA = u"cmdline-a-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString idB = u"cmdline-b-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(KeyTest::write(appKeys, ConnectionStore::keyEntry(idA), KeyA).ok());
    QVERIFY(KeyTest::write(appKeys, ConnectionStore::keyEntry(idB), KeyB).ok());

    AppRun app;
    app.writeConnections({{idA, u"Production"_s, serverA.baseUrl()},
                          {idB, u"Staging"_s, serverB.baseUrl()}});
    // A's key in the environment too: the connection named wins, and the user is told.
    app.environmentKey = KeyA;
    QVERIFY(app.run({u"--connection"_s, u"staging"_s, u"--quit-after-first-page"_s}));
    QCOMPARE(app.process.exitCode(), 0);
    QCOMPARE(listRequestsOf(serverA), 0);
    QVERIFY(listRequestsOf(serverB) >= 1);
    const QString error = QString::fromLocal8Bit(app.process.readAllStandardError());
    QVERIFY2(error.contains(u"OPENAI_ADMIN_KEY is not used"_s), qPrintable(error));
    QVERIFY(!error.contains(KeyA) && !error.contains(KeyB));
    KeyTest::remove(appKeys, ConnectionStore::keyEntry(idA));
    KeyTest::remove(appKeys, ConnectionStore::keyEntry(idB));
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
