// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "adminapiclient.h"
#include "resourcereader.h"

#include <QPointer>
#include <QStringList>

#include <functional>

/// Which page of a list to ask for.
struct PageQuery
{
    QString after;   ///< the previous page's nextCursor; empty for the first page
    int limit = 100; ///< clamped to 1..100
};

/// Who to add to a project: an organization user by id, or by email (the id wins when both
/// are given, as the sandbox does; the spec does not say).
struct NewMember
{
    QString userId;
    QString email;
    QString role = QStringLiteral("member"); ///< "owner" or "member"
};

/// The project workspace's calls (members, organization users, service accounts, API keys,
/// rate limits), sent through AdminApiClient::send(): the same key, origin rule, pacing and
/// clean cut as the project calls. Each endpoint has its own rate-limit bucket
/// ("members.list", "apikeys.delete"...), since the service limits each admin endpoint.
///
/// Results go to @p done while @p context lives. A call refused before anything is sent (an
/// empty id, an empty change) returns a null pointer and delivers its InvalidRequest error
/// from the event loop. The returned ApiCall cancels the request; a confirming read that
/// follows an unknown outcome (add member, rate-limit update) is a second request that only
/// @p context's end stops.
class ProjectResourcesApi
{
public:
    template <typename T>
    using Handler = std::function<void(const ApiResult<T> &)>;

    /// @p client is not owned. This object may go before its calls end: they hold the client,
    /// whose end ends them.
    explicit ProjectResourcesApi(AdminApiClient *client) : m_client(client) {}

    /// GET /organization/projects/{id}/users. Bucket "members.list"; retried like any GET.
    QPointer<ApiCall> listMembers(const QString &projectId, const PageQuery &page, QObject *context,
                                  Handler<ProjectUserPage> done);
    /// GET /organization/projects/{id}/users/{user_id}. Bucket "members.retrieve".
    QPointer<ApiCall> retrieveMember(const QString &projectId, const QString &userId, QObject *context,
                                     Handler<ProjectUser> done);
    /// POST /organization/projects/{id}/users {"user_id"|"email", "role"}. Bucket "members.add".
    /// Repeated only after a 429. After an unknown outcome (timeout, 5xx, lost answer) with a
    /// user id, one retrieve says whether the member was added: found is success, a 404 gives
    /// the original error (nothing was added; trying again is safe), anything else an
    /// OutcomeUnknown error. A user who is not in the organization is a 400 (see
    /// isNotOrganizationMember()).
    QPointer<ApiCall> addMember(const QString &projectId, const NewMember &member, QObject *context,
                                Handler<ProjectUser> done);
    /// POST /organization/projects/{id}/users/{user_id} {"role"}. Bucket "members.modify";
    /// setting a role twice does no harm, so it is repeated like a rename (Retry::Overwrite).
    QPointer<ApiCall> changeMemberRole(const QString &projectId, const QString &userId, const QString &role,
                                       QObject *context, Handler<ProjectUser> done);
    /// DELETE /organization/projects/{id}/users/{user_id}. Bucket "members.remove". Repeated
    /// like a rename; a 404 is success with Deletion::alreadyGone.
    QPointer<ApiCall> removeMember(const QString &projectId, const QString &userId, QObject *context,
                                   Handler<Deletion> done);

    /// GET /organization/users, with `emails=` once per address. Bucket "users.list".
    /// The picker should offer only OrganizationUser::isPerson() users.
    QPointer<ApiCall> listOrganizationUsers(const PageQuery &page, const QStringList &emails, QObject *context,
                                            Handler<OrganizationUserPage> done);

    /// GET /organization/projects/{id}/service_accounts. Bucket "serviceaccounts.list".
    QPointer<ApiCall> listServiceAccounts(const QString &projectId, const PageQuery &page, QObject *context,
                                          Handler<ServiceAccountPage> done);
    /// POST /organization/projects/{id}/service_accounts {"name"}. Bucket "serviceaccounts.create".
    /// The answer carries the account's key, once (CreatedServiceAccount::apiKey). Repeated only
    /// after a 429; never blindly: after an unknown outcome it ends with OutcomeUnknown, and the
    /// caller must list the service accounts before creating again (an account found there was
    /// made, but its key is lost: delete it and create a new one).
    QPointer<ApiCall> createServiceAccount(const QString &projectId, const QString &name, QObject *context,
                                           Handler<CreatedServiceAccount> done);
    /// DELETE /organization/projects/{id}/service_accounts/{sa_id}; its keys stop working.
    /// Bucket "serviceaccounts.delete". Repeated like a rename; a 404 is success with
    /// Deletion::alreadyGone.
    QPointer<ApiCall> deleteServiceAccount(const QString &projectId, const QString &serviceAccountId,
                                           QObject *context, Handler<Deletion> done);

    /// GET /organization/projects/{id}/api_keys?owner_project_access=any: every enabled key,
    /// also those whose owner has lost access (the default filter would hide them).
    /// Bucket "apikeys.list".
    QPointer<ApiCall> listApiKeys(const QString &projectId, const PageQuery &page, QObject *context,
                                  Handler<ApiKeyPage> done);
    /// DELETE /organization/projects/{id}/api_keys/{key_id}. Bucket "apikeys.delete". A
    /// service account's key is refused by the service (400): check ApiKey::isDeletable()
    /// first. Repeated like a rename; a 404 is success with Deletion::alreadyGone.
    QPointer<ApiCall> deleteApiKey(const QString &projectId, const QString &keyId, QObject *context,
                                   Handler<Deletion> done);

    /// GET /organization/projects/{id}/rate_limits. Bucket "ratelimits.list".
    QPointer<ApiCall> listRateLimits(const QString &projectId, const PageQuery &page, QObject *context,
                                     Handler<RateLimitPage> done);
    /// POST /organization/projects/{id}/rate_limits/{rl_id} with the changed fields only.
    /// Bucket "ratelimits.update". Repeated only after a 429: after an unknown outcome one
    /// list request (the first 100 limits) re-reads the limit; if it holds the new values the
    /// update is a success with the limit read, otherwise the original error comes back and
    /// the caller decides whether to send again. An empty change is refused without a request.
    QPointer<ApiCall> updateRateLimit(const QString &projectId, const QString &rateLimitId,
                                      const RateLimitChange &change, QObject *context, Handler<RateLimit> done);

    /// True for an add-member refusal that says the user is not in the organization (the
    /// service has no documented code for it: a 400/404 whose param is user_id or email, or
    /// whose message says so). The UI then adds that they must be invited first.
    [[nodiscard]] static bool isNotOrganizationMember(const ApiError &error);

private:
    template <typename T>
    QPointer<ApiCall> refuse(QObject *context, Handler<T> done, const QString &why);

    AdminApiClient *m_client;
};
