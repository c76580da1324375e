// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "modelharness.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString ListPath = QStringLiteral("/v1/organization/projects");
constexpr int Timeout = 20000; // generous: the machine is slow and shared

struct Harness : ModelHarness
{
    [[nodiscard]] QList<QUrlQuery> listQueries() const
    {
        QList<QUrlQuery> queries;
        for (const SandboxRequest &request : sandbox.requests()) {
            if (request.method == "GET" && request.path == ListPath)
                queries.append(QUrlQuery(request.query));
        }
        return queries;
    }

    [[nodiscard]] int listRequests() const { return sandbox.requestCount("GET", ListPath); }

    [[nodiscard]] QStringList modelIds() const
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.projectAt(row).id);
        return ids;
    }

    [[nodiscard]] QStringList sandboxIds(bool includeArchived, int first = 0, int count = -1) const
    {
        QStringList ids;
        for (const SandboxProject &project : sandbox.projects()) {
            if (includeArchived || !project.archivedAt)
                ids.append(project.id);
        }
        return ids.mid(first, count);
    }

    // The first listing, as the main window starts it.
    void loadFirstPage()
    {
        QSignalSpy reloaded(&model, &ProjectTableModel::reloaded);
        model.reload();
        QVERIFY(reloaded.wait(Timeout));
    }

    void fetchPage()
    {
        QSignalSpy pageLoaded(&model, &ProjectTableModel::pageLoaded);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(pageLoaded.wait(Timeout));
    }
};

Project makeProject(const QString &id, const QString &name, qint64 createdAt,
                    std::optional<qint64> archivedAt = std::nullopt)
{
    Project p;
    p.id = id;
    p.name = name;
    p.createdAt = createdAt;
    p.archivedAt = archivedAt;
    p.status = archivedAt ? QStringLiteral("archived") : QStringLiteral("active");
    return p;
}

SandboxFault listFault(int status, std::optional<bool> shouldRetry)
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = status;
    fault.method = "GET";
    fault.path = ListPath;
    fault.shouldRetry = shouldRetry;
    return fault;
}

} // namespace

Q_DECLARE_METATYPE(SandboxFault::Kind)

class TestProjectTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pagesFollowTheCursor();
    void oneListRequestAtATime();
    void nothingIsFetchedBeforeAListingStarts();
    void aRealViewFetchesAsItScrolls();
    void duplicateIdsAcrossPagesAreSkipped();


    void errorStopsFetchingAndRetryResumes_data();
    void errorStopsFetchingAndRetryResumes();

    void loadAllFetchesEveryPage();
    void cancelLoadAllStopsAfterTheCurrentPage();
    void loadAllStopsOnError();
    void loadAllStopsOnAnInvalidPageAndRetriesIt();
    void endlessListingsStop_data();
    void endlessListingsStop();

    void reloadMergesWhatChangedWithoutAReset();
    void theLastPageRemovesWhatTheListingNoLongerHas();
    void reloadFailureKeepsTheRows();
    void includingArchivedMergesThemInAndExcludingSendsNothing();
    void upsertDuringAReloadIsNotUndoneByItsPages();
    void reloadAfterLoadAllRefetchesAtMostFivePages();

    void upsertInsertsNewestFirst();
    void upsertUpdatesInPlace();
    void upsertOfAnOlderProjectKeepsTheOrder();
    void clearStopsEverything();

    void unnamedProjects();

private:
    std::unique_ptr<Harness> h;
};

void TestProjectTableModel::init()
{
    h = std::make_unique<Harness>();
    QVERIFY(h->sandbox.port() != 0);
}

void TestProjectTableModel::cleanup()
{
    h.reset();
    QLocale::setDefault(QLocale::c());
}

