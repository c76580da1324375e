// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "listingcache.h"

#include "cachelogging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QStandardPaths>
#include <QThread>

#include <optional>

namespace {

struct PendingWrite
{
    QList<Project> projects;
    bool complete = false;
};

QString ownCopy(const QString &text)
{
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}

// A copy that shares no string with @p projects. While the worker holds the window's list, a
// change to the model makes the GUI thread copy all of it (40 ms at 50,000 projects); so the
// worker takes its own copy first, reading only, and lets go of the shared one.
QList<Project> ownCopy(const QList<Project> &projects)
{
    QList<Project> copy;
    copy.reserve(projects.size());
    for (const Project &project : projects) {
        Project own;
        own.id = ownCopy(project.id);
        own.name = ownCopy(project.name);
        own.createdAt = project.createdAt;
        own.archivedAt = project.archivedAt;
        own.status = ownCopy(project.status);
        own.externalKeyId = ownCopy(project.externalKeyId);
        own.residency = ownCopy(project.residency);
        copy.append(std::move(own));
    }
    return copy;
}

} // namespace

class ListingCache::Private
{
public:
    explicit Private(const QString &path) : path(path), store(std::make_unique<CacheStore>(path)) {}

    /// Runs @p task on the worker thread, after everything asked before it.
    template<typename Task>
    void post(Task &&task)
    {
        QMetaObject::invokeMethod(worker, std::forward<Task>(task), Qt::QueuedConnection);
    }

    const QString path;
    QThread thread;
    QObject *worker = nullptr;          ///< lives on the thread; tasks run in its context
    std::unique_ptr<CacheStore> store;  ///< used on the worker thread only

    QMutex mutex; ///< guards pending
    QHash<QString, PendingWrite> pending;

    /// The read readAhead() started (owner's thread only).
    struct ReadAhead
    {
        QString connection;
        bool asked = false; ///< load() wants it: loaded() as soon as it is done
        std::optional<CachedListing> listing; ///< done, not asked for yet
    };
    std::optional<ReadAhead> ahead;
    quint64 aheadSerial = 0; ///< tells the read from one readAhead() started before it

    /// Reads @p connection on the worker, then calls @p done with it on @p self's thread.
    template<typename Done>
    void read(ListingCache *self, const QString &connection, Done &&done)
    {
        post([this, owner = QPointer<ListingCache>(self), connection,
              done = std::forward<Done>(done)]() mutable {
            CachedListing listing = store->read(connection);
            qCDebug(lcOrgDeskCache) << "read" << listing.projects.size() << "projects of"
                                    << connection;
            QMetaObject::invokeMethod(owner, [owner, done = std::move(done),
                                              listing = std::move(listing)] {
                if (owner)
                    done(listing);
            }, Qt::QueuedConnection);
        });
    }
    /// Forgets what readAhead() read of @p connection, unless a load() already waits for it.
    void forgetAhead(const QString &connection)
    {
        if (ahead && ahead->connection == connection && !ahead->asked)
            ahead.reset();
    }
};

QString ListingCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/listings.sqlite");
}

ListingCache::ListingCache(const QString &path, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(path))
{
    qRegisterMetaType<CachedListing>();
    d->thread.setObjectName(QStringLiteral("orgdesk-cache"));
    d->worker = new QObject;
    d->worker->moveToThread(&d->thread);
    QObject::connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);
    d->thread.start(QThread::LowPriority);
}

ListingCache::~ListingCache()
{
    // Queued behind every task asked: they finish, the database closes on its own thread.
    d->post([d = d.get()] {
        d->store.reset();
        QThread::currentThread()->quit();
    });
    d->thread.wait();
}

QString ListingCache::path() const
{
    return d->path;
}

