// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projecttablemodel.h"

#include "displaytext.h"

#include "adminapiclient.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

namespace {

// How many pages a reload refetches at most (see startReload).
constexpr int MaxReloadPages = 5;
// Far beyond any organization (the service's default cap is 2,000 projects): past it, the
// service is taken to be repeating itself.
constexpr int MaxListedProjects = 1000000;
constexpr int MaxPagesWithNothingNew = 3;

Q_LOGGING_CATEGORY(lcModel, "orgdesk.model")

constexpr int DefaultPageSize = 100;
constexpr int MaxPageSize = 100;

// Every project repeats these strings; parsing gives each its own copy. Sharing one copy
// saves over 100 bytes per row, which counts at 50,000 rows.
void shareCommonStrings(Project &project)
{
    static const QString object = QStringLiteral("organization.project");
    static const QString active = QStringLiteral("active");
    static const QString archived = QStringLiteral("archived");
    if (project.object == object)
        project.object = object;
    if (project.status == active)
        project.status = active;
    else if (project.status == archived)
        project.status = archived;
}

// The order upsert() keeps: newest first, ties by id.
bool isNewer(const Project &a, const Project &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id < b.id;
}

// Where a project not yet listed belongs. Linear from the top: a new project stops at row 0,
// and the service's own order is not trusted enough for a binary search.
qsizetype insertionRow(const QList<Project> &rows, const Project &project)
{
    const auto it = std::find_if(rows.cbegin(), rows.cend(),
                                 [&](const Project &row) { return isNewer(project, row); });
    return it - rows.cbegin();
}

QString formatTime(qint64 seconds, QLocale::FormatType format)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), format);
}

// An archived row hidden without a request, and the visible row it stood before (empty: the
// end), so that showing archived again puts it back where it was.
struct HiddenProject
{
    Project project;
    QString beforeId;
};

} // namespace

class ProjectTableModel::Private
{
public:
    struct Notifying
    {
        explicit Notifying(Private *d) : d(d) { ++d->notifying; }
        ~Notifying() { --d->notifying; }
        Notifying(const Notifying &) = delete;
        Notifying &operator=(const Notifying &) = delete;
        Private *const d;
    };

    Private(ProjectTableModel *q, AdminApiClient *client) : q(q), client(client) {}

    // A reload collects its pages here and replaces the rows in one reset when done.
    struct Reload
    {
        bool includeArchived = false;
        QString cursor;
        int pagesWanted = 1;
        int pagesDone = 0;
        QList<Project> rows;
        QHash<QString, int> rowById;
        // upsert()/remove() calls made while it runs, replayed on its rows: the pages may
        // have been read before the change happened.
        QList<std::pair<Project, bool /*removed*/>> edits;
    };

    ProjectTableModel *const q;
    QPointer<AdminApiClient> client;

    QList<Project> rows;
    // id -> row. Rebuilt lazily after inserts/removes in the middle; kept up to date by
    // appends, so appending a page stays O(page).
    mutable QHash<QString, int> rowById;
    mutable bool indexValid = true;

    // The listing the rows come from.
    bool started = false;
    bool listingArchived = false;
    QString cursor;
    bool hasMore = false;
    int pagesLoaded = 0;

    bool showArchived = false;
    int pageSize = DefaultPageSize;

    std::optional<Reload> reload;
    QList<HiddenProject> hidden;
    bool archivedHidden = false; ///< hidden holds the archived rows of a complete listing
    QSet<QString> removedWhileLoading;

    quint64 generation = 0;
    quint64 requestSerial = 0;
    bool inFlight = false;
    // Loading all: the request whose page is about to arrive although the next one is already
    // in flight (asked for as soon as its cursor was known). 0: none.
    quint64 chainedSerial = 0;
    QString cursorBeforeChain; // where the listing stands until that page is in
    QPointer<ApiCall> call;
    bool loadingAll = false;
    ApiError error;
    // Every cursor this listing has followed (a new listing starts with a reload, the toggle,
    // Load all or clear), and how many pages in a row brought nothing new: what keeps a
    // service whose cursors go round in circles from being asked for pages forever.
    QSet<QString> seenCursors;
    int pagesWithNothingNew = 0;