void TestProjectTableModel::pagesFollowTheCursor()
{
    h->sandbox.seed(250, 0);
    QCOMPARE(h->model.pageSize(), 100);
    QSignalSpy complete(&h->model, &ProjectTableModel::completeChanged);

    h->loadFirstPage();
    QCOMPARE(h->model.rowCount(), 100);
    QVERIFY(h->model.canFetchMore({}));
    QVERIFY(!h->model.isComplete());

    h->fetchPage();
    QCOMPARE(h->model.rowCount(), 200);
    QVERIFY(h->model.canFetchMore({}));

    h->fetchPage();
    QCOMPARE(h->model.rowCount(), 251); // with the Default project
    QVERIFY(!h->model.canFetchMore({}));
    QVERIFY(h->model.isComplete());
    QCOMPARE(complete.count(), 1);
    QCOMPARE(complete.first().first().toBool(), true);
    QCOMPARE(h->modelIds(), h->sandboxIds(false));

    const QList<QUrlQuery> queries = h->listQueries();
    QCOMPARE(queries.size(), 3);
    QVERIFY(!queries[0].hasQueryItem(QStringLiteral("after")));
    QCOMPARE(queries[1].queryItemValue(QStringLiteral("after")), h->model.projectAt(99).id);
    QCOMPARE(queries[2].queryItemValue(QStringLiteral("after")), h->model.projectAt(199).id);
    for (const QUrlQuery &query : queries) {
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(query.queryItemValue(QStringLiteral("include_archived")), QStringLiteral("false"));
    }
}

void TestProjectTableModel::oneListRequestAtATime()
{
    h->sandbox.seed(250, 0);
    h->loadFirstPage();
    h->sandbox.clearRequests();
    h->sandbox.setLatency(200);

    QSignalSpy loading(&h->model, &ProjectTableModel::loadingChanged);
    QSignalSpy pageLoaded(&h->model, &ProjectTableModel::pageLoaded);
    h->model.fetchMore({});
    QVERIFY(h->model.isLoading());
    QVERIFY(!h->model.canFetchMore({}));
    h->model.fetchMore({});
    h->model.fetchMore({});
    QVERIFY(pageLoaded.wait(Timeout));

    QCOMPARE(h->listRequests(), 1);
    QCOMPARE(h->model.rowCount(), 200);
    QCOMPARE(pageLoaded.count(), 1);
    QCOMPARE(pageLoaded.first().first().toInt(), 100);
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading[0].first().toBool(), true);
    QCOMPARE(loading[1].first().toBool(), false);
    QVERIFY(!h->model.isLoading());
}

void TestProjectTableModel::nothingIsFetchedBeforeAListingStarts()
{
    h->sandbox.seed(10, 0);
    QVERIFY(!h->model.hasStarted());
    QVERIFY(!h->model.canFetchMore({}));
    h->model.fetchMore({});
    h->model.setIncludeArchived(true);
    QVERIFY(!h->model.isLoading());

    h->loadFirstPage();
    QVERIFY(h->model.hasStarted());
    QCOMPARE(h->model.rowCount(), 11);
    QCOMPARE(h->listRequests(), 1); // the reload's, nothing before it
    QCOMPARE(h->listQueries().first().queryItemValue(QStringLiteral("include_archived")),
             QStringLiteral("true"));

    h->model.clear();
    QVERIFY(!h->model.hasStarted());
    QCOMPARE(h->model.rowCount(), 0);
    QVERIFY(!h->model.canFetchMore({}));
}

void TestProjectTableModel::aRealViewFetchesAsItScrolls()
{
    h->sandbox.seed(200, 0);
    h->model.setPageSize(10);
    QTableView view;
    view.setModel(&h->proxy);
    view.resize(400, 300);
    view.show();
    h->loadFirstPage();

    // The view asks for pages while its last row shows, then stops.
    const auto lastRowShows = [&] {
        const QModelIndex last = h->proxy.index(h->proxy.rowCount() - 1, 0);
        return view.viewport()->rect().intersects(view.visualRect(last));
    };
    QTRY_VERIFY_WITH_TIMEOUT(!h->model.isLoading() && !lastRowShows(), Timeout);
    const int shown = h->model.rowCount();
    QVERIFY(shown >= 10);
    QVERIFY(shown < 100);
    QCOMPARE(h->listRequests(), shown / 10);

    // Scrolled to the end, it asks for the next one.
    view.scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(h->model.rowCount() > shown, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!h->model.isLoading(), Timeout);
    QCOMPARE(h->listRequests(), h->model.rowCount() / 10);
    QVERIFY(!h->model.isComplete());
}

