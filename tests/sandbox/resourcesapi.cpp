// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "resourcesapi.h"

#include "projectsapi.h"
#include "projectstore.h"
#include "resourceresponses.h"

#include <QStringList>

#include <algorithm>

using namespace ResourceResponses;

namespace {

struct Operation
{
    const char *collection; ///< "users" under /organization, or a project's collection
    bool project;           ///< under /organization/projects/{id}
    bool item;              ///< with an item id
    const char *method;
    const char *endpoint;
};

constexpr Operation operations[] = {
    {"users", false, false, "GET", "users.list"},
    {"users", false, true, "GET", "users.retrieve"},
    {"users", true, false, "GET", "members.list"},
    {"users", true, false, "POST", "members.add"},
    {"users", true, true, "GET", "members.retrieve"},
    {"users", true, true, "POST", "members.modify"},
    {"users", true, true, "DELETE", "members.remove"},
    {"service_accounts", true, false, "GET", "serviceaccounts.list"},
    {"service_accounts", true, false, "POST", "serviceaccounts.create"},
    {"service_accounts", true, true, "GET", "serviceaccounts.retrieve"},
    {"service_accounts", true, true, "DELETE", "serviceaccounts.delete"},
    {"api_keys", true, false, "GET", "apikeys.list"},
    {"api_keys", true, true, "GET", "apikeys.retrieve"},
    {"api_keys", true, true, "DELETE", "apikeys.delete"},
    {"rate_limits", true, false, "GET", "ratelimits.list"},
    {"rate_limits", true, true, "POST", "ratelimits.update"},
};

bool isWrite(const QString &endpoint)
{
    return !endpoint.endsWith(QLatin1String(".list")) && !endpoint.endsWith(QLatin1String(".retrieve"));
}

QString roleProblem(const QJsonValue &role)
{
    if (role.isUndefined() || role.isNull())
        return QStringLiteral("Missing required parameter: 'role'.");
    if (role != QJsonValue(QStringLiteral("owner")) && role != QJsonValue(QStringLiteral("member")))
        return QStringLiteral("Invalid value for 'role': expected 'owner' or 'member'.");
    return {};
}

SandboxResponse memberNotFound(const QString &userId)
{
    return notFound(QStringLiteral("No user with id '%1' in this project.").arg(userId));
}

} // namespace

ResourcesRoute ResourcesRoute::match(const QByteArray &method, const QString &path)
{
    ResourcesRoute route;
    static const QString organization = QStringLiteral("/v1/organization/");
    if (!path.startsWith(organization))
        return route;
    QStringList parts = path.mid(organization.size()).split(QLatin1Char('/'));
    bool underProject = false;
    if (parts.size() >= 3 && parts.at(0) == QLatin1String("projects") && !parts.at(1).isEmpty()) {
        underProject = true;
        route.projectId = QUrl::fromPercentEncoding(parts.at(1).toUtf8());
        parts = parts.mid(2);
    }
    if (parts.isEmpty() || parts.size() > 2 || (parts.size() == 2 && parts.at(1).isEmpty()))
        return route;
    const bool item = parts.size() == 2;
    for (const Operation &op : operations) {
        if (parts.at(0) != QLatin1String(op.collection) || op.project != underProject || op.item != item)
            continue;
        route.pathKnown = true;
        route.allowedMethods += (route.allowedMethods.isEmpty() ? "" : ", ") + QByteArray(op.method);
        if (method == op.method)
            route.endpoint = QLatin1String(op.endpoint);
    }
    if (item)
        route.itemId = QUrl::fromPercentEncoding(parts.at(1).toUtf8());
    return route;
}