    // What observers were last told, so that the signals fire on real changes only.
    bool reportedLoading = false;
    bool reportedComplete = false;

    // > 0 while the rows change and observers hear of it. Views ask for more from a timer,
    // never from inside those notifications; an observer that asks from inside one (as
    // QAbstractItemModelTester does on every change) would start a request in the middle of a
    // change and, page after page, fetch the whole organization against the rate limit.
    int notifying = 0;

    mutable QIcon archivedIcon;
    mutable bool archivedIconResolved = false;

    void ensureIndex() const
    {
        if (indexValid)
            return;
        rowById.clear();
        rowById.reserve(rows.size());
        for (int row = 0; row < rows.size(); ++row)
            rowById.insert(rows.at(row).id, row);
        indexValid = true;
    }

    [[nodiscard]] int rowOf(const QString &id) const
    {
        ensureIndex();
        return rowById.value(id, -1);
    }

    [[nodiscard]] bool complete() const { return started && pagesLoaded > 0 && !hasMore; }

    void syncLoading()
    {
        if (reportedLoading == inFlight)
            return;
        reportedLoading = inFlight;
        Q_EMIT q->loadingChanged(inFlight);
    }

    void syncComplete()
    {
        const bool now = complete();
        if (reportedComplete == now)
            return;
        reportedComplete = now;
        Q_EMIT q->completeChanged(now);
    }

    void clearError()
    {
        if (!error.isError())
            return;
        error = {};
        Q_EMIT q->errorCleared();
    }

    void stopLoadingAll()
    {
        if (!loadingAll)
            return;
        loadingAll = false;
        Q_EMIT q->loadAllProgress(int(rows.size()), true);
    }

    // Forgets the request in flight and every reply still to come from it.
    void abortRequest()
    {
        ++generation;
        chainedSerial = 0;
        if (!inFlight)
            return;
        inFlight = false;
        if (QPointer<ApiCall> superseded = std::exchange(call, nullptr))
            superseded->cancel();
    }

    void startListing()
    {
        seenCursors.clear();
        pagesWithNothingNew = 0;
    }
    [[nodiscard]] std::optional<ApiError> endless(const ProjectPage &page, int newRows) const;
    [[nodiscard]] int newRowsIn(const ProjectPage &page) const
    {
        ensureIndex();
        const QHash<QString, int> &known = reload ? reload->rowById : rowById;
        QSet<QString> fresh;
        for (const Project &project : page.projects) {
            if (!known.contains(project.id))
                fresh.insert(project.id);
        }
        return int(fresh.size());
    }
    // After a page is taken: what the next one will be checked against.
    void followed(const ProjectPage &page, int added)
    {
        if (page.hasMore)
            seenCursors.insert(page.nextCursor);
        pagesWithNothingNew = added == 0 ? pagesWithNothingNew + 1 : 0;
    }
    void request();
    void chainNextPage(quint64 gen, quint64 serial, const QString &next);
    void onReply(quint64 gen, quint64 serial, const QString &after, const ApiResult<ProjectPage> &result);
    void onCallVanished();
    void fail(const ApiError &failure);
    void appendPage(const ProjectPage &page);
    void takeReloadPage(const ProjectPage &page);
    void finishReload(const ProjectPage &lastPage);
    void continueLoadingAll();
    void startReload();

    void insertRow(int row, const Project &project);
    void removeRow(int row, bool keepAsHiddenArchived);
    void hideArchived();
    bool showHiddenArchived();
};

