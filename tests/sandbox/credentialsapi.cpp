// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
// ResourcesApi, continued: service accounts, API keys and rate limits.
#include "resourcesapi.h"

#include "resourceresponses.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace ResourceResponses;

namespace {

constexpr const char *rateLimitFields[SandboxRateLimitFields] = {
    "max_requests_per_1_minute", "max_tokens_per_1_minute", "max_images_per_1_minute",
    "max_audio_megabytes_per_1_minute", "max_requests_per_1_day", "batch_1_day_max_input_tokens",
};

QJsonObject serviceAccountJson(const SandboxServiceAccount &account)
{
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("organization.project.service_account")},
        {QStringLiteral("id"), account.id},
        {QStringLiteral("name"), account.name},
        {QStringLiteral("role"), account.role},
        {QStringLiteral("created_at"), account.createdAt},
    };
}

QJsonObject rateLimitJson(const SandboxRateLimit &limit)
{
    QJsonObject json{
        {QStringLiteral("object"), QStringLiteral("project.rate_limit")},
        {QStringLiteral("id"), limit.id},
        {QStringLiteral("model"), limit.model},
    };
    // A field that does not apply to the model is absent, never null.
    for (int i = 0; i < SandboxRateLimitFields; ++i) {
        if (limit.values.at(size_t(i)))
            json.insert(QLatin1String(rateLimitFields[i]), *limit.values.at(size_t(i)));
    }
    return json;
}

QJsonObject deleted(const char *object, const QString &id)
{
    return QJsonObject{
        {QStringLiteral("object"), QLatin1String(object)},
        {QStringLiteral("id"), id},
        {QStringLiteral("deleted"), true},
    };
}

QString secretKey(QRandomGenerator &random)
{
    static const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
    QString key = QStringLiteral("sk-svcacct-");
    for (int i = 0; i < 64; ++i)
        key += letters.at(random.bounded(int(letters.size())));
    return key;
}

} // namespace

SandboxResponse ResourcesApi::listServiceAccounts(ProjectResources &project, const QUrlQuery &query) const
{
    return page(project.serviceAccounts, query, 20, false, [](const SandboxServiceAccount &a) { return a.id; },
                &serviceAccountJson);
}

SandboxResponse ResourcesApi::retrieveServiceAccount(ProjectResources &project, const QString &id) const
{
    for (const SandboxServiceAccount &account : std::as_const(project.serviceAccounts)) {
        if (account.id == id)
            return SandboxResponse::json(200, serviceAccountJson(account));
    }
    return notFound(QStringLiteral("No service account with id '%1' in this project.").arg(id));
}

SandboxResponse ResourcesApi::createServiceAccount(ProjectResources &project, const QByteArray &body,
                                                   qint64 nowSecs, QRandomGenerator &random)
{
    const auto parsed = ResourceResponses::body(body);
    if (const auto *error = std::get_if<SandboxResponse>(&parsed))
        return *error;
    const QJsonObject json = std::get<QJsonObject>(parsed);
    if (const auto problem = requireString(json, QStringLiteral("name")))
        return *problem;
    const QJsonValue only = json.value(QLatin1String("create_service_account_only"));
    if (!only.isUndefined() && !only.isNull() && !only.isBool())
        return badRequest(QStringLiteral("Invalid type for 'create_service_account_only': expected a boolean."),
                          QStringLiteral("create_service_account_only"), QStringLiteral("invalid_type"));
    const bool withoutKey = only.toBool(false);

    SandboxServiceAccount account;
    account.id = ResourceStore::newId(QStringLiteral("svc_acct_"), random);
    account.name = json.value(QLatin1String("name")).toString();
    account.role = withoutKey ? QStringLiteral("none") : QStringLiteral("member");
    account.createdAt = nowSecs;
    project.serviceAccounts.append(account);
    QJsonObject answer = serviceAccountJson(account);
    if (withoutKey) {
        answer.insert(QStringLiteral("api_key"), QJsonValue::Null);
        return SandboxResponse::json(200, answer);
    }
    // The value goes out in this answer only; the sandbox keeps its redacted form.
    const QString value = secretKey(random);
    SandboxApiKey key;
    key.id = ResourceStore::newId(QStringLiteral("key_"), random);
    key.name = QStringLiteral("Secret Key");
    key.redactedValue = QStringLiteral("sk-svcacct-...") + value.right(4);
    key.createdAt = nowSecs;
    key.ownedByServiceAccount = true;
    key.ownerId = account.id;
    project.apiKeys.append(key);
    answer.insert(QStringLiteral("api_key"), QJsonObject{
        {QStringLiteral("object"), QStringLiteral("organization.project.service_account.api_key")},
        {QStringLiteral("value"), value},
        {QStringLiteral("name"), key.name},
        {QStringLiteral("created_at"), key.createdAt},
        {QStringLiteral("id"), key.id},
    });
    return SandboxResponse::json(200, answer);
}

