// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// Instant start (issue #18): the real main window, client and session against the sandbox
// over loopback, with a listing cache in a throwaway directory. Each "start" is a new window,
// client and cache, as a new process would have; the sandbox (the organization) stays.

#include "adminapiclient.h"
#include "archivedialog.h"
#include "keystore.h"
#include "listingcache.h"
#include "mainwindow.h"
#include "projectfiltermodel.h"
#include "projecttablemodel.h"
#include "sandboxserver.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int Timeout = 60000;
const QString ListPath = QStringLiteral("/v1/organization/projects");
const QString Connection = QStringLiteral("default");

QString adminKey()
{
    return QString::fromLatin1(SandboxServer::DefaultAdminKey);
}

/// One run of OrgDesk: window, client, session and cache, as main() wires them.
struct Start
{
    explicit Start(SandboxServer &server, const QString &cachePath)
        : cache(cachePath)
    {
        client.setBaseUrl(server.baseUrl());
        keyStore.setService(QStringLiteral("OrgDesk ") + QCoreApplication::applicationName());
        keyStore.setRetryDelay(std::chrono::milliseconds(0));
        window = std::make_unique<MainWindow>(&client, &session, &network);
        window->setListingCache(&cache, Connection);
        tester = std::make_unique<QAbstractItemModelTester>(
            window->projectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->show();
    }
    ~Start()
    {
        tester.reset();
        window.reset(); // writes its last rows into the cache, which finishes them
    }

    ProjectTableModel *model() const { return window->projectModel(); }
    ProjectFilterModel *proxy() const { return window->filterModel(); }
    QString statusText() const
    {
        return window->findChild<QLabel *>(QStringLiteral("projectCountLabel"))->text();
    }
    QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QStringList ids() const
    {
        QStringList ids;
        for (const Project &project : model()->projects())
            ids.append(project.id);
        return ids;
    }
    bool waitForComplete() const
    {
        return QTest::qWaitFor([this] {
            return model()->isComplete() && !model()->isLoading() && !model()->isLoadingAll();
        }, Timeout);
    }

    QNetworkAccessManager network;
    AdminApiClient client{&network};
    KeyStore keyStore;
    Session session{&client, &keyStore};
    ListingCache cache;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

/// The sandbox's active projects, newest first, as the listing gives them.
QList<std::pair<QString, QString>> activeOf(const SandboxServer &server)
{
    QList<std::pair<QString, QString>> active;
    for (const SandboxProject &project : server.projects()) {
        if (!project.archivedAt)
            active.append({project.id, project.name});
    }
    return active;
}

/// What the cache file holds for the connection now, read by a store of its own (as the next
/// start would), after @p cache has finished what it was asked.
CachedListing readBack(ListingCache &cache)
{
    cache.waitForDone();
    CacheStore store(cache.path());
    return store.read(Connection);
}

QList<std::pair<QString, QString>> rowsOf(const ProjectTableModel *model)
{
    QList<std::pair<QString, QString>> rows;
    for (const Project &project : model->projects()) {
        if (!project.isArchived())
            rows.append({project.id, project.name});
    }
    return rows;
}

} // namespace

class tst_InstantStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cachedRowsShowBeforeTheFirstPage();
    void refreshConvergesToTheService();
    void archiveConfirmationShowsTheCurrentName();
    void newKeyDropsTheCache();
    void forgettingTheKeyDropsTheCache();
    void damagedCacheStillStarts();
    void nothingSecretInTheFile();

private:
    /// A first start that lists everything and leaves it in the cache.
    void warmUp();
    [[nodiscard]] QString cachePath() const { return m_dir.filePath(QStringLiteral("listings.sqlite")); }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
};

void tst_InstantStart::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_InstantStart::init()
{
    for (const QString &file : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(file));
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_server->seed(320, 5); // four pages of 100
}

void tst_InstantStart::warmUp()
{
    Start start(*m_server, cachePath());
    QSignalSpy stored(&start.cache, &ListingCache::stored);
    start.session.start(adminKey());
    QVERIFY(QTest::qWaitFor([&] { return start.model()->rowCount() > 0; }, Timeout));
    start.action("loadAllAction")->trigger();
    QVERIFY(start.waitForComplete());
    QCOMPARE(rowsOf(start.model()), activeOf(*m_server));
    start.cache.waitForDone();
    QVERIFY(!stored.isEmpty());
}