void ProjectTableModel::Private::request()
{
    Q_ASSERT(!inFlight);
    if (!client) {
        fail(ApiError(ApiError::Kind::NoKey, ProjectTableModel::tr("There is no connection to the API.")));
        return;
    }
    ListQuery query;
    query.limit = pageSize;
    query.after = reload ? reload->cursor : cursor;
    query.includeArchived = reload ? reload->includeArchived : listingArchived;

    const quint64 gen = generation;
    const quint64 serial = ++requestSerial;
    inFlight = true;
    if (chainedSerial == 0) // else the page still to come needs it
        removedWhileLoading.clear();
    qCDebug(lcModel) << "requesting a page after" << query.after << "include_archived"
                     << query.includeArchived << (reload ? "(reload)" : "");
    AdminApiClient::CursorHandler chain;
    if (loadingAll && !reload) {
        chain = [this, gen, serial](const QString &next) { chainNextPage(gen, serial, next); };
    }
    QPointer<ApiCall> started = client->listProjects(
        query, q,
        [this, gen, serial, after = query.after](const ApiResult<ProjectPage> &result) {
            onReply(gen, serial, after, result);
        },
        std::move(chain));
    if (!inFlight || serial != requestSerial)
        return; // the callback already ran
    call = started;
    if (!started) {
        onCallVanished();
        return;
    }
    // Someone else may cancel it (AdminApiClient::cancelAll()): then no callback ever runs.
    QObject::connect(started, &QObject::destroyed, q, [this, serial] {
        if (inFlight && serial == requestSerial)
            onCallVanished();
    });
    syncLoading();
}

// Loading all, the reply of `serial` has been read as far as the next page's cursor: that page
// is asked for now, so the network works on it while this one's projects are converted and
// inserted. The reply itself follows at once, in onReply(), as the chained page.
// Why following this page would never end, if it would not.
std::optional<ApiError> ProjectTableModel::Private::endless(const ProjectPage &page, int newRows) const
{
    if (!page.hasMore)
        return std::nullopt;
    QString why;
    if (page.projects.isEmpty())
        why = ProjectTableModel::tr("a page with no projects says more follow");
    else if (seenCursors.contains(page.nextCursor))
        why = ProjectTableModel::tr("the list points back to a page it already gave");
    else if (newRows == 0 && pagesWithNothingNew + 1 >= MaxPagesWithNothingNew)
        why = ProjectTableModel::tr("%n pages in a row held only projects already listed", nullptr,
                                    MaxPagesWithNothingNew);
    else if (rows.size() + newRows > MaxListedProjects)
        why = ProjectTableModel::tr("more than %1 projects").arg(QLocale().toString(MaxListedProjects));
    if (why.isEmpty())
        return std::nullopt;
    ApiError error(ApiError::Kind::BadResponse, ProjectTableModel::tr("the listing never ends: %1").arg(why));
    error.setRequestId(page.requestId);
    return error;
}

void ProjectTableModel::Private::chainNextPage(quint64 gen, quint64 serial, const QString &next)
{
    if (gen != generation || serial != requestSerial || !inFlight || !loadingAll || reload
        || error.isError() || seenCursors.contains(next)) {
        return; // (a cursor seen before: the reply, checked in full, stops the listing)
    }
    inFlight = false;
    call = nullptr;
    chainedSerial = serial;
    cursorBeforeChain = std::exchange(cursor, next);
    request();
}

void ProjectTableModel::Private::onReply(quint64 gen, quint64 serial, const QString &after,
                                         const ApiResult<ProjectPage> &result)
{
    if (gen == generation && serial != 0 && serial == chainedSerial) {
        chainedSerial = 0;
        const std::optional<ApiError> failure = result.ok()
            ? endless(result.value(), newRowsIn(result.value())) : result.error();
        if (failure) {
            abortRequest(); // the page after it, already asked for
            cursor = cursorBeforeChain; // a retry asks for this page again
            fail(*failure);
            return;
        }
        appendPage(result.value());
        return;
    }
    if (gen != generation || serial != requestSerial || !inFlight) {
        qCDebug(lcModel) << "dropping the reply of a superseded listing";
        return;
    }
    inFlight = false;
    call = nullptr;
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    const ProjectPage &page = result.value();
    if (page.hasMore && (page.nextCursor.isEmpty() || page.nextCursor == after)) {
        // Following this cursor would ask for the same page forever.
        fail(ApiError(ApiError::Kind::BadResponse)
                 .setDetail(QStringLiteral("the list says has_more but gives no new cursor (after %1)")
                                .arg(after)));
        return;
    }
    if (const std::optional<ApiError> failure = endless(page, newRowsIn(page))) {
        fail(*failure);
        return;
    }
    if (reload)
        takeReloadPage(page);
    else
        appendPage(page);
}