SandboxResponse ResourcesApi::deleteServiceAccount(ProjectResources &project, const QString &id)
{
    const auto it = std::find_if(project.serviceAccounts.begin(), project.serviceAccounts.end(),
                                 [&id](const SandboxServiceAccount &a) { return a.id == id; });
    if (it == project.serviceAccounts.end())
        return notFound(QStringLiteral("No service account with id '%1' in this project.").arg(id));
    project.serviceAccounts.erase(it);
    // Its keys go with it.
    project.apiKeys.removeIf([&id](const SandboxApiKey &key) { return key.ownedByServiceAccount && key.ownerId == id; });
    return SandboxResponse::json(200, deleted("organization.project.service_account.deleted", id));
}

QJsonObject ResourcesApi::apiKeyJson(const ProjectResources &project, const SandboxApiKey &key) const
{
    QJsonObject owner;
    bool active = false;
    if (key.ownedByServiceAccount) {
        for (const SandboxServiceAccount &account : project.serviceAccounts) {
            if (account.id == key.ownerId) {
                active = true;
                owner = QJsonObject{{QStringLiteral("type"), QStringLiteral("service_account")},
                                    {QStringLiteral("service_account"), QJsonObject{
                                         {QStringLiteral("id"), account.id},
                                         {QStringLiteral("name"), account.name},
                                         {QStringLiteral("created_at"), account.createdAt},
                                         {QStringLiteral("role"), account.role}}}};
            }
        }
    } else {
        QString role = QStringLiteral("member");
        for (const SandboxMember &member : project.members) {
            if (member.userId == key.ownerId)
                active = true, role = member.role;
        }
        const SandboxUser *user = m_resources.user(key.ownerId);
        // The owner's name and email are required strings here (unlike a member's).
        owner = QJsonObject{{QStringLiteral("type"), QStringLiteral("user")},
                            {QStringLiteral("user"), QJsonObject{
                                 {QStringLiteral("id"), key.ownerId},
                                 {QStringLiteral("email"), user ? user->email.toString() : QString()},
                                 {QStringLiteral("name"), user ? user->name.toString() : QString()},
                                 {QStringLiteral("created_at"), user ? user->createdAt : 0},
                                 {QStringLiteral("role"), role}}}};
    }
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("organization.project.api_key")},
        {QStringLiteral("redacted_value"), key.redactedValue},
        {QStringLiteral("name"), key.name},
        {QStringLiteral("created_at"), key.createdAt},
        {QStringLiteral("last_used_at"), key.lastUsedAt ? QJsonValue(*key.lastUsedAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("id"), key.id},
        {QStringLiteral("owner_project_access"), active ? QStringLiteral("active") : QStringLiteral("inactive")},
        {QStringLiteral("owner"), owner},
    };
}

SandboxResponse ResourcesApi::listApiKeys(ProjectResources &project, const QUrlQuery &query) const
{
    // Without owner_project_access, only keys whose owner still has access (the "existing
    // membership-based visibility rules").
    QString access = QStringLiteral("active");
    if (query.hasQueryItem(QStringLiteral("owner_project_access")))
        access = query.queryItemValue(QStringLiteral("owner_project_access"), QUrl::FullyDecoded);
    if (access != QLatin1String("active") && access != QLatin1String("inactive") && access != QLatin1String("any")) {
        return badRequest(QStringLiteral("Invalid value for 'owner_project_access': expected 'active', 'inactive' "
                                         "or 'any', but got '%1' instead.").arg(access),
                          QStringLiteral("owner_project_access"), QStringLiteral("invalid_value"));
    }
    QList<QJsonObject> shown;
    for (const SandboxApiKey &key : std::as_const(project.apiKeys)) {
        const QJsonObject json = apiKeyJson(project, key);
        if (access == QLatin1String("any") || json.value(QLatin1String("owner_project_access")).toString() == access) {
            shown.append(json);
        }
    }
    return page(shown, query, 20, false, [](const QJsonObject &k) { return k.value(QLatin1String("id")).toString(); },
                [](const QJsonObject &k) { return k; });
}

