// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "costs.h"
#include "project.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QSqlQuery;

/// One connection's projects as last seen, in the order they were shown.
struct CachedListing
{
    QList<Project> projects;
    QDateTime savedAt;    ///< when these rows were written (UTC); invalid when nothing is cached
    QDateTime completeAt; ///< when a complete listing was last written; invalid if never

    /// The time the rows stand for: the last complete listing, else the last write.
    [[nodiscard]] QDateTime asOf() const { return completeAt.isValid() ? completeAt : savedAt; }
};

Q_DECLARE_METATYPE(CachedListing)

/// The SQLite file behind ListingCache, used from one thread only (ListingCache's worker; the
/// fuzz target and tests use it directly).
///
/// Per connection id it keeps the projects last seen and when the listing was last complete,
/// and the organization's cost per project of each complete UTC day (issue #19: a day that has
/// ended never changes, so a restart asks only for today and the days it has not seen); never
/// a key. The schema is versioned with PRAGMA user_version; a file of schema 1 (projects only)
/// gets the cost tables added. A file that is damaged, or
/// was written by a newer OrgDesk, is renamed with a suffix (".damaged-…", ".newer-…"), logged
/// and replaced by an empty one: a cache is never worth a crash or a lost start.
class CacheStore
{
public:
    /// The schema this build reads and writes.
    static constexpr int SchemaVersion = 2;
    /// Days of costs kept per connection, counted back from the newest one written: the
    /// longest period the window offers, and some.
    static constexpr int CostDaysKept = 120;

    /// Opens lazily: nothing touches @p path before the first call.
    explicit CacheStore(QString path);
    ~CacheStore();
    CacheStore(const CacheStore &) = delete;
    CacheStore &operator=(const CacheStore &) = delete;

    /// The projects cached for @p connection (empty when none, or when the file was unusable).
    [[nodiscard]] CachedListing read(const QString &connection);
    /// Replaces @p connection's projects. With @p complete, @p now is also the time of the
    /// last complete listing; without, that time stays. Returns false if nothing was written.
    bool write(const QString &connection, const QList<Project> &projects, bool complete,
               const QDateTime &now);
    /// Forgets @p connection's projects and costs.
    bool drop(const QString &connection);

    /// The days of costs cached for @p connection, oldest first: whole UTC days, each with its
    /// results (grouped by project; a day without cost has none). Rows OrgDesk never writes
    /// (a day not starting at midnight, an amount without a currency) are left out.
    [[nodiscard]] QList<CostBucket> readCosts(const QString &connection);
    /// Stores @p days (replacing days already there) for @p connection, keeping only the
    /// project and the amount of each result, and forgets days older than CostDaysKept before
    /// the newest. The caller passes complete days only. Returns false if nothing was written.
    bool writeCosts(const QString &connection, const QList<CostBucket> &days);

    /// Where the last unusable file was moved (empty if none was): for tests and the log.
    [[nodiscard]] QString lastSetAside() const { return m_lastSetAside; }

private:
    enum class Attempt { Done, Failed, Damaged };

    bool open();
    void close();
    Attempt runSchemaStatements(const QList<const char *> &statements);
    Attempt createSchema();
    Attempt addCostTables();
    Attempt checkSchema(int *newerVersion);
    void setAside(const QString &why, const QString &suffix);
    /// Runs @p step; when the file proves damaged, sets it aside and tries once more on a new one.
    bool withRetry(const char *what, const std::function<Attempt()> &step);

    /// PRAGMA quick_check on @p query's database, once per opened file (the listing's read and
    /// the costs' read at start check it once): Damaged when the file is, before anything is
    /// read from it.
    Attempt checkFile(QSqlQuery &query);
    Attempt readRows(const QString &connection, CachedListing *out);
    Attempt writeRows(const QString &connection, const QList<Project> &projects, bool complete,
                      const QDateTime &now);
    Attempt dropRows(const QString &connection);
    Attempt readCostRows(const QString &connection, QList<CostBucket> *out);
    Attempt writeCostRows(const QString &connection, const QList<CostBucket> &days);

    QString m_path;
    QString m_connectionName; ///< Qt SQL's name of this store's database connection
    bool m_open = false;
    bool m_checked = false; ///< the open file passed checkFile()
    bool m_unwritableFormat = false; ///< the open file's header forbids writing (read at open())
    QString m_lastSetAside;
};