SandboxResponse ResourcesApi::serve(const ResourcesRoute &route, const QUrlQuery &query, const QByteArray &body,
                                    qint64 nowSecs, QRandomGenerator &random)
{
    const QString &endpoint = route.endpoint;
    if (endpoint == QLatin1String("users.list"))
        return listUsers(query);
    if (endpoint == QLatin1String("users.retrieve"))
        return retrieveUser(route.itemId);

    const SandboxProject *project = m_projects.find(route.projectId);
    if (!project)
        return notFound(QStringLiteral("No project found with id '%1'.").arg(route.projectId));
    // The spec: listing users or service accounts of an archived project is an error ("archived
    // projects have no users"), and archived projects cannot be updated. Its keys and rate
    // limits can still be read.
    const bool archivedRead = endpoint.startsWith(QLatin1String("members."))
        || endpoint.startsWith(QLatin1String("serviceaccounts."));
    if (project->archivedAt && (isWrite(endpoint) || archivedRead))
        return ProjectsApi::projectArchived(project->id);

    ProjectResources &resources = m_resources.project(project->id, project->createdAt);
    const QString &id = route.itemId;
    if (endpoint == QLatin1String("members.list"))
        return listMembers(resources, query);
    if (endpoint == QLatin1String("members.retrieve"))
        return retrieveMember(resources, id);
    if (endpoint == QLatin1String("members.add"))
        return addMember(resources, project->id, body, nowSecs);
    if (endpoint == QLatin1String("members.modify"))
        return modifyMember(resources, id, body);
    if (endpoint == QLatin1String("members.remove"))
        return removeMember(resources, *project, id);
    if (endpoint == QLatin1String("serviceaccounts.list"))
        return listServiceAccounts(resources, query);
    if (endpoint == QLatin1String("serviceaccounts.retrieve"))
        return retrieveServiceAccount(resources, id);
    if (endpoint == QLatin1String("serviceaccounts.create"))
        return createServiceAccount(resources, body, nowSecs, random);
    if (endpoint == QLatin1String("serviceaccounts.delete"))
        return deleteServiceAccount(resources, id);
    if (endpoint == QLatin1String("apikeys.list"))
        return listApiKeys(resources, query);
    if (endpoint == QLatin1String("apikeys.retrieve"))
        return retrieveApiKey(resources, id);
    if (endpoint == QLatin1String("apikeys.delete"))
        return deleteApiKey(resources, id);
    if (endpoint == QLatin1String("ratelimits.list"))
        return listRateLimits(resources, query);
    if (endpoint == QLatin1String("ratelimits.update"))
        return updateRateLimit(resources, id, body);
    return notFound(QStringLiteral("Invalid URL"));
}

namespace {

QJsonObject userJson(const SandboxUser &user)
{
    QJsonObject json{
        {QStringLiteral("object"), QStringLiteral("organization.user")},
        {QStringLiteral("id"), user.id},
        {QStringLiteral("role"), user.role},
        {QStringLiteral("added_at"), user.addedAt},
        {QStringLiteral("created"), user.createdAt},
    };
    // Undefined values (an absent field) are not inserted: absent stays absent.
    if (!user.name.isUndefined())
        json.insert(QStringLiteral("name"), user.name);
    if (!user.email.isUndefined())
        json.insert(QStringLiteral("email"), user.email);
    if (user.isDefault)
        json.insert(QStringLiteral("is_default"), true);
    if (user.isServiceAccount)
        json.insert(QStringLiteral("is_service_account"), true);
    return json;
}

} // namespace

SandboxResponse ResourcesApi::listUsers(const QUrlQuery &query) const
{
    // emails=a&emails=b (OpenAPI's default form) or emails[]=a: exact, case-insensitive.
    QStringList emails = query.allQueryItemValues(QStringLiteral("emails"), QUrl::FullyDecoded);
    emails += query.allQueryItemValues(QStringLiteral("emails[]"), QUrl::FullyDecoded);
    QList<SandboxUser> users = m_resources.users();
    if (!emails.isEmpty()) {
        users.removeIf([&emails](const SandboxUser &user) {
            return !user.email.isString() || !emails.contains(user.email.toString(), Qt::CaseInsensitive);
        });
    }
    return page(users, query, 20, false, [](const SandboxUser &u) { return u.id; }, &userJson);
}

SandboxResponse ResourcesApi::retrieveUser(const QString &id) const
{
    const SandboxUser *user = m_resources.user(id);
    return user ? SandboxResponse::json(200, userJson(*user))
                : notFound(QStringLiteral("No user with id '%1' in this organization.").arg(id));
}

QJsonObject ResourcesApi::memberJson(const SandboxMember &member) const
{
    QJsonObject json{
        {QStringLiteral("object"), QStringLiteral("organization.project.user")},
        {QStringLiteral("id"), member.userId},
        {QStringLiteral("role"), member.role},
        {QStringLiteral("added_at"), member.addedAt},
    };
    if (const SandboxUser *user = m_resources.user(member.userId)) {
        if (!user->name.isUndefined())
            json.insert(QStringLiteral("name"), user->name);
        if (!user->email.isUndefined())
            json.insert(QStringLiteral("email"), user->email);
    }
    return json;
}

