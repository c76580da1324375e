// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QTimer>

/// Filters projects by a search text (name or id, case-insensitive, as you type) and by
/// whether archived projects are shown, and sorts them by the source's SortRole values.
///
/// The source is read through roles only: a ProjectTableModel, or any model whose
/// NameColumn and IdColumn answer ProjectTableModel::SortRole and whose first column answers
/// ProjectTableModel::ArchivedRole.
class ProjectFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// Sorts by ProjectTableModel::SortRole, case-insensitively, and re-sorts and re-filters
    /// as rows change.
    explicit ProjectFilterModel(QObject *parent = nullptr);

    /// Also keeps the case-folded names and ids of @p sourceModel's rows in step with it.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    /// Shows only projects whose name or id contains @p text (trimmed), ignoring case.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const;
    /// True while a search text hides rows that do not match.
    [[nodiscard]] bool isFiltering() const;

    /// Shows archived projects too (off: they are hidden, whatever the search text).
    void setShowArchived(bool show);
    [[nodiscard]] bool showArchived() const;
    /// How many of the source model's rows are archived projects, shown or not (kept in step
    /// with each change: the status bar asks after every page, and counting 50,000 rows each
    /// time made loading quadratic).
    [[nodiscard]] int archivedInSource() const { return m_archivedInSource; }

    /// Shows only idle projects (ProjectTableModel::IdleRole: no cost in the period, not
    /// archived), the input to a bulk archive; nothing while the costs are not loaded.
    void setIdleOnly(bool idleOnly);

    /// Newest first (Created, descending: the service's own order and the window's default)
    /// keeps the source's order while the source is in it, so that a keystroke filters without
    /// sorting every row; the first change that breaks that order makes it sort for real.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Whether newest first is being shown by keeping the source's order (for tests, and for
    /// checkSourceOrder()).
    [[nodiscard]] bool keepsSourceOrder() const { return m_newestFirst && sortColumn() == -1; }

    /// Every row's name and id are folded for the search (soon after rows arrive, by steps
    /// between events; at once when a search or the sort by name needs them).
    [[nodiscard]] bool namesFolded() const { return m_textsFolded; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // What the filter and the sort read of a source row: its name and id as the search
    // compares them (folded soon after the rows are shown, see foldSome()), its creation time,
    // and whether it is archived.
    struct Folded
    {
        QString name;
        QString id;
        qint64 created = 0;
        bool archived = false;
        bool idle = false;
        bool textFolded = false; ///< name and id are set
    };

    [[nodiscard]] Folded fold(int sourceRow) const;
    void foldRows(int first, int last);
    void foldAll();
    /// Every row's name and id folded now, and from now on as rows come (a search, a sort by name).
    void foldTexts();
    void foldText(int sourceRow);
    /// A few thousand rows' names and ids between events, until every row has them.
    void foldSome();
    void scheduleFolding();
    void refilter();
    [[nodiscard]] bool inNewestFirstOrder(int first, int last) const;
    void checkSourceOrder(int first, int last);

    QString m_searchText;
    QString m_foldedSearchText;
    bool m_showArchived = false;
    bool m_idleOnly = false;
    bool m_newestFirst = false;
    // Every source row's Folded, in source order: a keystroke then compares plain strings
    // instead of asking the source for values and folding them for each row. Updated before
    // the proxy re-filters for a change.
    QList<Folded> m_folded;
    bool m_textsFolded = false; ///< every row of m_folded has its name and id
    // Folds the names and ids after the rows are shown, in steps, so that neither showing 10,000
    // cached rows at start nor the first keystroke pays for it (docs/bench/README.md).
    QTimer m_foldTimer;
    int m_foldCursor = 0;
    int m_archivedInSource = 0;
    QList<QMetaObject::Connection> m_sourceConnections;
};
