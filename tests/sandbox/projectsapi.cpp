// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectsapi.h"

#include "projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

#include <variant>

namespace {

const QString invalidRequest = QStringLiteral("invalid_request_error");

SandboxResponse badRequest(const QString &message, const QString &param = QString(),
                           const QString &code = QString())
{
    return SandboxResponse::error(400, message, invalidRequest, param, code);
}

SandboxResponse notFound(const QString &id)
{
    return SandboxResponse::error(404, QStringLiteral("No project found with id '%1'.").arg(id),
                                  invalidRequest, QString(), QStringLiteral("not_found"));
}

// The JSON of a request body, or the 400 the service gives for one it cannot read.
std::variant<QJsonObject, SandboxResponse> parseBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return badRequest(QStringLiteral(
            "We could not parse the JSON body of your request. (HINT: This likely means you "
            "aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, "
            "but what was sent was not valid JSON.)"));
    }
    return document.object();
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("a value");
    }
}

// The project name in a create or modify body, or the 400 that rejects it.
std::variant<QString, SandboxResponse> nameFromBody(const QByteArray &body)
{
    auto parsed = parseBody(body);
    if (auto *error = std::get_if<SandboxResponse>(&parsed))
        return *error;
    const QJsonObject object = std::get<QJsonObject>(parsed);
    const auto name = object.constFind(QLatin1String("name"));
    if (name == object.constEnd()) {
        return badRequest(QStringLiteral("Missing required parameter: 'name'."),
                          QStringLiteral("name"), QStringLiteral("missing_required_parameter"));
    }
    if (!name->isString()) {
        return badRequest(QStringLiteral("Invalid type for 'name': expected a string, but got "
                                         "%1 instead.").arg(jsonTypeName(*name)),
                          QStringLiteral("name"), QStringLiteral("invalid_type"));
    }
    const QString value = name->toString();
    if (value.trimmed().isEmpty()) {
        return badRequest(QStringLiteral("Invalid 'name': empty string. Expected a string with "
                                         "minimum length 1, but got an empty string instead."),
                          QStringLiteral("name"), QStringLiteral("empty_string"));
    }
    return value;
}

std::variant<int, SandboxResponse> limitFromQuery(const QUrlQuery &query)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return 20;
    const QString text = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded);
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
    if (!integer.match(text).hasMatch()) {
        return badRequest(QStringLiteral("Invalid type for 'limit': expected an integer, but got "
                                         "'%1' instead.").arg(text),
                          QStringLiteral("limit"), QStringLiteral("invalid_type"));
    }
    bool fits = false;
    const qint64 parsed = text.toLongLong(&fits);
    // A number too long for 64 bits is still just too small or too large.
    const qint64 limit = fits ? parsed : text.startsWith(QLatin1Char('-')) ? -1 : 101;
    if (limit < 1) {
        return badRequest(QStringLiteral("Invalid 'limit': integer below minimum value. "
                                         "Expected a value >= 1, but got %1 instead.").arg(text),
                          QStringLiteral("limit"), QStringLiteral("integer_below_min_value"));
    }
    if (limit > 100) {
        return badRequest(QStringLiteral("Invalid 'limit': integer above maximum value. "
                                         "Expected a value <= 100, but got %1 instead.")
                              .arg(text),
                          QStringLiteral("limit"), QStringLiteral("integer_above_max_value"));
    }
    return int(limit);
}

} // namespace

ProjectsRoute ProjectsRoute::match(const QByteArray &method, const QString &path)
{
    static const QString prefix = QStringLiteral("/v1/organization/projects");
    ProjectsRoute route;
    if (!path.startsWith(prefix))
        return route;
    const QStringList rest = path.mid(prefix.size()).split(QLatin1Char('/'));
    // rest[0] is what follows the prefix up to the next slash: it must be empty.
    if (!rest.first().isEmpty())
        return route;
    const bool isGet = method == "GET";
    const bool isPost = method == "POST";
    if (rest.size() == 1) {
        route.pathKnown = true;
        route.allowedMethods = QByteArrayLiteral("GET, POST");
        route.endpoint = isGet ? Endpoint::List : isPost ? Endpoint::Create : Endpoint::None;
    } else if (rest.size() == 2 && !rest.at(1).isEmpty()) {
        route.pathKnown = true;
        route.allowedMethods = QByteArrayLiteral("GET, POST");
        route.projectId = rest.at(1);
        route.endpoint = isGet ? Endpoint::Retrieve : isPost ? Endpoint::Modify : Endpoint::None;
    } else if (rest.size() == 3 && !rest.at(1).isEmpty()
               && rest.at(2) == QLatin1String("archive")) {
        route.pathKnown = true;
        route.allowedMethods = QByteArrayLiteral("POST");
        route.projectId = rest.at(1);
        route.endpoint = isPost ? Endpoint::Archive : Endpoint::None;
    }
    return route;
}

QString ProjectsRoute::endpointName() const
{
    switch (endpoint) {
    case Endpoint::List: return QStringLiteral("list");
    case Endpoint::Create: return QStringLiteral("create");
    case Endpoint::Retrieve: return QStringLiteral("retrieve");
    case Endpoint::Modify: return QStringLiteral("modify");
    case Endpoint::Archive: return QStringLiteral("archive");
    case Endpoint::None: break;
    }
    return {};
}

