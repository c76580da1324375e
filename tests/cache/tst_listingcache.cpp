// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

#include "cachestore.h"
#include "listingcache.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

Project project(int n, qint64 createdAt)
{
    Project p;
    p.id = QStringLiteral("proj_%1").arg(n, 6, 10, QLatin1Char('0'));
    p.name = QStringLiteral("Project %1").arg(n);
    p.createdAt = createdAt;
    p.status = QStringLiteral("active");
    return p;
}

QList<Project> projects(int count)
{
    QList<Project> list;
    for (int n = 0; n < count; ++n)
        list.append(project(n, 1'700'000'000 - n));
    return list;
}

/// Reads @p connection through a ListingCache, as the window does.
CachedListing load(ListingCache &cache, const QString &connection)
{
    QSignalSpy spy(&cache, &ListingCache::loaded);
    cache.load(connection);
    if (!spy.wait(10000))
        return {};
    return spy.constFirst().at(1).value<CachedListing>();
}

constexpr qint64 Day = 24 * 60 * 60;
constexpr qint64 Day0 = 1'790'812'800; // 2026-10-01 00:00 UTC

CostResult costOf(const QString &projectId, qint64 micros, const QString &currency = QStringLiteral("usd"))
{
    CostResult result;
    result.amount = {micros, currency};
    result.projectId.state = projectId.isNull() ? NullableText::State::Null : NullableText::State::Value;
    result.projectId.value = projectId;
    return result;
}

/// @p count days from Day0 + @p first days: two projects, a cost without a project, and every
/// third day without any cost.
QList<CostBucket> costDays(int first, int count, qint64 scale = 1)
{
    QList<CostBucket> days;
    for (int n = first; n < first + count; ++n) {
        CostBucket day{Day0 + n * Day, Day0 + (n + 1) * Day, {}};
        if (n % 3 != 0) {
            day.results = {costOf(QStringLiteral("proj_a"), 1'234'567 * scale + n),
                           costOf(QStringLiteral("proj_b"), 10 * scale, QStringLiteral("eur")),
                           costOf(QString(), 5)};
        }
        days.append(day);
    }
    return days;
}

/// Runs @p statements on the file at @p path through a connection of its own, as another
/// program (or an older OrgDesk) would; false at the first that fails.
bool execOnFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst-direct");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = query.exec(statement);
            if (!ok)
                qWarning() << statement << query.lastError().text();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList setAsideFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("listings.sqlite.*")}, QDir::Files, QDir::Name);
}

} // namespace

class tst_ListingCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultPathIsTheCacheDirectory();
    void roundTripKeepsEveryField();
    void partialWriteKeepsTheCompleteTime();
    void connectionsAreKeptApart();
    void dropForgetsQueuedWrites();
    void readAheadAnswersTheNextLoad();
    void unusableFileIsSetAsideAndRebuilt_data();
    void unusableFileIsSetAsideAndRebuilt();
    void damagedRowsAreSkipped();

    // Issue #19 (costs): the costs of complete days, schema 2.
    void costsRoundTripThroughTheWorker();
    void costsReplaceDaysAndForgetOldOnes();
    void dropForgetsTheCosts();
    void schemaOneFileGetsTheCostTables();
    void damagedCostRowsAreSkipped();

private:
    QTemporaryDir m_dir;
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("listings.sqlite")); }
    void cleanupFiles() const;
};

void tst_ListingCache::cleanupFiles() const
{
    const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
    for (const QString &file : files)
        QFile::remove(m_dir.filePath(file));
}

void tst_ListingCache::defaultPathIsTheCacheDirectory()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QVERIFY(ListingCache::defaultPath().startsWith(expected + u'/'));
    QVERIFY(ListingCache::defaultPath().endsWith(QLatin1String("listings.sqlite")));
    QStandardPaths::setTestModeEnabled(false);
}

