// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "exportdialog.h"
#include "exportwriter.h"

#include <QObject>
#include <QPointer>

class PagedTableModel;
class QAction;
class QFileDialog;
class ResourceListTab;

/// Export… of a workspace list (members, service accounts, API keys), as File → Export… does
/// the projects: the same choice (ExportDialog: the rows shown, searched and sorted, or every
/// loaded one; every page first if asked; CSV or JSON), the file, then the rows written by an
/// ExportWriter in a worker thread. While pages load for it, the action reads Cancel Export
/// and the tab's status line counts them.
///
/// An export belongs to the project it started in: switching projects or organizations
/// cancels it (cancel()), and nothing is written.
class ListExporter : public QObject
{
    Q_OBJECT
public:
    /// @p fileName names the file the save dialog proposes (its extension is added).
    ListExporter(ResourceListTab *tab, ExportDialog::Subject subject, QString fileName);
    ~ListExporter() override;

    /// Export… (Cancel Export while loading every page), for the tab's toolbar.
    [[nodiscard]] QAction *action() const { return m_action; }
    /// Loading every page first or writing.
    [[nodiscard]] bool isWorking() const { return m_stage != Stage::Idle; }
    /// What the tab's status line says while loading for the export; empty otherwise.
    [[nodiscard]] QString progressText() const;

    /// Opens the export dialog (or raises the one open).
    void start();
    /// Exports without asking: what the dialogs do once a file is chosen. Ignored while an
    /// export is under way or without rows to export.
    void exportTo(const QString &path, ExportDialog::Scope scope, ProjectExport::Format format,
                  bool loadAllFirst = false);
    /// Stops the export under way (its Load all too); nothing is written. Open dialogs close.
    void cancel();
    /// Follows the tab's rows: the action is on while there are rows to export.
    void updateAction();

Q_SIGNALS:
    /// A short outcome for the window's status bar.
    void statusMessage(const QString &message);
    /// progressText() changed.
    void progressChanged();
    /// An export ended, written or not (a cancelled one without a path).
    void finished(const ExportResult &result);

private:
    enum class Stage { Idle, Loading, Writing };

    void begin(const QString &path);
    void onLoadAllProgress(bool done);
    void write();
    void onWritten(const ExportResult &result);
    void setStage(Stage stage);

    ResourceListTab *m_tab;
    ExportDialog::Subject m_subject;
    QString m_fileName;
    QAction *m_action;
    ExportWriter m_writer;
    QPointer<ExportDialog> m_dialog;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<PagedTableModel> m_model; ///< the rows of the export under way
    QMetaObject::Connection m_loadAllProgress;
    Stage m_stage = Stage::Idle;

    ExportDialog::Scope m_scope = ExportDialog::Scope::Shown;
    ProjectExport::Format m_format = ProjectExport::Format::Csv;
    bool m_loadAllFirst = false;
    QString m_path;
    int m_exported = 0;
};
