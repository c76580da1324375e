// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectfiltermodel.h"

#include "projecttablemodel.h"

#include <QStringAlgorithms>

#include <algorithm>
#include <utility>

namespace {

// The case folding of ASCII text is A to Z lowered. Qt's looks up every character's Unicode
// properties: half the time of showing 10,000 cached rows (docs/bench/README.md, figure 10).
QString caseFolded(const QString &text)
{
    if (!QtPrivate::isAscii(text))
        return text.toCaseFolded();
    const auto isUpper = [](QChar c) { return c >= u'A' && c <= u'Z'; };
    if (std::none_of(text.cbegin(), text.cend(), isUpper))
        return text;
    QString folded = text;
    for (QChar &c : folded) {
        if (isUpper(c))
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return folded;
}

} // namespace

ProjectFilterModel::ProjectFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProjectTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    connect(&m_foldTimer, &QTimer::timeout, this, &ProjectFilterModel::foldSome);
}

// m_folded must have a change before the proxy re-filters or re-sorts for it, and Qt calls
// slots in the order they were connected: so these connections are made before the base
// class makes its own.
void ProjectFilterModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    if (source) {
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) {
                        m_folded.insert(first, last - first + 1, Folded{});
                        foldRows(first, last);
                    }),
            connect(source, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &, int first, int last) {
                        for (int row = first; row <= last; ++row)
                            m_archivedInSource -= m_folded.at(row).archived ? 1 : 0;
                        m_folded.remove(first, last - first + 1);
                    }),
            connect(source, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        foldRows(topLeft.row(), bottomRight.row());
                    }),
            connect(source, &QAbstractItemModel::rowsMoved, this, &ProjectFilterModel::foldAll),
            connect(source, &QAbstractItemModel::layoutChanged, this, &ProjectFilterModel::foldAll),
            connect(source, &QAbstractItemModel::modelReset, this, &ProjectFilterModel::foldAll),
        };
    }
    QSortFilterProxyModel::setSourceModel(source);
    foldAll();
    if (!source)
        return;
    // Whether a change broke newest-first order is checked after the proxy has taken it in.
    const auto everything = [this] { checkSourceOrder(0, int(m_folded.size()) - 1); };
    m_sourceConnections += {
        connect(source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { checkSourceOrder(first, last); }),
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    checkSourceOrder(topLeft.row(), bottomRight.row());
                }),
        connect(source, &QAbstractItemModel::rowsMoved, this, everything),
        connect(source, &QAbstractItemModel::layoutChanged, this, everything),
        connect(source, &QAbstractItemModel::modelReset, this, everything),
    };
    everything();
}

ProjectFilterModel::Folded ProjectFilterModel::fold(int sourceRow) const
{
    // The project table's own rows, read without a QVariant for each field: at start 10,000
    // rows from the cache are folded before they are shown (docs/bench/README.md, figure 10);
    // their names and ids are folded after, by foldSome(), or at once by a search.
    Folded folded;
    if (const auto *table = qobject_cast<const ProjectTableModel *>(sourceModel())) {
        const Project &project = table->projectAt(sourceRow);
        folded = {{}, {}, project.createdAt, project.isArchived(),
                  table->index(sourceRow, 0).data(ProjectTableModel::IdleRole).toBool()};
    } else {
        const QAbstractItemModel *source = sourceModel();
        folded = {{}, {}, source->index(sourceRow, ProjectTableModel::CreatedColumn).data(ProjectTableModel::SortRole).toLongLong(),
                  source->index(sourceRow, 0).data(ProjectTableModel::ArchivedRole).toBool(),
                  source->index(sourceRow, 0).data(ProjectTableModel::IdleRole).toBool()};
    }
    return folded;
}

void ProjectFilterModel::foldText(int sourceRow)
{
    Folded &folded = m_folded[sourceRow];
    if (folded.textFolded)
        return;
    if (const auto *table = qobject_cast<const ProjectTableModel *>(sourceModel())) {
        const Project &project = table->projectAt(sourceRow);
        folded.name = caseFolded(project.name);
        folded.id = caseFolded(project.id);
    } else {
        const QAbstractItemModel *source = sourceModel();
        folded.name = caseFolded(source->index(sourceRow, ProjectTableModel::NameColumn).data(ProjectTableModel::SortRole).toString());
        folded.id = caseFolded(source->index(sourceRow, ProjectTableModel::IdColumn).data(ProjectTableModel::SortRole).toString());
    }
    folded.textFolded = true;
}