SandboxResponse ResourcesApi::listMembers(ProjectResources &project, const QUrlQuery &query) const
{
    return page(project.members, query, 20, false, [](const SandboxMember &m) { return m.userId; },
                [this](const SandboxMember &m) { return memberJson(m); });
}

SandboxResponse ResourcesApi::retrieveMember(ProjectResources &project, const QString &userId) const
{
    for (const SandboxMember &member : std::as_const(project.members)) {
        if (member.userId == userId)
            return SandboxResponse::json(200, memberJson(member));
    }
    return memberNotFound(userId);
}

SandboxResponse ResourcesApi::addMember(ProjectResources &project, const QString &projectId,
                                        const QByteArray &body, qint64 nowSecs)
{
    const auto parsed = ResourceResponses::body(body);
    if (const auto *error = std::get_if<SandboxResponse>(&parsed))
        return *error;
    const QJsonObject json = std::get<QJsonObject>(parsed);
    const QString problem = roleProblem(json.value(QLatin1String("role")));
    if (!problem.isEmpty())
        return badRequest(problem, QStringLiteral("role"), QStringLiteral("invalid_value"));
    // user_id wins over email when both are given.
    const QJsonValue userId = json.value(QLatin1String("user_id"));
    const QJsonValue email = json.value(QLatin1String("email"));
    const SandboxUser *user = nullptr;
    QString param;
    if (userId.isString() && !userId.toString().isEmpty()) {
        param = QStringLiteral("user_id");
        user = m_resources.user(userId.toString());
    } else if (email.isString() && !email.toString().isEmpty()) {
        param = QStringLiteral("email");
        user = m_resources.userByEmail(email.toString());
    } else {
        return badRequest(QStringLiteral("Missing required parameter: one of 'user_id' or 'email'."),
                          QStringLiteral("user_id"), QStringLiteral("missing_required_parameter"));
    }
    if (!user || user->isDefault || user->isServiceAccount) {
        const QString who = param == QLatin1String("user_id") ? userId.toString() : email.toString();
        return badRequest(QStringLiteral("User '%1' is not a member of this organization. Users must already "
                                         "be members of the organization to be added to a project.").arg(who),
                          param);
    }
    const auto existing = std::find_if(project.members.cbegin(), project.members.cend(),
                                       [user](const SandboxMember &m) { return m.userId == user->id; });
    if (existing != project.members.cend()) {
        return badRequest(QStringLiteral("User '%1' is already a member of project '%2'.").arg(user->id, projectId),
                          param);
    }
    project.members.append({user->id, json.value(QLatin1String("role")).toString(), nowSecs});
    return SandboxResponse::json(200, memberJson(project.members.constLast()));
}

SandboxResponse ResourcesApi::modifyMember(ProjectResources &project, const QString &userId, const QByteArray &body)
{
    const auto parsed = ResourceResponses::body(body);
    if (const auto *error = std::get_if<SandboxResponse>(&parsed))
        return *error;
    const QJsonValue role = std::get<QJsonObject>(parsed).value(QLatin1String("role"));
    const QString problem = roleProblem(role);
    if (!problem.isEmpty())
        return badRequest(problem, QStringLiteral("role"), QStringLiteral("invalid_value"));
    for (SandboxMember &member : project.members) {
        if (member.userId == userId) {
            member.role = role.toString();
            return SandboxResponse::json(200, memberJson(member));
        }
    }
    return memberNotFound(userId);
}

SandboxResponse ResourcesApi::removeMember(ProjectResources &project, const SandboxProject &owner,
                                           const QString &userId)
{
    const auto it = std::find_if(project.members.begin(), project.members.end(),
                                 [&userId](const SandboxMember &m) { return m.userId == userId; });
    if (it == project.members.end())
        return memberNotFound(userId);
    if (owner.isDefault) {
        return badRequest(QStringLiteral("Users cannot be removed from the Default project; remove them from "
                                         "the organization instead."));
    }
    project.members.erase(it);
    return SandboxResponse::json(200, QJsonObject{
        {QStringLiteral("object"), QStringLiteral("organization.project.user.deleted")},
        {QStringLiteral("id"), userId},
        {QStringLiteral("deleted"), true},
    });
}
