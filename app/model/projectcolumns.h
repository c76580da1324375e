// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

class MoneyTotals;
class ProjectSpend;

#include <QCoreApplication>
#include <QVariant>

/// How a project shows in the table's columns (ProjectTableModel::Column): pure functions of
/// the project, tested without a model.
class ProjectColumns
{
    Q_DECLARE_TR_FUNCTIONS(ProjectColumns)
public:

    /// The column's title.
    [[nodiscard]] static QString title(int column);
    /// What @p role shows for @p project in @p column (display and accessible text, colours,
    /// font, archived icon, tooltip); an invalid QVariant where the role shows nothing.
    [[nodiscard]] static QVariant data(const Project &project, int column, int role);
    /// The raw value the column sorts by: case-folded name, id, status, Unix seconds (-1: never).
    [[nodiscard]] static QVariant sortValue(const Project &project, int column);

    // The spend column (issue #19): what a project cost over the period, from ProjectSpend.

    /// "Cost (30 days)".
    [[nodiscard]] static QString spendTitle(int days);
    /// The spend column's header tooltip: what the period is, or that costs are loading or
    /// could not be loaded (the sentence of the error).
    [[nodiscard]] static QString spendHeaderToolTip(const ProjectSpend &spend);
    /// What @p role shows for a project whose cost is @p totals (nullptr: none in the
    /// period) once @p loaded: "$12.75", several currencies joined, never added; "—" for none;
    /// nothing before the costs are loaded.
    [[nodiscard]] static QVariant spendData(const MoneyTotals *totals, bool loaded, int role);
    /// Micro-units of the first currency; -1 for no cost, so that "—" sorts lowest.
    [[nodiscard]] static qint64 spendSortValue(const MoneyTotals *totals);

private:
    [[nodiscard]] static QString displayText(const Project &project, int column, bool accessible);
};
