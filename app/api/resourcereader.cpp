// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "resourcereader.h"

namespace ResourceReader {

ApiResult<ProjectUserPage> projectUsers(const QByteArray &body, const QString &sentAfter, const QString &requestId)
{
    return ListReader::page<ProjectUser>(body, sentAfter, requestId, &ProjectUser::fromJson);
}

ApiResult<OrganizationUserPage> organizationUsers(const QByteArray &body, const QString &sentAfter, const QString &requestId)
{
    return ListReader::page<OrganizationUser>(body, sentAfter, requestId, &OrganizationUser::fromJson);
}

ApiResult<ServiceAccountPage> serviceAccounts(const QByteArray &body, const QString &sentAfter, const QString &requestId)
{
    return ListReader::page<ServiceAccount>(body, sentAfter, requestId, &ServiceAccount::fromJson);
}

ApiResult<ApiKeyPage> apiKeys(const QByteArray &body, const QString &sentAfter, const QString &requestId)
{
    return ListReader::page<ApiKey>(body, sentAfter, requestId, &ApiKey::fromJson);
}

ApiResult<RateLimitPage> rateLimits(const QByteArray &body, const QString &sentAfter, const QString &requestId)
{
    return ListReader::page<RateLimit>(body, sentAfter, requestId, &RateLimit::fromJson);
}

ApiResult<ProjectUser> projectUser(const QByteArray &body, const QString &requestId)
{
    return ListReader::single<ProjectUser>(body, requestId, &ProjectUser::fromJson);
}

ApiResult<CreatedServiceAccount> createdServiceAccount(const QByteArray &body, const QString &requestId)
{
    return ListReader::single<CreatedServiceAccount>(body, requestId, &CreatedServiceAccount::fromJson);
}

ApiResult<RateLimit> rateLimit(const QByteArray &body, const QString &requestId)
{
    return ListReader::single<RateLimit>(body, requestId, &RateLimit::fromJson);
}

ApiResult<Deletion> deletion(const QByteArray &body, const QString &requestId)
{
    const auto read = [&requestId](const QJsonObject &json, QString *why) -> std::optional<Deletion> {
        const QJsonValue deleted = json.value(QLatin1String("deleted"));
        if (!deleted.isBool() || !deleted.toBool()) {
            *why = QStringLiteral("a delete answer without \"deleted\": true");
            return std::nullopt;
        }
        const QJsonValue id = json.value(QLatin1String("id"));
        return Deletion{id.isString() ? id.toString() : QString(), false, requestId};
    };
    return ListReader::single<Deletion>(body, requestId, read);
}

} // namespace ResourceReader
