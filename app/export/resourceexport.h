// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apikey.h"
#include "csv.h"
#include "projectexport.h"
#include "projectuser.h"
#include "serviceaccount.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

/// A project's members, service accounts or API keys as a file, as ProjectExport writes the
/// projects: CSV for spreadsheets (a header of the API's field names, an API key's owner as
/// owner.type, owner.id, …; times as ISO 8601 UTC), JSON for scripts (the objects as the
/// service sends them, T::toJson()). Pure functions: safe in a worker thread on a copy.
namespace ResourceExport {

/// The CSV header of T's file.
template <typename T>
[[nodiscard]] QStringList csvHeader();
template <>
[[nodiscard]] QStringList csvHeader<ProjectUser>();
template <>
[[nodiscard]] QStringList csvHeader<ServiceAccount>();
template <>
[[nodiscard]] QStringList csvHeader<ApiKey>();

/// One record's cells, in csvHeader()'s order; a time never given (a key never used) is empty.
[[nodiscard]] QStringList csvCells(const ProjectUser &member);
[[nodiscard]] QStringList csvCells(const ServiceAccount &account);
[[nodiscard]] QStringList csvCells(const ApiKey &key);

/// @p items as CSV (a header row, one record each) or one JSON array.
template <typename T>
[[nodiscard]] QByteArray document(const QList<T> &items, ProjectExport::Format format)
{
    if (format == ProjectExport::Format::Csv) {
        QByteArray out;
        Csv::appendRecord(out, csvHeader<T>());
        for (const T &item : items)
            Csv::appendRecord(out, csvCells(item));
        return out;
    }
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace ResourceExport
