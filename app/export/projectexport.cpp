// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectexport.h"

#include "csv.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

QStringList ProjectExport::csvHeader()
{
    return {QStringLiteral("id"),          QStringLiteral("name"),
            QStringLiteral("status"),      QStringLiteral("created_at"),
            QStringLiteral("archived_at"), QStringLiteral("external_key_id"),
            QStringLiteral("residency")};
}

QStringList ProjectExport::csvCells(const Project &project)
{
    return {project.id,
            project.name,
            project.status,
            isoTime(project.createdAt),
            project.archivedAt ? isoTime(*project.archivedAt) : QString(),
            project.externalKeyId,
            project.residency};
}

QByteArray ProjectExport::csv(const QList<Project> &projects)
{
    QByteArray out;
    // About 130 bytes a project: one allocation for most exports instead of a dozen.
    out.reserve(qsizetype(projects.size() + 1) * 160);
    Csv::appendRecord(out, csvHeader());
    for (const Project &project : projects)
        Csv::appendRecord(out, csvCells(project));
    return out;
}

QByteArray ProjectExport::json(const QList<Project> &projects)
{
    QJsonArray array;
    for (const Project &project : projects)
        array.append(project.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray ProjectExport::document(const QList<Project> &projects, Format format)
{
    return format == Format::Csv ? csv(projects) : json(projects);
}

QString ProjectExport::isoTime(qint64 seconds)
{
    // Qt::UTC, not QTimeZone::utc(): only the former is written with the "Z" of ISO 8601.
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}
