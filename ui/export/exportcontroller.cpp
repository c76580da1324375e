// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "exportcontroller.h"

#include "exportfile.h"
#include "organizationdialogs.h"
#include "projectfiltermodel.h"
#include "projectspend.h"
#include "projecttablemodel.h"

#include <QFileDialog>
#include <QFileInfo>

ExportController::ExportController(ProjectTableModel *model, ProjectFilterModel *filter,
                                   QWidget *window)
    : m_model(model)
    , m_filter(filter)
    , m_window(window)
{
    connect(&m_writer, &ExportWriter::finished, this, &ExportController::onWritten);
    connect(m_model, &ProjectTableModel::loadAllProgress, this,
            &ExportController::onLoadAllProgress);
}

ExportController::~ExportController() = default;

void ExportController::start()
{
    QDialog *open = m_dialog ? static_cast<QDialog *>(m_dialog.data()) : m_fileDialog.data();
    if (open) {
        open->raise();
        open->activateWindow();
        return;
    }
    if (isWorking())
        return;
    m_dialog = new ExportDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    OrganizationDialogs::mark(m_dialog);
    m_dialog->setCounts(m_filter->rowCount(), m_model->rowCount(), m_model->isComplete());
    connect(m_dialog, &QDialog::accepted, this, [this] {
        m_scope = m_dialog->scope();
        m_format = m_dialog->format();
        m_loadAllFirst = m_dialog->loadAllFirst();
        chooseFile();
    });
    m_dialog->open();
}

bool ExportController::isWorking() const
{
    return m_stage != Stage::Idle;
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

void ExportController::chooseFile()
{
    // The file name is translated, its extension is not.
    m_fileDialog = ExportFile::saveDialog(m_window, tr("Export Projects"), tr("projects"), m_format);
    connect(m_fileDialog, &QFileDialog::fileSelected, this, &ExportController::begin);
    m_fileDialog->open();
}

void ExportController::begin(const QString &path)
{
    if (path.isEmpty() || isWorking())
        return;
    m_path = path;
    ExportFile::rememberFolder(path);

    if (m_loadAllFirst && !m_model->isComplete()) {
        setStage(Stage::Loading);
        Q_EMIT statusMessage(tr("Loading all projects, then exporting…"));
        if (!m_model->isLoadingAll())
            m_model->loadAll();
        return;
    }
    write();
}

void ExportController::setSpend(ProjectSpend *spend)
{
    m_spend = spend;
}

void ExportController::onLoadAllProgress(int loaded, bool done)
{
    Q_UNUSED(loaded)
    if (m_stage != Stage::Loading || !done)
        return;
    if (m_model->isComplete()) {
        write();
        return;
    }
    // Cancelled, or the listing failed (its banner says why): nothing is written.
    setStage(Stage::Idle);
    Q_EMIT statusMessage(tr("Export cancelled: not every project was loaded"));
    Q_EMIT finished({});
}

void ExportController::write()
{
    setStage(Stage::Writing);
    // The GUI thread only notes which rows the table shows, in its order (a 10,000-row copy
    // of the projects here took 9 ms of the event loop); the worker picks them from the
    // model's list, shared, not copied: a change meanwhile detaches the model's own.
    const QList<Project> loaded = m_model->projects();
    const bool everyLoaded = m_scope == ExportDialog::Scope::AllLoaded;
    QList<int> shownRows;
    if (!everyLoaded) {
        const int count = m_filter->rowCount();
        shownRows.reserve(count);
        for (int row = 0; row < count; ++row)
            shownRows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    }
    const ProjectExport::Format format = m_format;
    // The spend column only as loaded: half-loaded or failed costs would read as no cost.
    ProjectExport::Spend spend;
    if (m_spend && m_spend->isLoaded())
        spend = ProjectExport::Spend::of(m_spend->periodDays(), m_spend->totals());
    m_writer.start(m_path, [loaded, shownRows, everyLoaded, format, spend] {
        if (everyLoaded)
            return ProjectExport::document(loaded, format, spend);
        QList<Project> shown;
        shown.reserve(shownRows.size());
        for (const int row : shownRows)
            shown.append(loaded.at(row));
        return ProjectExport::document(shown, format, spend);
    });
    m_exported = int(everyLoaded ? loaded.size() : shownRows.size());
    Q_EMIT statusMessage(tr("Exporting %n project(s)…", nullptr, m_exported));
}

void ExportController::onWritten(const ExportResult &result)
{
    setStage(Stage::Idle);
    if (result.ok()) {
        Q_EMIT statusMessage(tr("Exported %n project(s) to %1", nullptr, m_exported)
                                 .arg(QFileInfo(result.path).fileName()));
    } else {
        Q_EMIT statusMessage(tr("Export failed"));
        ExportFile::showError(m_window, result);
    }
    Q_EMIT finished(result);
}

void ExportController::setStage(Stage stage)
{
    const bool wasWorking = isWorking();
    m_stage = stage;
    if (isWorking() != wasWorking)
        Q_EMIT workingChanged(isWorking());
}
