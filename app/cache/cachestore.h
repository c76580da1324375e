// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

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
/// Per connection id it keeps the projects last seen and when the listing was last complete;
/// never a key. The schema is versioned with PRAGMA user_version. A file that is damaged, or
/// was written by a newer OrgDesk, is renamed with a suffix (".damaged-…", ".newer-…"), logged
/// and replaced by an empty one: a cache is never worth a crash or a lost start.
class CacheStore
{
public:
    /// The schema this build reads and writes.
    static constexpr int SchemaVersion = 1;

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
    /// Forgets @p connection's projects.
    bool drop(const QString &connection);

    /// Where the last unusable file was moved (empty if none was): for tests and the log.
    [[nodiscard]] QString lastSetAside() const { return m_lastSetAside; }

private:
    enum class Attempt { Done, Failed, Damaged };

    bool open();
    void close();
    bool createSchema();
    Attempt checkSchema(int *newerVersion);
    void setAside(const QString &why, const QString &suffix);
    /// Runs @p step; when the file proves damaged, sets it aside and tries once more on a new one.
    bool withRetry(const char *what, const std::function<Attempt()> &step);

    Attempt readRows(const QString &connection, CachedListing *out);
    Attempt writeRows(const QString &connection, const QList<Project> &projects, bool complete,
                      const QDateTime &now);
    Attempt dropRows(const QString &connection);

    QString m_path;
    QString m_connectionName; ///< Qt SQL's name of this store's database connection
    bool m_open = false;
    QString m_lastSetAside;
};
