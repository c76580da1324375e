// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "exportdialog.h"
#include "exportwriter.h"

#include <QObject>
#include <QPointer>

class QFileDialog;
class QWidget;

/// One export of a list, from the choice to the file: the dialog (ExportDialog), the file (a
/// save dialog that starts in the last folder used), every page first if asked, then the rows
/// written by an ExportWriter in a worker thread. A failure is shown in a message box, with a
/// sentence that says what to do; the file already there, if any, is unchanged.
///
/// What is exported comes from the subclass: the projects (ProjectExporter, File → Export…)
/// or a workspace tab's rows (ListExporter). The rows are taken when the writing starts, as
/// copies the worker reads, so rows that change meanwhile do not tear the file.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ~ExportController() override;

    /// Opens the export dialog (or raises the one open).
    void start();
    /// Loading every page first or writing: a second export waits for this one.
    [[nodiscard]] bool isWorking() const { return m_stage != Stage::Idle; }
    /// Loading every page first: cancel() still stops it.
    [[nodiscard]] bool isLoading() const { return m_stage == Stage::Loading; }

    /// Exports without asking: what the dialogs do once a file is chosen (benchmarks, tests).
    /// Ignored while an export is under way.
    void exportTo(const QString &path, ExportDialog::Scope scope, ProjectExport::Format format,
                  bool loadAllFirst = false);
    /// Closes the dialogs and stops an export that is loading its pages: nothing is written
    /// (a write under way is a moment's work, and its file appears whole or not at all).
    void cancel();

Q_SIGNALS:
    /// isWorking() changed.
    void workingChanged(bool working);
    /// The stage or the count of pages loaded for the export changed.
    void progressChanged();
    /// A short outcome for the status bar.
    void statusMessage(const QString &message);
    /// An export ended, written or not (one cancelled or whose pages failed has no path).
    void finished(const ExportResult &result);

protected:
    /// @p subject names what is exported in the dialog and the messages; the window of
    /// @p widget (when a dialog opens) parents the dialogs.
    ExportController(ExportDialog::Subject subject, QWidget *widget, QObject *parent);

    // The list being exported.
    [[nodiscard]] virtual int shownCount() const = 0;  ///< rows the table shows
    [[nodiscard]] virtual int loadedCount() const = 0; ///< rows loaded
    [[nodiscard]] virtual bool isComplete() const = 0; ///< nothing is left to load
    /// Loads every page; the subclass calls loadAllProgressed() as they come.
    virtual void loadAll() = 0;
    virtual void cancelLoadAll() = 0;
    /// The file's bytes, made by a function that only reads its own copies (it runs in the
    /// worker); @p count is set to the rows it writes.
    [[nodiscard]] virtual ExportWriter::Content content(ExportDialog::Scope scope, ProjectExport::Format format,
                                                        int *count) const = 0;
    /// The file name the save dialog proposes, without its extension.
    [[nodiscard]] virtual QString fileName() const = 0;
    /// The subclass's Load all reported progress; @p done: it ended (complete, failed or cancelled).
    void loadAllProgressed(bool done);

    [[nodiscard]] QWidget *window() const;

private:
    enum class Stage { Idle, Loading, Writing };

    void begin(const QString &path);
    void write();
    void onWritten(const ExportResult &result);
    void setStage(Stage stage);
    void endWithout(const QString &message);

    ExportDialog::Subject m_subject;
    QWidget *m_widget;
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
