// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

/// Projects as a file: CSV for spreadsheets, JSON for scripts.
///
/// Both use the API's field names, so that a script written against the Admin API reads the
/// export too. Pure functions of the projects: safe to call in a worker thread on a copy of
/// the list.
namespace ProjectExport {

enum class Format { Csv, Json };

/// The CSV header: id, name, status, created_at, archived_at, external_key_id, residency.
[[nodiscard]] QStringList csvHeader();
/// One CSV record's cells for @p project; times as ISO 8601 UTC ("2026-11-30T08:00:00Z"),
/// empty for a project never archived.
[[nodiscard]] QStringList csvCells(const Project &project);

/// A header row and one record per project (see Csv::appendRecord).
[[nodiscard]] QByteArray csv(const QList<Project> &projects);
/// One JSON array of project objects, as the API sends them (Project::toJson()).
[[nodiscard]] QByteArray json(const QList<Project> &projects);
/// csv() or json().
[[nodiscard]] QByteArray document(const QList<Project> &projects, Format format);

/// @p seconds since 1970 as ISO 8601 in UTC.
[[nodiscard]] QString isoTime(qint64 seconds);

} // namespace ProjectExport
