// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "spendcontroller.h"

#include "adminapiclient.h"
#include "appsettings.h"
#include "barchart.h"
#include "displaytext.h"
#include "icons.h"
#include "listingcache.h"
#include "projectfiltermodel.h"
#include "projectspend.h"
#include "projecttablemodel.h"
#include "spenddock.h"

#include <QAction>
#include <QActionGroup>
#include <QFontMetrics>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

SpendController::SpendController(AdminApiClient *client, ProjectTableModel *model,
                                 ProjectFilterModel *filter, AppSettings *settings,
                                 const Parts &parts)
    : QObject(parts.window)
    , m_model(model)
    , m_filter(filter)
    , m_settings(settings)
    , m_table(parts.table)
    , m_spend(new ProjectSpend(client, this))
    , m_dock(new SpendDock(parts.window))
{
    parts.window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide(); // until View ▸ Top spenders (restoreState() brings back what was shown)
    m_statusLabel = new QLabel(parts.statusBar);
    m_statusLabel->setObjectName(QStringLiteral("spendStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText); // the service's error message may be in it
    parts.statusBar->addWidget(m_statusLabel);
    createActions(parts);
    m_model->setSpend(m_spend);

    connect(client, &AdminApiClient::credentialsChanged, this, [this] {
        m_started = false;
        m_cacheReadWanted = -1; // a read in flight may hold the previous organization's days
    });
    connect(m_model, &ProjectTableModel::reloaded, this, [this] {
        if (m_started)
            loadSpend();
    });
    connect(m_spend, &ProjectSpend::stateChanged, this, &SpendController::updateStatus);
    connect(m_spend, &ProjectSpend::totalsChanged, this, &SpendController::scheduleDockUpdate);
    // Names of projects listed after the costs arrived replace their ids in the dock.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SpendController::scheduleDockUpdate);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &SpendController::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SpendController::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SpendController::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SpendController::updateStatus);
    QStatusBar *statusBar = parts.statusBar;
    connect(m_dock, &SpendDock::projectActivated, this, [this, statusBar](const QString &id) {
        if (m_model->rowOf(id) < 0) {
            statusBar->showMessage(tr("%1 is not listed yet: Load all to list every project.")
                                       .arg(DisplayText::isolated(id)), 8000);
            return;
        }
        if (m_idleOnly->isChecked())
            m_idleOnly->setChecked(false); // a top spender is never idle: show it
        Q_EMIT projectActivated(id);
    });

    // Wide enough for a five-figure amount.
    const QFontMetrics metrics(m_table->font());
    m_table->setColumnWidth(ProjectTableModel::SpendColumn,
                            metrics.horizontalAdvance(QStringLiteral("$88,888.88"))
                                + 3 * metrics.averageCharWidth() + 16);

    applyPeriod(m_settings->spendPeriodDays());
}

SpendController::~SpendController() = default;

void SpendController::createActions(const Parts &parts)
{
    m_periodMenu = new QMenu(tr("Spend &period"), parts.window);
    m_periodMenu->setObjectName(QStringLiteral("spendPeriodMenu"));
    m_periods = new QActionGroup(this);
    const struct { int days; const char *name; QString text; } periods[] = {
        {7, "spend7Action", tr("Last &7 days")},
        {30, "spend30Action", tr("Last &30 days")},
        {90, "spend90Action", tr("Last &90 days")},
        {0, "spendOffAction", tr("&Off")},
    };
    for (const auto &period : periods) {
        QAction *action = m_periodMenu->addAction(period.text);
        action->setObjectName(QString::fromLatin1(period.name));
        action->setCheckable(true);
        action->setData(period.days);
        m_periods->addAction(action);
    }
    connect(m_periods, &QActionGroup::triggered, this,
            [this](QAction *action) { setPeriodDays(action->data().toInt()); });

    m_idleOnly = new QAction(tr("Only &idle projects"), parts.window);
    m_idleOnly->setObjectName(QStringLiteral("idleOnlyAction"));
    m_idleOnly->setCheckable(true);
    m_idleOnly->setIcon(Icons::themed(QStringLiteral("view-filter")));
    m_idleOnly->setToolTip(tr("Show only the active projects that cost nothing in the period"));
    connect(m_idleOnly, &QAction::toggled, this, [this](bool on) {
        m_filter->setIdleOnly(on);
        updateStatus();
    });

    parts.viewMenu->addSeparator();
    parts.viewMenu->addMenu(m_periodMenu);
    parts.viewMenu->addAction(m_idleOnly);
    parts.viewMenu->addAction(m_dock->toggleViewAction());
    parts.toolBar->addAction(m_idleOnly);
}

QAction *SpendController::periodAction(int days) const
{
    for (QAction *action : m_periods->actions()) {
        if (action->data().toInt() == days)
            return action;
    }
    return nullptr;
}

void SpendController::start()
{
    m_started = true;
    if (m_spend->state() == ProjectSpend::State::NotLoaded
        && m_cacheReadWanted <= m_cacheReadsAnswered)
        loadSpend();
}

void SpendController::setCache(ListingCache *cache, const QString &connection)
{
    m_connection = connection;
    m_cacheReadWanted = -1;
    if (m_cache == cache)
        return;
    m_cache = cache;
    connect(cache, &ListingCache::costsLoaded, this,
            [this](const QString &connection, const QList<CostBucket> &days) {
        // Every answer counts (only this controller asks), so that the newest is known.
        if (++m_cacheReadsAnswered == m_cacheReadWanted && connection == m_connection)
            m_spend->load(days);
    });
    connect(m_spend, &ProjectSpend::bucketsLoaded, this, [this](const QList<CostBucket> &days) {
        if (m_cache)
            m_cache->storeCosts(m_connection, days);
    });
}

void SpendController::loadSpend()
{
    if (!m_cache || m_spend->periodDays() == 0) {
        m_spend->load();
        return;
    }
    m_cacheReadWanted = ++m_cacheReadsAsked;
    m_cache->loadCosts(m_connection);
}

void SpendController::setPeriodDays(int days)
{
    if (days == m_spend->periodDays() && periodAction(days)->isChecked())
        return;
    m_settings->setSpendPeriodDays(days);
    m_settings->sync();
    applyPeriod(days);
    if (m_started)
        loadSpend();
    Q_EMIT periodChanged(days);
}

void SpendController::applyPeriod(int days)
{
    if (QAction *action = periodAction(days))
        action->setChecked(true);
    m_spend->setPeriodDays(days);
    m_table->setColumnHidden(ProjectTableModel::SpendColumn, days == 0);
    m_idleOnly->setEnabled(days != 0);
    if (days == 0)
        m_idleOnly->setChecked(false);
    updateStatus();
}

void SpendController::updateStatus()
{
    QString text;
    switch (m_spend->state()) {
    case ProjectSpend::State::Off:
        m_dock->setStatusText(tr("Choose a spend period in the View menu to see costs."));
        break;
    case ProjectSpend::State::NotLoaded:
        m_dock->setStatusText(tr("Costs load after the first page of projects."));
        break;
    case ProjectSpend::State::Loading:
        text = tr("Loading costs…");
        m_dock->setStatusText(text);
        break;
    case ProjectSpend::State::Failed:
        // In the status bar a short sentence (a long one would widen the window), the
        // service's whole message in its tooltip, the dock and the column's header tooltip.
        m_dock->setStatusText(tr("The costs could not be loaded: %1 The projects still work; "
                                 "F5 tries again.").arg(m_spend->error().userMessage()));
        text = tr("The costs could not be loaded; F5 tries again.");
        break;
    case ProjectSpend::State::Loaded:
        m_dock->setStatusText({});
        if (m_idleOnly->isChecked())
            text = tr("%n idle projects shown", nullptr, m_filter->rowCount());
        break;
    }
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(m_spend->state() == ProjectSpend::State::Failed
                                  ? m_spend->error().userMessage() : QString());
    m_statusLabel->setVisible(!text.isEmpty());
}

void SpendController::scheduleDockUpdate()
{
    if (m_dockUpdatePending)
        return;
    m_dockUpdatePending = true;
    QTimer::singleShot(0, this, &SpendController::updateDock);
}

void SpendController::updateDock()
{
    m_dockUpdatePending = false;
    QList<SpendDock::Entry> entries;
    for (const auto &cost : m_spend->topProjects(SpendDock::TopCount)) {
        const auto project = m_model->project(cost.projectId);
        const QString name = project && !project->name.isEmpty()
            ? DisplayText::visible(project->name) : DisplayText::visible(cost.projectId);
        entries.append({cost.projectId, name, cost.cost.micros});
    }
    if (entries == m_dock->entries() && !entries.isEmpty())
        return;
    m_dock->setEntries(entries, m_spend->mainCurrency(), m_spend->periodDays());
    updateStatus();
}
