// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class ProjectTableModel;

/// A copy of the table's rows for the cache, taken a few thousand rows per event-loop turn.
///
/// Handing the model's own list to the cache's thread would share it: the next page merged
/// into the model would then make the GUI thread copy all of it at once (tens of ms at 50,000
/// projects). This copy is the cache's alone, and no turn of the event loop copies more than
/// ChunkRows rows. A change to the rows while it is taken starts it again.
class ListingSnapshot : public QObject
{
    Q_OBJECT
public:
    static constexpr int ChunkRows = 4000;

    explicit ListingSnapshot(ProjectTableModel *model, QObject *parent = nullptr);

    /// Starts a copy (again, if one is being taken); ready() follows.
    void start();
    /// Drops the copy being taken; no ready() follows.
    void cancel();
    [[nodiscard]] bool isTaking() const { return m_taking; }

Q_SIGNALS:
    /// The rows as they were after the last change, in order.
    void ready(const QList<Project> &projects);

private:
    void copyChunk();
    void rowsChanged();

    QPointer<ProjectTableModel> m_model;
    QList<Project> m_copy;
    int m_next = 0;
    bool m_taking = false;
    bool m_chunkQueued = false;
};
