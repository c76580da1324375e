// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "adminapiclient.h"
#include "adminkeydialog.h"
#include "connectionsetup.h"
#include "contentfitter.h"
#include "displaytext.h"
#include "projectexporter.h"
#include "listingcontroller.h"
#include "mainwindowsetup.h"
#include "organizationdialogs.h"
#include "plaintext.h"
#include "projectactions.h"
#include "projectfiltermodel.h"
#include "projectresourcesapi.h"
#include "projectselection.h"
#include "projecttablemodel.h"
#include "projectworkspace.h"
#include "session.h"
#include "shortcutsdialog.h"
#include "spendcontroller.h"
#include "workspacesetup.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>

#include <algorithm>

MainWindow::MainWindow(AdminApiClient *client, Session *session, QNetworkAccessManager *network,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_session(session)
    , m_network(network)
    , m_resources(std::make_unique<ProjectResourcesApi>(client))
    , m_model(std::make_unique<ProjectTableModel>(client))
    , m_filter(std::make_unique<ProjectFilterModel>())
    , m_actions(std::make_unique<ProjectActions>(client, m_model.get(), this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model.get());
    // A dialog opened for one organization closes when another is shown (or the key changes).
    // Connected first, so it is the dialogs' first news of the cut, before the parts forget.
    OrganizationDialogs::closeOnCut(client, this);
    m_spend = new SpendController(client, m_model.get(), m_filter.get(), &m_settings,
                                  {this, m_ui->viewMenu, m_ui->mainToolBar, m_ui->statusBar,
                                   m_ui->projectTable});
    m_workspace = WorkspaceSetup::install(m_ui->detailsPane, m_ui->projectDetails, client,
                                          m_resources.get(), m_spend, m_ui->statusBar, this);
    m_listing = std::make_unique<ListingController>(session, client, m_model.get(),
                                                    m_ui->errorBanner);
    m_export = std::make_unique<ProjectExporter>(m_model.get(), m_filter.get(), this);
    m_export->setSpend(m_spend->spend()); // the spend column goes into exports too
    // ConnectionSetup names the connection once it is installed.
    const QString host = MainWindowSetup::nonStandardHost(client->baseUrl());
    setWindowTitle(host.isEmpty() ? tr("OrgDesk") : tr("OrgDesk") + tr(" — %1").arg(host));
    setAccessibleName(tr("OrgDesk"));

    MainWindowSetup::decorateActions(*m_ui);
    m_contextMenu = MainWindowSetup::contextMenu(*m_ui, this);
    m_ui->projectDetails->setActions(m_ui->copyIdAction, m_ui->refreshDetailsAction);
    m_ui->projectTable->setModel(m_filter.get());
    m_ui->projectTable->setAccessibleDescription(
        tr("The organization's projects. More load as you scroll."));
    MainWindowSetup::arrangeTable(m_ui->projectTable);
    m_selection = new ProjectSelection(m_ui->projectTable, m_model.get(), m_filter.get());
    MainWindowSetup::setTabOrder(*m_ui);
    connectActions();
    connectParts();
    // QMainWindow asks neither its central widget nor its docks for height-for-width: in a
    // small window the banner and the empty state would lose lines.
    ContentFitter::keepTextWhole(m_ui->centralWidget);

    PlainText::makeLabelsPlain(this);
    restoreSettings();
    updateAll();
}

MainWindow::~MainWindow() = default;

void MainWindow::setListingCache(ListingCache *cache, const QString &connection)
{
    m_listing->setCache(cache, connection);
    m_spend->setCache(cache, connection); // costs of complete days, beside the projects
}

ConnectionSetup *MainWindow::installConnections(ConnectionStore *store, ListingCache *cache)
{
    return new ConnectionSetup({this, m_ui->fileMenu, m_ui->adminKeyAction, m_ui->mainToolBar,
                                m_session, m_client, m_network}, store, cache, this);
}

void MainWindow::connectActions()
{
    connect(m_ui->newAction, &QAction::triggered, this, &MainWindow::createProject);
    connect(m_ui->renameAction, &QAction::triggered, this, &MainWindow::renameSelected);
    connect(m_ui->archiveAction, &QAction::triggered, this, &MainWindow::archiveSelected);
    connect(m_ui->setRateLimitsAction, &QAction::triggered, this, [this] {
        WorkspaceSetup::setRateLimits(m_workspace, m_client, selectedProjects(), this);
    });
    connect(m_ui->copyIdAction, &QAction::triggered, this, &MainWindow::copySelectedIds);
    connect(m_ui->refreshDetailsAction, &QAction::triggered, this, &MainWindow::refreshDetails);
    // F5 in a workspace list refreshes that list; anywhere else, the projects.
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        if (!m_workspace->refreshFocusedTab())
            m_model->reload();
    });
    connect(m_ui->loadAllAction, &QAction::triggered, m_model.get(), &ProjectTableModel::loadAll);
    connect(m_ui->showArchivedAction, &QAction::toggled, this, &MainWindow::setShowArchived);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(m_ui->exportAction, &QAction::triggered, m_export.get(), &ExportController::start);
    connect(m_ui->adminKeyAction, &QAction::triggered, this, &MainWindow::openKeyDialog);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::openShortcuts);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::openAbout);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);

    MainWindowSetup::clearSearchOnEscape(*m_ui);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateAll();
    });

    QTableView *table = m_ui->projectTable;
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(table, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_ui->renameAction->isEnabled())
            renameSelected();
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
}