void TestProjectTableModel::duplicateIdsAcrossPagesAreSkipped()
{
    h->sandbox.seed(250, 0);
    h->loadFirstPage();

    // A project the UI learnt about elsewhere, which the second page also lists.
    const SandboxProject later = h->sandbox.projects().at(150);
    h->model.upsert(makeProject(later.id, later.name, later.createdAt));
    QCOMPARE(h->model.rowCount(), 101);
    QCOMPARE(h->model.rowOf(later.id), 100);

    h->fetchPage();
    QCOMPARE(h->model.rowCount(), 200);
    const QStringList ids = h->modelIds();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(h->model.rowOf(later.id), 150); // where the listing puts it

    h->fetchPage();
    QCOMPARE(h->model.rowCount(), 251);
    QCOMPARE(h->modelIds(), h->sandboxIds(false));
}

void TestProjectTableModel::errorStopsFetchingAndRetryResumes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<std::optional<bool>>("shouldRetry");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("500 with x-should-retry false") << 500 << std::optional<bool>(false)
                                                   << ApiError::Kind::Server;
    QTest::newRow("400 bad request") << 400 << std::optional<bool>() << ApiError::Kind::InvalidRequest;
}

void TestProjectTableModel::errorStopsFetchingAndRetryResumes()
{
    QFETCH(int, status);
    QFETCH(std::optional<bool>, shouldRetry);
    QFETCH(ApiError::Kind, kind);

    h->sandbox.seed(250, 0);
    h->loadFirstPage();
    const QString cursor = h->model.projectAt(99).id;
    h->sandbox.clearRequests();
    h->sandbox.addFault(listFault(status, shouldRetry));

    QSignalSpy errors(&h->model, &ProjectTableModel::errorOccurred);
    QSignalSpy cleared(&h->model, &ProjectTableModel::errorCleared);
    h->model.fetchMore({});
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().kind(), kind);
    QCOMPARE(h->model.lastError().kind(), kind);
    QCOMPARE(h->model.lastError().httpStatus(), status);
    QVERIFY(!h->model.isLoading());
    QVERIFY(!h->model.canFetchMore({}));
    QCOMPARE(h->model.rowCount(), 100);
    QCOMPARE(h->listRequests(), 1); // no retry of its own

    h->model.fetchMore({});
    QVERIFY(!h->model.isLoading());
    QCOMPARE(h->listRequests(), 1);

    QSignalSpy pageLoaded(&h->model, &ProjectTableModel::pageLoaded);
    h->model.retry();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(h->model.lastError().kind(), ApiError::Kind::None);
    QVERIFY(pageLoaded.wait(Timeout));
    QCOMPARE(h->model.rowCount(), 200);
    const QList<QUrlQuery> queries = h->listQueries();
    QCOMPARE(queries.size(), 2);
    QCOMPARE(queries[0].queryItemValue(QStringLiteral("after")), cursor);
    QCOMPARE(queries[1].queryItemValue(QStringLiteral("after")), cursor);
    QVERIFY(h->model.canFetchMore({}));
    QCOMPARE(h->modelIds(), h->sandboxIds(false, 0, 200));
}

void TestProjectTableModel::loadAllFetchesEveryPage()
{
    h->sandbox.seed(999, 0); // 1,000 with the Default project
    QSignalSpy progress(&h->model, &ProjectTableModel::loadAllProgress);
    QSignalSpy inserted(&h->model, &QAbstractItemModel::rowsInserted);
    h->model.loadAll();
    QVERIFY(h->model.isLoadingAll());
    QVERIFY(h->model.hasStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!h->model.isLoadingAll(), Timeout);

    QCOMPARE(h->model.rowCount(), 1000);
    QVERIFY(h->model.isComplete());
    QVERIFY(!h->model.isLoading());
    QCOMPARE(h->listRequests(), 10);
    QCOMPARE(inserted.count(), 10);
    QCOMPARE(h->modelIds(), h->sandboxIds(false));

    QVERIFY(progress.count() >= 2);
    int previous = -1;
    for (int i = 0; i < progress.count(); ++i) {
        const int loaded = progress[i].at(0).toInt();
        const bool finished = progress[i].at(1).toBool();
        QVERIFY(loaded >= previous);
        QCOMPARE(finished, i == progress.count() - 1);
        previous = loaded;
    }
    QCOMPARE(progress.last().at(0).toInt(), 1000);

    // Nothing left: finished at once, without a request.
    progress.clear();
    h->model.loadAll();
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress.first().at(1).toBool(), true);
    QCOMPARE(h->listRequests(), 10);
}

