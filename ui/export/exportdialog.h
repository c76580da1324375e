// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "projectexport.h"

#include <QDialog>

#include <memory>

namespace Ui { class ExportDialog; }
class QPushButton;

/// Asks what to export: the rows as the table shows them or every loaded one, whether to load
/// the rest first, and the format. It only collects the choice; ExportController (the
/// projects) and ListExporter (a workspace tab) act.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope {
        Shown,     ///< the table's rows: search (and for projects "Show archived") and sort applied
        AllLoaded, ///< every row loaded, in the service's order
    };
    /// What is exported: the dialog's words name it.
    enum class Subject { Projects, Members, ServiceAccounts, ApiKeys };

    explicit ExportDialog(QWidget *parent = nullptr, Subject subject = Subject::Projects);
    ~ExportDialog() override;

    /// The counts shown beside the choices; with @p complete, there is nothing left to load.
    void setCounts(int shown, int loaded, bool complete);

    [[nodiscard]] Scope scope() const;
    [[nodiscard]] ProjectExport::Format format() const;
    [[nodiscard]] bool loadAllFirst() const;

private:
    [[nodiscard]] QPushButton *okButton() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Subject m_subject;
};
