// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "listingcontroller.h"

#include "adminapiclient.h"
#include "displaytext.h"
#include "errorbanner.h"
#include "projecttablemodel.h"
#include "session.h"

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
    connect(model, &ProjectTableModel::completeChanged, this, &ListingController::changed);
    connect(model, &ProjectTableModel::loadAllProgress, this, &ListingController::changed);

    connect(banner, &ErrorBanner::actionTriggered, this, &ListingController::onBannerAction);
    connect(banner, &ErrorBanner::dismissed, this, [this] {
        m_bannerAction = BannerAction::None;
        Q_EMIT changed();
    });
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

void ListingController::onKeyReady()
{
    m_keyState = ListingFacts::Key::Ready;
    m_keyRejected = false;
    hideBanner(BannerAction::EnterKey);
    m_firstPagePending = true;
    // A new key may belong to another organization: never show its projects under the old ones.
    m_model->clear();
    m_model->reload();
    Q_EMIT changed();
}

void ListingController::onKeyMissing()
{
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
    m_model->clear();
    hideBanner(m_bannerAction);
    Q_EMIT changed();
}

void ListingController::onKeychainUnavailable(const QString &message)
{
    const bool noKey = !m_session->hasKey();
    if (noKey) {
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
