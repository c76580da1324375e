// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "costs.h"
#include "project.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

/// Projects as a file: CSV for spreadsheets, JSON for scripts.
///
/// Both use the API's field names, so that a script written against the Admin API reads the
/// export too. Pure functions of the projects: safe to call in a worker thread on a copy of
/// the list.
namespace ProjectExport {

enum class Format { Csv, Json };

/// The spend column as the table showed it when the export started (issue #19): a copy the
/// worker may read. Empty (days 0) when spend is off or not loaded: the file has no spend.
struct Spend
{
    int days = 0;                       ///< the period
    QHash<QString, MoneyTotals> totals; ///< by project id; a project not in it cost nothing
    QStringList currencies;             ///< every currency of totals, sorted: one CSV column each

    /// @p totals over @p days, with their currencies.
    [[nodiscard]] static Spend of(int days, const QHash<QString, MoneyTotals> &totals);
    [[nodiscard]] bool isEmpty() const { return days == 0; }
};

/// The CSV header: id, name, status, created_at, archived_at, external_key_id, residency;
/// then with @p spend one column per currency, "Spend (30 days, USD)" (one "Spend (30 days)"
/// when no project cost anything).
[[nodiscard]] QStringList csvHeader(const Spend &spend = {});
/// One CSV record's cells for @p project; times as ISO 8601 UTC ("2026-11-30T08:00:00Z"),
/// empty for a project never archived; spend as an exact decimal ("12.345"), empty for none.
[[nodiscard]] QStringList csvCells(const Project &project, const Spend &spend = {});

/// A header row and one record per project (see Csv::appendRecord).
[[nodiscard]] QByteArray csv(const QList<Project> &projects, const Spend &spend = {});
/// One JSON array of project objects, as the API sends them (Project::toJson()); with
/// @p spend each gets "spend": {"days": 30, "amounts": [{"currency": "usd", "amount":
/// "12.34"}]}, amounts as exact decimal strings, one per currency, none for no cost.
[[nodiscard]] QByteArray json(const QList<Project> &projects, const Spend &spend = {});
/// csv() or json().
[[nodiscard]] QByteArray document(const QList<Project> &projects, Format format,
                                  const Spend &spend = {});

/// @p seconds since 1970 as ISO 8601 in UTC.
[[nodiscard]] QString isoTime(qint64 seconds);

} // namespace ProjectExport