void ProjectTableModel::Private::onCallVanished()
{
    qCWarning(lcModel) << "the list request was cancelled by someone else";
    inFlight = false;
    call = nullptr;
    fail(ApiError(ApiError::Kind::Cancelled));
}

void ProjectTableModel::Private::fail(const ApiError &failure)
{
    qCInfo(lcModel) << "fetching stopped:" << failure.detail() << "status" << failure.httpStatus();
    error = failure;
    syncLoading();
    Q_EMIT q->errorOccurred(error);
    stopLoadingAll();
}

void ProjectTableModel::Private::appendPage(const ProjectPage &page)
{
    cursor = page.nextCursor;
    hasMore = page.hasMore;
    ++pagesLoaded;

    ensureIndex();
    QList<Project> fresh;
    fresh.reserve(page.projects.size());
    QSet<QString> freshIds;
    for (const Project &project : page.projects) {
        // A project created while paging shifts the list: its neighbours come twice.
        if (rowById.contains(project.id) || freshIds.contains(project.id)
            || removedWhileLoading.contains(project.id)) {
            continue;
        }
        freshIds.insert(project.id);
        fresh.append(project);
        shareCommonStrings(fresh.last());
    }

    const int added = int(fresh.size());
    followed(page, added);
    if (added > 0) {
        const int first = int(rows.size());
        {
            const Notifying notifying(this);
            q->beginInsertRows({}, first, first + added - 1);
            rows.append(std::move(fresh));
            for (int row = first; row < rows.size(); ++row)
                rowById.insert(rows.at(row).id, row);
            q->endInsertRows();
        }
    }
    syncComplete();
    Q_EMIT q->pageLoaded(added);
    continueLoadingAll();
    syncLoading(); // last, so that loading all pages does not flicker between requests
}

void ProjectTableModel::Private::takeReloadPage(const ProjectPage &page)
{
    Reload &r = *reload;
    followed(page, newRowsIn(page));
    for (const Project &project : page.projects) {
        if (r.rowById.contains(project.id))
            continue;
        r.rowById.insert(project.id, int(r.rows.size()));
        r.rows.append(project);
        shareCommonStrings(r.rows.last());
    }
    ++r.pagesDone;
    r.cursor = page.nextCursor;
    if (page.hasMore && r.pagesDone < r.pagesWanted) {
        request();
        return;
    }
    finishReload(page);
}

void ProjectTableModel::Private::finishReload(const ProjectPage &lastPage)
{
    Reload r = std::move(*reload);
    reload.reset();

    bool replayed = false;
    for (const auto &[project, removed] : std::as_const(r.edits)) {
        const auto it = std::find_if(r.rows.begin(), r.rows.end(),
                                     [&](const Project &row) { return row.id == project.id; });
        const bool drop = removed || (project.isArchived() && !r.includeArchived);
        if (it != r.rows.end()) {
            if (drop)
                r.rows.erase(it);
            else
                *it = project;
        } else if (!drop) {
            r.rows.insert(insertionRow(r.rows, project), project);
        }
        replayed = true;
    }

    {
        const Notifying notifying(this);
        q->beginResetModel();
        rows = std::move(r.rows);
        if (replayed) {
            indexValid = false;
            rowById.clear();
        } else {
            rowById = std::move(r.rowById);
            indexValid = true;
        }
        listingArchived = r.includeArchived;
        cursor = lastPage.nextCursor;
        hasMore = lastPage.hasMore;
        pagesLoaded = r.pagesDone;
        hidden.clear();
        archivedHidden = false;
        q->endResetModel();
    }

    qCDebug(lcModel) << "reloaded" << rows.size() << "projects in" << pagesLoaded << "pages";
    syncComplete();
    Q_EMIT q->reloaded();
    Q_EMIT q->pageLoaded(int(rows.size()));
    continueLoadingAll();
    syncLoading();
}

void ProjectTableModel::Private::continueLoadingAll()
{
    if (!loadingAll)
        return;
    if (!hasMore) {
        stopLoadingAll();
        return;
    }
    Q_EMIT q->loadAllProgress(int(rows.size()), false);
    // chainNextPage() may have asked for the next page already, or a view from a rowsInserted handler.
    if (loadingAll && !inFlight && !error.isError())
        request();
}

