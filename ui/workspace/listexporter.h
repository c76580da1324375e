// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "exportcontroller.h"

#include <QPointer>

class PagedTableModel;
class QAction;
class ResourceListTab;

/// Export… of a workspace list (members, service accounts, API keys), as File → Export… does
/// the projects (ExportController). While pages load for it, the action reads Cancel Export
/// and the tab's status line counts them.
///
/// An export belongs to the project it started in: the tab cancels it when its project or
/// organization changes, and nothing is written.
class ListExporter : public ExportController
{
    Q_OBJECT
public:
    /// @p fileName, translated, ends the file name the save dialog proposes ("… members").
    ListExporter(ResourceListTab *tab, ExportDialog::Subject subject, QString fileName);

    /// Export… (Cancel Export while loading every page), beside the tab's search.
    [[nodiscard]] QAction *action() const { return m_action; }
    /// What the tab's status line says while loading for the export; empty otherwise.
    [[nodiscard]] QString progressText() const;
    /// Follows the tab's rows: the action is on while there are rows to export.
    void updateAction();

protected:
    [[nodiscard]] int shownCount() const override;
    [[nodiscard]] int loadedCount() const override;
    [[nodiscard]] bool isComplete() const override;
    void loadAll() override;
    void cancelLoadAll() override;
    [[nodiscard]] ExportWriter::Content content(ExportDialog::Scope scope, ProjectExport::Format format,
                                                int *count) const override;
    [[nodiscard]] QString fileName() const override;

private:
    ResourceListTab *m_tab;
    QString m_fileName;
    QAction *m_action;
    QPointer<PagedTableModel> m_loading; ///< the rows whose pages load for the export
    QMetaObject::Connection m_loadAllProgress;
};