void ListingCache::load(const QString &connection)
{
    if (d->ahead && d->ahead->connection != connection && !d->ahead->asked)
        d->ahead.reset(); // the start showed another connection: not kept for the session
    if (d->ahead && d->ahead->connection == connection) {
        if (!d->ahead->listing) {
            d->ahead->asked = true; // readAhead()'s answer is this one's
            return;
        }
        const CachedListing listing = *std::exchange(d->ahead, std::nullopt)->listing;
        QMetaObject::invokeMethod(this, [this, connection, listing] {
            Q_EMIT loaded(connection, listing);
        }, Qt::QueuedConnection);
        return;
    }
    d->read(this, connection, [this, connection](const CachedListing &listing) {
        Q_EMIT loaded(connection, listing);
    });
}

void ListingCache::readAhead(const QString &connection)
{
    d->ahead = Private::ReadAhead{connection, false, std::nullopt};
    const quint64 serial = ++d->aheadSerial;
    d->read(this, connection, [this, connection, serial](const CachedListing &listing) {
        if (!d->ahead || d->aheadSerial != serial)
            return; // a store() or drop() came first, or another read ahead
        if (!d->ahead->asked) {
            d->ahead->listing = listing;
            return;
        }
        d->ahead.reset();
        Q_EMIT loaded(connection, listing);
    });
}

void ListingCache::store(const QString &connection, const QList<Project> &projects, bool complete)
{
    d->forgetAhead(connection);
    {
        const QMutexLocker locker(&d->mutex);
        const bool queued = d->pending.contains(connection);
        PendingWrite &write = d->pending[connection];
        write.projects = projects;
        write.complete = write.complete || complete; // a partial one after it keeps that news
        if (queued)
            return; // the queued task takes this newer one
    }
    QPointer<ListingCache> self(this);
    d->post([d = d.get(), self, connection] {
        const auto report = [self, connection](bool ok, qint64 elapsed) {
            QMetaObject::invokeMethod(self, [self, connection, ok, elapsed] {
                if (self)
                    Q_EMIT self->stored(connection, ok, elapsed);
            }, Qt::QueuedConnection);
        };
        PendingWrite write;
        {
            const QMutexLocker locker(&d->mutex);
            if (!d->pending.contains(connection)) {
                report(false, 0); // dropped meanwhile: nothing written, but the write has ended
                return;
            }
            write = d->pending.take(connection);
        }
        write.projects = ownCopy(std::exchange(write.projects, {}));
        QElapsedTimer timer;
        timer.start();
        const bool ok = d->store->write(connection, write.projects, write.complete,
                                        QDateTime::currentDateTimeUtc());
        const qint64 elapsed = timer.elapsed();
        qCDebug(lcOrgDeskCache) << "wrote" << write.projects.size() << "projects of" << connection
                                << "in" << elapsed << "ms" << (write.complete ? "(complete)" : "");
        report(ok, elapsed);
    });
}

void ListingCache::drop(const QString &connection)
{
    d->forgetAhead(connection);
    {
        const QMutexLocker locker(&d->mutex);
        d->pending.remove(connection);
    }
    d->post([d = d.get(), connection] { d->store->drop(connection); });
}

void ListingCache::loadCosts(const QString &connection)
{
    QPointer<ListingCache> self(this);
    d->post([d = d.get(), self, connection] {
        const QList<CostBucket> days = d->store->readCosts(connection);
        qCDebug(lcOrgDeskCache) << "read" << days.size() << "days of costs of" << connection;
        QMetaObject::invokeMethod(self, [self, connection, days] {
            if (self)
                Q_EMIT self->costsLoaded(connection, days);
        }, Qt::QueuedConnection);
    });
}

void ListingCache::storeCosts(const QString &connection, const QList<CostBucket> &days)
{
    QPointer<ListingCache> self(this);
    d->post([d = d.get(), self, connection, days] {
        const bool ok = d->store->writeCosts(connection, days);
        QMetaObject::invokeMethod(self, [self, connection, ok] {
            if (self)
                Q_EMIT self->costsStored(connection, ok);
        }, Qt::QueuedConnection);
    });
}

void ListingCache::waitForDone()
{
    QMetaObject::invokeMethod(d->worker, [] {}, Qt::BlockingQueuedConnection);
}
