// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "listexporter.h"

#include "icons.h"
#include "listmodel.h"
#include "resourcelisttab.h"

#include <QAction>
#include <QTableView>

ListExporter::ListExporter(ResourceListTab *tab, ExportDialog::Subject subject, QString fileName)
    : ExportController(subject, tab, tab)
    , m_tab(tab)
    , m_fileName(std::move(fileName))
    , m_action(new QAction(tr("&Export…"), this))
{
    m_action->setObjectName(QStringLiteral("exportListAction"));
    m_action->setIcon(Icons::themed(QStringLiteral("document-save-as")));
    m_action->setToolTip(tr("Write this list to a CSV or JSON file"));
    connect(m_action, &QAction::triggered, this, [this] {
        if (isLoading())
            cancel();
        else
            start();
    });
    connect(this, &ExportController::progressChanged, this, &ListExporter::updateAction);
    updateAction();
}

QString ListExporter::progressText() const
{
    if (!isLoading() || !m_loading)
        return {};
    return tr("Loading every page for the export: %n loaded…", nullptr, m_loading->rowCount());
}

void ListExporter::updateAction()
{
    m_action->setText(isLoading() ? tr("Cancel E&xport") : tr("&Export…"));
    const PagedTableModel *model = m_tab->currentModel();
    m_action->setEnabled(isLoading() || (!isWorking() && model && model->rowCount() > 0));
}

int ListExporter::shownCount() const
{
    return m_tab->tableView()->model()->rowCount();
}

int ListExporter::loadedCount() const
{
    return m_tab->currentModel() ? m_tab->currentModel()->rowCount() : 0;
}

bool ListExporter::isComplete() const
{
    return m_tab->currentModel() && m_tab->currentModel()->pager()->isComplete();
}

void ListExporter::loadAll()
{
    m_loading = m_tab->currentModel();
    if (!m_loading) {
        loadAllProgressed(true); // nothing to load: the export ends without a file
        return;
    }
    Pager *pager = m_loading->pager();
    disconnect(m_loadAllProgress);
    m_loadAllProgress = connect(pager, &Pager::loadAllProgress, this,
                                [this](int, bool done) { loadAllProgressed(done); });
    if (!pager->isLoadingAll())
        pager->loadAll();
}

void ListExporter::cancelLoadAll()
{
    disconnect(m_loadAllProgress);
    if (m_loading && m_loading->pager()->isLoadingAll())
        m_loading->pager()->cancelLoadAll();
}

ExportWriter::Content ListExporter::content(ExportDialog::Scope scope, ProjectExport::Format format,
                                            int *count) const
{
    return m_tab->exportContent(scope, format, count);
}

QString ListExporter::fileName() const
{
    // "Fraud Playground members": the project's name first, without what a file name may not hold.
    QString project = m_tab->project() ? m_tab->project()->name.left(80) : QString();
    for (QChar &c : project) {
        if (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
            c = u'_';
    }
    project = project.trimmed();
    return project.isEmpty() ? m_fileName : QStringLiteral("%1 %2").arg(project, m_fileName);
}
