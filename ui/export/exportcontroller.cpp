// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "exportcontroller.h"

#include "exportfile.h"
#include "organizationdialogs.h"

#include <QFileDialog>
#include <QFileInfo>

ExportController::ExportController(ExportDialog::Subject subject, QWidget *widget, QObject *parent)
    : QObject(parent)
    , m_subject(subject)
    , m_widget(widget)
{
    connect(&m_writer, &ExportWriter::finished, this, &ExportController::onWritten);
}

ExportController::~ExportController() = default;

QWidget *ExportController::window() const
{
    return m_widget->window();
}

void ExportController::start()
{
    if (OrganizationDialogs::raiseFirstOpen({m_dialog, m_fileDialog}))
        return;
    if (isWorking())
        return;
    m_dialog = new ExportDialog(window(), m_subject);
    OrganizationDialogs::mark(m_dialog);
    m_dialog->setCounts(shownCount(), loadedCount(), isComplete());
    connect(m_dialog, &QDialog::accepted, this, [this] {
        m_scope = m_dialog->scope();
        m_format = m_dialog->format();
        m_loadAllFirst = m_dialog->loadAllFirst();
        // The file name is translated, its extension is not.
        m_fileDialog = ExportFile::saveDialog(window(), m_dialog->windowTitle(), fileName(), m_format);
        connect(m_fileDialog, &QFileDialog::fileSelected, this, &ExportController::begin);
        m_fileDialog->open();
    });
    m_dialog->open();
}

void ExportController::exportTo(const QString &path, ExportDialog::Scope scope,
                                ProjectExport::Format format, bool loadAllFirst)
{
    if (isWorking())
        return;
    m_scope = scope;
    m_format = format;
    m_loadAllFirst = loadAllFirst;
    begin(path);
}

void ExportController::cancel()
{
    if (m_dialog)
        m_dialog->reject();
    if (m_fileDialog)
        m_fileDialog->reject();
    if (m_stage != Stage::Loading)
        return;
    setStage(Stage::Idle); // first: the Load all's own end must not end this export again
    cancelLoadAll();
    endWithout(tr("Export cancelled"));
}

void ExportController::begin(const QString &path)
{
    if (path.isEmpty() || isWorking())
        return;
    m_path = path;
    ExportFile::rememberFolder(path);
    if (m_loadAllFirst && !isComplete()) {
        setStage(Stage::Loading);
        Q_EMIT statusMessage(m_subject == ExportDialog::Subject::Projects
                                 ? tr("Loading all projects, then exporting…")
                                 : tr("Loading every page, then exporting…"));
        loadAll();
        return;
    }
    write();
}

void ExportController::loadAllProgressed(bool done)
{
    if (m_stage != Stage::Loading)
        return;
    Q_EMIT progressChanged();
    if (!done)
        return;
    if (isComplete()) {
        write();
        return;
    }
    // Cancelled, or the listing failed (the window says why): nothing is written.
    setStage(Stage::Idle);
    endWithout(m_subject == ExportDialog::Subject::Projects
                   ? tr("Export cancelled: not every project was loaded")
                   : tr("Export cancelled: the list did not load to its end"));
}

void ExportController::write()
{
    setStage(Stage::Writing);
    int count = 0;
    m_writer.start(m_path, content(m_scope, m_format, &count));
    m_exported = count;
    Q_EMIT statusMessage(m_subject == ExportDialog::Subject::Projects
                             ? tr("Exporting %n project(s)…", nullptr, m_exported)
                             : tr("Exporting %n row(s)…", nullptr, m_exported));
}

void ExportController::onWritten(const ExportResult &result)
{
    setStage(Stage::Idle);
    if (result.ok()) {
        const QString file = QFileInfo(result.path).fileName();
        Q_EMIT statusMessage(m_subject == ExportDialog::Subject::Projects
                                 ? tr("Exported %n project(s) to %1", nullptr, m_exported).arg(file)
                                 : tr("Exported %n row(s) to %1", nullptr, m_exported).arg(file));
    } else {
        Q_EMIT statusMessage(tr("Export failed"));
        ExportFile::showError(window(), result);
    }
    Q_EMIT finished(result);
}

void ExportController::endWithout(const QString &message)
{
    Q_EMIT statusMessage(message);
    Q_EMIT finished({});
}

void ExportController::setStage(Stage stage)
{
    const bool wasWorking = isWorking();
    m_stage = stage;
    if (isWorking() != wasWorking)
        Q_EMIT workingChanged(isWorking());
    Q_EMIT progressChanged();
}
