// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listmodel.h"
#include "resourceexport.h"
#include "resourcelisttab.h"

#include <functional>
#include <memory>

/// A workspace list tab of T rows (ProjectUser, ServiceAccount, ApiKey): ResourceListTab with
/// the typed model behind it, the typed selection, and the changes a dialog puts in.
template <typename T>
class ListTab : public ResourceListTab
{
public:
    using Model = ListModel<T>;
    /// Asks the service for the page of @p projectId's list after @p after; results go to
    /// @p done while @p context lives.
    using Fetch = std::function<QPointer<ApiCall>(const QString &projectId, const QString &after,
                                                  QObject *context, typename Model::Done done)>;

    ListTab(Fetch fetch, QList<typename Model::Column> columns, QWidget *parent = nullptr)
        : ResourceListTab(parent)
        , m_fetch(std::move(fetch))
        , m_columns(std::move(columns))
    {
    }

    /// The rows of the selected lines, top to bottom as shown.
    [[nodiscard]] QList<T> selectedRows() const
    {
        QList<T> rows;
        if (Model *model = current()) {
            for (int row : selectedSourceRows())
                rows.append(model->itemAt(row));
        }
        return rows;
    }
    /// The model of @p projectId's rows, if this session made one.
    [[nodiscard]] Model *rowsOf(const QString &projectId) const
    {
        return static_cast<Model *>(modelOf(projectId));
    }
    [[nodiscard]] Model *current() const { return static_cast<Model *>(currentModel()); }

    /// What the service answered to a change of @p projectId's list, put in its rows in place
    /// (nothing when the project's rows were never loaded: they will be listed).
    void upsert(const QString &projectId, const T &item)
    {
        if (Model *model = rowsOf(projectId))
            model->upsert(item);
    }
    void removeId(const QString &projectId, const QString &id)
    {
        if (Model *model = rowsOf(projectId))
            model->removeId(id);
    }

    ExportWriter::Content exportContent(ExportDialog::Scope scope, ProjectExport::Format format,
                                        int *count) const override
    {
        QList<T> rows;
        if (const Model *model = current()) {
            if (scope == ExportDialog::Scope::AllLoaded) {
                rows = model->items(); // shared, not copied: a change meanwhile detaches the model's
            } else {
                const QList<int> shown = shownSourceRows();
                rows.reserve(shown.size());
                for (int row : shown)
                    rows.append(model->itemAt(row));
            }
        }
        *count = int(rows.size());
        return [rows, format] { return ResourceExport::document(rows, format); };
    }

protected:
    PagedTableModel *createModel(const Project &project) override
    {
        // The fetch names the model it fills (its requests end with it), made just below.
        auto self = std::make_shared<QPointer<Model>>();
        auto *model = new Model(
            [this, self, id = project.id](const QString &after, typename Model::Done done) {
                QPointer<ApiCall> call = m_fetch(id, after, self->data(), std::move(done));
                watchCall(self->data(), call);
                return call;
            },
            m_columns);
        *self = model;
        return model;
    }

private:
    Fetch m_fetch;
    QList<typename Model::Column> m_columns;
};