void tst_ListingCache::roundTripKeepsEveryField()
{
    cleanupFiles();
    QList<Project> list = projects(3);
    list[0].name = QStringLiteral("Zahlungen, \"Prod\"\n😀 =SUM(A1)"); // commas, quotes, non-BMP
    list[1].status = QStringLiteral("archived");
    list[1].archivedAt = 1'700'000'500;
    list[1].externalKeyId = QStringLiteral("ekm_1");
    list[2].residency = QStringLiteral("eu");
    list[2].name.clear(); // the service may send null

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    {
        ListingCache cache(path());
        QSignalSpy stored(&cache, &ListingCache::stored);
        cache.store(QStringLiteral("default"), list, true);
        QVERIFY(stored.wait(10000));
        QVERIFY(stored.constFirst().at(1).toBool());
    }
    // A new process reads what the last one wrote.
    ListingCache cache(path());
    const CachedListing read = load(cache, QStringLiteral("default"));
    QCOMPARE(read.projects, list);
    QVERIFY(read.completeAt.isValid());
    QVERIFY(read.completeAt >= before);
    QCOMPARE(read.asOf(), read.completeAt);
    QVERIFY(setAsideFiles(m_dir.path()).isEmpty());
}

void tst_ListingCache::partialWriteKeepsTheCompleteTime()
{
    cleanupFiles();
    CacheStore store(path());
    const QDateTime first = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const QDateTime later = first.addSecs(600);
    QVERIFY(store.write(QStringLiteral("default"), projects(5), true, first));
    QVERIFY(store.write(QStringLiteral("default"), projects(2), false, later));
    const CachedListing read = store.read(QStringLiteral("default"));
    QCOMPARE(read.projects, projects(2));
    QCOMPARE(read.completeAt, first);
    QCOMPARE(read.savedAt, later);

    // Never complete: the rows stand for the time they were written.
    QVERIFY(store.write(QStringLiteral("other"), projects(1), false, later));
    const CachedListing other = store.read(QStringLiteral("other"));
    QVERIFY(!other.completeAt.isValid());
    QCOMPARE(other.asOf(), later);
}

void tst_ListingCache::connectionsAreKeptApart()
{
    cleanupFiles();
    ListingCache cache(path());
    QList<Project> staging = projects(4).mid(2);
    staging[0].name = QStringLiteral("Staging");
    cache.store(QStringLiteral("prod"), projects(3), true);
    cache.store(QStringLiteral("staging"), staging, true);
    cache.drop(QStringLiteral("prod"));
    QVERIFY(load(cache, QStringLiteral("prod")).projects.isEmpty());
    QVERIFY(!load(cache, QStringLiteral("prod")).savedAt.isValid());
    QCOMPARE(load(cache, QStringLiteral("staging")).projects, staging);
    QVERIFY(load(cache, QStringLiteral("nobody")).projects.isEmpty());
}

void tst_ListingCache::dropForgetsQueuedWrites()
{
    cleanupFiles();
    ListingCache cache(path());
    // Many writes in a row are folded into the newest; a drop after them wins.
    for (int n = 1; n <= 20; ++n)
        cache.store(QStringLiteral("default"), projects(n * 10), false);
    QCOMPARE(load(cache, QStringLiteral("default")).projects, projects(200));
    for (int n = 1; n <= 5; ++n)
        cache.store(QStringLiteral("default"), projects(n), false);
    cache.drop(QStringLiteral("default"));
    cache.waitForDone();
    QVERIFY(load(cache, QStringLiteral("default")).projects.isEmpty());
}

