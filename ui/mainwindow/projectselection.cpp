// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectselection.h"

#include "projectfiltermodel.h"
#include "projecttablemodel.h"

#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>
#include <utility>

namespace {
constexpr auto SelectRow = QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
}

ProjectSelection::ProjectSelection(QTableView *table, ProjectTableModel *model,
                                   ProjectFilterModel *filter)
    : QObject(table)
    , m_table(table)
    , m_model(model)
    , m_filter(filter)
{
    // A reload merges its pages into the rows in place: the selection stays by itself.
}

QList<Project> ProjectSelection::projects() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Project> projects;
    projects.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        projects.append(index.data(ProjectTableModel::ProjectRole).value<Project>());
    return projects;
}

QString ProjectSelection::currentId() const
{
    return m_table->currentIndex().data(ProjectTableModel::ProjectIdRole).toString();
}

QModelIndex ProjectSelection::indexOf(const QString &id) const
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    return row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
}

bool ProjectSelection::select(const QString &id)
{
    const QModelIndex index = indexOf(id);
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, SelectRow);
    m_table->scrollTo(index);
    return true;
}

void ProjectSelection::setRowsAfterDialog(const QStringList &ids)
{
    m_rowsAfterDialog = ids;
}

void ProjectSelection::setRowsAfterDialogAroundSelection()
{
    QStringList ids;
    if (const QString current = currentId(); !current.isEmpty())
        ids.append(current);
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndexList selected = selection->selectedRows();
    if (!selected.isEmpty()) {
        const auto [first, last] = std::minmax_element(
            selected.cbegin(), selected.cend(),
            [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        const auto appendFirstUnselected = [&](int from, int step) {
            for (int row = from; row >= 0 && row < m_filter->rowCount(); row += step) {
                if (!selection->isRowSelected(row)) {
                    ids.append(m_filter->index(row, 0).data(ProjectTableModel::ProjectIdRole)
                                   .toString());
                    return;
                }
            }
        };
        appendFirstUnselected(last->row() + 1, 1);
        appendFirstUnselected(first->row() - 1, -1);
    }
    m_rowsAfterDialog = ids;
}

void ProjectSelection::returnToTable()
{
    const QStringList ids = std::exchange(m_rowsAfterDialog, {});
    for (const QString &id : ids) {
        const QModelIndex index = indexOf(id);
        if (!index.isValid())
            continue;
        if (index.row() != m_table->currentIndex().row()
            || !m_table->selectionModel()->isRowSelected(index.row())) {
            m_table->selectionModel()->setCurrentIndex(index, SelectRow);
        }
        m_table->scrollTo(index);
        break;
    }
    if (m_table->isVisible())
        m_table->setFocus(Qt::OtherFocusReason);
}

