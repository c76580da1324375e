// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "listingcontroller.h"

#include "adminapiclient.h"
#include "displaytext.h"
#include "errorbanner.h"
#include "listingcache.h"
#include "listingsnapshot.h"
#include "loadstatusbar.h"
#include "projectfiltermodel.h"
#include "projecttablemodel.h"
#include "uilogging.h"

#include <memory>

ListingController::ListingController(Session *session, AdminApiClient *client,
                                     ProjectTableModel *model, ErrorBanner *banner,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
    , m_model(model)
    , m_banner(banner)
{
    connect(session, &Session::keyReady, this, &ListingController::onKeyReady);
    connect(session, &Session::keyMissing, this, &ListingController::onKeyMissing);
    connect(session, &Session::keyForgotten, this, &ListingController::onKeyForgotten);
    connect(session, &Session::keychainUnavailable, this,
            &ListingController::onKeychainUnavailable);
    connect(client, &AdminApiClient::unauthorized, this, &ListingController::onUnauthorized);

    connect(model, &ProjectTableModel::errorOccurred, this, &ListingController::onModelError);
    connect(model, &ProjectTableModel::errorCleared, this, [this] {
        hideBanner(BannerAction::RetryList);
        Q_EMIT changed();
    });
    connect(model, &ProjectTableModel::pageLoaded, this, &ListingController::onPageLoaded);
    connect(model, &ProjectTableModel::loadingChanged, this, &ListingController::changed);
    connect(model, &ProjectTableModel::completeChanged, this, [this](bool complete) {
        if (complete)
            storeListing(); // the whole listing: what the next start shows
        Q_EMIT changed();
    });
    connect(model, &ProjectTableModel::loadAllProgress, this, &ListingController::changed);

    connect(banner, &ErrorBanner::actionTriggered, this, &ListingController::onBannerAction);
    connect(banner, &ErrorBanner::dismissed, this, [this] {
        m_bannerAction = BannerAction::None;
        Q_EMIT changed();
    });
}

ListingController::~ListingController()
{
    if (m_dirty || m_storeAgain || (m_snapshot && m_snapshot->isTaking()))
        storeListing(true); // what changed here since the last page: renames, archives, new ones
}

void ListingController::setCache(ListingCache *cache, const QString &connection)
{
    // Another connection of the same cache (the connections of issue #18): its stored key,
    // the next one to be ready, is the one its rows were listed with.
    if (connection != m_connection) {
        if (m_cache == cache)
            leaveConnection();
        m_startKeyPending = true;
    }
    m_connection = connection;
    if (m_cache == cache)
        return;
    Q_ASSERT(!m_cache); // one cache for the window's life
    m_cache = cache;
    connect(cache, &ListingCache::loaded, this, &ListingController::onCacheLoaded);
    connect(cache, &ListingCache::stored, this, [this](const QString &stored) {
        if (stored != m_connection)
            return;
        m_storeInFlight = false;
        if (std::exchange(m_storeAgain, false))
            storeListing();
    });
    m_snapshot = new ListingSnapshot(m_model, this);
    connect(m_snapshot, &ListingSnapshot::ready, this, &ListingController::onSnapshotReady);
    const auto changedRows = [this] { m_dirty = true; };
    connect(m_model, &QAbstractItemModel::dataChanged, this, changedRows);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changedRows);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changedRows);
}

void ListingController::leaveConnection()
{
    // What changed here since the last page is kept for the way back.
    if (m_dirty || m_storeAgain || (m_snapshot && m_snapshot->isTaking()))
        storeListing(true);
    // Nothing of the old organization stays on screen while the new one's key is read.
    m_keyState = ListingFacts::Key::Unknown;
    m_keyRejected = false;
    m_listingOfThisKey = false;
    m_cacheLoadPending = false;
    m_firstPagePending = false;
    m_firstRowsPending = false;
    m_cachedAsOf = {};
    m_dirty = false;
    m_storeInFlight = false; // its stored() names the old connection: never awaited
    m_storeAgain = false;
    if (m_snapshot)
        m_snapshot->cancel();
    m_model->clear();
    m_banner->hide();
    m_bannerAction = BannerAction::None;
    Q_EMIT changed();
}

void ListingController::confirmProjects(const QList<Project> &projects, QObject *context,
                                        std::function<void(const QList<Project> &)> then)
{
    struct Round
    {
        QList<Project> projects;
        int waiting = 0;
        bool failed = false;
    };
    auto round = std::make_shared<Round>();
    round->projects = projects;
    for (const Project &project : projects) {
        if (!m_model->isConfirmed(project.id))
            ++round->waiting;
    }
    if (round->waiting == 0) {
        then(projects);
        return;
    }
    Q_EMIT statusMessage(tr("Checking %n project(s) with the service…", nullptr, round->waiting));
    QPointer<QObject> guard(context);
    for (qsizetype i = 0; i < projects.size(); ++i) {
        if (m_model->isConfirmed(projects.at(i).id))
            continue;
        m_client->retrieveProject(projects.at(i).id, this,
                                  [this, round, i, guard, then](const ApiResult<Project> &result) {
            if (round->failed)
                return;
            if (!result.ok()) {
                round->failed = true;
                if (result.error().kind() != ApiError::Kind::Unauthorized
                    && result.error().kind() != ApiError::Kind::KeyChanged) {
                    m_banner->showError(result.error(), QString());
                    m_bannerAction = BannerAction::None;
                }
                return;
            }
            m_model->upsert(result.value());
            round->projects[i] = result.value();
            if (--round->waiting == 0 && guard)
                then(round->projects);
        });
    }
}

