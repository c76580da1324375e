// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "cachestore.h"

#include <QObject>

#include <memory>

/// The projects last seen per connection, kept in one SQLite file so that the next start can
/// show them at once, and the costs of the days that have ended, so that it asks only for
/// the rest (see CacheStore for the file and its rules).
///
/// Every read and write runs on a worker thread with its own database connection, in the
/// order asked: the event loop never waits for the disk. Writes asked while one is queued are
/// folded into the newest. Destroying the cache finishes what was asked first.
class ListingCache : public QObject
{
    Q_OBJECT
public:
    /// listings.sqlite in the user's cache directory (QStandardPaths::CacheLocation).
    [[nodiscard]] static QString defaultPath();

    explicit ListingCache(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~ListingCache() override;

    [[nodiscard]] QString path() const;

    /// Reads @p connection's projects; loaded() follows.
    void load(const QString &connection);
    /// Starts reading @p connection's projects at once, before anyone asks (at start, while
    /// the window is built and the key is looked for): the next load() of @p connection is
    /// answered with what this reads, as soon as it is done. A store() or drop() of
    /// @p connection, or a load() of another one, before that load() makes it read again.
    void readAhead(const QString &connection);
    /// Replaces @p connection's projects with @p projects (a complete listing when
    /// @p complete); stored() follows.
    void store(const QString &connection, const QList<Project> &projects, bool complete);
    /// Forgets @p connection's projects and costs, and any write of its projects still queued.
    void drop(const QString &connection);

    /// Reads the complete days of costs cached for @p connection; costsLoaded() follows.
    void loadCosts(const QString &connection);
    /// Adds @p days (complete UTC days only: they never change) to @p connection's costs;
    /// costsStored() follows.
    void storeCosts(const QString &connection, const QList<CostBucket> &days);
    /// Blocks until everything asked so far is done (tests, benchmarks, shutdown).
    void waitForDone();

Q_SIGNALS:
    /// @p listing is empty when nothing is cached or the file could not be read.
    void loaded(const QString &connection, const CachedListing &listing);
    /// A write ended (@p ok false when it failed or the connection was dropped before it
    /// ran); @p milliseconds it took on the worker thread.
    void stored(const QString &connection, bool ok, qint64 milliseconds);
    /// @p days is empty when none are cached or the file could not be read.
    void costsLoaded(const QString &connection, const QList<CostBucket> &days);
    void costsStored(const QString &connection, bool ok);

private:
    class Private;
    std::unique_ptr<Private> d;
};