void ProjectTableModel::Private::startReload()
{
    abortRequest();
    clearError();
    startListing();
    started = true;
    Reload r;
    r.includeArchived = showArchived;
    // Refetching what was on screen keeps selection and scroll position, but every request
    // counts against a limit of ~7-10 a minute: after a "Load all" of thousands of projects,
    // refetching them all would freeze the table for many minutes. The rest loads on scroll.
    r.pagesWanted = std::clamp(pagesLoaded, 1, MaxReloadPages);
    reload = std::move(r);
    request();
}

void ProjectTableModel::Private::insertRow(int row, const Project &project)
{
    const Notifying notifying(this);
    q->beginInsertRows({}, row, row);
    rows.insert(row, project);
    if (row == rows.size() - 1 && indexValid)
        rowById.insert(project.id, row);
    else
        indexValid = false;
    q->endInsertRows();
}

void ProjectTableModel::Private::removeRow(int row, bool keepAsHiddenArchived)
{
    const QString id = rows.at(row).id;
    Project removed;
    {
        const Notifying notifying(this);
        q->beginRemoveRows({}, row, row);
        removed = rows.takeAt(row);
        if (row == rows.size() && indexValid)
            rowById.remove(id);
        else
            indexValid = false;
        q->endRemoveRows();
    }
    if (inFlight && !reload)
        removedWhileLoading.insert(id);
    if (!archivedHidden)
        return;

    // The hidden rows that stood before this one now stand before its successor.
    const QString successor = row < rows.size() ? rows.at(row).id : QString();
    int insertAt = -1;
    for (int i = 0; i < hidden.size(); ++i) {
        if (hidden.at(i).beforeId == id) {
            hidden[i].beforeId = successor;
            insertAt = i + 1;
        }
    }
    if (!keepAsHiddenArchived)
        return;
    if (insertAt < 0) {
        // Before the first hidden row that belongs at or after the successor.
        ensureIndex();
        insertAt = int(hidden.size());
        for (int i = 0; i < hidden.size(); ++i) {
            const QString &before = hidden.at(i).beforeId;
            const int anchor = before.isEmpty() ? std::numeric_limits<int>::max() : rowById.value(before, -1);
            if (anchor >= row) {
                insertAt = i;
                break;
            }
        }
    }
    hidden.insert(insertAt, HiddenProject{std::move(removed), successor});
}

void ProjectTableModel::Private::hideArchived()
{
    QList<HiddenProject> kept;
    QString nextVisible;
    for (int row = int(rows.size()) - 1; row >= 0; --row) {
        if (rows.at(row).isArchived())
            kept.append(HiddenProject{rows.at(row), nextVisible});
        else
            nextVisible = rows.at(row).id;
    }
    std::reverse(kept.begin(), kept.end());

    // Bottom up, one signal per contiguous run, so the row numbers above stay valid.
    int row = int(rows.size()) - 1;
    while (row >= 0) {
        if (!rows.at(row).isArchived()) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && rows.at(row - 1).isArchived())
            --row;
        {
            const Notifying notifying(this);
            q->beginRemoveRows({}, row, last);
            rows.remove(row, last - row + 1);
            indexValid = false;
            q->endRemoveRows();
        }
        --row;
    }
    qCDebug(lcModel) << "hid" << kept.size() << "archived projects without a request";
    hidden = std::move(kept);
    archivedHidden = true;
}

