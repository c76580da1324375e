// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

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

private:
    [[nodiscard]] static QString displayText(const Project &project, int column, bool accessible);
};
