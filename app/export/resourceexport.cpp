// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "resourceexport.h"

using ProjectExport::isoTime;

// The headers are not translated: a file's columns stay the same for every reader and script.

template <>
QStringList ResourceExport::csvHeader<ProjectUser>()
{
    return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
            QStringLiteral("role"), QStringLiteral("added_at")};
}

template <>
QStringList ResourceExport::csvHeader<ServiceAccount>()
{
    return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"),
            QStringLiteral("created_at")};
}

template <>
QStringList ResourceExport::csvHeader<ApiKey>()
{
    return {QStringLiteral("id"),           QStringLiteral("name"),
            QStringLiteral("redacted_value"), QStringLiteral("created_at"),
            QStringLiteral("last_used_at"), QStringLiteral("owner_project_access"),
            QStringLiteral("owner.type"),   QStringLiteral("owner.id"),
            QStringLiteral("owner.name"),   QStringLiteral("owner.email"),
            QStringLiteral("owner.role")};
}

QStringList ResourceExport::csvCells(const ProjectUser &member)
{
    // A name or email the service left out or sent as null is an empty cell either way.
    return {member.id, member.name.value(), member.email.value(), member.role,
            isoTime(member.addedAt)};
}

QStringList ResourceExport::csvCells(const ServiceAccount &account)
{
    return {account.id, account.name, account.role, isoTime(account.createdAt)};
}

QStringList ResourceExport::csvCells(const ApiKey &key)
{
    return {key.id,
            key.name,
            key.redactedValue,
            isoTime(key.createdAt),
            key.lastUsedAt ? isoTime(*key.lastUsedAt) : QString(),
            key.ownerProjectAccess,
            key.owner.type,
            key.owner.id,
            key.owner.name,
            key.owner.email,
            key.owner.role};
}