void MainWindow::connectParts()
{
    ListingController *listing = m_listing.get();
    connect(listing, &ListingController::changed, this, &MainWindow::updateAll);
    connect(listing, &ListingController::keyMissing, this, [this] {
        if (!m_keyDialogOpenedOnce)
            openKeyDialog();
    });
    connect(listing, &ListingController::enterKeyRequested, this, &MainWindow::openKeyDialog);
    connect(listing, &ListingController::firstPageShown, this, &MainWindow::firstPageShown);
    // Costs only once the first page is on screen: they never delay it.
    connect(listing, &ListingController::firstPageShown, m_spend, &SpendController::start);
    connect(m_spend, &SpendController::projectActivated, this, &MainWindow::selectProject);
    connect(listing, &ListingController::firstPageFailed, this, &MainWindow::firstPageFailed);
    connect(listing, &ListingController::firstRowsShown, this, &MainWindow::firstRowsShown);

    LoadStatusBar *status = m_ui->statusBar;
    listing->showProgressIn(status);

    // Counts, empty states and the details of a renamed or archived project follow any change.
    ProjectFilterModel *filter = m_filter.get();
    connect(filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateAll);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateAll);
    connect(filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateAll);
    connect(filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateAll);
    connect(filter, &QAbstractItemModel::dataChanged, this, &MainWindow::updateAll);

    connect(m_ui->emptyState, &EmptyStateView::buttonClicked, this, &MainWindow::onEmptyStateButton);
    connect(m_actions.get(), &ProjectActions::projectCreated, this, [this](const QString &id) {
        selectProject(id);
        m_selection->setRowsAfterDialog({id});
    });
    connect(m_actions.get(), &ProjectActions::dialogClosed, m_selection,
            &ProjectSelection::returnToTable);
    connect(m_actions.get(), &ProjectActions::statusMessage, status,
            [status](const QString &message) { status->showMessage(message, 8000); });
    connect(m_export.get(), &ExportController::statusMessage, status,
            [status](const QString &message) { status->showMessage(message, 8000); });
    connect(m_export.get(), &ExportController::workingChanged, this, &MainWindow::updateActions);
}

