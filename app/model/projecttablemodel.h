// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "project.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>
#include <optional>

class AdminApiClient;
class ApiCall;

/// The organization's projects, fetched page by page as the view needs them.
///
/// One list request at a time; each page is appended with beginInsertRows; an error stops
/// fetching until retry(). Replies of a superseded listing (toggle, reload, clear) are
/// dropped and their requests aborted. Changes made elsewhere come in through upsert() and
/// remove(), never through a reload.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, StatusColumn, CreatedColumn, ArchivedColumn, ColumnCount };
    enum Role {
        ProjectIdRole = Qt::UserRole + 1, ///< QString id
        SortRole,                         ///< raw value for sorting (name, id, status, seconds)
        ArchivedRole,                     ///< bool
        ProjectRole,                      ///< QVariant::fromValue(Project)
    };

    explicit ProjectTableModel(AdminApiClient *client, QObject *parent = nullptr);
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

    /// Projects per list request (1..100, default 100: every request counts against the limit).
    void setPageSize(int size);
    [[nodiscard]] int pageSize() const;

    /// Whether archived projects are listed. Turning it off after a complete listing that
    /// included them hides them without a request; otherwise the list is reloaded.
    void setShowArchived(bool show);
    [[nodiscard]] bool showArchived() const;

    /// Replaces the whole list, starting again from the first page. The rows stay until as many
    /// pages as were loaded before have arrived (fewer when the list ends), then one model reset
    /// and reloaded(). On failure the old rows stay and errorOccurred() is emitted.
    void reload();
    /// Empties the model and stops all fetching (no key, key forgotten).
    void clear();
    /// After an error: asks again for the page that failed.
    void retry();
    /// Fetches every remaining page, one after another, until done, an error or cancelLoadAll().
    /// Starts the listing if none has started; after an error it first clears it, like retry().
    void loadAll();
    /// Stops loadAll() after the page in flight, which still arrives.
    void cancelLoadAll();

    /// Inserts a project (at the top: newest first) or updates its row in place. An archived
    /// project leaves the view while archived ones are not shown.
    void upsert(const Project &project);
    /// Removes the project's row, if it is there.
    void remove(const QString &id);

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
    /// A page arrived (after the rows were inserted, or after the reset of a reload).
    void pageLoaded(int rowsAdded);
    /// A reload replaced the list (after endResetModel): restore selection and scroll here.
    void reloaded();
    void completeChanged(bool complete);
    void loadAllProgress(int loaded, bool finished);

private:
    class Private;
    std::unique_ptr<Private> d;
};
