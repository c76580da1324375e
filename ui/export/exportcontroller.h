// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "exportdialog.h"
#include "exportwriter.h"
#include "project.h"

#include <QObject>
#include <QPointer>

class ProjectFilterModel;
class ProjectSpend;
class ProjectTableModel;
class QFileDialog;
class QWidget;

/// File → Export…: the choice (ExportDialog), the file (a save dialog that starts in the last
/// folder used), Load all first if asked (the status bar shows its progress and Cancel), then
/// the projects written by an ExportWriter in a worker thread.
///
/// The rows to write are taken when the writing starts, from the model's list as it is then
/// (implicitly shared), so rows that change meanwhile do not tear the file. A failure is shown in a message box, with a sentence that says what to do; the
/// file already there, if any, is unchanged.
class ExportController : public QObject
{
    Q_OBJECT
public:
    /// Nothing handed in is owned; @p window parents the dialogs.
    ExportController(ProjectTableModel *model, ProjectFilterModel *filter, QWidget *window);
    ~ExportController() override;

    /// The spend column written with the projects while it is loaded (issue #19; not owned).
    void setSpend(ProjectSpend *spend);

    /// Opens the export dialog (or raises the one open).
    void start();
    /// Loading all first or writing: a second export waits for this one.
    [[nodiscard]] bool isWorking() const;

    /// Exports without asking: what the dialogs do once a file is chosen (benchmarks, scripts
    /// of the window). Ignored while an export is under way.
    void exportTo(const QString &path, ExportDialog::Scope scope, ProjectExport::Format format,
                  bool loadAllFirst = false);

Q_SIGNALS:
    /// isWorking() changed.
    void workingChanged(bool working);
    /// A short outcome for the status bar.
    void statusMessage(const QString &message);
    /// An export ended, written or not (a cancelled Load all ends one without a path).
    void finished(const ExportResult &result);

private:
    enum class Stage { Idle, Loading, Writing };

    void chooseFile();
    void begin(const QString &path);
    void onLoadAllProgress(int loaded, bool done);
    void write();
    void onWritten(const ExportResult &result);
    void setStage(Stage stage);

    ProjectTableModel *m_model;
    ProjectFilterModel *m_filter;
    QWidget *m_window;
    QPointer<ProjectSpend> m_spend;
    ExportWriter m_writer;
    QPointer<ExportDialog> m_dialog;
    QPointer<QFileDialog> m_fileDialog;
    Stage m_stage = Stage::Idle;

    // The choice made in the dialog, for the export under way.
    ExportDialog::Scope m_scope = ExportDialog::Scope::Shown;
    ProjectExport::Format m_format = ProjectExport::Format::Csv;
    bool m_loadAllFirst = false;
    QString m_path;
    int m_exported = 0;
};