void MainWindow::restoreSettings()
{
    // The first time, as large as a table with a details pane needs, but not past a small
    // screen (a 1920 x 1080 laptop at 200 % has 960 x 540).
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(QSize(1180, 720).boundedTo(screen()->availableGeometry().size() * 0.9));
    if (!restoreState(m_settings.windowState())) {
        // Room for a project id and a long name, and for a member's name, email and role,
        // without squeezing the table.
        resizeDocks({m_ui->detailsPane},
                    {m_ui->detailsPane->fontMetrics().averageCharWidth() * 72}, Qt::Horizontal);
    }
    const QByteArray header = m_settings.headerState();
    if (!header.isEmpty())
        m_ui->projectTable->horizontalHeader()->restoreState(header);
    m_ui->detailsPane->setVisible(m_settings.detailsPaneVisible());

    const bool showArchived = m_settings.showArchived();
    const QSignalBlocker blocker(m_ui->showArchivedAction);
    m_ui->showArchivedAction->setChecked(showArchived);
    m_filter->setShowArchived(showArchived);
    m_model->setIncludeArchived(showArchived);
    m_ui->projectTable->setColumnHidden(ProjectTableModel::ArchivedColumn, !showArchived);
    m_ui->projectTable->setColumnHidden(ProjectTableModel::SpendColumn,
                                        m_settings.spendPeriodDays() == 0);
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setHeaderState(m_ui->projectTable->horizontalHeader()->saveState());
    m_settings.setDetailsPaneVisible(m_ui->detailsPane->toggleViewAction()->isChecked());
    m_settings.setShowArchived(m_ui->showArchivedAction->isChecked());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

QList<Project> MainWindow::selectedProjects() const
{
    return m_selection->projects();
}

void MainWindow::updateAll()
{
    updateActions();
    const ListingFacts facts = m_listing->facts(*m_filter);
    m_ui->statusBar->setCountText(ListingTexts::status(facts));

    m_emptyState = ListingTexts::emptyState(facts);
    if (m_emptyState == ListingTexts::EmptyState::None) {
        m_ui->viewStack->setCurrentWidget(m_ui->tablePage);
    } else {
        const bool keepFocus = m_ui->searchEdit->hasFocus();
        const ListingTexts::Content content = ListingTexts::emptyContent(m_emptyState, facts);
        m_ui->emptyState->setContent(content.title, content.text, content.button);
        m_ui->viewStack->setCurrentWidget(m_ui->emptyState);
        if (keepFocus)
            m_ui->searchEdit->setFocus();
    }
    updateDetails();
}

void MainWindow::updateActions()
{
    const bool keyUsable = m_listing->keyUsable();
    const QList<Project> selected = selectedProjects();
    const bool allActive = std::all_of(selected.cbegin(), selected.cend(),
                                       [](const Project &p) { return !p.isArchived(); });

    m_ui->newAction->setEnabled(keyUsable);
    m_ui->refreshAction->setEnabled(keyUsable);
    m_ui->renameAction->setEnabled(keyUsable && selected.size() == 1 && allActive);
    m_ui->archiveAction->setEnabled(keyUsable && !selected.isEmpty() && allActive);
    m_ui->setRateLimitsAction->setEnabled(keyUsable && !selected.isEmpty());
    m_ui->copyIdAction->setEnabled(!selected.isEmpty());
    m_ui->refreshDetailsAction->setEnabled(keyUsable && selected.size() == 1);
    m_ui->loadAllAction->setEnabled(keyUsable && m_model->hasStarted() && !m_model->isComplete()
                                    && !m_model->isLoadingAll());
    m_ui->showArchivedAction->setEnabled(m_listing->keyState() != ListingFacts::Key::Missing);
    m_ui->exportAction->setEnabled(m_model->rowCount() > 0 && !m_export->isWorking());
    // Nothing to search without a key; keep the field usable while it has text to clear.
    m_ui->searchEdit->setEnabled(m_listing->keyState() == ListingFacts::Key::Ready
                                 || !m_ui->searchEdit->text().isEmpty());
}

void MainWindow::updateDetails()
{
    const QList<Project> selected = selectedProjects();
    QString placeholder;
    if (selected.size() > 1)
        placeholder = tr("%Ln projects selected", nullptr, int(selected.size()));
    else if (m_filter->rowCount() > 0)
        placeholder = tr("Select a project");
    m_ui->projectDetails->setPlaceholderText(placeholder);
    const std::optional<Project> project = selected.size() == 1 ? std::optional(selected.constFirst())
                                                                 : std::nullopt;
    m_ui->projectDetails->setProject(project);
    m_workspace->setProject(project);
}

void MainWindow::onEmptyStateButton()
{
    switch (m_emptyState) {
    case ListingTexts::EmptyState::NoKey:
        openKeyDialog();
        break;
    case ListingTexts::EmptyState::NoProjects:
        createProject();
        break;
    case ListingTexts::EmptyState::NoMatches:
        m_ui->searchEdit->clear();
        m_ui->searchEdit->setFocus();
        break;
    case ListingTexts::EmptyState::LoadFailed:
        m_model->retry();
        break;
    case ListingTexts::EmptyState::None:
    case ListingTexts::EmptyState::LookingForKey:
    case ListingTexts::EmptyState::Loading:
        break;
    }
}

void MainWindow::openKeyDialog()
{
    m_keyDialogOpenedOnce = true;
    if (OrganizationDialogs::raiseFirstOpen({m_keyDialog}))
        return;
    m_selection->setRowsAfterDialog({m_selection->currentId()});
    m_keyDialog = new AdminKeyDialog(m_session, m_client, m_network, this);
    m_keyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_keyDialog, &QDialog::finished, m_selection, &ProjectSelection::returnToTable);
    m_keyDialog->open();
}

