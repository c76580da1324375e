// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "projectsearchindex.h"

#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <vector>

class ProjectTableModel;

/// Filters projects by a search text (name or id, case-insensitive, as you type) and sorts
/// them by the source's raw SortRole values.
class ProjectFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// Sorts by ProjectTableModel::SortRole, case-insensitively, and re-sorts and re-filters
    /// as rows change.
    explicit ProjectFilterModel(QObject *parent = nullptr);

    /// Over a ProjectTableModel, also keeps the search index of its rows.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    /// Shows only projects whose name or id contains @p text (trimmed), ignoring case.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const;
    /// Whether archived projects are shown (default: no).
    void setShowArchived(bool show)
    {
        if (show == m_showArchived)
            return;
        m_showArchived = show;
        invalidateRowsFilter();
    }
    [[nodiscard]] bool showArchived() const { return m_showArchived; }
    /// True while a search text hides rows that do not match.
    [[nodiscard]] bool isFiltering() const;

    /// Newest first (Created, descending: the service's own order and the window's default)
    /// keeps the source's order when the source is in it, so a keystroke filters without
    /// re-sorting every row; it sorts for real the moment a change breaks that order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The names and ids searched, in step with a ProjectTableModel source (for tests).
    [[nodiscard]] const ProjectSearchIndex &searchIndex() const { return m_index; }
    /// Whether newest first is being shown by keeping the source's order (for tests).
    [[nodiscard]] bool keepsSourceOrder() const { return m_keepsSourceOrder; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void followSource(QAbstractItemModel *source);
    void prepareRanks(int column);
    void updateFastPaths();
    [[nodiscard]] bool sourceNewestFirst(int first, int last) const;
    void checkSourceOrder(int first, int last);

    QString m_searchText;
    bool m_showArchived = false;
    ProjectSearchIndex::Query m_query;
    // The source's names and ids, for a ProjectTableModel source; updated before the proxy
    // re-filters on a change (see followSource()).
    ProjectSearchIndex m_index;
    QList<QMetaObject::Connection> m_indexConnections;
    // The rank of each source row in m_rankColumn's order (equal values, equal ranks), so that
    // re-sorting after a keystroke compares integers, not strings. Dropped by every change to
    // the source (see followSource()); m_rankColumn is -1 while there are none.
    std::vector<int> m_ranks;
    int m_rankColumn = -1;
    // The source as a ProjectTableModel (null if it is another model), and whether sorting can
    // read its projects directly: looked up once, not for each of a million comparisons.
    QPointer<const ProjectTableModel> m_projects;
    bool m_sortsProjects = false;
    bool m_keepsSourceOrder = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};
