// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "cachestore.h"

#include "cachelogging.h"
#include "cachesql_p.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using CacheSql::isDamage;

namespace {

// SQLite's result codes that say the file itself is wrong, as opposed to busy, full or
// read-only, where the file is fine and only this attempt failed. Our own statements never
// break our own schema: an error, a constraint or a type mismatch means the tables are not
// the ones this OrgDesk made.
constexpr int SqliteError = 1;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteConstraint = 19;
constexpr int SqliteMismatch = 20;
constexpr int SqliteFormat = 24;
constexpr int SqliteNotADatabase = 26;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("orgdesk-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// Whether the file's header asks for a newer SQLite file format to write it (a write version
// above 2): SQLite then opens it read-only, so it reads but never takes a write.
bool headerForbidsWriting(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(19);
    return header.size() == 19 && header.startsWith("SQLite format 3") && quint8(header.at(18)) > 2;
}

QDateTime fromMsecs(const QVariant &value)
{
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    return value.isNull() || !ok ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

bool CacheSql::isDamage(const QSqlError &error)
{
    if (error.isValid())
        qCDebug(lcOrgDeskCache) << "SQLite:" << error.nativeErrorCode() << error.text();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // the primary code
    return ok
        && (code == SqliteError || code == SqliteCorrupt || code == SqliteConstraint
            || code == SqliteMismatch || code == SqliteFormat || code == SqliteNotADatabase);
}

CacheStore::CacheStore(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
{
}

CacheStore::~CacheStore()
{
    close();
}

void CacheStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
    m_checked = false;
}

// Opens the file and checks it is ours, whole and not newer. Damaged when it is not.
bool CacheStore::open()
{
    if (m_open)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        qCWarning(lcOrgDeskCache) << "cannot open the cache" << m_path << db.lastError().text();
        return false;
    }
    // A cache is not worth a wait for the disk on every write: without syncing, a crash of
    // the program loses nothing, and a file the system lost half of is found damaged when
    // next opened (PRAGMA quick_check) and set aside.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    m_unwritableFormat = headerForbidsWriting(m_path);
    m_open = true;
    return true;
}

namespace {

// Schema 1: the listing.
const char *const ListingTables[] = {
    "CREATE TABLE listing (connection TEXT PRIMARY KEY, saved_at INTEGER NOT NULL, "
    "complete_at INTEGER)",
    "CREATE TABLE project (connection TEXT NOT NULL, position INTEGER NOT NULL, "
    "id TEXT NOT NULL, name TEXT, created_at INTEGER NOT NULL, archived_at INTEGER, "
    "status TEXT, external_key_id TEXT, residency TEXT, "
    "PRIMARY KEY (connection, position))",
};

// Schema 2 adds the costs of complete days (issue #19): the days known, and each day's
// amount per project (project_id NULL: a cost the service gave no project).
const char *const CostTables[] = {
    "CREATE TABLE cost_day (connection TEXT NOT NULL, start_time INTEGER NOT NULL, "
    "end_time INTEGER NOT NULL, PRIMARY KEY (connection, start_time))",
    "CREATE TABLE cost (connection TEXT NOT NULL, start_time INTEGER NOT NULL, "
    "project_id TEXT, micros INTEGER NOT NULL, currency TEXT NOT NULL)",
    "CREATE INDEX cost_by_day ON cost (connection, start_time)",
};

} // namespace

CacheStore::Attempt CacheStore::runSchemaStatements(const QList<const char *> &statements)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const auto failed = [&](const QSqlError &error) {
        query.finish();
        db.rollback();
        return isDamage(error) ? Attempt::Damaged : Attempt::Failed;
    };
    if (!db.transaction())
        return isDamage(db.lastError()) ? Attempt::Damaged : Attempt::Failed;
    for (const char *statement : statements) {
        if (!query.exec(QString::fromLatin1(statement)))
            return failed(query.lastError());
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
        return failed(query.lastError());
    query.finish();
    if (!db.commit())
        return failed(db.lastError());
    return Attempt::Done;
}

CacheStore::Attempt CacheStore::createSchema()
{
    // Text kept as QString keeps it: reading the rows back at start converts nothing (UTF-8
    // to UTF-16 was a fifth of reading 10,000). Only a new, empty file takes it; SQLite
    // converts on its own in a file that has rows, so an older file reads the same.
    QSqlQuery(QSqlDatabase::database(m_connectionName, false))
        .exec(QStringLiteral("PRAGMA encoding = 'UTF-16le'"));
    QList<const char *> statements(std::begin(ListingTables), std::end(ListingTables));
    statements.append(QList<const char *>(std::begin(CostTables), std::end(CostTables)));
    return runSchemaStatements(statements);
}

CacheStore::Attempt CacheStore::addCostTables()
{
    qCInfo(lcOrgDeskCache) << "the cache file" << m_path << "gets the tables of costs (schema 1 to 2)";
    return runSchemaStatements(QList<const char *>(std::begin(CostTables), std::end(CostTables)));
}

void CacheStore::setAside(const QString &why, const QString &suffix)
{
    close();
    const QString target = m_path + u'.' + suffix + u'-'
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    bool moved = QFile::rename(m_path, target);
    if (!moved)
        QFile::remove(m_path);
    // A journal left beside a damaged file belongs to it, not to the new one.
    QFile::rename(m_path + QStringLiteral("-journal"), target + QStringLiteral("-journal"));
    m_lastSetAside = moved ? target : QString();
    qCWarning(lcOrgDeskCache).noquote()
        << "the cache file" << m_path << why << (moved ? QStringLiteral("- moved to ") + target : QStringLiteral("- removed"))
        << "and started again";
}

// Whether the open file is ours and of this schema; creates the schema in a new file.
CacheStore::Attempt CacheStore::checkSchema(int *newerVersion)
{
    // Not a file this OrgDesk wrote, and one it could never write to.
    if (m_unwritableFormat)
        return Attempt::Damaged;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const auto failed = [&] { return isDamage(query.lastError()) ? Attempt::Damaged : Attempt::Failed; };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed();
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion) {
        *newerVersion = version;
        return Attempt::Damaged;
    }
    if (version == SchemaVersion)
        return Attempt::Done;
    // Schema 1 (projects only, before issue #19): its rows stay, the cost tables join them.
    // Tables by those names already there mean the file is not one this OrgDesk made.
    if (version == 1)
        return addCostTables();
    // Empty (new) is fine; tables without our version are someone else's file.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return failed();
    const bool empty = query.value(0).toInt() == 0;
    query.finish();
    if (!empty)
        return Attempt::Damaged;
    return createSchema();
}

bool CacheStore::withRetry(const char *what, const std::function<Attempt()> &step)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!open())
            return false;
        int newerVersion = 0;
        Attempt result = checkSchema(&newerVersion);
        if (result == Attempt::Done)
            result = step();
        if (result == Attempt::Done)
            return true;
        if (result == Attempt::Failed) {
            qCWarning(lcOrgDeskCache) << "cache" << what << "failed; the file is kept";
            return false;
        }
        if (newerVersion > 0)
            setAside(QStringLiteral("is of a newer OrgDesk (schema %1)").arg(newerVersion),
                     QStringLiteral("newer"));
        else
            setAside(QStringLiteral("is damaged"), QStringLiteral("damaged"));
    }
    return false;
}

