// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "project.h"

#include "jsonfields.h"

#include <QJsonValue>

using namespace JsonFields;

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
    const auto id = requiredId(json, QLatin1StringView("id"), QStringLiteral("project"), why);
    if (!id)
        return std::nullopt;
    p.id = *id;

    const auto created = requiredInteger(json, QLatin1StringView("created_at"),
                                         QStringLiteral("project %1").arg(p.id), why);
    if (!created)
        return std::nullopt;
    p.createdAt = *created;

    const QJsonValue archived = json.value(QLatin1String("archived_at"));
    if (!archived.isUndefined() && !archived.isNull()) {
        const auto seconds = wholeNumber(archived);
        if (!seconds)
            return fail<Project>(why, QStringLiteral("project %1 with a non-integer \"archived_at\"").arg(p.id));
        p.archivedAt = *seconds;
    }

    // Lenient fields: a wrong type is ignored like a missing field rather than losing the row.
    p.name = lenientString(json, QLatin1StringView("name"));
    p.externalKeyId = lenientString(json, QLatin1StringView("external_key_id"));
    p.residency = lenientString(json, QLatin1StringView("residency"));
    if (p.residency.isEmpty())
        p.residency = lenientString(json, QLatin1StringView("geography"));
    p.status = lenientString(json, QLatin1StringView("status"));
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
