// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "exportcontroller.h"

class ProjectFilterModel;
class ProjectSpend;
class ProjectTableModel;

/// File → Export…: the projects as the table shows them or every loaded one, Load all first
/// if asked (the status bar shows its progress and Cancel), with the spend column while it is
/// loaded.
class ProjectExporter : public ExportController
{
    Q_OBJECT
public:
    /// Nothing handed in is owned; @p window parents the dialogs.
    ProjectExporter(ProjectTableModel *model, ProjectFilterModel *filter, QWidget *window);

    /// The spend column written with the projects while it is loaded (issue #19; not owned).
    void setSpend(ProjectSpend *spend);

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
    ProjectTableModel *m_model;
    ProjectFilterModel *m_filter;
    QPointer<ProjectSpend> m_spend;
};