CachedListing CacheStore::read(const QString &connection)
{
    CachedListing listing;
    if (!withRetry("read", [&] { return readRows(connection, &listing); }))
        return {};
    return listing;
}

bool CacheStore::write(const QString &connection, const QList<Project> &projects, bool complete,
                       const QDateTime &now)
{
    return withRetry("write", [&] { return writeRows(connection, projects, complete, now); });
}

bool CacheStore::drop(const QString &connection)
{
    return withRetry("drop", [&] { return dropRows(connection); });
}

CacheStore::Attempt CacheStore::checkFile(QSqlQuery &query)
{
    if (m_checked)
        return Attempt::Done;
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return isDamage(query.lastError()) ? Attempt::Damaged : Attempt::Failed;
    m_checked = query.value(0).toString() == u"ok";
    query.finish();
    return m_checked ? Attempt::Done : Attempt::Damaged;
}

CacheStore::Attempt CacheStore::readRows(const QString &connection, CachedListing *out)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const auto failed = [&] { return isDamage(query.lastError()) ? Attempt::Damaged : Attempt::Failed; };
    // Every row is read whole before any is used: a damaged page further on means none is shown.
    if (const Attempt checked = checkFile(query); checked != Attempt::Done)
        return checked;

    // A failed prepare() (no such table or column) leaves its own error; exec() would replace
    // it with Qt's "parameter count mismatch", which names no damage.
    if (!query.prepare(QStringLiteral("SELECT saved_at, complete_at FROM listing WHERE connection = ?")))
        return failed();
    query.addBindValue(connection);
    if (!query.exec())
        return failed();
    if (!query.next()) {
        *out = {};
        return query.lastError().isValid() ? failed() : Attempt::Done;
    }
    CachedListing listing;
    listing.savedAt = fromMsecs(query.value(0));
    listing.completeAt = fromMsecs(query.value(1));
    query.finish();
    if (!listing.savedAt.isValid())
        return Attempt::Damaged; // never written so by OrgDesk

    if (!query.prepare(QStringLiteral(
            "SELECT id, name, created_at, archived_at, status, external_key_id, residency "
            "FROM project WHERE connection = ? ORDER BY position")))
        return failed();
    query.addBindValue(connection);
    if (!query.exec())
        return failed();
    QSet<QString> seen;
    while (query.next()) {
        Project project;
        project.id = query.value(0).toString();
        // A row without an id, or one seen before, cannot be a project the service gave.
        if (project.id.isEmpty() || seen.contains(project.id))
            continue;
        seen.insert(project.id);
        project.name = query.value(1).toString();
        project.createdAt = query.value(2).toLongLong();
        if (const QVariant archived = query.value(3); !archived.isNull())
            project.archivedAt = archived.toLongLong();
        project.status = query.value(4).toString();
        project.externalKeyId = query.value(5).toString();
        project.residency = query.value(6).toString();
        listing.projects.append(std::move(project));
    }
    if (query.lastError().isValid())
        return failed();
    *out = std::move(listing);
    return Attempt::Done;
}

