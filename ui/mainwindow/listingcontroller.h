// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "listingtexts.h"

#include <QObject>

class AdminApiClient;
class ErrorBanner;
class ProjectTableModel;
class Session;

/// The project list's course from the admin key to its pages, and what the error banner says
/// about it: a new key clears and reloads the list, a missing one asks for a key, a rejected
/// one and a failed page are shown in the banner with their way forward (Enter new key…,
/// Retry), as is a failed refresh of one project.
///
/// The window shows the outcome: it listens to changed() and asks listingFacts().
class ListingController : public QObject
{
    Q_OBJECT
public:
    /// Nothing is owned.
    ListingController(Session *session, AdminApiClient *client, ProjectTableModel *model,
                      ErrorBanner *banner, QObject *parent = nullptr);

    [[nodiscard]] ListingFacts::Key keyState() const { return m_keyState; }
    /// A key is there and the service has not rejected it.
    [[nodiscard]] bool keyUsable() const;
    /// Goes on after a failed page (or reloads when nothing failed), taking the banner down.
    void retry();
    /// Asks the service for @p id again and puts the answer in the model.
    void refreshProject(const QString &id);

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
    /// A short message for the status bar.
    void statusMessage(const QString &message);

private:
    enum class BannerAction { None, RetryList, RefreshDetails, EnterKey };

    void onKeyReady();
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
};