void tst_ListingCache::readAheadAnswersTheNextLoad()
{
    cleanupFiles();
    const QString prod = QStringLiteral("prod");
    QVERIFY(CacheStore(path()).write(prod, projects(3), true, QDateTime::currentDateTimeUtc()));
    ListingCache cache(path());
    QSignalSpy loaded(&cache, &ListingCache::loaded);

    // A load() before the read has answered: one read, one answer for both.
    cache.readAhead(prod);
    cache.load(prod);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.constFirst().at(1).value<CachedListing>().projects, projects(3));
    cache.waitForDone();
    QCoreApplication::processEvents(); // an answer queued before waitForDone() returned
    QCOMPARE(loaded.size(), 1);

    // A load() after the read is done: answered with it, even if the file changed since.
    loaded.clear();
    cache.readAhead(prod);
    cache.waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(loaded.isEmpty()); // kept for the load() that asks
    QVERIFY(CacheStore(path()).write(prod, projects(7), true, QDateTime::currentDateTimeUtc()));
    QCOMPARE(load(cache, prod).projects, projects(3));
    // Answered once: the next one reads the file.
    QCOMPARE(load(cache, prod).projects, projects(7));

    // A store() in between: what was read ahead no longer stands.
    cache.readAhead(prod);
    cache.store(prod, projects(2), true);
    QCOMPARE(load(cache, prod).projects, projects(2));
    // A load() of another connection (the start showed that one): what was read ahead goes.
    cache.readAhead(prod);
    QVERIFY(load(cache, QStringLiteral("staging")).projects.isEmpty());
    QVERIFY(CacheStore(path()).write(prod, projects(4), true, QDateTime::currentDateTimeUtc()));
    QCOMPARE(load(cache, prod).projects, projects(4));
    // And a drop().
    cache.readAhead(prod);
    cache.drop(prod);
    QVERIFY(load(cache, prod).projects.isEmpty());
}

void tst_ListingCache::unusableFileIsSetAsideAndRebuilt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("garbage bytes") << QStringLiteral("garbage") << QStringLiteral("damaged");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged");
    QTest::newRow("zeroed pages") << QStringLiteral("zeroed") << QStringLiteral("damaged");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer");
    QTest::newRow("another program's database") << QStringLiteral("foreign")
                                                << QStringLiteral("damaged");
    // Found by fuzz_cache: a header whose write version SQLite does not know opens read-only.
    QTest::newRow("read-only file format") << QStringLiteral("read-only format")
                                           << QStringLiteral("damaged");
    // Also found by fuzz_cache: our schema's version, without one of its tables.
    QTest::newRow("a table missing") << QStringLiteral("table missing") << QStringLiteral("damaged");
}

void tst_ListingCache::unusableFileIsSetAsideAndRebuilt()
{
    QFETCH(QString, damage);
    QFETCH(QString, suffix);
    cleanupFiles();
    {
        CacheStore store(path());
        QVERIFY(store.write(QStringLiteral("default"), projects(3000), true,
                            QDateTime::currentDateTimeUtc()));
    }
    QFile file(path());
    const qint64 size = file.size();
    QVERIFY(size > 64 * 1024);
    if (damage == u"garbage") {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray bytes;
        for (int i = 0; i < 100000; ++i)
            bytes.append(char((i * 7919) % 251));
        file.write(bytes);
    } else if (damage == u"truncated") {
        QVERIFY(file.resize(size / 2 + 123));
    } else if (damage == u"zeroed") {
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(size / 3);
        file.write(QByteArray(16384, '\0'));
    } else if (damage == u"newer") {
        QVERIFY(execOnFile(path(), {QStringLiteral("PRAGMA user_version = %1")
                                        .arg(CacheStore::SchemaVersion + 1)}));
    } else if (damage == u"read-only format") {
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(18); // the file format write version: 1 (rollback journal) or 2 (WAL)
        file.write(QByteArray(1, '\x05'));
    } else if (damage == u"table missing") {
        QVERIFY(execOnFile(path(), {QStringLiteral("DROP TABLE listing")}));
    } else if (damage == u"foreign") {
        QVERIFY(QFile::remove(path()));
        QVERIFY(execOnFile(path(), {QStringLiteral("CREATE TABLE notes (text TEXT)")}));
    }
    file.close();
    QFile original(path());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = original.readAll();
    original.close();

    ListingCache cache(path());
    const CachedListing read = load(cache, QStringLiteral("default"));
    QVERIFY(read.projects.isEmpty()); // nothing half-read from a damaged file

    // The file is kept for a look, under a suffix, byte for byte.
    const QStringList aside = setAsideFiles(m_dir.path());
    QCOMPARE(aside.size(), 1);
    QVERIFY2(aside.constFirst().startsWith(QStringLiteral("listings.sqlite.") + suffix + u'-'),
             qPrintable(aside.constFirst()));
    QFile kept(m_dir.filePath(aside.constFirst()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), damagedBytes);

    // And a new file works.
    cache.store(QStringLiteral("default"), projects(7), true);
    QCOMPARE(load(cache, QStringLiteral("default")).projects, projects(7));
    QCOMPARE(setAsideFiles(m_dir.path()).size(), 1);
}

