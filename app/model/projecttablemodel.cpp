// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projecttablemodel.h"
#include "projecttablemodel_p.h"

#include "adminapiclient.h"
#include "projectcolumns.h"

#include <algorithm>

namespace {

// How many pages a reload lists again at most: every request counts against a limit of ~7-10
// a minute, and after a "Load all" of thousands the rest can follow on scroll.
constexpr int MaxReloadPages = 5;

// The order upsert() keeps: newest first, ties by id.
bool isNewer(const Project &a, const Project &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id < b.id;
}

} // namespace

ProjectTableModel::Private::Private(ProjectTableModel *q, PageSource pageSource)
    : q(q)
    , source(std::move(pageSource))
{
    pager = new Pager([this](const QString &after, const Pager::Deliver &deliver) -> QPointer<ApiCall> {
        const ListQuery query{after, pageSize, listingArchived};
        return source(query, [this, deliver](const ApiResult<ProjectPage> &result) {
            if (!result.ok()) {
                deliver(result.error());
                return;
            }
            const ProjectPage &page = result.value();
            deliver(Pager::Reply{page.nextCursor, page.hasMore, page.requestId, page.projects.isEmpty(),
                                 [this, page] { return merge(page.projects, !page.hasMore); }});
        });
    }, q);
}

ProjectTableModel::ProjectTableModel(AdminApiClient *client, QObject *parent)
    : ProjectTableModel(PageSource([client = QPointer<AdminApiClient>(client)](
                                       const ListQuery &query, std::function<void(const ApiResult<ProjectPage> &)> done)
                                       -> QPointer<ApiCall> {
                            if (!client)
                                return nullptr;
                            return client->listProjects(query, client, std::move(done));
                        }),
                        parent)
{
    // Rows listed with another key may be another organization's: never shown under the new.
    if (client)
        connect(client, &AdminApiClient::credentialsChanged, this, &ProjectTableModel::clear);
}

ProjectTableModel::ProjectTableModel(PageSource source, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(this, std::move(source)))
{
    connect(d->pager, &Pager::loadingChanged, this, &ProjectTableModel::loadingChanged);
    connect(d->pager, &Pager::errorOccurred, this, &ProjectTableModel::errorOccurred);
    connect(d->pager, &Pager::errorCleared, this, &ProjectTableModel::errorCleared);
    connect(d->pager, &Pager::pageLoaded, this, &ProjectTableModel::pageLoaded);
    connect(d->pager, &Pager::completeChanged, this, &ProjectTableModel::completeChanged);
    connect(d->pager, &Pager::loadAllProgress, this, &ProjectTableModel::loadAllProgress);
    connect(d->pager, &Pager::restartDone, this, &ProjectTableModel::reloaded);
}

ProjectTableModel::~ProjectTableModel()
{
    // While d is still whole: cancelling may destroy the call, whose handler reads d.
    delete d->pager;
}

QModelIndex ProjectTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // QAbstractTableModel's checks through two virtual calls, and the filter proxy asks for
    // millions of indexes: two for each comparison when it sorts after a keystroke.
    if (parent.isValid() || row < 0 || column < 0 || row >= d->rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= d->rows.size()
        || index.column() >= ColumnCount) {
        return {};
    }
    const Project &project = d->rows.at(index.row());
    switch (role) {
    case ProjectIdRole:
        return project.id;
    case ArchivedRole:
        return project.isArchived();
    case ProjectRole:
        return QVariant::fromValue(project);
    case IdleRole:
        return d->spend && d->spend->isLoaded() && !project.isArchived()
               && !d->spend->totalsOf(project.id);
    default:
        break;
    }
    if (index.column() == SpendColumn) {
        const MoneyTotals *totals = d->spend ? d->spend->totalsOf(project.id) : nullptr;
        if (role == SortRole)
            return ProjectColumns::spendSortValue(totals);
        return ProjectColumns::spendData(totals, d->spend && d->spend->isLoaded(), role);
    }
    if (role == SortRole)
        return ProjectColumns::sortValue(project, index.column());
    return ProjectColumns::data(project, index.column(), role);
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == SpendColumn && d->spend) {
        if (role == Qt::DisplayRole)
            return ProjectColumns::spendTitle(d->spend->periodDays());
        if (role == Qt::ToolTipRole)
            return ProjectColumns::spendHeaderToolTip(*d->spend);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return ProjectColumns::title(section);
}

Qt::ItemFlags ProjectTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index)
           | (index.isValid() ? Qt::ItemNeverHasChildren : Qt::NoItemFlags);
}

bool ProjectTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && d->notifying == 0 && d->pager->canFetchMore();
}

void ProjectTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        d->pager->fetchMore();
}