void TestProjectTableModel::cancelLoadAllStopsAfterTheCurrentPage()
{
    h->sandbox.seed(999, 0);
    h->sandbox.setLatency(100);
    QSignalSpy pageLoaded(&h->model, &ProjectTableModel::pageLoaded);
    QSignalSpy progress(&h->model, &ProjectTableModel::loadAllProgress);
    h->model.loadAll();
    QVERIFY(pageLoaded.wait(Timeout));
    QVERIFY(h->model.isLoading()); // the second page is on its way

    h->model.cancelLoadAll();
    QVERIFY(!h->model.isLoadingAll());
    QCOMPARE(progress.last().at(1).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!h->model.isLoading(), Timeout);
    QVERIFY(h->roundTrip()); // sent after a third page would have been
    QCOMPARE(h->model.rowCount(), 200);
    QCOMPARE(h->listRequests(), 2);
    QVERIFY(h->model.canFetchMore({}));
}

void TestProjectTableModel::loadAllStopsOnError()
{
    h->sandbox.seed(999, 0);
    QSignalSpy pageLoaded(&h->model, &ProjectTableModel::pageLoaded);
    QSignalSpy progress(&h->model, &ProjectTableModel::loadAllProgress);
    QSignalSpy errors(&h->model, &ProjectTableModel::errorOccurred);
    h->model.loadAll();
    QVERIFY(pageLoaded.wait(Timeout));
    h->sandbox.addFault(listFault(400, std::nullopt)); // for the second page, not yet sent

    QVERIFY(errors.wait(Timeout));
    QVERIFY(!h->model.isLoadingAll());
    QVERIFY(!h->model.isLoading());
    QCOMPARE(progress.last().at(1).toBool(), true);
    QCOMPARE(h->model.rowCount(), 100);
    QCOMPARE(h->listRequests(), 2);
    QVERIFY(!h->model.canFetchMore({}));

    // loadAll() again is an explicit retry.
    h->model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!h->model.isLoadingAll(), Timeout);
    QCOMPARE(h->model.rowCount(), 1000);
    QCOMPARE(h->listRequests(), 11);
}

void TestProjectTableModel::endlessListingsStop_data()
{
    QTest::addColumn<SandboxFault::Kind>("kind");
    QTest::addColumn<bool>("loadAll");
    QTest::newRow("cursors A, B, A, B…: Load all") << SandboxFault::Kind::CursorCycle << true;
    QTest::newRow("cursors A, B, A, B…: scrolling") << SandboxFault::Kind::CursorCycle << false;
    QTest::newRow("an empty page says more follow") << SandboxFault::Kind::EmptyPageWithMore << true;
    QTest::newRow("the same rows under ever-new cursors") << SandboxFault::Kind::RepeatRows << true;
}