bool ListingController::keyUsable() const
{
    return m_keyState == ListingFacts::Key::Ready && !m_keyRejected;
}

void ListingController::retry()
{
    hideBanner(BannerAction::RetryList);
    if (m_model->lastError().isError())
        m_model->retry();
    else
        m_model->reload();
}

void ListingController::refreshProject(const QString &id)
{
    m_client->retrieveProject(id, this, [this, id](const ApiResult<Project> &result) {
        if (result.ok()) {
            m_model->upsert(result.value());
            Q_EMIT statusMessage(tr("Details of %1 refreshed").arg(DisplayText::isolated(id)));
            return;
        }
        if (result.error().kind() == ApiError::Kind::Unauthorized
            || result.error().kind() == ApiError::Kind::KeyChanged)
            return; // the key banner is up already, or the project is of another organization
        m_banner->showError(result.error(), tr("Retry"));
        m_bannerAction = BannerAction::RefreshDetails;
        m_bannerProjectId = id;
    });
}

void ListingController::onKeyReady(Session::KeySource source)
{
    m_keyState = ListingFacts::Key::Ready;
    m_keyRejected = false;
    hideBanner(BannerAction::EnterKey);
    m_firstPagePending = true;
    m_firstRowsPending = true;
    // A new key may belong to another organization: never show its projects under the old ones.
    m_model->clear();
    m_model->reload();
    // Only the key found at start is the one the cache was written with; any other may be
    // another organization's, so what is remembered goes.
    const bool startKey = m_startKeyPending
        && (source == Session::KeySource::Keychain || source == Session::KeySource::Environment);
    m_startKeyPending = false;
    m_cachedAsOf = {};
    m_listingOfThisKey = true;
    m_dirty = false;
    m_storeAgain = false;
    if (m_snapshot && m_snapshot->isTaking()) {
        m_snapshot->cancel(); // the old key's rows
        m_storeInFlight = false;
    }
    if (m_cache) {
        m_cacheLoadPending = startKey;
        if (startKey)
            m_cache->load(m_connection);
        else
            m_cache->drop(m_connection);
    }
    Q_EMIT changed();
}

void ListingController::onCacheLoaded(const QString &connection, const CachedListing &listing)
{
    if (connection != m_connection || !m_cacheLoadPending || !keyUsable())
        return;
    m_cacheLoadPending = false;
    if (listing.projects.isEmpty())
        return;
    m_cachedAsOf = listing.asOf();
    m_model->showCached(listing.projects);
    m_dirty = false; // the rows are what the cache holds
    if (m_model->unconfirmedCount() == 0)
        return;
    // The rows shown are as old as the cache: list them all again, at the pace the limit allows.
    m_model->loadAll();
    announceFirstRows();
    Q_EMIT changed();
}

void ListingController::storeListing(bool now)
{
    if (!m_cache || !m_listingOfThisKey || !keyUsable())
        return;
    if (m_model->rowCount() == 0 && !m_model->isComplete())
        return; // nothing listed yet: what is remembered stays
    // One write at a time: while the cache holds the model's rows, a change to them makes the
    // GUI thread copy them all. The rows as they are when that write ends go next.
    if (m_storeInFlight && !now) {
        m_storeAgain = true;
        return;
    }
    m_storeInFlight = true;
    m_storeAgain = false;
    m_dirty = false;
    if (now) {
        // Closing: nothing changes the rows any more, so the model's own list can go.
        m_snapshot->cancel();
        m_cache->store(m_connection, m_model->projects(), m_model->isComplete());
        return;
    }
    m_snapshot->start(); // the cache's own copy, taken in chunks: onSnapshotReady()
}

void ListingController::onSnapshotReady(const QList<Project> &projects)
{
    if (!m_cache || !m_listingOfThisKey || !keyUsable()) {
        m_storeInFlight = false;
        return;
    }
    m_cache->store(m_connection, projects, m_model->isComplete());
}

void ListingController::announceFirstRows()
{
    if (!m_firstRowsPending)
        return;
    m_firstRowsPending = false;
    // Queued, so that the rows are painted before anyone acts on it.
    QMetaObject::invokeMethod(this, &ListingController::firstRowsShown, Qt::QueuedConnection);
}

void ListingController::onKeyMissing()
{
    m_startKeyPending = false;
    m_listingOfThisKey = false;
    m_keyState = ListingFacts::Key::Missing;
    m_model->clear();
    Q_EMIT changed();
    Q_EMIT keyMissing();
}