void ProjectTableModel::setSpend(ProjectSpend *spend)
{
    if (d->spend)
        disconnect(d->spend, nullptr, this, nullptr);
    d->spend = spend;
    const auto spendChanged = [this] {
        if (!d->rows.isEmpty()) {
            const Private::Notifying notifying(d.get());
            Q_EMIT dataChanged(index(0, 0), index(int(d->rows.size()) - 1, SpendColumn));
        }
        Q_EMIT headerDataChanged(Qt::Horizontal, SpendColumn, SpendColumn);
    };
    if (spend) {
        connect(spend, &ProjectSpend::totalsChanged, this, spendChanged);
        connect(spend, &ProjectSpend::stateChanged, this, spendChanged);
    }
    spendChanged();
}

void ProjectTableModel::setPageSize(int size)
{
    d->pageSize = std::clamp(size, 1, MaxPageSize);
}

int ProjectTableModel::pageSize() const
{
    return d->pageSize;
}

void ProjectTableModel::setIncludeArchived(bool include)
{
    d->includeArchived = include;
    if (include && d->pager->hasStarted() && !d->listingArchived)
        reload();
}

bool ProjectTableModel::includeArchived() const
{
    return d->includeArchived;
}

void ProjectTableModel::reload()
{
    d->startListing(std::clamp(d->pager->pagesLoaded(), 1, MaxReloadPages));
}

void ProjectTableModel::clear()
{
    d->pager->stop();
    d->listed.clear();
    d->changedHere.clear();
    d->unconfirmed.clear();
    d->mergeAt = 0;
    const Private::Notifying notifying(d.get());
    beginResetModel();
    d->rows = {};
    d->rowById = {};
    d->indexValid = true;
    endResetModel();
}

void ProjectTableModel::retry()
{
    d->pager->retry();
}

void ProjectTableModel::loadAll()
{
    if (!d->pager->hasStarted())
        d->resetListing();
    d->pager->loadAll();
}

void ProjectTableModel::cancelLoadAll()
{
    d->pager->cancelLoadAll();
}

void ProjectTableModel::upsert(const Project &project)
{
    d->unconfirmed.remove(project.id);
    if (d->pager->hasStarted())
        d->changedHere.insert(project.id);
    const int row = d->rowOf(project.id);
    if (row >= 0) {
        d->rows[row] = project;
        const Private::Notifying notifying(d.get());
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto at = std::find_if(d->rows.cbegin(), d->rows.cend(),
                                 [&](const Project &other) { return isNewer(project, other); });
    const int newRow = int(at - d->rows.cbegin());
    if (newRow < d->mergeAt)
        ++d->mergeAt;
    d->insert(newRow, {project});
}

void ProjectTableModel::showCached(const QList<Project> &projects)
{
    if (d->pager->isComplete())
        return; // the service has said it all: a remembered row could only be a stale one
    // Shared with @p projects, not copied, while every one is missing (at start, 10,000 rows).
    QList<Project> missing = projects;
    qsizetype kept = 0;
    d->unconfirmed.reserve(d->unconfirmed.size() + projects.size());
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const Project &project = projects.at(i);
        if (d->rowOf(project.id) >= 0 || d->listed.contains(project.id)
            || d->changedHere.contains(project.id) || d->unconfirmed.contains(project.id)) {
            continue;
        }
        d->unconfirmed.insert(project.id);
        if (kept != i)
            missing[kept] = project;
        ++kept;
    }
    if (kept < missing.size())
        missing.resize(kept);
    if (!missing.isEmpty())
        d->insert(int(d->rows.size()), std::move(missing));
}

bool ProjectTableModel::isConfirmed(const QString &id) const
{
    return !d->unconfirmed.contains(id);
}

int ProjectTableModel::unconfirmedCount() const
{
    return int(d->unconfirmed.size());
}

std::optional<Project> ProjectTableModel::project(const QString &id) const
{
    const int row = d->rowOf(id);
    if (row < 0)
        return std::nullopt;
    return d->rows.at(row);
}

const Project &ProjectTableModel::projectAt(int row) const
{
    Q_ASSERT(row >= 0 && row < d->rows.size());
    return d->rows.at(row);
}

int ProjectTableModel::rowOf(const QString &id) const
{
    return d->rowOf(id);
}

QList<Project> ProjectTableModel::projects() const
{
    return d->rows;
}

bool ProjectTableModel::isLoading() const
{
    return d->pager->isLoading();
}

bool ProjectTableModel::isLoadingAll() const
{
    return d->pager->isLoadingAll();
}

bool ProjectTableModel::isComplete() const
{
    return d->pager->isComplete();
}

bool ProjectTableModel::hasStarted() const
{
    return d->pager->hasStarted();
}

ApiError ProjectTableModel::lastError() const
{
    return d->pager->lastError();
}
