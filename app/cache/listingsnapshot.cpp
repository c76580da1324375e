// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "listingsnapshot.h"

#include "projecttablemodel.h"

#include <QTimer>

ListingSnapshot::ListingSnapshot(ProjectTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, this, &ListingSnapshot::rowsChanged);
    }
    connect(model, &QAbstractItemModel::dataChanged, this, &ListingSnapshot::rowsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &ListingSnapshot::rowsChanged);
}

void ListingSnapshot::start()
{
    m_taking = true;
    m_copy.clear();
    m_next = 0;
    copyChunk();
}

void ListingSnapshot::cancel()
{
    m_taking = false;
    m_copy = {};
    m_next = 0;
}

void ListingSnapshot::rowsChanged()
{
    if (!m_taking)
        return;
    // What was copied may no longer be what the rows are: again from the top, next turn.
    m_copy.clear();
    m_next = 0;
}

void ListingSnapshot::copyChunk()
{
    m_chunkQueued = false;
    if (!m_taking || !m_model)
        return;
    const int rows = m_model->rowCount();
    if (m_next == 0)
        m_copy.reserve(rows);
    const int end = std::min(rows, m_next + ChunkRows);
    for (int row = m_next; row < end; ++row)
        m_copy.append(m_model->projectAt(row));
    m_next = end;
    if (end < rows) {
        m_chunkQueued = true;
        QTimer::singleShot(0, this, &ListingSnapshot::copyChunk);
        return;
    }
    m_taking = false;
    m_next = 0;
    Q_EMIT ready(std::exchange(m_copy, {}));
}