bool ProjectTableModel::Private::showHiddenArchived()
{
    // Resolve every anchor before the first insert; they must still be there, in order.
    ensureIndex();
    struct Group
    {
        int first;
        int count;
        int anchorRow;
    };
    QList<Group> groups;
    int previousAnchor = 0;
    for (int i = 0; i < hidden.size();) {
        int j = i;
        while (j < hidden.size() && hidden.at(j).beforeId == hidden.at(i).beforeId)
            ++j;
        const QString &before = hidden.at(i).beforeId;
        const int anchor = before.isEmpty() ? int(rows.size()) : rowById.value(before, -1);
        if (anchor < previousAnchor)
            return false;
        groups.append({i, j - i, anchor});
        previousAnchor = anchor;
        i = j;
    }

    QList<HiddenProject> kept = std::exchange(hidden, {});
    archivedHidden = false;
    int offset = 0;
    for (const Group &group : std::as_const(groups)) {
        const int at = group.anchorRow + offset;
        {
            const Notifying notifying(this);
            q->beginInsertRows({}, at, at + group.count - 1);
            rows.insert(at, group.count, Project());
            for (int k = 0; k < group.count; ++k)
                rows[at + k] = std::move(kept[group.first + k].project);
            indexValid = false;
            q->endInsertRows();
        }
        offset += group.count;
    }
    qCDebug(lcModel) << "showed" << kept.size() << "hidden archived projects without a request";
    return true;
}

ProjectTableModel::ProjectTableModel(AdminApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(this, client))
{
    // Rows listed with another key may be another organization's: never shown under the new.
    if (client)
        connect(client, &AdminApiClient::credentialsChanged, this, &ProjectTableModel::clear);
}

ProjectTableModel::~ProjectTableModel()
{
    // While d is still whole: cancelling may destroy the call, whose handler reads d.
    d->abortRequest();
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
    const Project &p = d->rows.at(index.row());
    const int column = index.column();
    const bool unnamed = column == NameColumn && p.name.isEmpty();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    {
        QString text;
        switch (column) {
        case NameColumn:
            text = unnamed ? tr("(unnamed)") : DisplayText::visible(p.name);
            if (role == Qt::AccessibleTextRole && p.isArchived())
                text = tr("%1, archived").arg(text);
            break;
        case IdColumn:
            text = DisplayText::visible(p.id);
            break;
        case StatusColumn:
            if (p.status == QLatin1String("active"))
                text = tr("Active");
            else if (p.status == QLatin1String("archived"))
                text = tr("Archived");
            else
                text = DisplayText::visible(p.status);
            break;
        case CreatedColumn:
            text = formatTime(p.createdAt, QLocale::ShortFormat);
            break;
        case ArchivedColumn:
            if (p.archivedAt)
                text = formatTime(*p.archivedAt, QLocale::ShortFormat);
            break;
        }
        return text;
    }
    case SortRole:
        switch (column) {
        case NameColumn:
            return p.name.toCaseFolded();
        case IdColumn:
            return p.id;
        case StatusColumn:
            return p.status;
        case CreatedColumn:
            return p.createdAt;
        case ArchivedColumn:
            return p.archivedAt.value_or(qint64(-1));
        }
        return {};
    case ProjectIdRole:
        return p.id;
    case ArchivedRole:
        return p.isArchived();
    case ProjectRole:
        return QVariant::fromValue(p);
    case Qt::ForegroundRole:
        if (p.isArchived())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (unnamed)
            return QGuiApplication::palette().color(QPalette::Active, QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (unnamed) {
            QFont font = QGuiApplication::font();
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn && p.isArchived()) {
            if (!d->archivedIconResolved) {
                d->archivedIcon = QIcon::fromTheme(QStringLiteral("orgdesk-archived"),
                                                   QIcon::fromTheme(QStringLiteral("archive")));
                d->archivedIconResolved = true;
            }
            return d->archivedIcon;
        }
        return {};
    case Qt::ToolTipRole:
        if (p.isArchived()) {
            return p.archivedAt ? tr("Archived on %1").arg(formatTime(*p.archivedAt, QLocale::LongFormat))
                                : tr("Archived");
        }
        if (unnamed)
            return tr("This project has no name");
        return {};
    default:
        return {};
    }
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case ArchivedColumn:
        return tr("Archived");
    default:
        return {};
    }
}

Qt::ItemFlags ProjectTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
}

bool ProjectTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && d->started && d->hasMore && !d->inFlight && !d->reload
           && !d->error.isError() && d->notifying == 0;
}

void ProjectTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        d->request();
}

void ProjectTableModel::setPageSize(int size)
{
    d->pageSize = std::clamp(size, 1, MaxPageSize);
}

int ProjectTableModel::pageSize() const
{
    return d->pageSize;
}

