// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "listingtexts.h"

#include "project.h"
#include "session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class AdminApiClient;
class ErrorBanner;
class ListingCache;
class ListingSnapshot;
class LoadStatusBar;
class ProjectFilterModel;
class ProjectTableModel;
struct CachedListing;

/// The project list's course from the admin key to its pages, and what the error banner says
/// about it: a new key clears and reloads the list, a missing one asks for a key, a rejected
/// one and a failed page are shown in the banner with their way forward (Enter new key…,
/// Retry), as is a failed refresh of one project.
///
/// The window shows the outcome: it listens to changed() and asks facts().
class ListingController : public QObject
{
    Q_OBJECT
public:
    /// Nothing is owned.
    ListingController(Session *session, AdminApiClient *client, ProjectTableModel *model,
                      ErrorBanner *banner, QObject *parent = nullptr);
    /// Remembers the table's rows in the cache, if there is one.
    ~ListingController() override;

    [[nodiscard]] ListingFacts::Key keyState() const { return m_keyState; }
    /// What the window says about the listing, as the table shows it through @p filter (the
    /// proxy over the model): the key, the counts, the cache's time, the banner.
    [[nodiscard]] ListingFacts facts(const ProjectFilterModel &filter) const;
    /// Shows the listing's progress in @p status: busy, the countdown of a rate limit or a
    /// retry, Load all's progress with its Cancel, and the short messages.
    void showProgressIn(LoadStatusBar *status);
    /// A key is there and the service has not rejected it.
    [[nodiscard]] bool keyUsable() const;
    /// Goes on after a failed page (or reloads when nothing failed), taking the banner down.
    void retry();
    /// Asks the service for @p id again and puts the answer in the model.
    void refreshProject(const QString &id);

    /// Remembers the listing of @p connection in @p cache (not owned; it must outlive this) and
    /// shows it at the next start, before the first page. Call before the session starts.
    /// Only a key the session found at start (keychain, environment) shows what is
    /// remembered; a key entered later, or forgetting the key, drops it: it may be another
    /// organization's. Called again with the same cache and another id (a connection
    /// switch: call it before the session has the new connection's key), the old connection's
    /// rows are stored, the table empties at once, and the next key that is ready counts as
    /// that connection's stored one and shows its rows.
    void setCache(ListingCache *cache, const QString &connection);
    /// Calls @p then with @p projects as the service has them now: rows still from the cache
    /// are retrieved first (and updated in the table), so a dialog never shows a stale name.
    /// On a failure the banner says so and @p then is not called.
    void confirmProjects(const QList<Project> &projects, QObject *context,
                         std::function<void(const QList<Project> &)> then);

Q_SIGNALS:
    /// The key, the listing or the banner changed: what the window shows may have too.
    void changed();
    /// There is no key (none stored, or the keychain cannot be read).
    void keyMissing();
    /// The user asked from the banner to enter a key.
    void enterKeyRequested();
    /// The first page of projects since the key became ready is in the model (queued).
    void firstPageShown();
    /// Loading that first page failed.
    void firstPageFailed(const ApiError &error);
    /// The first rows since the key became ready are in the table: remembered ones from the
    /// cache, or the first page, whichever came first (queued).
    void firstRowsShown();
    /// A short message for the status bar.
    void statusMessage(const QString &message);

private:
    enum class BannerAction { None, RetryList, RefreshDetails, EnterKey };

    /// Before another connection's key is read: the old rows stored, then gone.
    void leaveConnection();
    void onKeyReady(Session::KeySource source);
    void onCacheLoaded(const QString &connection, const CachedListing &listing);
    /// Writes what the table shows to the cache (a complete listing when the model is complete).
    void storeListing(bool now = false);
    void onSnapshotReady(const QList<Project> &projects);
    void announceFirstRows();
    void onKeyMissing();
    void onKeyForgotten();
    void onKeychainUnavailable(const QString &message);
    void onUnauthorized(const ApiError &error);
    void onModelError(const ApiError &error);
    void onPageLoaded();
    void onBannerAction();
    /// Takes the banner down if it offers @p onlyIf.
    void hideBanner(BannerAction onlyIf);

    Session *m_session;
    AdminApiClient *m_client;
    ProjectTableModel *m_model;
    ErrorBanner *m_banner;
    ListingFacts::Key m_keyState = ListingFacts::Key::Unknown;
    BannerAction m_bannerAction = BannerAction::None;
    QString m_bannerProjectId;
    bool m_keyRejected = false;
    bool m_firstPagePending = false;
    bool m_firstRowsPending = false;

    QPointer<ListingCache> m_cache;
    ListingSnapshot *m_snapshot = nullptr; ///< made by setCache(); a child
    QString m_connection;
    bool m_startKeyPending = true; ///< the first key event of the session is still to come
    bool m_cacheLoadPending = false;
    bool m_listingOfThisKey = false; ///< the model holds this key's listing: worth remembering
    bool m_dirty = false;            ///< the rows changed since they were last stored
    bool m_storeInFlight = false;    ///< a write of the rows has not ended yet
    bool m_storeAgain = false;       ///< the rows changed during that write: store them after it
    QDateTime m_cachedAsOf;
};
