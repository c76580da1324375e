// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// ProjectTableModel::showCached() (issue #18): remembered rows shown before the listing, then
// confirmed, updated or removed by its pages. The real client against the sandbox, the model
// and its proxy under QAbstractItemModelTester (fatal).

#include "modelharness.h"

#include <QSignalSpy>

namespace {

constexpr int Timeout = 30000;

Project fromSandbox(const SandboxProject &p)
{
    Project project;
    project.id = p.id;
    project.name = p.name;
    project.createdAt = p.createdAt;
    project.archivedAt = p.archivedAt;
    project.status = p.archivedAt ? QStringLiteral("archived") : QStringLiteral("active");
    return project;
}

QList<Project> activeProjects(const SandboxServer &sandbox)
{
    QList<Project> projects;
    for (const SandboxProject &p : sandbox.projects()) {
        if (!p.archivedAt)
            projects.append(fromSandbox(p));
    }
    return projects;
}

QStringList idsOf(const QList<Project> &projects)
{
    QStringList ids;
    for (const Project &project : projects)
        ids.append(project.id);
    return ids;
}

bool waitForComplete(const ProjectTableModel &model)
{
    return QTest::qWaitFor([&] { return model.isComplete() && !model.isLoading() && !model.isLoadingAll(); },
                           Timeout);
}

} // namespace

class tst_CachedRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cachedRowsAreShownUnconfirmedAndARefreshConverges();
    void cachedRowsAfterAFirstPageGoBelowIt();
    void aCompleteListingIgnoresTheCache();
    void upsertConfirmsAndClearForgets();
};

void tst_CachedRows::cachedRowsAreShownUnconfirmedAndARefreshConverges()
{
    ModelHarness h;
    h.sandbox.seed(250, 0);
    const QList<Project> remembered = activeProjects(h.sandbox);

    // The organization changes after the cache was written.
    const QString gone = remembered.at(40).id;
    const QString renamed = remembered.at(180).id;
    bool done = false;
    h.client.archiveProject(gone, this, [&](const ApiResult<Project> &r) { done = r.ok(); });
    QVERIFY(QTest::qWaitFor([&] { return done; }, Timeout));
    done = false;
    h.client.renameProject(renamed, QStringLiteral("Renamed since"), this,
                           [&](const ApiResult<Project> &r) { done = r.ok(); });
    QVERIFY(QTest::qWaitFor([&] { return done; }, Timeout));
    h.sandbox.addProject(QStringLiteral("New since"), remembered.at(100).createdAt - 1);
    h.sandbox.clearRequests();

    QSignalSpy reset(&h.model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsInserted);
    h.model.showCached(remembered);
    QCOMPARE(inserted.size(), 1); // one insertion for all of them
    QCOMPARE(idsOf(h.model.projects()), idsOf(remembered));
    QCOMPARE(h.model.unconfirmedCount(), int(remembered.size()));
    QVERIFY(!h.model.isConfirmed(renamed));
    QCOMPARE(h.sandbox.requestCount(), 0); // shown without asking anyone

    h.model.loadAll();
    QVERIFY(waitForComplete(h.model));
    QCOMPARE(h.model.projects(), activeProjects(h.sandbox));
    QCOMPARE(h.model.unconfirmedCount(), 0);
    QVERIFY(h.model.isConfirmed(renamed));
    QCOMPARE(h.model.project(renamed)->name, QStringLiteral("Renamed since"));
    QCOMPARE(h.model.rowOf(gone), -1);
    QCOMPARE(reset.size(), 0);
}

void tst_CachedRows::cachedRowsAfterAFirstPageGoBelowIt()
{
    ModelHarness h;
    h.sandbox.seed(250, 0);
    const QList<Project> all = activeProjects(h.sandbox);
    h.model.reload();
    QVERIFY(QTest::qWaitFor([&] { return h.model.rowCount() == 100 && !h.model.isLoading(); }, Timeout));

    // The cache answers after the first page: only what the page did not give is added, below it.
    h.model.showCached(all);
    QCOMPARE(idsOf(h.model.projects()), idsOf(all));
    QCOMPARE(h.model.unconfirmedCount(), int(all.size()) - 100);
    QVERIFY(h.model.isConfirmed(all.at(99).id));
    QVERIFY(!h.model.isConfirmed(all.at(100).id));

    h.model.loadAll();
    QVERIFY(waitForComplete(h.model));
    QCOMPARE(h.model.projects(), all);
    QCOMPARE(h.model.unconfirmedCount(), 0);
}

void tst_CachedRows::aCompleteListingIgnoresTheCache()
{
    ModelHarness h;
    h.sandbox.seed(20, 0);
    h.model.reload();
    QVERIFY(waitForComplete(h.model));
    Project stale;
    stale.id = QStringLiteral("proj_gone_long_ago");
    stale.name = QStringLiteral("Gone");
    stale.createdAt = 1;
    stale.status = QStringLiteral("active");
    h.model.showCached({stale});
    QCOMPARE(h.model.rowOf(stale.id), -1);
    QCOMPARE(h.model.unconfirmedCount(), 0);
}

void tst_CachedRows::upsertConfirmsAndClearForgets()
{
    ModelHarness h;
    h.sandbox.seed(5, 0);
    const QList<Project> remembered = activeProjects(h.sandbox);
    h.model.showCached(remembered);
    Project changed = remembered.at(2);
    changed.name = QStringLiteral("Changed here");
    h.model.upsert(changed);
    QVERIFY(h.model.isConfirmed(changed.id));
    QCOMPARE(h.model.unconfirmedCount(), int(remembered.size()) - 1);
    h.model.clear();
    QCOMPARE(h.model.rowCount(), 0);
    QCOMPARE(h.model.unconfirmedCount(), 0);
}

QTEST_GUILESS_MAIN(tst_CachedRows)
#include "tst_cachedrows.moc"