void ProjectTableModel::setShowArchived(bool show)
{
    if (show == d->showArchived)
        return;
    d->showArchived = show;
    if (!d->started)
        return; // the next reload() asks for the right listing

    const bool idle = !d->inFlight && !d->reload && !d->error.isError();
    if (idle && d->listingArchived && d->complete()) {
        if (!show && !d->archivedHidden) {
            d->hideArchived();
            return;
        }
        if (show && d->archivedHidden && d->showHiddenArchived())
            return;
    }
    d->startReload();
}

bool ProjectTableModel::showArchived() const
{
    return d->showArchived;
}

void ProjectTableModel::reload()
{
    d->startReload();
}

void ProjectTableModel::clear()
{
    d->abortRequest();
    d->reload.reset();
    d->removedWhileLoading.clear();
    d->startListing();
    const bool wasLoadingAll = std::exchange(d->loadingAll, false);

    {
        const Private::Notifying notifying(d.get());
        beginResetModel();
        d->rows = {};
        d->rowById = {};
        d->indexValid = true;
        d->hidden = {};
        d->archivedHidden = false;
        d->started = false;
        d->listingArchived = false;
        d->cursor.clear();
        d->hasMore = false;
        d->pagesLoaded = 0;
        endResetModel();
    }

    d->clearError();
    d->syncLoading();
    d->syncComplete();
    if (wasLoadingAll)
        Q_EMIT loadAllProgress(0, true);
}

void ProjectTableModel::retry()
{
    if (!d->error.isError() || d->inFlight)
        return;
    d->clearError();
    d->request();
}

void ProjectTableModel::loadAll()
{
    if (d->loadingAll)
        return;
    if (!d->started) {
        d->started = true;
        d->listingArchived = d->showArchived;
        d->cursor.clear();
        d->hasMore = true;
        d->pagesLoaded = 0;
    }
    if (!d->reload && d->complete()) {
        Q_EMIT loadAllProgress(rowCount(), true);
        return;
    }
    d->loadingAll = true;
    d->clearError();
    d->pagesWithNothingNew = 0;
    Q_EMIT loadAllProgress(rowCount(), false);
    if (!d->inFlight)
        d->request();
}

void ProjectTableModel::cancelLoadAll()
{
    // The page in flight still arrives (it is paid for); nothing follows it.
    d->stopLoadingAll();
}

void ProjectTableModel::upsert(const Project &project)
{
    Project p = project;
    shareCommonStrings(p);
    if (d->reload)
        d->reload->edits.append({p, false});
    const bool hide = p.isArchived() && !d->showArchived;

    const int row = d->rowOf(p.id);
    if (row >= 0) {
        if (hide) {
            d->rows[row] = std::move(p);
            d->removeRow(row, true);
            return;
        }
        d->rows[row] = std::move(p);
        const Private::Notifying notifying(d.get());
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto hiddenIt = std::find_if(d->hidden.begin(), d->hidden.end(),
                                       [&](const HiddenProject &h) { return h.project.id == p.id; });
    if (hiddenIt != d->hidden.end()) {
        hiddenIt->project = std::move(p);
        return;
    }
    if (hide) {
        // An archived project never listed: only a new listing knows where it goes.
        if (d->archivedHidden) {
            d->hidden.clear();
            d->archivedHidden = false;
        }
        return;
    }
    d->insertRow(int(insertionRow(d->rows, p)), p);
}

void ProjectTableModel::remove(const QString &id)
{
    if (d->reload) {
        Project gone;
        gone.id = id;
        d->reload->edits.append({gone, true});
    }
    const int row = d->rowOf(id);
    if (row >= 0) {
        d->removeRow(row, false);
        return;
    }
    d->hidden.removeIf([&](const HiddenProject &h) { return h.project.id == id; });
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
    return d->inFlight;
}

bool ProjectTableModel::isLoadingAll() const
{
    return d->loadingAll;
}

bool ProjectTableModel::isComplete() const
{
    return d->complete();
}

bool ProjectTableModel::hasStarted() const
{
    return d->started;
}

ApiError ProjectTableModel::lastError() const
{
    return d->error;
}
