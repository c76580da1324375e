// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "project.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class AdminApiClient;
class ApiCall;
class Pager;
class ProjectSpend;
struct ListQuery;

/// The organization's projects, fetched page by page as the view needs them.
///
/// A Pager walks the listing; each page is merged into the rows in the service's order: new
/// projects inserted where they stand, known ones updated in place, and the ones the listing
/// skips removed. So a reload (F5, "Show archived", a new key's first page) changes only what
/// changed, without a reset. Changes made here come in through upsert(), never a reload.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, IdColumn, StatusColumn, CreatedColumn, ArchivedColumn,
        SpendColumn, ///< what the project cost over the period (setSpend(); hidden when off)
        ColumnCount
    };
    enum Role {
        ProjectIdRole = Qt::UserRole + 1, ///< QString id
        SortRole,                         ///< raw value for sorting (name, id, status, seconds)
        ArchivedRole,                     ///< bool
        ProjectRole,                      ///< QVariant::fromValue(Project)
        IdleRole,                         ///< bool: no cost in the loaded period, not archived
    };
    /// Where pages come from: the client's listProjects(), or a fake in tests of pure logic.
    using PageSource = std::function<QPointer<ApiCall>(const ListQuery &query,
                                                       std::function<void(const ApiResult<ProjectPage> &)> done)>;

    explicit ProjectTableModel(AdminApiClient *client, QObject *parent = nullptr);
    explicit ProjectTableModel(PageSource source, QObject *parent = nullptr);
    ~ProjectTableModel() override;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// True when a next page exists, nothing is in flight, fetching is not stopped by an error
    /// and a listing has started. False while the model is notifying a change: views ask from
    /// their fetch-more timer, so a request is never started in the middle of one.
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    /// Asks for the next page, if canFetchMore().
    void fetchMore(const QModelIndex &parent) override;

    /// Where the spend column and IdleRole read costs (not owned; none: the column is empty).
    /// Its changes repaint the column and re-filter idle projects.
    void setSpend(ProjectSpend *spend);

    /// Projects per list request (1..100, default 100: every request counts against the limit).
    void setPageSize(int size);
    [[nodiscard]] int pageSize() const;

    /// Whether the listing includes archived projects. Turned on, it starts a listing with them
    /// if the current one has none; turned off, it keeps them (ProjectFilterModel hides them)
    /// and sends nothing.
    void setIncludeArchived(bool include);
    [[nodiscard]] bool includeArchived() const;

    /// Lists again from the first page, as many pages as were loaded (at most five: every
    /// request counts against the rate limit), merging them into the rows; the rest follows on
    /// scroll. reloaded() when those pages are in. On failure the rows stay.
    void reload();
    /// Empties the model and stops all fetching (no key, key forgotten).
    void clear();
    /// After an error: asks again for the page that failed.
    void retry();
    /// Fetches every remaining page, one after another, until done, an error or cancelLoadAll().
    void loadAll();
    /// Stops loadAll() after the page in flight, which still arrives.
    void cancelLoadAll();

    /// Inserts a project (newest first) or updates its row in place. Pages of the listing in
    /// progress do not overwrite it: they may have been read before the change.
    void upsert(const Project &project);

    /// Shows projects remembered from an earlier run (ListingCache) until the listing confirms
    /// them: into an empty table at once, else after the rows listed so far (ignored once the
    /// listing is complete). The listing's pages merge into them like into any rows, and the
    /// last page removes those it never gave.
    void showCached(const QList<Project> &projects);
    /// False while the row of @p id comes from the cache and no page or upsert() has confirmed it.
    [[nodiscard]] bool isConfirmed(const QString &id) const;
    /// How many rows still come from the cache unconfirmed.
    [[nodiscard]] int unconfirmedCount() const;

    /// The project shown with this id, if any.
    [[nodiscard]] std::optional<Project> project(const QString &id) const;
    /// The project of a row; @p row must be valid.
    [[nodiscard]] const Project &projectAt(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const; ///< -1 when absent
    /// The projects shown, in row order.
    [[nodiscard]] QList<Project> projects() const;

    [[nodiscard]] bool isLoading() const;    ///< a list request is in flight
    [[nodiscard]] bool isLoadingAll() const;
    [[nodiscard]] bool isComplete() const;   ///< the last page has arrived
    [[nodiscard]] bool hasStarted() const;   ///< a listing was asked for since the last clear()
    [[nodiscard]] ApiError lastError() const; ///< kind None when fetching is not stopped

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// Fetching stopped on this error; it resumes with retry() or reload().
    void errorOccurred(const ApiError &error);
    void errorCleared();
    /// A page arrived and was merged into the rows (a reload merges too, without a reset);
    /// @p rowsAdded is how many of its projects were new to this listing.
    void pageLoaded(int rowsAdded);
    /// The pages of a reload() are in.
    void reloaded();
    void completeChanged(bool complete);
    /// Loading all: @p loaded projects listed so far; @p finished once it ends, however it ends.
    void loadAllProgress(int loaded, bool finished);

private:
    class Private;
    std::unique_ptr<Private> d;
};
