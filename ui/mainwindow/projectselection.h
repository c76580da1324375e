// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QObject>
#include <QStringList>

class ProjectFilterModel;
class ProjectTableModel;
class QModelIndex;
class QTableView;

/// The table's selection in terms of projects: which are selected, selecting one by id, the
/// selection kept across a reload, and the focus brought back to the row a dialog acted on.
class ProjectSelection : public QObject
{
    Q_OBJECT
public:
    /// @p table shows @p filter, which filters @p model. None is owned; the selection is a
    /// child of @p table.
    ProjectSelection(QTableView *table, ProjectTableModel *model, ProjectFilterModel *filter);

    /// The selected projects, top to bottom as shown.
    [[nodiscard]] QList<Project> projects() const;
    /// The id of the current row; empty when there is none.
    [[nodiscard]] QString currentId() const;
    /// Makes @p id's row the only selected one and scrolls to it; false when it is not shown.
    bool select(const QString &id);

    /// Before a dialog opens: the rows it acts on, in order of preference.
    void setRowsAfterDialog(const QStringList &ids);
    /// The acted-on selection, then the first row below it, then the first above it: after
    /// an archive that hides its rows, the table goes on with the next one.
    void setRowsAfterDialogAroundSelection();
    /// When the dialog has closed: the first of those rows still shown becomes the current
    /// row (the selection stays when it already is), and the table has the focus.
    void returnToTable();

private:
    [[nodiscard]] QModelIndex indexOf(const QString &id) const;

    QTableView *m_table;
    ProjectTableModel *m_model;
    ProjectFilterModel *m_filter;
    QStringList m_rowsAfterDialog;
};