void tst_InstantStart::cachedRowsShowBeforeTheFirstPage()
{
    warmUp();
    m_server->setLatency(3000);
    m_server->clearRequests();

    Start start(*m_server, cachePath());
    QSignalSpy firstRows(start.window.get(), &MainWindow::firstRowsShown);
    QSignalSpy firstPage(start.window.get(), &MainWindow::firstPageShown);
    start.session.start(adminKey());
    QVERIFY(firstRows.wait(Timeout));
    const int expected = int(activeOf(*m_server).size());
    QCOMPARE(start.proxy()->rowCount(), expected);
    // No list request has been answered yet: these rows come from the cache.
    QVERIFY(firstPage.isEmpty());
    const QList<SandboxRequest> requests = m_server->requests();
    QVERIFY(std::none_of(requests.cbegin(), requests.cend(),
                         [](const SandboxRequest &r) { return r.status != 0; }));
    QVERIFY2(start.statusText().contains(QLatin1String("as of"))
                 && start.statusText().contains(QLatin1String("refreshing")),
             qPrintable(start.statusText()));
    QVERIFY(!start.model()->isConfirmed(start.model()->projectAt(expected - 1).id));
    // ORGDESK_CACHE_PNG=<file> keeps a picture of this state (docs/ui-states).
    if (const QString png = qEnvironmentVariable("ORGDESK_CACHE_PNG"); !png.isEmpty())
        QVERIFY(start.window->grab().save(png));

    // Search covers them at once: the oldest project, far beyond the first page.
    const Project oldest = start.model()->projectAt(start.model()->rowCount() - 1);
    auto *search = start.window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, oldest.id);
    QCOMPARE(start.proxy()->rowCount(), 1);
    QVERIFY(firstPage.isEmpty());
    search->clear();

    // Then the refresh lists everything again, in the background, and the rows are confirmed.
    QVERIFY(start.waitForComplete());
    QCOMPARE(start.model()->unconfirmedCount(), 0);
    QCOMPARE(rowsOf(start.model()), activeOf(*m_server));
    QVERIFY2(!start.statusText().contains(QLatin1String("as of")), qPrintable(start.statusText()));
}

void tst_InstantStart::refreshConvergesToTheService()
{
    warmUp();
    // Another admin changes the organization between two starts.
    QNetworkAccessManager network;
    AdminApiClient other(&network);
    other.setBaseUrl(m_server->baseUrl());
    other.setApiKey(adminKey());
    const QList<std::pair<QString, QString>> before = activeOf(*m_server);
    int pending = 4;
    const auto done = [&pending](const ApiResult<Project> &result) {
        QVERIFY(result.ok());
        --pending;
    };
    other.renameProject(before.at(5).first, QStringLiteral("Renamed elsewhere"), this, done);
    other.renameProject(before.at(250).first, QStringLiteral("Renamed far down"), this, done);
    other.archiveProject(before.at(120).first, this, done);
    other.createProject(QStringLiteral("Made elsewhere"), this, done);
    QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, Timeout));
    // One that appears far down the list, among old ones (created "in the past").
    m_server->addProject(QStringLiteral("Old but new here"),
                         m_server->project(before.at(300).first)->createdAt - 1);

    m_server->setLatency(500);
    Start start(*m_server, cachePath());
    QSignalSpy reset(start.model(), &QAbstractItemModel::modelReset);
    start.session.start(adminKey());
    QVERIFY(QTest::qWaitFor([&] { return start.model()->rowCount() > 0; }, Timeout));
    // Keep a row selected across the refresh: it survives every page.
    const QString kept = before.at(200).first;
    auto *table = start.window->findChild<QTableView *>(QStringLiteral("projectTable"));
    const QModelIndex keptIndex = start.proxy()->mapFromSource(
        start.model()->index(start.model()->rowOf(kept), 0));
    table->selectionModel()->select(keptIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int resetsBefore = int(reset.size());

    QVERIFY(start.waitForComplete());
    QCOMPARE(rowsOf(start.model()), activeOf(*m_server));
    QCOMPARE(int(reset.size()), resetsBefore); // merged in place, never reset
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(ProjectTableModel::ProjectIdRole).toString(), kept);

    // And the cache now holds the service's state for the next start.
    QCOMPARE(readBack(start.cache).projects, start.model()->projects());
}