SandboxResponse ResourcesApi::retrieveApiKey(ProjectResources &project, const QString &id) const
{
    for (const SandboxApiKey &key : std::as_const(project.apiKeys)) {
        if (key.id == id)
            return SandboxResponse::json(200, apiKeyJson(project, key));
    }
    return notFound(QStringLiteral("No API key with id '%1' in this project.").arg(id));
}

SandboxResponse ResourcesApi::deleteApiKey(ProjectResources &project, const QString &id)
{
    const auto it = std::find_if(project.apiKeys.begin(), project.apiKeys.end(),
                                 [&id](const SandboxApiKey &key) { return key.id == id; });
    if (it == project.apiKeys.end())
        return notFound(QStringLiteral("No API key with id '%1' in this project.").arg(id));
    if (it->ownedByServiceAccount) {
        return badRequest(QStringLiteral("API key '%1' belongs to a service account and cannot be deleted on its "
                                         "own; delete the service account instead.").arg(id));
    }
    project.apiKeys.erase(it);
    return SandboxResponse::json(200, deleted("organization.project.api_key.deleted", id));
}

SandboxResponse ResourcesApi::listRateLimits(ProjectResources &project, const QUrlQuery &query) const
{
    return page(project.rateLimits, query, 100, true, [](const SandboxRateLimit &l) { return l.id; }, &rateLimitJson);
}

SandboxResponse ResourcesApi::updateRateLimit(ProjectResources &project, const QString &id, const QByteArray &body)
{
    const auto it = std::find_if(project.rateLimits.begin(), project.rateLimits.end(),
                                 [&id](const SandboxRateLimit &l) { return l.id == id; });
    if (it == project.rateLimits.end())
        return notFound(QStringLiteral("No rate limit with id '%1' in this project.").arg(id));
    const auto parsed = ResourceResponses::body(body);
    if (const auto *error = std::get_if<SandboxResponse>(&parsed))
        return *error;
    const QJsonObject json = std::get<QJsonObject>(parsed);
    // Everything is checked before anything changes: a refused update changes nothing.
    SandboxLimitValues values = it->values;
    for (auto field = json.begin(); field != json.end(); ++field) {
        const auto known = std::find_if(std::begin(rateLimitFields), std::end(rateLimitFields),
                                        [&field](const char *name) { return field.key() == QLatin1String(name); });
        if (known == std::end(rateLimitFields))
            return badRequest(QStringLiteral("Unknown parameter: '%1'.").arg(field.key()), field.key(),
                              QStringLiteral("unknown_parameter"));
        const int index = int(known - std::begin(rateLimitFields));
        const double number = field.value().toDouble(std::nan(""));
        if (!field.value().isDouble() || std::floor(number) != number || std::fabs(number) > 9e15)
            return badRequest(QStringLiteral("Invalid type for '%1': expected an integer.").arg(field.key()),
                              field.key(), QStringLiteral("invalid_type"));
        const qint64 value = qint64(number);
        if (value < 1)
            return badRequest(QStringLiteral("Invalid '%1': expected a value of at least 1, but got %2 instead.")
                                  .arg(field.key()).arg(value), field.key(), QStringLiteral("integer_below_min_value"));
        const std::optional<qint64> maximum = m_resources.maximum(it->model, index);
        if (!it->values.at(size_t(index)) || !maximum)
            return badRequest(QStringLiteral("'%1' does not apply to model '%2'.").arg(field.key(), it->model),
                              field.key(), QStringLiteral("invalid_value"));
        if (value > *maximum)
            return badRequest(QStringLiteral("Invalid '%1': %2 is above the organization's limit of %3 for %4.")
                                  .arg(field.key()).arg(value).arg(*maximum).arg(it->model),
                              field.key(), QStringLiteral("integer_above_max_value"));
        values.at(size_t(index)) = value;
    }
    it->values = values;
    return SandboxResponse::json(200, rateLimitJson(*it));
}
