// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "apikey.h"

#include "jsonfields.h"

using namespace JsonFields;

namespace {

ApiKeyOwner ownerFromJson(const QJsonObject &json)
{
    ApiKeyOwner owner;
    owner.type = lenientString(json, QLatin1StringView("type"));
    const QJsonObject details = json.value(owner.type).toObject();
    owner.id = lenientString(details, QLatin1StringView("id"));
    owner.name = lenientString(details, QLatin1StringView("name"));
    owner.email = lenientString(details, QLatin1StringView("email"));
    owner.role = lenientString(details, QLatin1StringView("role"));
    owner.createdAt = wholeNumber(details.value(QLatin1String("created_at")));
    return owner;
}

} // namespace

std::optional<ApiKey> ApiKey::fromJson(const QJsonObject &json, QString *why)
{
    ApiKey key;
    const auto id = requiredId(json, QLatin1StringView("id"), QStringLiteral("API key"), why);
    if (!id)
        return std::nullopt;
    key.id = *id;
    const QString what = QStringLiteral("API key %1").arg(key.id);
    const auto created = requiredInteger(json, QLatin1StringView("created_at"), what, why);
    if (!created)
        return std::nullopt;
    key.createdAt = *created;

    const QJsonValue lastUsed = json.value(QLatin1String("last_used_at"));
    if (!lastUsed.isNull() && !lastUsed.isUndefined()) {
        key.lastUsedAt = wholeNumber(lastUsed);
        if (!key.lastUsedAt)
            return fail<ApiKey>(why, QStringLiteral("%1 with a non-integer \"last_used_at\"").arg(what));
    }
    const QJsonValue owner = json.value(QLatin1String("owner"));
    if (!owner.isObject())
        return fail<ApiKey>(why, QStringLiteral("%1 without an \"owner\" object").arg(what));
    key.owner = ownerFromJson(owner.toObject());

    key.name = lenientString(json, QLatin1StringView("name"));
    key.redactedValue = lenientString(json, QLatin1StringView("redacted_value"));
    key.ownerProjectAccess = lenientString(json, QLatin1StringView("owner_project_access"));
    return key;
}

QJsonObject ApiKey::toJson() const
{
    QJsonObject details{{QStringLiteral("id"), owner.id},
                        {QStringLiteral("name"), owner.name},
                        {QStringLiteral("role"), owner.role}};
    if (!owner.email.isEmpty())
        details.insert(QStringLiteral("email"), owner.email);
    if (owner.createdAt)
        details.insert(QStringLiteral("created_at"), *owner.createdAt);
    QJsonObject ownerJson{{QStringLiteral("type"), owner.type}};
    if (!owner.type.isEmpty())
        ownerJson.insert(owner.type, details);

    QJsonObject json{
        {QStringLiteral("object"), QStringLiteral("organization.project.api_key")},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("redacted_value"), redactedValue},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("last_used_at"), lastUsedAt ? QJsonValue(*lastUsedAt) : QJsonValue()},
        {QStringLiteral("owner"), ownerJson},
    };
    if (!ownerProjectAccess.isEmpty())
        json.insert(QStringLiteral("owner_project_access"), ownerProjectAccess);
    return json;
}
