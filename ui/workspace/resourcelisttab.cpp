// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "resourcelisttab.h"

#include "adminapiclient.h"
#include "contentfitter.h"
#include "listexporter.h"
#include "listmodel.h"
#include "messagearea.h"
#include "projectrules.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QHBoxLayout>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

ResourceListTab::ResourceListTab(QWidget *parent)
    : ProjectTab(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_toolBar(new QToolBar(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_message(new MessageArea(this))
{
    m_toolBar->setObjectName(QStringLiteral("tabToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->hide(); // until an action is added

    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->setText(tr("This project is archived: its lists are read-only."));
    m_readOnlyLabel->hide();

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_table->setObjectName(QStringLiteral("listTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // As tall as the project table's rows.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The service's order until the user sorts by a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("listMessage"));

    // The search and, at its end, Export… (enableExport()): it writes what the search shows,
    // and only reads, so an archived project's toolbar being off does not take it.
    m_searchRow = new QHBoxLayout;
    m_searchRow->setContentsMargins(0, 0, 0, 0);
    m_searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_readOnlyLabel);
    layout->addLayout(m_searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_statusLabel);
    setFocusProxy(m_table);
    // The dock and the tab widget above do not ask for height-for-width: a long error or
    // status would lose lines.
    ContentFitter::keepTextWhole(this);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourceListTab::selectionChanged);
    updateStatus();
}

ResourceListTab::~ResourceListTab() = default;

void ResourceListTab::setProject(const std::optional<Project> &project)
{
    const QString before = m_project ? m_project->id : QString();
    const QString after = project ? project->id : QString();
    m_project = project;
    if (before != after) {
        // A listing that has not brought its first page is not worth waiting for here: its
        // answer is dropped, and the project lists again when it is shown next.
        if (PagedTableModel *left = m_models.value(before); left && left->rowCount() == 0)
            left->pager()->stop();
        if (m_exporter)
            m_exporter->cancel();
        m_waitText.clear();
        m_proxy->setSourceModel(project ? m_models.value(after) : nullptr);
        if (currentModel() && currentModel()->rowCount() > 0)
            fitColumns();
    }
    const bool readOnly = isReadOnly();
    m_readOnlyLabel->setVisible(readOnly);
    m_toolBar->setEnabled(project && !readOnly);
    m_table->setContextMenuPolicy(readOnly ? Qt::NoContextMenu : Qt::ActionsContextMenu);
    loadIfShown();
    updateStatus();
    // The actions follow the project too (archived or not), not only the rows.
    Q_EMIT selectionChanged();
}

void ResourceListTab::refresh()
{
    if (!m_project)
        return;
    PagedTableModel *model = currentModel();
    if (!model) {
        loadIfShown();
        return;
    }
    m_waitText.clear();
    model->reload();
    updateStatus();
}

bool ResourceListTab::isReadOnly() const
{
    return m_project && !ProjectRules::canChange(*m_project);
}

void ResourceListTab::addToolBarAction(QAction *action)
{
    m_toolBar->addAction(action);
    m_toolBar->show();
    m_table->addAction(action);
}

void ResourceListTab::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateStatus();
}

QList<int> ResourceListTab::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    QList<QModelIndex> sorted(selected.cbegin(), selected.cend());
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : sorted)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

QString ResourceListTab::statusText() const
{
    return m_statusLabel->text();
}

PagedTableModel *ResourceListTab::currentModel() const
{
    return qobject_cast<PagedTableModel *>(m_proxy->sourceModel());
}

void ResourceListTab::enableExport(ExportDialog::Subject subject, const QString &fileName)
{
    m_exporter = new ListExporter(this, subject, fileName);
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("exportButton"));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setDefaultAction(m_exporter->action());
    m_searchRow->addWidget(button);
    connect(m_exporter, &ExportController::progressChanged, this, &ResourceListTab::updateStatus);
}

QList<int> ResourceListTab::shownSourceRows() const
{
    QList<int> rows;
    const int count = m_proxy->rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return rows;
}

void ResourceListTab::forgetAll()
{
    if (m_exporter)
        m_exporter->cancel();
    m_proxy->setSourceModel(nullptr);
    // The models are QObjects this tab owns (their own destructor is protected).
    for (QObject *model : std::as_const(m_models))
        delete model;
    m_models.clear();
    m_waitText.clear();
    Q_EMIT selectionChanged();
    loadIfShown();
    updateStatus();
}

void ResourceListTab::watchCall(PagedTableModel *model, const QPointer<ApiCall> &call)
{
    if (!call)
        return;
    connect(call, &ApiCall::waiting, this,
            [this, model](std::chrono::milliseconds delay, const ApiError &reason) {
                if (model != currentModel())
                    return;
                const int seconds = int((delay.count() + 999) / 1000);
                m_waitText = reason.kind() == ApiError::Kind::RateLimited
                                 ? tr("Waiting for OpenAI's rate limit: next try in %n s", nullptr, seconds)
                                 : tr("The request failed: next try in %n s", nullptr, seconds);
                updateStatus();
            });
}

void ResourceListTab::showEvent(QShowEvent *event)
{
    ProjectTab::showEvent(event);
    loadIfShown();
    updateStatus();
}

void ResourceListTab::loadIfShown()
{
    if (!m_project || !isVisible())
        return;
    PagedTableModel *model = m_models.value(m_project->id);
    if (!model) {
        model = createModel(*m_project);
        model->setParent(this);
        m_models.insert(m_project->id, model);
        connectModel(model);
        m_proxy->setSourceModel(model);
    }
    if (!model->hasStarted())
        model->reload();
}

void ResourceListTab::connectModel(PagedTableModel *model)
{
    auto update = [this, model] {
        if (model == currentModel())
            updateStatus();
    };
    Pager *pager = model->pager();
    connect(pager, &Pager::loadingChanged, this, [this, model, update](bool loading) {
        if (!loading && model == currentModel())
            m_waitText.clear();
        update();
    });
    connect(pager, &Pager::pageLoaded, this, [this, model] {
        if (model == currentModel() && model->pager()->pagesLoaded() == 1)
            fitColumns();
    });
    connect(pager, &Pager::errorOccurred, this, update);
    connect(pager, &Pager::errorCleared, this, update);
    connect(pager, &Pager::completeChanged, this, update);
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
}

void ResourceListTab::fitColumns()
{
    // Each column as wide as what the first page shows, but none wider than a long name or
    // email, so that every column stays in a narrow dock's view.
    const int widest = m_table->fontMetrics().averageCharWidth() * 26;
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
}

void ResourceListTab::updateStatus()
{
    PagedTableModel *model = currentModel();
    QString status;
    const ApiError error = model ? model->lastError() : ApiError();
    if (!m_project) {
        status = tr("Select one project to see its lists.");
    } else if (!model || (model->isLoading() && model->rowCount() == 0)) {
        status = tr("Loading…");
    } else {
        const int loaded = model->rowCount();
        const int shown = m_proxy->rowCount();
        if (loaded == 0 && error.isError())
            status.clear(); // the message above says it all
        else if (loaded == 0 && !model->isLoading())
            status = m_emptyText;
        else if (shown != loaded)
            status = tr("%1 of %Ln shown", nullptr, loaded).arg(shown);
        else
            status = tr("%Ln loaded", nullptr, loaded);
        if (!status.isEmpty() && model->isLoading())
            status = tr("%1 — loading more…").arg(status);
        else if (!status.isEmpty() && model->canFetchMore({}))
            status = tr("%1 — more as you scroll").arg(status);
    }
    if (const QString exporting = m_exporter ? m_exporter->progressText() : QString(); !exporting.isEmpty())
        status = exporting;
    if (!m_waitText.isEmpty())
        status = m_waitText;
    m_statusLabel->setText(status);
    if (m_exporter)
        m_exporter->updateAction();

    if (error.isError()) {
        // The Default project and archived projects answer as the service decides (e.g. that
        // an archived project has no members): its sentence is shown as what it is, not as
        // OrgDesk failing.
        const bool asSaid = m_project && error.kind() == ApiError::Kind::InvalidRequest
                            && !error.apiMessage().isEmpty()
                            && (isReadOnly() || m_project->name == ProjectRules::defaultProjectName());
        m_message->showMessage(asSaid ? MessageArea::Kind::Information : MessageArea::Kind::Error,
                               asSaid ? error.apiMessage() : error.userMessageWithoutRequestId(), error.requestId());
    } else {
        m_message->hide();
    }
}