void MainWindow::openAbout()
{
    (new AboutDialog(this))->open(); // deleted when closed
}

void MainWindow::openShortcuts()
{
    auto *dialog = new ShortcutsDialog(MainWindowSetup::actionsInMenuOrder(menuBar(), this), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createProject()
{
    m_selection->setRowsAfterDialog({m_selection->currentId()});
    m_actions->createProject();
}

void MainWindow::renameSelected()
{
    const QList<Project> selected = selectedProjects();
    if (selected.size() != 1)
        return;
    m_selection->setRowsAfterDialog({selected.constFirst().id});
    m_actions->renameProject(selected.constFirst());
}

void MainWindow::archiveSelected()
{
    const QList<Project> selected = selectedProjects();
    if (selected.isEmpty())
        return;
    m_selection->setRowsAfterDialogAroundSelection();
    // A row still from the cache may carry an old name: the confirmation shows the current one.
    m_listing->confirmProjects(selected, this, [this](const QList<Project> &current) {
        m_actions->archiveProjects(current);
    });
}

void MainWindow::copySelectedIds()
{
    QStringList ids;
    for (const Project &project : selectedProjects())
        ids.append(project.id);
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    statusBar()->showMessage(ids.size() == 1
                                 ? tr("Copied %1").arg(DisplayText::isolated(ids.constFirst()))
                                 : tr("Copied %Ln IDs", nullptr, int(ids.size())),
                             4000);
}

void MainWindow::refreshDetails()
{
    const QList<Project> selected = selectedProjects();
    if (selected.size() == 1)
        m_listing->refreshProject(selected.constFirst().id);
}

void MainWindow::setShowArchived(bool show)
{
    m_settings.setShowArchived(show);
    m_settings.sync();
    m_ui->projectTable->setColumnHidden(ProjectTableModel::ArchivedColumn, !show);
    m_filter->setShowArchived(show);
    m_model->setIncludeArchived(show);
    updateAll();
}

void MainWindow::selectProject(const QString &id)
{
    // The search may hide the new project: show it rather than leave the user wondering.
    if (!m_selection->select(id) && m_model->rowOf(id) >= 0) {
        m_ui->searchEdit->clear();
        m_selection->select(id);
    }
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->projectTable->indexAt(pos);
    if (index.isValid() && !m_ui->projectTable->selectionModel()->isRowSelected(index.row())) {
        m_ui->projectTable->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    // popup(), not exec(): no nested event loop.
    m_contextMenu->popup(m_ui->projectTable->viewport()->mapToGlobal(pos));
}

void MainWindow::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}
