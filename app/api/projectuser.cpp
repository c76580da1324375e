// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectuser.h"

using namespace JsonFields;

std::optional<ProjectUser> ProjectUser::fromJson(const QJsonObject &json, QString *why)
{
    ProjectUser user;
    const auto id = requiredId(json, QLatin1StringView("id"), QStringLiteral("project user"), why);
    if (!id)
        return std::nullopt;
    user.id = *id;
    const auto added = requiredInteger(json, QLatin1StringView("added_at"),
                                       QStringLiteral("project user %1").arg(user.id), why);
    if (!added)
        return std::nullopt;
    user.addedAt = *added;
    user.name = optionalString(json, QLatin1StringView("name"));
    user.email = optionalString(json, QLatin1StringView("email"));
    user.role = lenientString(json, QLatin1StringView("role"));
    return user;
}

QJsonObject ProjectUser::toJson() const
{
    QJsonObject json{
        {QStringLiteral("object"), QStringLiteral("organization.project.user")},
        {QStringLiteral("id"), id},
        {QStringLiteral("role"), role},
        {QStringLiteral("added_at"), addedAt},
    };
    // Absent stays absent and null stays null: they are different answers of the service.
    const auto optional = [&json](const QString &key, const JsonOptional<QString> &value) {
        if (!value.isAbsent())
            json.insert(key, value.isNull() ? QJsonValue() : QJsonValue(value.value()));
    };
    optional(QStringLiteral("name"), name);
    optional(QStringLiteral("email"), email);
    return json;
}

bool OrganizationUser::isPerson() const
{
    return !isDefault.value_or(false) && !isServiceAccount.value_or(false);
}

std::optional<OrganizationUser> OrganizationUser::fromJson(const QJsonObject &json, QString *why)
{
    OrganizationUser user;
    const auto id = requiredId(json, QLatin1StringView("id"), QStringLiteral("organization user"), why);
    if (!id)
        return std::nullopt;
    user.id = *id;
    const auto added = requiredInteger(json, QLatin1StringView("added_at"),
                                       QStringLiteral("organization user %1").arg(user.id), why);
    if (!added)
        return std::nullopt;
    user.addedAt = *added;
    user.name = optionalString(json, QLatin1StringView("name"));
    user.email = optionalString(json, QLatin1StringView("email"));
    user.role = optionalString(json, QLatin1StringView("role"));
    user.isDefault = optionalBool(json, QLatin1StringView("is_default"));
    user.isServiceAccount = optionalBool(json, QLatin1StringView("is_service_account"));
    return user;
}
