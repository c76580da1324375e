// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

// ProjectTableModel's rows and the listing that fills them (private to the model); how a
// listing's pages merge into the rows is in projecttablemodel_merge.cpp.

#include "pager.h"
#include "projecttablemodel.h"
#include "projectspend.h"

#include <QHash>
#include <QPointer>
#include <QSet>

inline constexpr int MaxPageSize = 100;

class ProjectTableModel::Private
{
public:
    // > 0 while the rows change and observers hear of it. Views ask for more from a timer,
    // never from inside those notifications; an observer that asks from inside one (as
    // QAbstractItemModelTester does on every change) would start a request in the middle of a
    // change and, page after page, fetch the whole organization against the rate limit.
    struct Notifying
    {
        explicit Notifying(Private *d) : d(d) { ++d->notifying; }
        ~Notifying() { --d->notifying; }
        Notifying(const Notifying &) = delete;
        Notifying &operator=(const Notifying &) = delete;
        Private *const d;
    };

    Private(ProjectTableModel *q, PageSource source);

    ProjectTableModel *const q;
    PageSource source;
    Pager *pager = nullptr;

    QList<Project> rows;
    // id -> row, rebuilt lazily after a change in the middle; kept up to date by appends.
    mutable QHash<QString, int> rowById;
    mutable bool indexValid = true;

    int pageSize = MaxPageSize;
    bool includeArchived = false; ///< wanted
    bool listingArchived = false; ///< of the listing in progress
    // This listing: the ids it has given, the ones upsert() changed since it started (newer
    // than its pages), and where its next page merges in.
    QSet<QString> listed;
    QSet<QString> changedHere;
    QSet<QString> unconfirmed; ///< rows shown from the cache that nothing has confirmed yet
    int mergeAt = 0;
    int notifying = 0;
    QPointer<ProjectSpend> spend;

    [[nodiscard]] int rowOf(const QString &id) const;
    /// Forgets the last listing's state before a new one starts.
    void resetListing();
    void startListing(int pages);
    int merge(const QList<Project> &page, bool last);
    void insert(int row, QList<Project> projects);
    void removeUnlisted(int from, int to);
};