CacheStore::Attempt CacheStore::writeRows(const QString &connection, const QList<Project> &projects,
                                          bool complete, const QDateTime &now)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return isDamage(db.lastError()) ? Attempt::Damaged : Attempt::Failed;
    QSqlQuery query(db);
    const auto failed = [&] {
        const bool damaged = isDamage(query.lastError());
        query.finish();
        db.rollback();
        return damaged ? Attempt::Damaged : Attempt::Failed;
    };
    if (!query.prepare(QStringLiteral("DELETE FROM project WHERE connection = ?")))
        return failed();
    query.addBindValue(connection);
    if (!query.exec())
        return failed();

    if (!query.prepare(QStringLiteral(
            "INSERT INTO project (connection, position, id, name, created_at, archived_at, status, "
            "external_key_id, residency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return failed();
    for (qsizetype position = 0; position < projects.size(); ++position) {
        const Project &project = projects.at(position);
        query.bindValue(0, connection);
        query.bindValue(1, position);
        query.bindValue(2, project.id);
        query.bindValue(3, project.name);
        query.bindValue(4, project.createdAt);
        query.bindValue(5, project.archivedAt ? QVariant(*project.archivedAt)
                                              : QVariant(QMetaType::fromType<qint64>()));
        query.bindValue(6, project.status);
        query.bindValue(7, project.externalKeyId);
        query.bindValue(8, project.residency);
        if (!query.exec())
            return failed();
    }

    if (!query.prepare(QStringLiteral(
            "INSERT INTO listing (connection, saved_at, complete_at) VALUES (?, ?, ?) "
            "ON CONFLICT (connection) DO UPDATE SET saved_at = excluded.saved_at, "
            "complete_at = coalesce(excluded.complete_at, listing.complete_at)")))
        return failed();
    query.addBindValue(connection);
    query.addBindValue(msecs(now));
    query.addBindValue(complete ? msecs(now) : QVariant(QMetaType::fromType<qint64>()));
    if (!query.exec())
        return failed();
    query.finish();
    if (!db.commit())
        return isDamage(db.lastError()) ? Attempt::Damaged : Attempt::Failed;
    return Attempt::Done;
}

CacheStore::Attempt CacheStore::dropRows(const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery query(db);
    for (const QString &table : {QStringLiteral("project"), QStringLiteral("listing"),
                                 QStringLiteral("cost"), QStringLiteral("cost_day")}) {
        const bool prepared = query.prepare(QStringLiteral("DELETE FROM %1 WHERE connection = ?").arg(table));
        if (prepared)
            query.addBindValue(connection);
        if (!prepared || !query.exec()) {
            const bool damaged = isDamage(query.lastError());
            query.finish();
            db.rollback();
            return damaged ? Attempt::Damaged : Attempt::Failed;
        }
    }
    query.finish();
    return db.commit() ? Attempt::Done : Attempt::Failed;
}