void ProjectFilterModel::foldRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        Folded &folded = m_folded[row];
        m_archivedInSource -= folded.archived ? 1 : 0;
        folded = fold(row);
        m_archivedInSource += folded.archived ? 1 : 0;
        if (m_textsFolded)
            foldText(row);
    }
    scheduleFolding();
}

void ProjectFilterModel::foldAll()
{
    m_folded.clear();
    m_archivedInSource = 0;
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_folded.resize(rows);
    foldRows(0, rows - 1);
}

void ProjectFilterModel::scheduleFolding()
{
    if (m_textsFolded || m_foldTimer.isActive() || m_folded.isEmpty())
        return;
    m_foldCursor = 0;
    // The first step a moment after: the rows are painted first.
    m_foldTimer.start(50);
}

void ProjectFilterModel::foldSome()
{
    // 5,000 rows: about a millisecond between events.
    m_foldTimer.setInterval(0);
    const int end = std::min(m_foldCursor + 5000, int(m_folded.size()));
    for (; m_foldCursor < end; ++m_foldCursor)
        foldText(m_foldCursor);
    if (m_foldCursor < m_folded.size())
        return;
    m_foldTimer.stop();
    // Rows removed meanwhile may have moved one not yet folded behind the cursor.
    if (std::all_of(m_folded.cbegin(), m_folded.cend(), [](const Folded &f) { return f.textFolded; }))
        m_textsFolded = true;
    else
        scheduleFolding();
}

void ProjectFilterModel::foldTexts()
{
    if (std::exchange(m_textsFolded, true))
        return;
    m_foldTimer.stop();
    for (int row = 0; row < m_folded.size(); ++row)
        foldText(row);
}

void ProjectFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == ProjectTableModel::NameColumn)
        foldTexts();
    m_newestFirst = column == ProjectTableModel::CreatedColumn && order == Qt::DescendingOrder;
    const bool keep = m_newestFirst && inNewestFirstOrder(0, int(m_folded.size()) - 1);
    QSortFilterProxyModel::sort(keep ? -1 : column, order);
}

// Whether source rows first - 1 ... last + 1 are in non-increasing created order.
bool ProjectFilterModel::inNewestFirstOrder(int first, int last) const
{
    first = std::max(first - 1, 0);
    last = std::min(last + 1, int(m_folded.size()) - 1);
    for (int row = first; row < last; ++row) {
        if (m_folded.at(row).created < m_folded.at(row + 1).created)
            return false;
    }
    return true;
}

void ProjectFilterModel::checkSourceOrder(int first, int last)
{
    if (keepsSourceOrder() && !inNewestFirstOrder(first, last))
        QSortFilterProxyModel::sort(ProjectTableModel::CreatedColumn, Qt::DescendingOrder);
}

void ProjectFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    m_foldedSearchText = caseFolded(trimmed);
    if (!trimmed.isEmpty())
        foldTexts();
    refilter();
}

QString ProjectFilterModel::searchText() const
{
    return m_searchText;
}

bool ProjectFilterModel::isFiltering() const
{
    return !m_searchText.isEmpty();
}

void ProjectFilterModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    refilter();
}

void ProjectFilterModel::setIdleOnly(bool idleOnly)
{
    if (idleOnly == m_idleOnly)
        return;
    m_idleOnly = idleOnly;
    refilter();
}

bool ProjectFilterModel::showArchived() const
{
    return m_showArchived;
}

// One layout change. invalidateRowsFilter() would announce each run of hidden or shown rows
// separately, and the view does work proportional to all rows for each (docs/bench/README.md).
void ProjectFilterModel::refilter()
{
    invalidate();
}

bool ProjectFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Folded &folded = m_folded.at(sourceRow);
    if (folded.archived && !m_showArchived)
        return false;
    if (m_idleOnly && !folded.idle)
        return false;
    return m_foldedSearchText.isEmpty() || folded.name.contains(m_foldedSearchText)
           || folded.id.contains(m_foldedSearchText);
}

// Names compare as their folded copies in m_folded, which is the order Qt's own comparison of
// the SortRole values gives, without folding two names for each comparison.
bool ProjectFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == ProjectTableModel::NameColumn && right.column() == ProjectTableModel::NameColumn
        && sortRole() == ProjectTableModel::SortRole && sortCaseSensitivity() == Qt::CaseInsensitive
        && !isSortLocaleAware()) {
        return m_folded.at(left.row()).name < m_folded.at(right.row()).name;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
