// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "project.h"

#include "jsonfields.h"

#include <QJsonValue>

namespace {

using JsonFields::wholeNumber;

// A string, or empty for null or a missing field; nothing for any other type.
std::optional<QString> optionalString(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

bool fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

} // namespace

bool Project::isArchived() const
{
    if (status == QLatin1String("archived"))
        return true;
    if (status == QLatin1String("active"))
        return false;
    return archivedAt.has_value();
}

std::optional<Project> Project::fromJson(const QJsonObject &json, QString *why)
{
    Project p;
    const QJsonValue id = json.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        fail(why, QStringLiteral("project without a string \"id\""));
        return std::nullopt;
    }
    p.id = id.toString();

    const auto created = wholeNumber(json.value(QLatin1String("created_at")));
    if (!created) {
        fail(why, QStringLiteral("project %1 without an integer \"created_at\"").arg(p.id));
        return std::nullopt;
    }
    p.createdAt = *created;

    const QJsonValue archived = json.value(QLatin1String("archived_at"));
    if (!archived.isUndefined() && !archived.isNull()) {
        const auto seconds = wholeNumber(archived);
        if (!seconds) {
            fail(why, QStringLiteral("project %1 with a non-integer \"archived_at\"").arg(p.id));
            return std::nullopt;
        }
        p.archivedAt = *seconds;
    }

    // Lenient fields: a wrong type is ignored like a missing field rather than losing the row.
    p.name = optionalString(json, QLatin1StringView("name")).value_or(QString());
    p.externalKeyId = optionalString(json, QLatin1StringView("external_key_id")).value_or(QString());
    p.residency = optionalString(json, QLatin1StringView("residency")).value_or(QString());
    if (p.residency.isEmpty())
        p.residency = optionalString(json, QLatin1StringView("geography")).value_or(QString());
    p.status = optionalString(json, QLatin1StringView("status")).value_or(QString());
    if (p.status.isEmpty())
        p.status = p.archivedAt ? QStringLiteral("archived") : QStringLiteral("active");
    return p;
}

QJsonObject Project::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("organization.project")},
        {QStringLiteral("name"), name},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("archived_at"), archivedAt ? QJsonValue(*archivedAt) : QJsonValue()},
        {QStringLiteral("status"), status},
    };
    if (!externalKeyId.isEmpty())
        json.insert(QStringLiteral("external_key_id"), externalKeyId);
    if (!residency.isEmpty())
        json.insert(QStringLiteral("residency"), residency);
    return json;
}
