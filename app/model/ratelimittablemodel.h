// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "listmodel.h"
#include "ratelimit.h"
#include "resourcereader.h"

#include <QPointer>
#include <QSet>

#include <functional>

/// One project's rate limits, one row per model, paged like every list, and edited in place.
///
/// Each row keeps what the service last said and what the user typed; save() sends, for each
/// row that differs, only the fields that differ (one request per row) and shows each row's
/// result in the Result column. A refused value stays in its cell, with the service's message
/// on its row. revertEdits() puts the service's values back. A field the model does not have is
/// "—" and cannot be edited.
class RateLimitTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    using PageDone = std::function<void(const ApiResult<RateLimitPage> &)>;
    /// Asks for the page after @p after.
    using Fetch = std::function<QPointer<ApiCall>(const QString &after, PageDone done)>;
    using UpdateDone = std::function<void(const ApiResult<RateLimit> &)>;
    /// Sends @p change to the limit @p id.
    using Update = std::function<QPointer<ApiCall>(const QString &id, const RateLimitChange &change, UpdateDone done)>;

    enum Column { ModelColumn, FirstFieldColumn, ResultColumn = FirstFieldColumn + RateLimitFieldCount, ColumnCount };
    enum Role {
        ChangedRole = Qt::UserRole + 1, ///< bool: the cell differs from the service's value
        ServiceValueRole,               ///< the service's value of the cell (qlonglong), if any
    };
    /// Where a row stands since it was last read or saved.
    enum class RowState { Clean, Saving, Saved, Failed };

    RateLimitTableModel(Fetch fetch, Update update, QObject *parent = nullptr);
    ~RateLimitTableModel() override;

    /// The column title of @p field ("Tokens/min").
    [[nodiscard]] static QString fieldTitle(RateLimitField field);
    [[nodiscard]] static RateLimitField fieldOf(int column) { return RateLimitField(column - FirstFieldColumn); }
    [[nodiscard]] static int columnOf(RateLimitField field) { return FirstFieldColumn + int(field); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Accepts a positive whole number (or the locale's way of writing one) for a field the
    /// row's model has.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// An archived project's limits are shown but not edited.
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] const RateLimit &serviceLimit(int row) const { return m_rows.at(row).service; }
    [[nodiscard]] const RateLimit &editedLimit(int row) const { return m_rows.at(row).edited; }
    [[nodiscard]] RowState rowState(int row) const { return m_rows.at(row).state; }
    [[nodiscard]] ApiError rowError(int row) const { return m_rows.at(row).error; }
    /// Every limit as the service last said.
    [[nodiscard]] QList<RateLimit> serviceLimits() const;

    /// Some row differs from the service and is not being saved.
    [[nodiscard]] bool hasChanges() const;
    [[nodiscard]] bool isSaving() const { return m_saving > 0; }
    /// Sends the changed fields of each changed row; returns how many requests went out.
    int save();
    /// Puts the service's values back in every row that is not being saved.
    /// Not QAbstractItemModel::revert(): views call that when an editor is cancelled (Esc),
    /// which must not undo the other cells' edits.
    void revertEdits();
    /// The service changed a limit elsewhere (the Set rate limits dialog): shown as it is now.
    void updateFromService(const RateLimit &limit);

Q_SIGNALS:
    /// Changes appeared or went (edits, saves, reverts).
    void changesChanged(bool hasChanges);
    /// The last row being saved has its result.
    void saveFinished(int saved, int failed);

private:
    struct Row
    {
        RateLimit service;
        RateLimit edited;
        RowState state = RowState::Clean;
        ApiError error;
    };
    int take(const RateLimitPage &page, bool first);
    void onSaved(const QString &id, const ApiResult<RateLimit> &result);
    void emitRowChanged(int row);
    void syncChanges();
    [[nodiscard]] QVariant fieldData(const Row &row, RateLimitField field, int role) const;
    [[nodiscard]] QString resultText(const Row &row) const;

    Update m_update;
    QList<Row> m_rows;
    QSet<QString> m_listed;
    bool m_readOnly = false;
    bool m_reportedChanges = false;
    int m_saving = 0;
    int m_savedInRound = 0;
    int m_failedInRound = 0;
};