void tst_ListingCache::damagedRowsAreSkipped()
{
    cleanupFiles();
    {
        CacheStore store(path());
        QVERIFY(store.write(QStringLiteral("default"), projects(3), true,
                            QDateTime::currentDateTimeUtc()));
    }
    // Rows no OrgDesk writes: no id, an id twice, text where a number belongs.
    QVERIFY(execOnFile(path(), {QStringLiteral(
        "INSERT INTO project VALUES ('default', 10, '', 'no id', 1, NULL, 'active', '', ''),"
        " ('default', 11, 'proj_000001', 'twice', 1, NULL, 'active', '', ''),"
        " ('default', 12, 'proj_x', 'odd', 'yesterday', 'never', 7, '', '')")}));

    CacheStore store(path());
    const CachedListing read = store.read(QStringLiteral("default"));
    QCOMPARE(read.projects.size(), 4);
    QCOMPARE(read.projects.mid(0, 3), projects(3));
    QCOMPARE(read.projects.at(3).id, QStringLiteral("proj_x"));
    QCOMPARE(read.projects.at(3).createdAt, 0);
}

// Issue #19 (costs) -------------------------------------------------------------------------

void tst_ListingCache::costsRoundTripThroughTheWorker()
{
    cleanupFiles();
    ListingCache cache(path());
    QSignalSpy stored(&cache, &ListingCache::costsStored);
    cache.storeCosts(QStringLiteral("default"), costDays(0, 40));
    QVERIFY(stored.wait(10000));
    QCOMPARE(stored.constFirst().at(1).toBool(), true);

    QSignalSpy loaded(&cache, &ListingCache::costsLoaded);
    cache.loadCosts(QStringLiteral("default"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.constFirst().at(0).toString(), QStringLiteral("default"));
    QCOMPARE(loaded.constFirst().at(1).value<QList<CostBucket>>(), costDays(0, 40));

    // Another connection has none; the projects of this one are untouched (none were stored).
    cache.loadCosts(QStringLiteral("other"));
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.constLast().at(1).value<QList<CostBucket>>().isEmpty());
    QVERIFY(load(cache, QStringLiteral("default")).projects.isEmpty());
}

void tst_ListingCache::costsReplaceDaysAndForgetOldOnes()
{
    cleanupFiles();
    CacheStore store(path());
    QVERIFY(store.writeCosts(QStringLiteral("default"), costDays(0, 90)));
    // Days 80..99 again, with other amounts: replaced, never doubled.
    QVERIFY(store.writeCosts(QStringLiteral("default"), costDays(80, 20, 2)));
    QCOMPARE(store.readCosts(QStringLiteral("default")), costDays(0, 80) + costDays(80, 20, 2));

    // A day far later: the days more than CostDaysKept before it go.
    const int late = 99 + CacheStore::CostDaysKept;
    QVERIFY(store.writeCosts(QStringLiteral("default"), costDays(late, 1)));
    const QList<CostBucket> kept = store.readCosts(QStringLiteral("default"));
    QCOMPARE(kept.constFirst().startTime, Day0 + (late - CacheStore::CostDaysKept) * Day);
    QCOMPARE(kept.constLast(), costDays(late, 1).constFirst());
    QCOMPARE(kept.size(), 2);
}