SandboxResponse ProjectsApi::list(const QUrlQuery &query) const
{
    const auto limit = limitFromQuery(query);
    if (auto *error = std::get_if<SandboxResponse>(&limit))
        return *error;

    bool includeArchived = false;
    if (query.hasQueryItem(QStringLiteral("include_archived"))) {
        const QString text = query.queryItemValue(QStringLiteral("include_archived"),
                                                  QUrl::FullyDecoded);
        if (text != QLatin1String("true") && text != QLatin1String("false")) {
            return badRequest(QStringLiteral("Invalid value for 'include_archived': expected "
                                             "'true' or 'false', but got '%1' instead.").arg(text),
                              QStringLiteral("include_archived"), QStringLiteral("invalid_value"));
        }
        includeArchived = text == QLatin1String("true");
    }

    const SandboxProject *after = nullptr;
    if (query.hasQueryItem(QStringLiteral("after"))) {
        const QString id = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
        after = m_store.find(id);
        if (!after) {
            return badRequest(QStringLiteral("Invalid 'after': no project with id '%1' in this "
                                             "organization.").arg(id),
                              QStringLiteral("after"), QStringLiteral("invalid_value"));
        }
    }

    const ProjectStore::Page page = m_store.page(after, std::get<int>(limit), includeArchived);
    if (page.items.isEmpty())
        return listAnswer(page.items, QJsonValue::Null, QJsonValue::Null, page.hasMore);
    return listAnswer(page.items, page.items.first().id, page.items.last().id, page.hasMore);
}

SandboxResponse ProjectsApi::listAnswer(const QList<SandboxProject> &items,
                                        const QJsonValue &firstId, const QJsonValue &lastId,
                                        bool hasMore)
{
    QJsonArray data;
    for (const SandboxProject &project : items)
        data.append(toJson(project));
    return SandboxResponse::json(200, QJsonObject{
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("data"), data},
        {QStringLiteral("first_id"), firstId},
        {QStringLiteral("last_id"), lastId},
        {QStringLiteral("has_more"), hasMore},
    });
}

ProjectsApi::ListParameters ProjectsApi::lenientListParameters(const QUrlQuery &query)
{
    ListParameters parameters;
    const auto limit = limitFromQuery(query);
    if (const int *valid = std::get_if<int>(&limit))
        parameters.limit = *valid;
    parameters.includeArchived
        = query.queryItemValue(QStringLiteral("include_archived"), QUrl::FullyDecoded)
        == QLatin1String("true");
    return parameters;
}

SandboxResponse ProjectsApi::create(const QByteArray &body, qint64 nowSecs,
                                    QRandomGenerator &random)
{
    const auto name = nameFromBody(body);
    if (auto *error = std::get_if<SandboxResponse>(&name))
        return *error;
    SandboxProject project;
    project.id = m_store.newId(random);
    project.name = std::get<QString>(name);
    project.createdAt = nowSecs;
    return SandboxResponse::json(200, toJson(m_store.insert(project)));
}

SandboxResponse ProjectsApi::retrieve(const QString &id) const
{
    const SandboxProject *project = m_store.find(id);
    return project ? SandboxResponse::json(200, toJson(*project)) : notFound(id);
}

SandboxResponse ProjectsApi::modify(const QString &id, const QByteArray &body)
{
    const auto name = nameFromBody(body);
    if (auto *error = std::get_if<SandboxResponse>(&name))
        return *error;
    const SandboxProject *project = m_store.find(id);
    if (!project)
        return notFound(id);
    if (project->isDefault)
        return badRequest(QStringLiteral("The Default project cannot be modified."));
    if (project->archivedAt)
        return projectArchived(id);
    m_store.rename(id, std::get<QString>(name));
    return SandboxResponse::json(200, toJson(*m_store.find(id)));
}

SandboxResponse ProjectsApi::archive(const QString &id, qint64 nowSecs, bool archiveBug)
{
    const SandboxProject *project = m_store.find(id);
    if (!project)
        return notFound(id);
    if (project->isDefault)
        return badRequest(QStringLiteral("The Default project cannot be archived."));
    if (project->archivedAt)
        return projectArchived(id);
    m_store.archive(id, nowSecs);
    if (archiveBug)
        return projectArchived(id);
    return SandboxResponse::json(200, toJson(*m_store.find(id)));
}

QJsonObject ProjectsApi::toJson(const SandboxProject &project)
{
    return QJsonObject{
        {QStringLiteral("id"), project.id},
        {QStringLiteral("object"), QStringLiteral("organization.project")},
        {QStringLiteral("name"), project.name},
        {QStringLiteral("created_at"), project.createdAt},
        {QStringLiteral("archived_at"),
         project.archivedAt ? QJsonValue(*project.archivedAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"),
         project.archivedAt ? QStringLiteral("archived") : QStringLiteral("active")},
    };
}

SandboxResponse ProjectsApi::projectArchived(const QString &id)
{
    return badRequest(QStringLiteral("Project '%1' is archived. You can only update an active "
                                     "project.").arg(id),
                      QString(), QStringLiteral("project_archived"));
}
