// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projecttableview.h"

#include <QEvent>

#include <utility>

ProjectTableView::ProjectTableView(QWidget *parent)
    : QTableView(parent)
{
}

void ProjectTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    needFullLayout();
    QTableView::setModel(model);
    if (!model)
        return;
    // Every change but an insertion moves or alters rows on screen, or the columns.
    const auto full = [this] { needFullLayout(); };
    m_modelConnections = {
        connect(model, &QAbstractItemModel::rowsRemoved, this, full),
        connect(model, &QAbstractItemModel::rowsMoved, this, full),
        connect(model, &QAbstractItemModel::columnsInserted, this, full),
        connect(model, &QAbstractItemModel::columnsRemoved, this, full),
        connect(model, &QAbstractItemModel::columnsMoved, this, full),
        connect(model, &QAbstractItemModel::headerDataChanged, this, full),
        connect(model, &QAbstractItemModel::layoutChanged, this, full),
        connect(model, &QAbstractItemModel::modelReset, this, full),
    };
}

void ProjectTableView::setRootIndex(const QModelIndex &index)
{
    needFullLayout();
    QTableView::setRootIndex(index);
}

void ProjectTableView::reset()
{
    needFullLayout();
    QTableView::reset();
}

void ProjectTableView::doItemsLayout()
{
    if (std::exchange(m_pending, Pending::Nothing) == Pending::ScrollBarsOnly) {
        // Nothing on screen moved: only the scroll bars' ranges change. updateGeometries() also
        // lets the view ask the model for more rows, as a full layout would.
        ++m_layoutsSpared;
        updateGeometries();
        return;
    }
    QTableView::doItemsLayout();
}

bool ProjectTableView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::LocaleChange:
        needFullLayout();
        break;
    default:
        break;
    }
    return QTableView::event(event);
}

void ProjectTableView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QTableView::rowsInserted(parent, start, end);
    // The last row at least partly on screen; -1 when the rows do not fill the viewport.
    const int lastShown = rowAt(viewport()->height() - 1);
    const bool belowScreen = parent == rootIndex() && lastShown >= 0 && start > lastShown;
    if (belowScreen && m_pending != Pending::Everything)
        m_pending = Pending::ScrollBarsOnly;
    else
        needFullLayout();
}