void tst_InstantStart::archiveConfirmationShowsTheCurrentName()
{
    warmUp();
    const QString id = activeOf(*m_server).at(3).first;
    {
        QNetworkAccessManager network;
        AdminApiClient other(&network);
        other.setBaseUrl(m_server->baseUrl());
        other.setApiKey(adminKey());
        bool renamed = false;
        other.renameProject(id, QStringLiteral("Current name"), this,
                            [&](const ApiResult<Project> &result) { renamed = result.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return renamed; }, Timeout));
    }
    m_server->setLatency(2000);
    Start start(*m_server, cachePath());
    QSignalSpy firstRows(start.window.get(), &MainWindow::firstRowsShown);
    start.session.start(adminKey());
    QVERIFY(firstRows.wait(Timeout));
    QVERIFY(!start.model()->isConfirmed(id));
    QVERIFY(start.model()->project(id)->name != u"Current name"); // the cache's old name

    auto *table = start.window->findChild<QTableView *>(QStringLiteral("projectTable"));
    const QModelIndex index = start.proxy()->mapFromSource(start.model()->index(start.model()->rowOf(id), 0));
    table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_server->clearRequests();
    start.action("archiveAction")->trigger();
    ArchiveDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = start.window->findChild<ArchiveDialog *>();
        return dialog != nullptr;
    }, Timeout));
    QCOMPARE(dialog->expectedConfirmation(), QStringLiteral("Current name"));
    QCOMPARE(m_server->requestCount("GET", ListPath + u'/' + id), 1);
    QCOMPARE(start.model()->project(id)->name, QStringLiteral("Current name"));
    QVERIFY(start.model()->isConfirmed(id));
    dialog->reject();
}

void tst_InstantStart::newKeyDropsTheCache()
{
    warmUp();
    const QStringList firstOrganization = [&] {
        QStringList ids;
        for (const SandboxProject &project : m_server->projects())
            ids.append(project.id);
        return ids;
    }();
    const QString otherKey = QStringLiteral("sk-admin-other-organization-0123456789");
    m_server->addOrganization(QStringLiteral("other"), otherKey, 30);
    m_server->setLatency(1500);

    Start start(*m_server, cachePath());
    QSignalSpy firstRows(start.window.get(), &MainWindow::firstRowsShown);
    start.session.start(adminKey());
    QVERIFY(firstRows.wait(Timeout));
    QVERIFY(start.model()->rowCount() > 100);

    // From here on no row of the first organization may ever appear.
    bool leaked = false;
    connect(start.model(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    leaked = leaked || firstOrganization.contains(start.model()->projectAt(row).id);
            });
    // What the admin key dialog does with a key for this session.
    start.session.useKey(otherKey, false);
    QCOMPARE(start.model()->rowCount(), 0);
    QVERIFY(QTest::qWaitFor([&] { return start.model()->isComplete() && !start.model()->isLoading(); },
                            Timeout));
    QCOMPARE(start.model()->rowCount(), m_server->projectCountOf(QStringLiteral("other")));
    QVERIFY(!leaked);
    QVERIFY(!start.statusText().contains(QLatin1String("as of")));

    // The cache holds the new organization's projects only.
    const CachedListing listing = readBack(start.cache);
    QCOMPARE(listing.projects.size(), m_server->projectCountOf(QStringLiteral("other")));
    for (const Project &project : listing.projects)
        QVERIFY2(!firstOrganization.contains(project.id), qPrintable(project.id));
}

void tst_InstantStart::forgettingTheKeyDropsTheCache()
{
    warmUp();
    Start start(*m_server, cachePath());
    QSignalSpy firstRows(start.window.get(), &MainWindow::firstRowsShown);
    start.session.start(adminKey());
    QVERIFY(firstRows.wait(Timeout));
    QSignalSpy forgotten(&start.session, &Session::keyForgotten);
    start.session.forget();
    QVERIFY(forgotten.wait(Timeout));
    QCOMPARE(start.model()->rowCount(), 0);
    const CachedListing listing = readBack(start.cache);
    QVERIFY(listing.projects.isEmpty());
    QVERIFY(!listing.savedAt.isValid());
}

void tst_InstantStart::damagedCacheStillStarts()
{
    QFile file(cachePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(50000, 'x'));
    file.close();

    Start start(*m_server, cachePath());
    QSignalSpy firstPage(start.window.get(), &MainWindow::firstPageShown);
    start.session.start(adminKey());
    QVERIFY(firstPage.wait(Timeout));
    QCOMPARE(start.model()->rowCount(), 100);
    // The new file holds the page just listed.
    QCOMPARE(readBack(start.cache).projects, start.model()->projects());
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("listings.sqlite.damaged-*")}).size(), 1);
}

void tst_InstantStart::nothingSecretInTheFile()
{
    warmUp();
    QFile file(cachePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 10000);
    // The file keeps text as UTF-16 (CacheStore::createSchema); look for either encoding.
    const auto holds = [&bytes](const QString &text) {
        return bytes.contains(text.toUtf8())
            || bytes.contains(QByteArray(reinterpret_cast<const char *>(text.utf16()),
                                         text.size() * 2));
    };
    QVERIFY(holds(m_server->projects().constFirst().id)); // the scan can find text
    QVERIFY(!holds(adminKey()));
    QVERIFY(!holds(QStringLiteral("sk-admin")));
    QVERIFY(!holds(QStringLiteral("Bearer")));
}

QTEST_MAIN(tst_InstantStart)
#include "tst_instantstart.moc"
