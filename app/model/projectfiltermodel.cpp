// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectfiltermodel.h"

#include "projecttablemodel.h"

ProjectFilterModel::ProjectFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProjectTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ProjectFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    // Rows only: the columns never depend on the search.
    invalidateRowsFilter();
}

QString ProjectFilterModel::searchText() const
{
    return m_searchText;
}

bool ProjectFilterModel::isFiltering() const
{
    return !m_searchText.isEmpty();
}

bool ProjectFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchText.isEmpty())
        return true;
    // Straight to the project when we can: no QVariant, no display string per row and keystroke.
    if (const auto *projects = qobject_cast<const ProjectTableModel *>(sourceModel())) {
        const Project &project = projects->projectAt(sourceRow);
        return project.name.contains(m_searchText, Qt::CaseInsensitive)
               || project.id.contains(m_searchText, Qt::CaseInsensitive);
    }
    const QAbstractItemModel *model = sourceModel();
    const QString name = model->index(sourceRow, ProjectTableModel::NameColumn, sourceParent)
                             .data(ProjectTableModel::SortRole).toString();
    const QString id = model->index(sourceRow, ProjectTableModel::IdColumn, sourceParent)
                           .data(ProjectTableModel::SortRole).toString();
    return name.contains(m_searchText, Qt::CaseInsensitive)
           || id.contains(m_searchText, Qt::CaseInsensitive);
}

bool ProjectFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        const QString ls = l.toString();
        const QString rs = r.toString();
        if (isSortLocaleAware())
            return ls.localeAwareCompare(rs) < 0;
        return ls.compare(rs, sortCaseSensitivity()) < 0;
    }
    return l.toLongLong() < r.toLongLong();
}
