// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectresourcesapi.h"

#include "apilogging.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace {

using Retry = RequestSpec::Retry;

QString segment(const QString &id)
{
    // An id is one path segment, whatever it contains ("../", "?", "/").
    return QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString projectPath(const QString &projectId, QLatin1StringView collection, const QString &itemId = {})
{
    QString path = QStringLiteral("/organization/projects") + segment(projectId) + QLatin1Char('/') + collection;
    if (!itemId.isNull())
        path += segment(itemId);
    return path;
}

QString pageQuery(const PageQuery &page, const QStringList &extra = {})
{
    QStringList items;
    if (!page.after.isEmpty())
        items << QLatin1String("after=") + QString::fromLatin1(QUrl::toPercentEncoding(page.after));
    items << QStringLiteral("limit=%1").arg(std::clamp(page.limit, 1, 100));
    items << extra;
    return items.join(QLatin1Char('&'));
}

QByteArray jsonBody(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

RequestSpec get(const QString &path, const QString &query, const char *endpoint)
{
    return {"GET", path, query, std::nullopt, QLatin1String(endpoint), Retry::Safe};
}

// A delete reaches its goal when the object is gone: a 404 (someone else removed it, or an
// earlier attempt of this one whose answer was lost) counts as done.
ProjectResourcesApi::Handler<Deletion> goneIsDone(const QString &id, ProjectResourcesApi::Handler<Deletion> done)
{
    return [id, done = std::move(done)](const ApiResult<Deletion> &result) {
        if (!done)
            return;
        if (!result.ok() && result.error().kind() == ApiError::Kind::NotFound) {
            done(Deletion{id, true, result.error().requestId()});
            return;
        }
        done(result);
    };
}

ApiError outcomeUnknown(const ApiError &original, const QString &what)
{
    ApiError unknown(ApiError::Kind::OutcomeUnknown,
                     QStringLiteral("%1 (%2)").arg(what, original.detail().isEmpty()
                                                             ? QString::number(original.httpStatus())
                                                             : original.detail()));
    unknown.setHttpStatus(original.httpStatus()).setRequestId(original.requestId());
    return unknown;
}

// The error of an outcome whose 2xx body could not be read is made by the reader.
template <typename T>
ApiResult<T> resultOf(const RequestOutcome &o, ApiResult<T> (*read)(const QByteArray &, const QString &))
{
    return o.error.isError() ? ApiResult<T>(o.error) : read(o.body, o.requestId);
}

// The work may have been done: the answer was lost, or came but could not be read.
bool mayHaveHappened(const RequestOutcome &o)
{
    return o.outcomeUnknown || !o.error.isError();
}

} // namespace

template <typename T>
QPointer<ApiCall> ProjectResourcesApi::refuse(QObject *context, Handler<T> done, const QString &why)
{
    QTimer::singleShot(0, context, [done = std::move(done), why] {
        if (done)
            done(ApiError(ApiError::Kind::InvalidRequest, why));
    });
    return {};
}

QPointer<ApiCall> ProjectResourcesApi::listMembers(const QString &projectId, const PageQuery &page,
                                                   QObject *context, Handler<ProjectUserPage> done)
{
    if (projectId.isEmpty())
        return refuse(context, std::move(done), QStringLiteral("no project id"));
    return m_client->send<ProjectUserPage>(
        get(projectPath(projectId, QLatin1StringView("users")), pageQuery(page), "members.list"), context,
        [after = page.after](const RequestOutcome &o) { return ResourceReader::projectUsers(o.body, after, o.requestId); },
        std::move(done));
}

QPointer<ApiCall> ProjectResourcesApi::retrieveMember(const QString &projectId, const QString &userId,
                                                      QObject *context, Handler<ProjectUser> done)
{
    if (projectId.isEmpty() || userId.isEmpty())
        return refuse(context, std::move(done), QStringLiteral("no project or user id"));
    return m_client->send<ProjectUser>(
        get(projectPath(projectId, QLatin1StringView("users"), userId), {}, "members.retrieve"), context,
        [](const RequestOutcome &o) { return ResourceReader::projectUser(o.body, o.requestId); }, std::move(done));
}

QPointer<ApiCall> ProjectResourcesApi::addMember(const QString &projectId, const NewMember &member,
                                                 QObject *context, Handler<ProjectUser> done)
{
    if (projectId.isEmpty() || (member.userId.isEmpty() && member.email.isEmpty()))
        return refuse(context, std::move(done), QStringLiteral("no project, or no user id nor email"));
    QJsonObject body{{QStringLiteral("role"), member.role}};
    if (!member.userId.isEmpty())
        body.insert(QStringLiteral("user_id"), member.userId);
    else
        body.insert(QStringLiteral("email"), member.email);
    const RequestSpec spec{"POST", projectPath(projectId, QLatin1StringView("users")), {}, jsonBody(body),
                           QStringLiteral("members.add"), Retry::RejectionsOnly};
    const QPointer<QObject> guard(context);
    return m_client->sendRequest(spec, context, [client = m_client, guard, projectId, member, done](const RequestOutcome &o) {
        const ApiResult<ProjectUser> result = resultOf<ProjectUser>(o, &ResourceReader::projectUser);
        if (result.ok() || !mayHaveHappened(o) || member.userId.isEmpty() || !guard) {
            if (done)
                done(result.ok() || !mayHaveHappened(o) ? result
                                                        : outcomeUnknown(result.error(), QStringLiteral("the member may have been added")));
            return;
        }
        qCInfo(lcOrgDeskApi) << "add member outcome unknown; looking for the member";
        const ApiError original = result.error();
        ProjectResourcesApi(client).retrieveMember(projectId, member.userId, guard, [done, original](const ApiResult<ProjectUser> &check) {
            if (!done)
                return;
            if (check.ok())
                done(check);
            else if (check.error().kind() == ApiError::Kind::NotFound)
                done(original);
            else
                done(outcomeUnknown(original, QStringLiteral("the member may have been added")));
        });
    });
}

QPointer<ApiCall> ProjectResourcesApi::changeMemberRole(const QString &projectId, const QString &userId,
                                                        const QString &role, QObject *context,
                                                        Handler<ProjectUser> done)
{
    if (projectId.isEmpty() || userId.isEmpty())
        return refuse(context, std::move(done), QStringLiteral("no project or user id"));
    const RequestSpec spec{"POST", projectPath(projectId, QLatin1StringView("users"), userId), {},
                           jsonBody({{QStringLiteral("role"), role}}), QStringLiteral("members.modify"),
                           Retry::Overwrite};
    return m_client->send<ProjectUser>(
        spec, context, [](const RequestOutcome &o) { return ResourceReader::projectUser(o.body, o.requestId); },
        std::move(done));
}

QPointer<ApiCall> ProjectResourcesApi::removeMember(const QString &projectId, const QString &userId,
                                                    QObject *context, Handler<Deletion> done)
{
    if (projectId.isEmpty() || userId.isEmpty())
        return refuse(context, std::move(done), QStringLiteral("no project or user id"));
    const RequestSpec spec{"DELETE", projectPath(projectId, QLatin1StringView("users"), userId), {},
                           std::nullopt, QStringLiteral("members.remove"), Retry::Overwrite};
    return m_client->send<Deletion>(
        spec, context, [](const RequestOutcome &o) { return ResourceReader::deletion(o.body, o.requestId); },
        goneIsDone(userId, std::move(done)));
}

QPointer<ApiCall> ProjectResourcesApi::listOrganizationUsers(const PageQuery &page, const QStringList &emails,
                                                             QObject *context, Handler<OrganizationUserPage> done)
{
    QStringList filter;
    for (const QString &email : emails)
        filter << QLatin1String("emails=") + QString::fromLatin1(QUrl::toPercentEncoding(email));
    return m_client->send<OrganizationUserPage>(
        get(QStringLiteral("/organization/users"), pageQuery(page, filter), "users.list"), context,
        [after = page.after](const RequestOutcome &o) { return ResourceReader::organizationUsers(o.body, after, o.requestId); },
        std::move(done));
}

QPointer<ApiCall> ProjectResourcesApi::listServiceAccounts(const QString &projectId, const PageQuery &page,
                                                           QObject *context, Handler<ServiceAccountPage> done)
{
    if (projectId.isEmpty())
        return refuse(context, std::move(done), QStringLiteral("no project id"));
    return m_client->send<ServiceAccountPage>(
        get(projectPath(projectId, QLatin1StringView("service_accounts")), pageQuery(page), "serviceaccounts.list"),
        context,
        [after = page.after](const RequestOutcome &o) { return ResourceReader::serviceAccounts(o.body, after, o.requestId); },
        std::move(done));
}

QPointer<ApiCall> ProjectResourcesApi::createServiceAccount(const QString &projectId, const QString &name,
                                                            QObject *context, Handler<CreatedServiceAccount> done)
{
    if (projectId.isEmpty())
        return refuse(context, std::move(done), QStringLiteral("no project id"));
    const RequestSpec spec{"POST", projectPath(projectId, QLatin1StringView("service_accounts")), {},
                           jsonBody({{QStringLiteral("name"), name}}), QStringLiteral("serviceaccounts.create"),
                           Retry::RejectionsOnly};
    return m_client->sendRequest(spec, context, [done = std::move(done)](const RequestOutcome &o) {
        if (!done)
            return;
        const ApiResult<CreatedServiceAccount> result
            = resultOf<CreatedServiceAccount>(o, &ResourceReader::createdServiceAccount);
        if (result.ok() || !mayHaveHappened(o))
            done(result);
        else
            done(outcomeUnknown(result.error(), QStringLiteral("the service account may have been created")));
    });
}

QPointer<ApiCall> ProjectResourcesApi::deleteServiceAccount(const QString &projectId, const QString &serviceAccountId,
                                                            QObject *context, Handler<Deletion> done)
{
    if (projectId.isEmpty() || serviceAccountId.isEmpty())
        return refuse(context, std::move(done), QStringLiteral("no project or service account id"));
    const RequestSpec spec{"DELETE", projectPath(projectId, QLatin1StringView("service_accounts"), serviceAccountId),
                           {}, std::nullopt, QStringLiteral("serviceaccounts.delete"), Retry::Overwrite};
    return m_client->send<Deletion>(
        spec, context, [](const RequestOutcome &o) { return ResourceReader::deletion(o.body, o.requestId); },
        goneIsDone(serviceAccountId, std::move(done)));
}

QPointer<ApiCall> ProjectResourcesApi::listApiKeys(const QString &projectId, const PageQuery &page,
                                                   QObject *context, Handler<ApiKeyPage> done)
{
    if (projectId.isEmpty())
        return refuse(context, std::move(done), QStringLiteral("no project id"));
    return m_client->send<ApiKeyPage>(
        get(projectPath(projectId, QLatin1StringView("api_keys")),
            pageQuery(page, {QStringLiteral("owner_project_access=any")}), "apikeys.list"),
        context,
        [after = page.after](const RequestOutcome &o) { return ResourceReader::apiKeys(o.body, after, o.requestId); },
        std::move(done));
}

QPointer<ApiCall> ProjectResourcesApi::deleteApiKey(const QString &projectId, const QString &keyId,
                                                    QObject *context, Handler<Deletion> done)
{
    if (projectId.isEmpty() || keyId.isEmpty())
        return refuse(context, std::move(done), QStringLiteral("no project or key id"));
    const RequestSpec spec{"DELETE", projectPath(projectId, QLatin1StringView("api_keys"), keyId), {},
                           std::nullopt, QStringLiteral("apikeys.delete"), Retry::Overwrite};
    return m_client->send<Deletion>(
        spec, context, [](const RequestOutcome &o) { return ResourceReader::deletion(o.body, o.requestId); },
        goneIsDone(keyId, std::move(done)));
}

QPointer<ApiCall> ProjectResourcesApi::listRateLimits(const QString &projectId, const PageQuery &page,
                                                      QObject *context, Handler<RateLimitPage> done)
{
    if (projectId.isEmpty())
        return refuse(context, std::move(done), QStringLiteral("no project id"));
    return m_client->send<RateLimitPage>(
        get(projectPath(projectId, QLatin1StringView("rate_limits")), pageQuery(page), "ratelimits.list"), context,
        [after = page.after](const RequestOutcome &o) { return ResourceReader::rateLimits(o.body, after, o.requestId); },
        std::move(done));
}

QPointer<ApiCall> ProjectResourcesApi::updateRateLimit(const QString &projectId, const QString &rateLimitId,
                                                       const RateLimitChange &change, QObject *context,
                                                       Handler<RateLimit> done)
{
    if (projectId.isEmpty() || rateLimitId.isEmpty() || change.isEmpty())
        return refuse(context, std::move(done), QStringLiteral("no project, rate limit or change"));
    const RequestSpec spec{"POST", projectPath(projectId, QLatin1StringView("rate_limits"), rateLimitId), {},
                           jsonBody(change.toJson()), QStringLiteral("ratelimits.update"), Retry::RejectionsOnly};
    const QPointer<QObject> guard(context);
    return m_client->sendRequest(spec, context, [client = m_client, guard, projectId, rateLimitId, change, done](const RequestOutcome &o) {
        const ApiResult<RateLimit> result = resultOf<RateLimit>(o, &ResourceReader::rateLimit);
        if (result.ok() || !mayHaveHappened(o) || !guard) {
            if (done)
                done(result);
            return;
        }
        // Not sent again blindly: someone may have changed the limit meanwhile. Read it.
        qCInfo(lcOrgDeskApi) << "rate limit update outcome unknown; reading the limits";
        const ApiError original = result.error();
        ProjectResourcesApi(client).listRateLimits(projectId, PageQuery{}, guard, [done, rateLimitId, change, original](const ApiResult<RateLimitPage> &page) {
            if (!done)
                return;
            if (!page.ok()) {
                done(outcomeUnknown(original, QStringLiteral("the rate limit may have been changed")));
                return;
            }
            for (const RateLimit &limit : page.value().items) {
                if (limit.id == rateLimitId && change.isAppliedTo(limit)) {
                    done(limit);
                    return;
                }
            }
            done(original);
        });
    });
}

bool ProjectResourcesApi::isNotOrganizationMember(const ApiError &error)
{
    if (error.httpStatus() != 400 && error.httpStatus() != 404)
        return false;
    if (error.param() == QLatin1String("user_id") || error.param() == QLatin1String("email"))
        return true;
    const QString message = error.apiMessage();
    return message.contains(QLatin1String("member of the organization"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("members of the organization"), Qt::CaseInsensitive);
}