void tst_ListingCache::dropForgetsTheCosts()
{
    cleanupFiles();
    CacheStore store(path());
    QVERIFY(store.writeCosts(QStringLiteral("default"), costDays(0, 10)));
    QVERIFY(store.writeCosts(QStringLiteral("other"), costDays(0, 5)));
    QVERIFY(store.drop(QStringLiteral("default")));
    QVERIFY(store.readCosts(QStringLiteral("default")).isEmpty());
    QCOMPARE(store.readCosts(QStringLiteral("other")), costDays(0, 5));
}

void tst_ListingCache::schemaOneFileGetsTheCostTables()
{
    cleanupFiles();
    // A file as OrgDesk wrote it before issue #19: schema 1, projects only.
    QVERIFY(execOnFile(path(), {
        QStringLiteral("CREATE TABLE listing (connection TEXT PRIMARY KEY, "
                       "saved_at INTEGER NOT NULL, complete_at INTEGER)"),
        QStringLiteral("CREATE TABLE project (connection TEXT NOT NULL, position INTEGER NOT NULL, "
                       "id TEXT NOT NULL, name TEXT, created_at INTEGER NOT NULL, archived_at INTEGER, "
                       "status TEXT, external_key_id TEXT, residency TEXT, "
                       "PRIMARY KEY (connection, position))"),
        QStringLiteral("INSERT INTO listing VALUES ('default', 1000, 1000)"),
        QStringLiteral("INSERT INTO project VALUES ('default', 0, 'proj_000000', 'Project 0', "
                       "1700000000, NULL, 'active', '', '')"),
        QStringLiteral("PRAGMA user_version = 1"),
    }));

    {
        CacheStore store(path());
        QCOMPARE(store.read(QStringLiteral("default")).projects, projects(1));
        QVERIFY(store.readCosts(QStringLiteral("default")).isEmpty());
        QVERIFY(store.writeCosts(QStringLiteral("default"), costDays(0, 3)));
        QCOMPARE(store.readCosts(QStringLiteral("default")), costDays(0, 3));
        QVERIFY(store.lastSetAside().isEmpty());
    }
    QVERIFY(setAsideFiles(m_dir.path()).isEmpty());
    const QString name = QStringLiteral("tst-schema1");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), CacheStore::SchemaVersion);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void tst_ListingCache::damagedCostRowsAreSkipped()
{
    cleanupFiles();
    {
        CacheStore store(path());
        QVERIFY(store.writeCosts(QStringLiteral("default"), costDays(0, 3)));
    }
    // Rows no OrgDesk writes: a day not at midnight, a day longer than one, an amount without a
    // currency, text for an amount, a cost of a day that is not there.
    QVERIFY(execOnFile(path(), {
        QStringLiteral("INSERT INTO cost_day VALUES ('default', %1, %2), ('default', %3, %4)")
            .arg(Day0 + 10 * Day + 7).arg(Day0 + 11 * Day + 7)
            .arg(Day0 + 20 * Day).arg(Day0 + 22 * Day),
        QStringLiteral("INSERT INTO cost VALUES ('default', %1, 'proj_c', 9, ''), "
                       "('default', %1, 'proj_d', 'lots', 'usd'), "
                       "('default', %2, 'proj_e', 9, 'usd')")
            .arg(Day0 + Day).arg(Day0 + 50 * Day),
    }));

    CacheStore store(path());
    QCOMPARE(store.readCosts(QStringLiteral("default")), costDays(0, 3));
}

QTEST_GUILESS_MAIN(tst_ListingCache)
#include "tst_listingcache.moc"
