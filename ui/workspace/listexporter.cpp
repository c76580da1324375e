// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "listexporter.h"

#include "exportfile.h"
#include "icons.h"
#include "listmodel.h"
#include "organizationdialogs.h"
#include "resourcelisttab.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QTableView>

namespace {

/// "Fraud Playground members": the project's name first, without what a file name may not hold.
QString suggestedName(const ResourceListTab *tab, const QString &list)
{
    QString project = tab->project() ? tab->project()->name.left(80) : QString();
    for (QChar &c : project) {
        if (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
            c = u'_';
    }
    project = project.trimmed();
    return project.isEmpty() ? list : QStringLiteral("%1 %2").arg(project, list);
}

} // namespace

ListExporter::ListExporter(ResourceListTab *tab, ExportDialog::Subject subject, QString fileName)
    : QObject(tab)
    , m_tab(tab)
    , m_subject(subject)
    , m_fileName(std::move(fileName))
    , m_action(new QAction(tr("&Export…"), this))
{
    m_action->setObjectName(QStringLiteral("exportListAction"));
    m_action->setIcon(Icons::themed(QStringLiteral("document-save-as")));
    m_action->setToolTip(tr("Write this list to a CSV or JSON file"));
    connect(m_action, &QAction::triggered, this, [this] {
        if (m_stage == Stage::Loading)
            cancel();
        else
            start();
    });
    connect(&m_writer, &ExportWriter::finished, this, &ListExporter::onWritten);
    updateAction();
}

ListExporter::~ListExporter() = default;

QString ListExporter::progressText() const
{
    if (m_stage != Stage::Loading || !m_model)
        return {};
    return tr("Loading every page for the export: %n loaded…", nullptr, m_model->rowCount());
}

void ListExporter::start()
{
    QDialog *open = m_dialog ? static_cast<QDialog *>(m_dialog.data()) : m_fileDialog.data();
    if (open) {
        open->raise();
        open->activateWindow();
        return;
    }
    PagedTableModel *model = m_tab->currentModel();
    if (isWorking() || !model)
        return;
    m_dialog = new ExportDialog(m_tab->window(), m_subject);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    OrganizationDialogs::mark(m_dialog);
    m_dialog->setCounts(m_tab->tableView()->model()->rowCount(), model->rowCount(),
                        model->pager()->isComplete());
    connect(m_dialog, &QDialog::accepted, this, [this] {
        m_scope = m_dialog->scope();
        m_format = m_dialog->format();
        m_loadAllFirst = m_dialog->loadAllFirst();
        m_model = m_tab->currentModel();
        m_fileDialog = ExportFile::saveDialog(m_tab->window(), m_dialog->windowTitle(),
                                              suggestedName(m_tab, m_fileName), m_format);
        connect(m_fileDialog, &QFileDialog::fileSelected, this, &ListExporter::begin);
        m_fileDialog->open();
    });
    m_dialog->open();
}

void ListExporter::exportTo(const QString &path, ExportDialog::Scope scope,
                            ProjectExport::Format format, bool loadAllFirst)
{
    if (isWorking())
        return;
    m_scope = scope;
    m_format = format;
    m_loadAllFirst = loadAllFirst;
    m_model = m_tab->currentModel();
    begin(path);
}

void ListExporter::begin(const QString &path)
{
    // The project may have changed while the save dialog was open: its rows are not these.
    if (path.isEmpty() || isWorking() || !m_model || m_model != m_tab->currentModel())
        return;
    m_path = path;
    ExportFile::rememberFolder(path);
    Pager *pager = m_model->pager();
    if (m_loadAllFirst && !pager->isComplete()) {
        setStage(Stage::Loading);
        m_loadAllProgress = connect(pager, &Pager::loadAllProgress, this,
                                    [this](int, bool done) { onLoadAllProgress(done); });
        if (!pager->isLoadingAll())
            pager->loadAll();
        return;
    }
    write();
}

void ListExporter::onLoadAllProgress(bool done)
{
    if (m_stage != Stage::Loading)
        return;
    Q_EMIT progressChanged();
    if (!done)
        return;
    if (m_model && m_model->pager()->isComplete()) {
        write();
        return;
    }
    // The listing failed (the tab says why): nothing is written.
    setStage(Stage::Idle);
    Q_EMIT statusMessage(tr("Export cancelled: the list did not load to its end"));
    Q_EMIT finished({});
}

void ListExporter::cancel()
{
    if (m_dialog)
        m_dialog->reject();
    if (m_fileDialog)
        m_fileDialog->reject();
    if (m_stage != Stage::Loading)
        return; // a write is a moment's work, and its file is whole or not there
    const QPointer<PagedTableModel> model = m_model;
    setStage(Stage::Idle); // first: the Load all's own end must not end this export again
    if (model && model->pager()->isLoadingAll())
        model->pager()->cancelLoadAll();
    Q_EMIT statusMessage(tr("Export cancelled"));
    Q_EMIT finished({});
}

void ListExporter::write()
{
    setStage(Stage::Writing);
    // Copies of the rows (implicitly shared) go to the worker: the table may change meanwhile.
    int count = 0;
    m_writer.start(m_path, m_tab->exportContent(m_scope, m_format, &count));
    m_exported = count;
}

void ListExporter::onWritten(const ExportResult &result)
{
    setStage(Stage::Idle);
    if (result.ok()) {
        Q_EMIT statusMessage(tr("Exported %n row(s) to %1", nullptr, m_exported)
                                 .arg(QFileInfo(result.path).fileName()));
    } else {
        Q_EMIT statusMessage(tr("Export failed"));
        ExportFile::showError(m_tab->window(), result);
    }
    Q_EMIT finished(result);
}

void ListExporter::setStage(Stage stage)
{
    m_stage = stage;
    if (stage == Stage::Idle) {
        disconnect(m_loadAllProgress);
        m_model.clear();
    }
    updateAction();
    Q_EMIT progressChanged();
}

void ListExporter::updateAction()
{
    const bool loading = m_stage == Stage::Loading;
    m_action->setText(loading ? tr("Cancel E&xport") : tr("&Export…"));
    const PagedTableModel *model = m_tab->currentModel();
    m_action->setEnabled(loading || (m_stage == Stage::Idle && model && model->rowCount() > 0));
}
