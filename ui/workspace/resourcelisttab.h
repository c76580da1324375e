// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "exportdialog.h"
#include "exportwriter.h"
#include "projecttab.h"

#include <QHash>
#include <QPointer>

#include <chrono>
#include <optional>

class ApiCall;
class ListExporter;
class PagedTableModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;
class MessageArea;

/// What every list tab of the project workspace shows (members, service accounts, API keys):
/// a toolbar row for actions, a search field that filters as you type, the table, and a
/// status line (loading, how many, the wait the client reports, an error with its request id,
/// or what an empty list means). An archived project's tab says it is read-only.
///
/// The rows live in one model per project, made on first use and kept for the session (until
/// the admin key changes); switching projects swaps the model behind the filter, so another
/// project's rows are never shown. A model whose first page has not arrived when the tab
/// leaves its project stops listing: its late answer is dropped, and it lists again when the
/// project is shown next. ListTab<T> adds the typed rows.
class ResourceListTab : public ProjectTab
{
    Q_OBJECT
public:
    /// The role the table sorts by: dates as numbers, "never" before any date.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ResourceListTab(QWidget *parent = nullptr);
    ~ResourceListTab() override;

    void setProject(const std::optional<Project> &project) override;
    void refresh() override;
    void forgetAll() override;

    [[nodiscard]] std::optional<Project> project() const { return m_project; }
    /// True for an archived project: the actions are off and a line says why.
    [[nodiscard]] bool isReadOnly() const;
    /// Adds @p action to the toolbar row and to the table's context menu.
    void addToolBarAction(QAction *action);
    /// The sentence the tab shows when the project has none of these (e.g. "No members.").
    void setEmptyText(const QString &text);
    /// Puts Export… beside the search field: @p subject's words in the export dialog,
    /// @p fileName (without extension) proposed for the file.
    void enableExport(ExportDialog::Subject subject, const QString &fileName);
    /// The list's Export… (none before enableExport()).
    [[nodiscard]] ListExporter *exporter() const { return m_exporter; }
    /// What an export of the current project's rows writes: those the table shows, in its
    /// order, or every loaded one. The function only reads its own copies (it runs in a worker
    /// thread); @p count is set to how many rows it writes.
    [[nodiscard]] virtual ExportWriter::Content exportContent(ExportDialog::Scope scope,
                                                              ProjectExport::Format format,
                                                              int *count) const = 0;
    /// The table's source rows of the selected lines, top to bottom as shown.
    [[nodiscard]] QList<int> selectedSourceRows() const;

    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QString statusText() const;
    /// The model of @p projectId's rows, if this session made one.
    [[nodiscard]] PagedTableModel *modelOf(const QString &projectId) const { return m_models.value(projectId); }
    /// The model shown now (none without a project).
    [[nodiscard]] PagedTableModel *currentModel() const;

Q_SIGNALS:
    /// The selected rows changed (or the project did).
    void selectionChanged();

protected:
    /// A new, empty model of @p project's rows, whose pages come from the service.
    virtual PagedTableModel *createModel(const Project &project) = 0;
    /// The source rows the table shows, in its order.
    [[nodiscard]] QList<int> shownSourceRows() const;
    /// The fetch of a model calls this with its request, so that its waits are shown.
    void watchCall(PagedTableModel *model, const QPointer<ApiCall> &call);
    void showEvent(QShowEvent *event) override;

private:
    void loadIfShown();
    void updateStatus();
    void fitColumns();
    void connectModel(PagedTableModel *model);

    std::optional<Project> m_project;
    QHash<QString, PagedTableModel *> m_models;
    QSortFilterProxyModel *m_proxy;
    QHBoxLayout *m_searchRow = nullptr;
    QToolBar *m_toolBar;
    ListExporter *m_exporter = nullptr;
    QLabel *m_readOnlyLabel;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_statusLabel;
    MessageArea *m_message;
    QString m_emptyText;
    QString m_waitText;
};
