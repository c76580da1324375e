// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apikey.h"
#include "listpage.h"
#include "projectuser.h"
#include "ratelimit.h"
#include "serviceaccount.h"

#include <QByteArray>
#include <QString>

using ProjectUserPage = ListPage<ProjectUser>;
using OrganizationUserPage = ListPage<OrganizationUser>;
using ServiceAccountPage = ListPage<ServiceAccount>;
using ApiKeyPage = ListPage<ApiKey>;
using RateLimitPage = ListPage<RateLimit>;

Q_DECLARE_METATYPE(ProjectUserPage)
Q_DECLARE_METATYPE(OrganizationUserPage)
Q_DECLARE_METATYPE(ServiceAccountPage)
Q_DECLARE_METATYPE(ApiKeyPage)
Q_DECLARE_METATYPE(RateLimitPage)

/// The answer of a delete (`{"object": "….deleted", "id", "deleted": true}`).
struct Deletion
{
    QString id;
    /// The service answered 404: the object was gone already (removed by someone else, or by
    /// an earlier attempt of this delete whose answer was lost). What the user wanted holds.
    bool alreadyGone = false;
    QString requestId;
};

Q_DECLARE_METATYPE(Deletion)

/// The readers of the members, service accounts, API keys, organization users and rate
/// limits answers. Like ReplyParser: anything malformed becomes a BadResponse that says what
/// and carries @p requestId, never a crash and never a half page.
namespace ResourceReader {

[[nodiscard]] ApiResult<ProjectUserPage> projectUsers(const QByteArray &body, const QString &sentAfter, const QString &requestId = {});
[[nodiscard]] ApiResult<OrganizationUserPage> organizationUsers(const QByteArray &body, const QString &sentAfter, const QString &requestId = {});
[[nodiscard]] ApiResult<ServiceAccountPage> serviceAccounts(const QByteArray &body, const QString &sentAfter, const QString &requestId = {});
[[nodiscard]] ApiResult<ApiKeyPage> apiKeys(const QByteArray &body, const QString &sentAfter, const QString &requestId = {});
[[nodiscard]] ApiResult<RateLimitPage> rateLimits(const QByteArray &body, const QString &sentAfter, const QString &requestId = {});

[[nodiscard]] ApiResult<ProjectUser> projectUser(const QByteArray &body, const QString &requestId = {});
[[nodiscard]] ApiResult<CreatedServiceAccount> createdServiceAccount(const QByteArray &body, const QString &requestId = {});
[[nodiscard]] ApiResult<RateLimit> rateLimit(const QByteArray &body, const QString &requestId = {});
/// A delete's answer: `deleted` must be true (false, or missing, is a BadResponse: the
/// object may still be there).
[[nodiscard]] ApiResult<Deletion> deletion(const QByteArray &body, const QString &requestId = {});

} // namespace ResourceReader