void ListingController::onKeyForgotten()
{
    m_keyState = ListingFacts::Key::Missing;
    m_keyRejected = false;
    m_firstPagePending = false;
    m_firstRowsPending = false;
    m_listingOfThisKey = false;
    m_cacheLoadPending = false;
    if (m_cache)
        m_cache->drop(m_connection); // forgotten: the next key may be another organization's
    m_model->clear();
    hideBanner(m_bannerAction);
    Q_EMIT changed();
}

void ListingController::onKeychainUnavailable(const QString &message)
{
    const bool noKey = !m_session->hasKey();
    if (noKey) {
        m_startKeyPending = false;
        m_listingOfThisKey = false;
        m_keyState = ListingFacts::Key::Missing;
        m_model->clear();
    }
    m_banner->showMessage(message, ErrorBanner::Severity::Warning,
                          noKey ? tr("Enter key for this session") : QString());
    m_bannerAction = noKey ? BannerAction::EnterKey : BannerAction::None;
    Q_EMIT changed();
}

void ListingController::onUnauthorized(const ApiError &error)
{
    m_keyRejected = true;
    m_banner->showMessage(
        tr("OpenAI rejected the admin key. It may be wrong or revoked: enter a new key to go on."),
        ErrorBanner::Severity::Error, tr("Enter new key…"), error.requestId());
    m_bannerAction = BannerAction::EnterKey;
    Q_EMIT changed();
}

void ListingController::onModelError(const ApiError &error)
{
    if (m_firstPagePending) {
        m_firstPagePending = false;
        Q_EMIT firstPageFailed(error);
    }
    if (error.kind() == ApiError::Kind::Unauthorized) {
        onUnauthorized(error);
        return;
    }
    m_banner->showError(error, tr("Retry"));
    m_bannerAction = BannerAction::RetryList;
    Q_EMIT changed();
}

void ListingController::onPageLoaded()
{
    storeListing(); // a partial listing updates the rows it saw
    announceFirstRows();
    Q_EMIT changed();
    if (m_firstPagePending) {
        m_firstPagePending = false;
        // Queued, so that the rows are painted before anyone acts on it.
        QMetaObject::invokeMethod(this, &ListingController::firstPageShown, Qt::QueuedConnection);
    }
}

void ListingController::onBannerAction()
{
    switch (m_bannerAction) {
    case BannerAction::RetryList:
        retry();
        break;
    case BannerAction::RefreshDetails:
        hideBanner(BannerAction::RefreshDetails);
        refreshProject(m_bannerProjectId);
        break;
    case BannerAction::EnterKey:
        Q_EMIT enterKeyRequested();
        break;
    case BannerAction::None:
        break;
    }
}

void ListingController::hideBanner(BannerAction onlyIf)
{
    if (m_bannerAction == BannerAction::None || m_bannerAction != onlyIf)
        return;
    m_banner->hide();
    m_bannerAction = BannerAction::None;
}

ListingFacts ListingController::facts(const ProjectFilterModel &filter) const
{
    ListingFacts facts;
    facts.key = m_keyState;
    // The model keeps the archived projects it listed; hidden, they are not counted as loaded.
    const int archived = filter.archivedInSource();
    facts.shown = filter.rowCount();
    facts.started = m_model->hasStarted();
    facts.loading = m_model->isLoading();
    facts.complete = m_model->isComplete();
    facts.failed = m_model->lastError().isError();
    facts.filtering = filter.isFiltering();
    facts.showArchived = filter.showArchived();
    facts.loaded = m_model->rowCount() - (facts.showArchived ? 0 : archived);
    facts.errorInBanner = m_banner->isVisibleTo(m_banner->window());
    facts.searchText = filter.searchText();
    facts.errorMessage = m_model->lastError().userMessage();
    if (facts.showArchived)
        facts.archived = archived;
    // The time the rows from the cache stand for, while some are still unconfirmed.
    facts.cachedAsOf = m_model->unconfirmedCount() > 0 ? m_cachedAsOf : QDateTime();
    facts.refreshing = facts.loading || m_model->isLoadingAll();
    return facts;
}

void ListingController::showProgressIn(LoadStatusBar *status)
{
    connect(this, &ListingController::statusMessage, status,
            [status](const QString &message) { status->showMessage(message, 4000); });
    connect(m_client, &AdminApiClient::busyChanged, status, [status](bool busy) {
        status->setBusy(busy);
        if (!busy)
            status->stopWait();
    });
    connect(m_client, &AdminApiClient::waiting, status,
            [status](const QString &endpoint, std::chrono::milliseconds delay, const ApiError &reason) {
                qCDebug(lcUi) << "waiting" << endpoint << delay.count() << "ms";
                status->showWait(delay, reason.kind() == ApiError::Kind::RateLimited);
            });
    connect(m_model, &ProjectTableModel::loadAllProgress, status, &LoadStatusBar::showLoadAllProgress);
    connect(status, &LoadStatusBar::cancelLoadAllRequested, m_model, &ProjectTableModel::cancelLoadAll);
}