// Issue #13: a service whose cursors never end (against which OrgDesk once sent 300 list
// requests in 15 s) gets a handful of requests, then a sentence with the request id.
void TestProjectTableModel::endlessListingsStop()
{
    QFETCH(SandboxFault::Kind, kind);
    QFETCH(bool, loadAll);
    h->sandbox.seed(999, 0);
    SandboxFault fault;
    fault.kind = kind;
    fault.method = "GET";
    fault.path = ListPath;
    fault.count = 1000;
    h->sandbox.addFault(fault);
    QSignalSpy errors(&h->model, &ProjectTableModel::errorOccurred);
    if (loadAll) {
        h->model.loadAll();
    } else {
        h->model.reload();
        // Scroll to the end whenever a page is in.
        connect(&h->model, &ProjectTableModel::pageLoaded, this, [this] {
            QTimer::singleShot(0, &h->model, [this] {
                if (h->model.canFetchMore({}))
                    h->model.fetchMore({});
            });
        });
        QTimer::singleShot(0, &h->model, [this] {
            if (h->model.canFetchMore({}))
                h->model.fetchMore({});
        });
    }
    QVERIFY(errors.wait(Timeout));
    const ApiError error = errors.constLast().constFirst().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(error.userMessage().contains(QStringLiteral("never ends")), qPrintable(error.userMessage()));
    QVERIFY(error.requestId().startsWith(QStringLiteral("req_")));
    QTRY_VERIFY_WITH_TIMEOUT(!h->model.isLoading() && !h->model.isLoadingAll(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(h->client.pendingCount(), 0, Timeout);
    QVERIFY(!h->model.canFetchMore({}));
    QVERIFY2(h->listRequests() <= 5, qPrintable(QString::number(h->listRequests())));
}

void TestProjectTableModel::loadAllStopsOnAnInvalidPageAndRetriesIt()
{
    h->sandbox.seed(999, 0);
    QSignalSpy pageLoaded(&h->model, &ProjectTableModel::pageLoaded);
    QSignalSpy errors(&h->model, &ProjectTableModel::errorOccurred);
    QObject context;
    connect(&h->model, &ProjectTableModel::pageLoaded, &context, [&] {
        if (pageLoaded.count() == 1) { // the second page is asked for, not yet answered
            SandboxFault invalid;
            invalid.kind = SandboxFault::Kind::InvalidItem;
            invalid.method = "GET";
            invalid.path = ListPath;
            h->sandbox.addFault(invalid);
        }
    });
    h->model.loadAll();

    QVERIFY(errors.wait(Timeout));
    QCOMPARE(errors.first().first().value<ApiError>().kind(), ApiError::Kind::BadResponse);
    QVERIFY(!h->model.isLoadingAll());
    QVERIFY(!h->model.isLoading());
    QCOMPARE(h->model.rowCount(), 100);
    QCOMPARE(pageLoaded.count(), 1);
    QCOMPARE(h->listRequests(), 2); // one page at a time: nothing was asked for after the bad one
    const QString secondPageCursor = h->listQueries().at(1).queryItemValue(QStringLiteral("after"));

    h->sandbox.clearRequests();
    h->model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!h->model.isLoadingAll(), Timeout);
    QCOMPARE(h->model.rowCount(), 1000);
    QCOMPARE(h->modelIds(), h->sandboxIds(false));
    QCOMPARE(h->listRequests(), 9);
    QCOMPARE(h->listQueries().first().queryItemValue(QStringLiteral("after")), secondPageCursor);
}

void TestProjectTableModel::reloadMergesWhatChangedWithoutAReset()
{
    h->sandbox.seed(250, 0);
    h->loadFirstPage();
    h->fetchPage();
    QCOMPARE(h->model.rowCount(), 200);

    // Another admin creates one project, renames one and archives one.
    const SandboxProject fresh = h->sandbox.addProject(QStringLiteral("Fresh"),
                                                       h->sandbox.projects().first().createdAt + 60);
    const QString renamedId = h->model.projectAt(10).id;
    const QString archivedId = h->model.projectAt(20).id;
    bool renamed = false;
    bool archived = false;
    h->client.renameProject(renamedId, QStringLiteral("Renamed elsewhere"), this,
                            [&](const ApiResult<Project> &r) { renamed = r.ok(); });
    h->client.archiveProject(archivedId, this, [&](const ApiResult<Project> &r) { archived = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(renamed && archived, Timeout);
    h->sandbox.clearRequests();

    QSignalSpy reset(&h->model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&h->model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&h->model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&h->model, &QAbstractItemModel::dataChanged);
    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    h->model.reload();
    QVERIFY(reloaded.wait(Timeout));

    QCOMPARE(h->listRequests(), 2); // as many pages as before
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 21); // one below where it was: Fresh came first
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 11);
    QCOMPARE(h->model.projectAt(0).id, fresh.id);
    QCOMPARE(h->model.project(renamedId)->name, QStringLiteral("Renamed elsewhere"));
    QCOMPARE(h->model.rowOf(archivedId), -1);
    QCOMPARE(h->modelIds(), h->sandboxIds(false, 0, 200));

    h->fetchPage();
    QCOMPARE(h->model.rowCount(), 251);
    QVERIFY(h->model.isComplete());
    QCOMPARE(h->modelIds(), h->sandboxIds(false));
}

void TestProjectTableModel::theLastPageRemovesWhatTheListingNoLongerHas()
{
    h->sandbox.seed(60, 0);
    h->model.setPageSize(50);
    h->model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(h->model.isComplete(), Timeout);
    const QString lastId = h->model.projectAt(59).id; // 60 is the Default project
    bool archived = false;
    h->client.archiveProject(lastId, this, [&](const ApiResult<Project> &r) { archived = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(archived, Timeout);

    QSignalSpy removed(&h->model, &QAbstractItemModel::rowsRemoved);
    h->model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(h->model.isComplete(), Timeout);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(h->model.rowOf(lastId), -1);
    QCOMPARE(h->modelIds(), h->sandboxIds(false));
}

void TestProjectTableModel::reloadFailureKeepsTheRows()
{
    h->sandbox.seed(250, 0);
    h->loadFirstPage();
    h->fetchPage();
    const QStringList before = h->modelIds();
    h->sandbox.clearRequests();
    h->sandbox.addFault(listFault(400, std::nullopt));

    QSignalSpy errors(&h->model, &ProjectTableModel::errorOccurred);
    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    h->model.reload();
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(h->modelIds(), before);
    QCOMPARE(reloaded.count(), 0);
    QVERIFY(!h->model.canFetchMore({}));

    h->model.retry();
    QVERIFY(reloaded.wait(Timeout));
    QCOMPARE(h->listRequests(), 3);
    QCOMPARE(h->modelIds(), before);
}

void TestProjectTableModel::includingArchivedMergesThemInAndExcludingSendsNothing()
{
    h->sandbox.seed(30, 12);
    h->loadFirstPage();
    QVERIFY(h->model.isComplete());
    QCOMPARE(h->modelIds(), h->sandboxIds(false));
    h->sandbox.clearRequests();

    QSignalSpy reset(&h->model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&h->model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    h->model.setIncludeArchived(true);
    QVERIFY(reloaded.wait(Timeout));
    QCOMPARE(h->listRequests(), 1);
    QCOMPARE(h->listQueries().first().queryItemValue(QStringLiteral("include_archived")), QStringLiteral("true"));
    QCOMPARE(h->modelIds(), h->sandboxIds(true));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);

    // Off and on again: the rows stay (the proxy hides archived ones), nothing is sent.
    h->model.setIncludeArchived(false);
    QVERIFY(!h->model.isLoading());
    h->proxy.setShowArchived(false);
    QCOMPARE(h->proxy.rowCount(), 31);
    h->model.setIncludeArchived(true);
    h->proxy.setShowArchived(true);
    QCOMPARE(h->proxy.rowCount(), 43);
    QVERIFY(!h->model.isLoading());
    QVERIFY(h->roundTrip());
    QCOMPARE(h->listRequests(), 1);
    QCOMPARE(h->modelIds(), h->sandboxIds(true));
}

void TestProjectTableModel::upsertDuringAReloadIsNotUndoneByItsPages()
{
    h->sandbox.seed(20, 0);
    h->loadFirstPage();
    h->sandbox.setLatency(300);
    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    QSignalSpy handled(&h->sandbox, &SandboxServer::requestHandled);
    h->model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(h->listRequests(), 2, Timeout); // the page is read: before the change

    // Made while the list request is out: its page was read before they happened.
    const Project created = makeProject(QStringLiteral("proj_madeduringreload"), QStringLiteral("New"),
                                        h->model.projectAt(0).createdAt + 1000);
    h->model.upsert(created);
    Project renamed = h->model.projectAt(3);
    renamed.name = QStringLiteral("Renamed here");
    h->model.upsert(renamed);
    QCOMPARE(h->model.rowOf(created.id), 0);

    QVERIFY(reloaded.wait(Timeout));
    QCOMPARE(h->model.rowOf(created.id), 0);
    QCOMPARE(h->model.project(renamed.id)->name, QStringLiteral("Renamed here"));
    QCOMPARE(h->model.rowCount(), 22);
}

void TestProjectTableModel::reloadAfterLoadAllRefetchesAtMostFivePages()
{
    h->sandbox.seed(900, 0);
    h->loadFirstPage();
    h->model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(h->model.isComplete(), Timeout);
    QCOMPARE(h->model.rowCount(), 901);
    h->sandbox.clearRequests();

    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    h->model.reload();
    QVERIFY(reloaded.wait(Timeout));
    QCOMPARE(h->listRequests(), 5); // not 10: the rate limit makes every request count
    QCOMPARE(h->model.rowCount(), 901); // the rest stays until the listing gets there
    QVERIFY(!h->model.isComplete());
    QVERIFY(h->model.canFetchMore({}));
}

void TestProjectTableModel::upsertInsertsNewestFirst()
{
    h->sandbox.seed(20, 0);
    h->loadFirstPage();
    QSignalSpy inserted(&h->model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&h->model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&h->model, &QAbstractItemModel::dataChanged);

    const Project created = makeProject(QStringLiteral("proj_new"), QStringLiteral("Fresh"),
                                        h->model.projectAt(0).createdAt + 10);
    h->model.upsert(created);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(h->model.rowCount(), 22);
    QCOMPARE(h->model.projectAt(0), created);
    QCOMPARE(h->model.rowOf(created.id), 0);
    QCOMPARE(h->model.project(created.id), std::optional<Project>(created));
    // The index of every other row moved with it.
    const QStringList ids = h->modelIds();
    for (int row = 0; row < ids.size(); ++row)
        QCOMPARE(h->model.rowOf(ids[row]), row);
    QCOMPARE(h->proxy.rowCount(), 22);
}

void TestProjectTableModel::upsertUpdatesInPlace()
{
    h->sandbox.seed(20, 0);
    h->loadFirstPage();
    QSignalSpy inserted(&h->model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&h->model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&h->model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&h->model, &QAbstractItemModel::dataChanged);

    Project renamed = h->model.projectAt(7);
    renamed.name = QStringLiteral("Renamed");
    h->model.upsert(renamed);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 7);
    QCOMPARE(bottomRight.row(), 7);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), ProjectTableModel::ColumnCount - 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(h->model.index(7, ProjectTableModel::NameColumn).data().toString(), QStringLiteral("Renamed"));
    QCOMPARE(h->model.rowCount(), 21);
}

void TestProjectTableModel::upsertOfAnOlderProjectKeepsTheOrder()
{
    h->sandbox.seed(20, 0);
    h->loadFirstPage();
    const Project between = makeProject(QStringLiteral("proj_between"), QStringLiteral("Between"),
                                        h->model.projectAt(4).createdAt - 1);
    QVERIFY(between.createdAt > h->model.projectAt(5).createdAt);
    h->model.upsert(between);
    QCOMPARE(h->model.rowOf(between.id), 5);
}

void TestProjectTableModel::clearStopsEverything()
{
    h->sandbox.seed(999, 0);
    h->sandbox.setLatency(1000);
    QSignalSpy loading(&h->model, &ProjectTableModel::loadingChanged);
    QSignalSpy progress(&h->model, &ProjectTableModel::loadAllProgress);
    QSignalSpy handled(&h->sandbox, &SandboxServer::requestHandled);
    h->model.loadAll();
    QVERIFY(h->model.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(h->listRequests(), 1, Timeout);
    h->model.clear();
    QVERIFY(!h->model.isLoading());
    QVERIFY(!h->model.isLoadingAll());
    QVERIFY(!h->model.hasStarted());
    QCOMPARE(progress.last().at(1).toBool(), true);
    QCOMPARE(loading.last().first().toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 1, Timeout); // the answer went out, to no one
    h->sandbox.setLatency(0);
    QVERIFY(h->roundTrip());
    QCOMPARE(h->listRequests(), 1);
    QCOMPARE(h->model.rowCount(), 0);
    QVERIFY(!h->model.canFetchMore({}));
}

void TestProjectTableModel::unnamedProjects()
{
    h->model.upsert(makeProject(QStringLiteral("proj_x"), QString(), 1700000000));
    const QModelIndex name = h->model.index(0, ProjectTableModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("(unnamed)"));
    QVERIFY(name.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(name.data(Qt::ForegroundRole).isValid());
    QCOMPARE(name.data(ProjectTableModel::SortRole).toString(), QString());
    QVERIFY(!h->model.index(0, ProjectTableModel::IdColumn).data(Qt::FontRole).isValid());

    // The placeholder is not a name: searching for it finds nothing.
    h->proxy.setSearchText(QStringLiteral("unnamed"));
    QCOMPARE(h->proxy.rowCount(), 0);
    h->proxy.setSearchText(QStringLiteral("PROJ_X"));
    QCOMPARE(h->proxy.rowCount(), 1);
}

QTEST_MAIN(TestProjectTableModel)
#include "tst_projecttablemodel.moc"
