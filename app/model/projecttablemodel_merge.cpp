// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
// How a listing's pages merge into the rows the table shows (remembered ones included).
#include "projecttablemodel_p.h"

int ProjectTableModel::Private::rowOf(const QString &id) const
{
    if (!indexValid) {
        rowById.clear();
        rowById.reserve(rows.size());
        for (int row = 0; row < rows.size(); ++row)
            rowById.insert(rows.at(row).id, row);
        indexValid = true;
    }
    return rowById.value(id, -1);
}

void ProjectTableModel::Private::resetListing()
{
    listingArchived = includeArchived;
    listed.clear();
    changedHere.clear();
    mergeAt = 0;
}

void ProjectTableModel::Private::startListing(int pages)
{
    resetListing();
    pager->restart(pages);
}

// Walks the page in the service's order (newest first): a known project is updated where it
// is, and the rows between the last merged one and it were skipped by the listing, so they are
// gone; a new one is inserted after the last merged one. Returns how many were new to the
// listing. On the last page, whatever the listing never gave goes.
int ProjectTableModel::Private::merge(const QList<Project> &page, bool last)
{
    int fresh = 0;
    QList<Project> pending; // new projects to insert at mergeAt, in one notification
    const auto flush = [&] {
        if (pending.isEmpty())
            return;
        const int count = int(pending.size());
        insert(mergeAt, std::exchange(pending, {}));
        mergeAt += count;
    };
    for (const Project &project : page) {
        if (listed.contains(project.id))
            continue; // a project created while paging shifts the list: its neighbours come twice
        listed.insert(project.id);
        unconfirmed.remove(project.id);
        ++fresh;
        if (rowOf(project.id) < 0) {
            if (!changedHere.contains(project.id))
                pending.append(project);
            continue;
        }
        flush();
        int row = rowOf(project.id);
        if (row < mergeAt)
            continue; // listed before in another order: left where it is
        removeUnlisted(mergeAt, row);
        row = rowOf(project.id);
        mergeAt = row + 1;
        if (changedHere.contains(project.id) || rows.at(row) == project)
            continue;
        rows[row] = project;
        const Notifying notifying(this);
        Q_EMIT q->dataChanged(q->index(row, 0), q->index(row, ColumnCount - 1));
    }
    flush();
    if (last)
        removeUnlisted(mergeAt, int(rows.size()));
    return fresh;
}

void ProjectTableModel::Private::insert(int row, QList<Project> projects)
{
    const Notifying notifying(this);
    const int count = int(projects.size());
    q->beginInsertRows({}, row, row + count - 1);
    const bool append = row == rows.size();
    if (rows.isEmpty()) {
        rows = std::move(projects); // at start: the rows as read, not copied
    } else if (append) {
        rows.append(std::move(projects));
    } else {
        rows.insert(row, count, Project());
        std::move(projects.begin(), projects.end(), rows.begin() + row);
    }
    if (append && indexValid) {
        rowById.reserve(rows.size());
        for (int r = row; r < rows.size(); ++r)
            rowById.insert(rows.at(r).id, r);
    } else {
        indexValid = false;
    }
    q->endInsertRows();
}

// Removes the rows in [from, to) that this listing skipped (a project changed here stays).
void ProjectTableModel::Private::removeUnlisted(int from, int to)
{
    for (int row = to - 1; row >= from;) {
        if (changedHere.contains(rows.at(row).id)) {
            --row;
            continue;
        }
        const int lastRow = row;
        while (row > from && !changedHere.contains(rows.at(row - 1).id))
            --row;
        const Notifying notifying(this);
        q->beginRemoveRows({}, row, lastRow);
        if (!unconfirmed.isEmpty()) {
            for (int gone = row; gone <= lastRow; ++gone)
                unconfirmed.remove(rows.at(gone).id);
        }
        rows.remove(row, lastRow - row + 1);
        indexValid = false;
        q->endRemoveRows();
        --row;
    }
}
