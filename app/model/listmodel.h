// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "adminapiclient.h"
#include "apierror.h"
#include "listpage.h"
#include "pager.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QScopedValueRollback>
#include <QSet>

#include <functional>

/// What every paged table (members, service accounts, API keys, rate limits) shares: a Pager,
/// its signals, and fetching as the view scrolls. The typed rows live in ListModel<T>.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    [[nodiscard]] Pager *pager() const { return m_pager; }
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_taking && m_pager->canFetchMore();
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            m_pager->fetchMore();
    }
    /// Lists again from the first page, merging what comes into the rows.
    void reload() { m_pager->restart(); }
    [[nodiscard]] bool hasStarted() const { return m_pager->hasStarted(); }
    [[nodiscard]] bool isLoading() const { return m_pager->isLoading(); }
    [[nodiscard]] ApiError lastError() const { return m_pager->lastError(); }

protected:
    explicit PagedTableModel(QObject *parent);
    ~PagedTableModel() override;
    void setPager(Pager *pager) { m_pager = pager; }
    /// True while a page goes into the rows: observers that ask for more from inside those
    /// notifications (QAbstractItemModelTester does) must wait for the page to be in.
    bool m_taking = false;

private:
    Pager *m_pager = nullptr;
};

/// A table of T (which has a QString `id`), filled page by page. Each page replaces the rows it
/// lists in place and appends the new ones; the last page of a listing removes the rows it no
/// longer has. Columns are a list of titles and functions of a row.
template <typename T>
class ListModel : public PagedTableModel
{
public:
    using Done = std::function<void(const ApiResult<ListPage<T>> &)>;
    /// Asks for the page after @p after.
    using Fetch = std::function<QPointer<ApiCall>(const QString &after, Done done)>;
    struct Column
    {
        QString title;
        std::function<QVariant(const T &item, int role)> data;
    };

    ListModel(Fetch fetch, QList<Column> columns, QObject *parent = nullptr)
        : PagedTableModel(parent)
        , m_columns(std::move(columns))
    {
        setPager(new Pager([this, fetch = std::move(fetch)](const QString &after, const Pager::Deliver &deliver) {
            return fetch(after, [this, deliver, first = after.isEmpty()](const ApiResult<ListPage<T>> &result) {
                if (!result.ok()) {
                    deliver(result.error());
                    return;
                }
                const ListPage<T> &page = result.value();
                deliver(Pager::Reply{page.nextCursor, page.hasMore, page.requestId, page.items.isEmpty(),
                                     [this, page, first] { return take(page, first); }});
            });
        }, this));
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return m_columns.at(index.column()).data(m_rows.at(index.row()), role);
    }
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
            return m_columns.at(section).title;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    [[nodiscard]] const T &itemAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] const QList<T> &items() const { return m_rows; }
    [[nodiscard]] int rowOf(const QString &id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        return -1;
    }
    /// Puts what the service answered to a change into the table (appended when new). Pages
    /// of the listing in progress, read before the change, do not undo it.
    void upsert(const T &item)
    {
        if (!m_taking)
            m_changedHere.insert(item.id);
        const int row = rowOf(item.id);
        if (row >= 0) {
            m_rows[row] = item;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(item);
        endInsertRows();
    }
    /// Removes the row of what the service has deleted.
    void removeId(const QString &id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

private:
    int take(const ListPage<T> &page, bool first)
    {
        const QScopedValueRollback taking(m_taking, true);
        if (first) {
            m_listed.clear();
            m_changedHere.clear();
        }
        int fresh = 0;
        for (const T &item : page.items) {
            if (m_listed.contains(item.id))
                continue;
            m_listed.insert(item.id);
            ++fresh;
            if (!m_changedHere.contains(item.id))
                upsert(item);
        }
        if (!page.hasMore) {
            for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
                const QString id = m_rows.at(row).id;
                if (!m_listed.contains(id) && !m_changedHere.contains(id))
                    removeId(m_rows.at(row).id);
            }
        }
        return fresh;
    }

    QList<Column> m_columns;
    QList<T> m_rows;
    QSet<QString> m_listed;      ///< ids the listing in progress has given
    QSet<QString> m_changedHere; ///< ids upsert() changed since that listing started
};
