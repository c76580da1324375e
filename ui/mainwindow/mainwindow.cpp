// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "adminapiclient.h"
#include "adminkeydialog.h"
#include "captions.h"
#include "contentfitter.h"
#include "displaytext.h"
#include "icons.h"
#include "plaintext.h"
#include "projectactions.h"
#include "projectfiltermodel.h"
#include "projecttablemodel.h"
#include "session.h"
#include "shortcutsdialog.h"
#include "uilogging.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

#include <algorithm>
#include <functional>
#include <utility>

namespace {

QString formatTime(qint64 secondsSinceEpoch)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch),
                              QLocale::LongFormat);
}

// The words the table uses, so that the two never disagree.
QString statusText(const QString &status)
{
    if (status == u"active")
        return MainWindow::tr("Active");
    if (status == u"archived")
        return MainWindow::tr("Archived");
    return status.isEmpty() ? MainWindow::tr("—") : status;
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? MainWindow::tr("—") : text;
}

// " — 127.0.0.1:8080" for anything but the real service, so that a window pointed at the
// sandbox or a gateway is never mistaken for the real organization.
QString titleSuffix(const QUrl &baseUrl)
{
    const QUrl standard = AdminApiClient::defaultBaseUrl();
    if (baseUrl.isEmpty() || baseUrl.adjusted(QUrl::StripTrailingSlash)
                                 == standard.adjusted(QUrl::StripTrailingSlash))
        return {};
    QString host = baseUrl.host();
    if (baseUrl.port() != -1)
        host += u':' + QString::number(baseUrl.port());
    return MainWindow::tr(" — %1").arg(host);
}

} // namespace

MainWindow::MainWindow(AdminApiClient *client, Session *session, QNetworkAccessManager *network,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_session(session)
    , m_network(network)
    , m_model(new ProjectTableModel(client, this))
    , m_filter(new ProjectFilterModel(this))
    , m_actions(new ProjectActions(client, m_model, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("OrgDesk") + titleSuffix(client->baseUrl()));
    setAccessibleName(tr("OrgDesk"));

    m_filter->setSourceModel(m_model);

    setUpActions();
    setUpTable();
    setUpStatusBar();
    setUpDetailsPane();
    connectSession();
    connectClient();
    connectModel();

    connect(m_ui->errorBanner, &ErrorBanner::actionTriggered, this, &MainWindow::onBannerAction);
    connect(m_ui->errorBanner, &ErrorBanner::dismissed, this, [this] {
        m_bannerAction = BannerAction::None;
        updateEmptyState();
    });
    connect(m_ui->emptyButton, &QPushButton::clicked, this, &MainWindow::emptyStateButtonClicked);
    m_emptyStateMargins = m_ui->emptyStateLayout->contentsMargins();
    m_ui->emptyState->installEventFilter(this); // resizes: see fitEmptyStateText()
    // QMainWindow asks neither its central widget nor its docks for height-for-width: in a
    // small window the banner, the empty state and the details would lose lines.
    ContentFitter::keepTextWhole(m_ui->centralWidget);
    ContentFitter::keepTextWhole(m_ui->detailsStack);
    connect(m_actions, &ProjectActions::projectCreated, this, &MainWindow::selectProject);
    connect(m_actions, &ProjectActions::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });

    PlainText::makeLabelsPlain(this);
    restoreSettings();
    updateAll();
}

MainWindow::~MainWindow()
{
    // ~QWidget deletes the children after this destructor, when this is no longer a MainWindow;
    // what the model, the view or the client emit on the way out (an aborted request makes the
    // client busy no more) must not reach the slots here.
    for (QObject *sender : std::initializer_list<QObject *>{
             m_client, m_session, m_model, m_filter, m_actions, m_ui->errorBanner,
             m_ui->projectTable->selectionModel(), m_ui->searchEdit}) {
        sender->disconnect(this);
    }
}

void MainWindow::setUpActions()
{
    struct Setup
    {
        QAction *action;
        const char *icon;
        QKeySequence shortcut;
    };
    const Setup setups[] = {
        {m_ui->newAction, "document-new", QKeySequence::New},
        {m_ui->renameAction, "edit-rename", QKeySequence(Qt::Key_F2)},
        {m_ui->archiveAction, "archive-insert", QKeySequence::Delete},
        {m_ui->copyIdAction, "edit-copy", QKeySequence::Copy},
        {m_ui->refreshDetailsAction, "view-refresh", {}},
        {m_ui->refreshAction, "view-refresh", QKeySequence::Refresh},
        {m_ui->loadAllAction, "go-bottom", {}},
        {m_ui->showArchivedAction, "orgdesk-archived", {}},
        {m_ui->findAction, "edit-find", QKeySequence::Find},
        {m_ui->adminKeyAction, "dialog-password", {}},
        {m_ui->aboutAction, "help-about", {}},
        {m_ui->quitAction, "application-exit", QKeySequence::Quit},
    };
    for (const Setup &setup : setups) {
        setup.action->setIcon(Icons::themed(QString::fromLatin1(setup.icon)));
        if (!setup.shortcut.isEmpty())
            setup.action->setShortcut(setup.shortcut);
    }
    // Not every platform defines a Quit key (Windows has none).
    if (m_ui->quitAction->shortcut().isEmpty())
        m_ui->quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    // Delete and Copy act on the table only: in the search field or a details label they must
    // keep their text-editing meaning.
    for (QAction *action : {m_ui->archiveAction, m_ui->copyIdAction, m_ui->renameAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->projectTable->addAction(action);
    }

    m_ui->viewMenu->addAction(m_ui->detailsPane->toggleViewAction());
    m_ui->detailsPane->toggleViewAction()->setText(tr("&Details pane"));
    m_ui->viewMenu->addAction(m_ui->mainToolBar->toggleViewAction());

    connect(m_ui->newAction, &QAction::triggered, this, &MainWindow::createProject);
    connect(m_ui->renameAction, &QAction::triggered, this, &MainWindow::renameSelected);
    connect(m_ui->archiveAction, &QAction::triggered, this, &MainWindow::archiveSelected);
    connect(m_ui->copyIdAction, &QAction::triggered, this, &MainWindow::copySelectedIds);
    connect(m_ui->refreshDetailsAction, &QAction::triggered, this, &MainWindow::refreshDetails);
    connect(m_ui->refreshAction, &QAction::triggered, m_model, &ProjectTableModel::reload);
    connect(m_ui->loadAllAction, &QAction::triggered, m_model, &ProjectTableModel::loadAll);
    connect(m_ui->showArchivedAction, &QAction::toggled, this, &MainWindow::setShowArchived);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(m_ui->adminKeyAction, &QAction::triggered, this, &MainWindow::openKeyDialog);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::openShortcuts);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::openAbout);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);

    // Esc in the search field clears it; a second Esc goes back to the table.
    auto *clearSearch = new QAction(tr("Clear search"), m_ui->searchEdit);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_ui->searchEdit->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, this, [this] {
        if (m_ui->searchEdit->text().isEmpty())
            m_ui->projectTable->setFocus();
        else
            m_ui->searchEdit->clear();
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateAll();
    });

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("projectContextMenu"));
    m_contextMenu->addAction(m_ui->newAction);
    m_contextMenu->addAction(m_ui->renameAction);
    m_contextMenu->addAction(m_ui->archiveAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_ui->copyIdAction);
    m_contextMenu->addAction(m_ui->refreshDetailsAction);
}

void MainWindow::setUpTable()
{
    QTableView *table = m_ui->projectTable;
    table->setModel(m_filter);
    table->setAccessibleDescription(tr("The organization's projects. More load as you scroll."));

    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProjectTableModel::NameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setSortIndicatorShown(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(60);

    // Wide enough for a real project id and a long date, plus padding for the sort arrow.
    const QFontMetrics metrics(table->font());
    const int padding = 3 * metrics.averageCharWidth() + 16;
    table->setColumnWidth(ProjectTableModel::IdColumn,
                          metrics.horizontalAdvance(QStringLiteral("proj_DyXPEbZner1LOzF9PSlHaKIi"))
                              + padding);
    table->setColumnWidth(ProjectTableModel::StatusColumn,
                          metrics.horizontalAdvance(tr("Archived")) + padding);
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)),
                                                  QLocale::ShortFormat);
    const int dateWidth = metrics.horizontalAdvance(sampleDate) + padding;
    table->setColumnWidth(ProjectTableModel::CreatedColumn, dateWidth);
    table->setColumnWidth(ProjectTableModel::ArchivedColumn, dateWidth);
    table->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    table->sortByColumn(ProjectTableModel::CreatedColumn, Qt::DescendingOrder);

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

void MainWindow::setUpStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("projectCountLabel"));
    statusBar()->addWidget(m_countLabel, 1);

    m_waitLabel = new QLabel(this);
    m_waitLabel->setObjectName(QStringLiteral("waitLabel"));
    m_waitLabel->hide();
    statusBar()->addPermanentWidget(m_waitLabel);

    m_loadAllLabel = new QLabel(this);
    m_loadAllLabel->setObjectName(QStringLiteral("loadAllLabel"));
    m_loadAllLabel->hide();
    statusBar()->addPermanentWidget(m_loadAllLabel);

    m_cancelLoadAllButton = new QPushButton(tr("Cancel"), this);
    m_cancelLoadAllButton->setObjectName(QStringLiteral("cancelLoadAllButton"));
    m_cancelLoadAllButton->setAccessibleName(tr("Cancel loading all projects"));
    m_cancelLoadAllButton->hide();
    statusBar()->addPermanentWidget(m_cancelLoadAllButton);
    connect(m_cancelLoadAllButton, &QPushButton::clicked, m_model,
            &ProjectTableModel::cancelLoadAll);

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Working"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->setMaximumHeight(statusBar()->fontMetrics().height());
    m_busyIndicator->hide();
    statusBar()->addPermanentWidget(m_busyIndicator);

    m_waitTimer.setInterval(250);
    connect(&m_waitTimer, &QTimer::timeout, this, &MainWindow::updateWaitCountdown);
}

void MainWindow::setUpDetailsPane()
{
    for (QLabel *value : {m_ui->nameValue, m_ui->idValue, m_ui->statusValue, m_ui->createdValue,
                          m_ui->archivedValue, m_ui->externalKeyIdValue, m_ui->residencyValue}) {
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
    }
    // The values are selectable, so focusable: each caption labels its value, and the value's
    // own text is what a screen reader reads.
    const std::pair<QLabel *, QLabel *> captioned[] = {
        {m_ui->nameLabel, m_ui->nameValue},
        {m_ui->idLabel, m_ui->idValue},
        {m_ui->statusLabel, m_ui->statusValue},
        {m_ui->createdLabel, m_ui->createdValue},
        {m_ui->archivedLabel, m_ui->archivedValue},
        {m_ui->externalKeyIdLabel, m_ui->externalKeyIdValue},
        {m_ui->residencyLabel, m_ui->residencyValue},
    };
    for (const auto &[caption, value] : captioned)
        Captions::tie(caption, value);
    m_ui->idValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->copyIdButton->setIcon(Icons::themed(QStringLiteral("edit-copy")));
    m_ui->refreshDetailsButton->setIcon(Icons::themed(QStringLiteral("view-refresh")));
    connect(m_ui->copyIdButton, &QPushButton::clicked, this, &MainWindow::copySelectedIds);
    connect(m_ui->refreshDetailsButton, &QPushButton::clicked, this, &MainWindow::refreshDetails);
}

void MainWindow::connectSession()
{
    connect(m_session, &Session::keyReady, this, &MainWindow::onKeyReady);
    connect(m_session, &Session::keyMissing, this, &MainWindow::onKeyMissing);
    connect(m_session, &Session::keyForgotten, this, &MainWindow::onKeyForgotten);
    connect(m_session, &Session::keychainUnavailable, this, &MainWindow::onKeychainUnavailable);
}

void MainWindow::connectClient()
{
    connect(m_client, &AdminApiClient::busyChanged, this, [this](bool busy) {
        m_busyIndicator->setVisible(busy);
        if (!busy) {
            m_waitTimer.stop();
            m_waitLabel->hide();
        }
    });
    connect(m_client, &AdminApiClient::waiting, this, &MainWindow::onWaiting);
    connect(m_client, &AdminApiClient::unauthorized, this, &MainWindow::onUnauthorized);
}

void MainWindow::connectModel()
{
    connect(m_model, &ProjectTableModel::errorOccurred, this, &MainWindow::onModelError);
    connect(m_model, &ProjectTableModel::errorCleared, this, [this] {
        if (m_bannerAction == BannerAction::RetryList) {
            m_ui->errorBanner->hide();
            m_bannerAction = BannerAction::None;
        }
        updateAll();
    });
    connect(m_model, &ProjectTableModel::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_model, &ProjectTableModel::loadingChanged, this, &MainWindow::updateAll);
    connect(m_model, &ProjectTableModel::completeChanged, this, &MainWindow::updateAll);
    connect(m_model, &ProjectTableModel::loadAllProgress, this, &MainWindow::onLoadAllProgress);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::rememberSelection);
    connect(m_model, &ProjectTableModel::reloaded, this, &MainWindow::restoreSelection);

    // Counts, empty states and the details of a renamed or archived project follow any change.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateAll);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateAll);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateAll);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateAll);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &MainWindow::updateAll);
}

void MainWindow::restoreSettings()
{
    // The first time, as large as a table with a details pane needs, but not past a small
    // screen (a 1920 x 1080 laptop at 200 % has 960 x 540).
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(QSize(1180, 720).boundedTo(screen()->availableGeometry().size() * 0.9));
    if (!restoreState(m_settings.windowState())) {
        // Room for a project id and a long name without squeezing the table.
        resizeDocks({m_ui->detailsPane},
                    {m_ui->detailsPane->fontMetrics().averageCharWidth() * 42}, Qt::Horizontal);
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

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->emptyState && event->type() == QEvent::Resize)
        fitEmptyStateText();
    return QMainWindow::eventFilter(watched, event);
}

// Short lines read better than one sentence across a wide window, so the empty state's text
// keeps to about 72 characters, centred by wider side margins. Not by a maximum width and a
// centring alignment on the labels: the layout would size a word-wrapped label's height for
// the layout's width but lay it out narrower, and its last lines would be cut off.
void MainWindow::fitEmptyStateText()
{
    const int readableWidth = fontMetrics().averageCharWidth() * 72;
    const int side = std::max(0, (m_ui->emptyState->width() - readableWidth) / 2);
    m_ui->emptyStateLayout->setContentsMargins(std::max(m_emptyStateMargins.left(), side),
                                               m_emptyStateMargins.top(),
                                               std::max(m_emptyStateMargins.right(), side),
                                               m_emptyStateMargins.bottom());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

QList<Project> MainWindow::selectedProjects() const
{
    QModelIndexList rows = m_ui->projectTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Project> projects;
    projects.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        projects.append(index.data(ProjectTableModel::ProjectRole).value<Project>());
    return projects;
}

void MainWindow::updateAll()
{
    updateActions();
    updateStatus();
    updateEmptyState();
    updateDetails();
}

void MainWindow::updateActions()
{
    const bool keyUsable = m_keyState == KeyState::Ready && !m_keyRejected;
    const QList<Project> selected = selectedProjects();
    const bool allActive = std::all_of(selected.cbegin(), selected.cend(),
                                       [](const Project &p) { return !p.isArchived(); });

    m_ui->newAction->setEnabled(keyUsable);
    m_ui->refreshAction->setEnabled(keyUsable);
    m_ui->renameAction->setEnabled(keyUsable && selected.size() == 1 && allActive);
    m_ui->archiveAction->setEnabled(keyUsable && !selected.isEmpty() && allActive);
    m_ui->copyIdAction->setEnabled(!selected.isEmpty());
    m_ui->refreshDetailsAction->setEnabled(keyUsable && selected.size() == 1);
    m_ui->loadAllAction->setEnabled(keyUsable && m_model->hasStarted() && !m_model->isComplete()
                                    && !m_model->isLoadingAll());
    m_ui->showArchivedAction->setEnabled(m_keyState != KeyState::Missing);
    // Nothing to search without a key; keep the field usable while it has text to clear.
    m_ui->searchEdit->setEnabled(m_keyState == KeyState::Ready || !m_ui->searchEdit->text().isEmpty());
    m_ui->copyIdButton->setEnabled(m_ui->copyIdAction->isEnabled());
    m_ui->refreshDetailsButton->setEnabled(m_ui->refreshDetailsAction->isEnabled());
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    QString text;
    if (m_keyState == KeyState::Missing) {
        text = tr("No admin key");
    } else if (m_keyState == KeyState::Unknown) {
        text = tr("Looking for the admin key…");
    } else if (loaded == 0 && m_model->isLoading()) {
        text = tr("Loading projects…");
    } else if (loaded == 0 && m_model->lastError().isError()) {
        text = tr("No projects loaded");
    } else if (m_filter->isFiltering()) {
        const int shown = m_filter->rowCount();
        if (m_model->isComplete())
            text = tr("%1 of %2 projects match").arg(locale.toString(shown), locale.toString(loaded));
        else
            text = tr("Searching %1 loaded projects — Load all to search everything")
                       .arg(locale.toString(loaded));
    } else if (m_model->isComplete()) {
        text = loaded == 1 ? tr("1 project") : tr("All %1 projects").arg(locale.toString(loaded));
    } else if (m_model->hasStarted()) {
        text = loaded == 1 ? tr("1 project loaded — more available")
                           : tr("%1 projects loaded — more available").arg(locale.toString(loaded));
    }

    if (m_filter->showArchived() && m_keyState == KeyState::Ready && !m_filter->isFiltering()
        && loaded > 0) {
        const QList<Project> projects = m_model->projects();
        const auto archived = std::count_if(projects.cbegin(), projects.cend(),
                                            [](const Project &p) { return p.isArchived(); });
        text += tr(" (%1 archived)").arg(locale.toString(qlonglong(archived)));
    }
    m_countLabel->setText(text);
}

void MainWindow::updateEmptyState()
{
    EmptyState state = EmptyState::None;
    if (m_keyState == KeyState::Unknown) {
        state = EmptyState::LookingForKey;
    } else if (m_keyState == KeyState::Missing) {
        state = EmptyState::NoKey;
    } else if (m_model->rowCount() == 0) {
        if (m_model->lastError().isError())
            state = EmptyState::LoadFailed;
        else if (m_model->isComplete())
            state = EmptyState::NoProjects;
        else
            state = EmptyState::Loading;
    } else if (m_filter->rowCount() == 0 && m_filter->isFiltering()) {
        state = EmptyState::NoMatches;
    }
    showEmptyState(state);
}

void MainWindow::showEmptyState(EmptyState state)
{
    const bool keepFocus = m_ui->searchEdit->hasFocus();
    m_emptyState = state;
    if (state == EmptyState::None) {
        m_ui->viewStack->setCurrentWidget(m_ui->tablePage);
        return;
    }

    QString title;
    QString text;
    QString button;
    switch (state) {
    case EmptyState::None:
        break;
    case EmptyState::LookingForKey:
        title = tr("Opening the keychain…");
        text = tr("OrgDesk is looking for the admin key of this organization.");
        break;
    case EmptyState::NoKey:
        title = tr("Connect OrgDesk to your organization");
        text = tr("OrgDesk needs an admin key (sk-admin-…) from an owner of the OpenAI "
                  "organization. It is kept in the system keychain, never in a file.");
        button = tr("Enter admin key…");
        break;
    case EmptyState::Loading:
        title = tr("Loading projects…");
        break;
    case EmptyState::LoadFailed:
        title = tr("The projects could not be loaded");
        // Said once: in the banner while it is up, here once it was closed.
        text = m_ui->errorBanner->isVisibleTo(this) ? tr("The message above says what went wrong.")
                                                    : m_model->lastError().userMessage();
        button = tr("Retry");
        break;
    case EmptyState::NoProjects:
        title = m_filter->showArchived() ? tr("No projects yet") : tr("No active projects");
        text = tr("Projects keep the API keys, usage and limits of a team or product apart.");
        button = tr("New project…");
        break;
    case EmptyState::NoMatches:
        //: %1 is what the user typed in the search field
        title = tr("No projects match “%1”").arg(m_filter->searchText());
        text = m_model->isComplete()
            ? tr("Search looks at project names and IDs.")
            : tr("Searching %1 loaded projects — Load all to search everything.")
                  .arg(QLocale().toString(m_model->rowCount()));
        button = tr("Clear search");
        break;
    }

    QFont titleFont = m_ui->emptyTitle->font();
    titleFont.setPointSizeF(QFont().pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->emptyTitle->setFont(titleFont);
    m_ui->emptyTitle->setText(title);
    m_ui->emptyText->setText(text);
    m_ui->emptyText->setVisible(!text.isEmpty());
    m_ui->emptyButton->setText(button);
    m_ui->emptyButton->setAccessibleName(button);
    m_ui->emptyButton->setVisible(!button.isEmpty());
    m_ui->emptyState->setAccessibleDescription(text.isEmpty() ? title : title + u' ' + text);
    m_ui->viewStack->setCurrentWidget(m_ui->emptyState);
    if (keepFocus)
        m_ui->searchEdit->setFocus();
}

void MainWindow::emptyStateButtonClicked()
{
    switch (m_emptyState) {
    case EmptyState::NoKey:
        openKeyDialog();
        break;
    case EmptyState::NoProjects:
        createProject();
        break;
    case EmptyState::NoMatches:
        m_ui->searchEdit->clear();
        m_ui->searchEdit->setFocus();
        break;
    case EmptyState::LoadFailed:
        m_model->retry();
        break;
    case EmptyState::None:
    case EmptyState::LookingForKey:
    case EmptyState::Loading:
        break;
    }
}

void MainWindow::updateDetails()
{
    const QList<Project> selected = selectedProjects();
    if (selected.size() != 1) {
        QString text;
        if (selected.size() > 1)
            text = tr("%1 projects selected").arg(QLocale().toString(selected.size()));
        else if (m_filter->rowCount() > 0)
            text = tr("Select a project");
        m_ui->detailsPlaceholder->setText(text);
        m_ui->detailsStack->setCurrentWidget(m_ui->detailsPlaceholderPage);
        return;
    }
    const Project &project = selected.constFirst();
    m_ui->nameValue->setText(project.name.isEmpty() ? tr("(no name)") : DisplayText::visible(project.name));
    m_ui->idValue->setText(DisplayText::visible(project.id));
    m_ui->statusValue->setText(DisplayText::visible(statusText(project.status)));
    m_ui->createdValue->setText(formatTime(project.createdAt));
    m_ui->archivedValue->setText(project.archivedAt ? formatTime(*project.archivedAt) : tr("No"));
    m_ui->externalKeyIdValue->setText(orNone(project.externalKeyId));
    m_ui->residencyValue->setText(orNone(project.residency));
    m_ui->detailsStack->setCurrentWidget(m_ui->detailsFormPage);
}

void MainWindow::onKeyReady()
{
    m_keyState = KeyState::Ready;
    m_keyRejected = false;
    if (m_bannerAction == BannerAction::EnterKey) {
        m_ui->errorBanner->hide();
        m_bannerAction = BannerAction::None;
    }
    m_firstPagePending = true;
    // A new key may belong to another organization: never show its projects under the old ones.
    m_model->clear();
    m_model->reload();
    updateAll();
}

void MainWindow::onKeyMissing()
{
    m_keyState = KeyState::Missing;
    m_model->clear();
    updateAll();
    if (!m_keyDialogOpenedOnce)
        openKeyDialog();
}

void MainWindow::onKeyForgotten()
{
    m_keyState = KeyState::Missing;
    m_keyRejected = false;
    m_firstPagePending = false;
    m_model->clear();
    if (m_bannerAction != BannerAction::None) {
        m_ui->errorBanner->hide();
        m_bannerAction = BannerAction::None;
    }
    updateAll();
}

void MainWindow::onKeychainUnavailable(const QString &message)
{
    const bool noKey = !m_session->hasKey();
    if (noKey) {
        m_keyState = KeyState::Missing;
        m_model->clear();
    }
    m_ui->errorBanner->showMessage(message, ErrorBanner::Severity::Warning,
                                   noKey ? tr("Enter key for this session") : QString());
    m_bannerAction = noKey ? BannerAction::EnterKey : BannerAction::None;
    updateAll();
}

void MainWindow::onUnauthorized(const ApiError &error)
{
    m_keyRejected = true;
    m_ui->errorBanner->showMessage(
        tr("OpenAI rejected the admin key. It may be wrong or revoked: enter a new key to go on."),
        ErrorBanner::Severity::Error, tr("Enter new key…"), error.requestId());
    m_bannerAction = BannerAction::EnterKey;
    updateAll();
}

void MainWindow::onModelError(const ApiError &error)
{
    if (m_firstPagePending) {
        m_firstPagePending = false;
        Q_EMIT firstPageFailed(error);
    }
    if (error.kind() == ApiError::Kind::Unauthorized) {
        onUnauthorized(error);
        return;
    }
    m_ui->errorBanner->showError(error, tr("Retry"));
    m_bannerAction = BannerAction::RetryList;
    updateAll();
}

void MainWindow::onPageLoaded()
{
    updateAll();
    if (m_firstPagePending) {
        m_firstPagePending = false;
        // Queued, so that the rows are painted before anyone acts on it.
        QMetaObject::invokeMethod(this, &MainWindow::firstPageShown, Qt::QueuedConnection);
    }
}

void MainWindow::onWaiting(const QString &endpoint, std::chrono::milliseconds delay,
                           const ApiError &reason)
{
    qCDebug(lcUi) << "waiting" << endpoint << delay.count() << "ms";
    m_waitIsRateLimit = reason.kind() == ApiError::Kind::RateLimited;
    m_waitDeadline = QDeadlineTimer(delay);
    m_waitTimer.start();
    updateWaitCountdown();
}

void MainWindow::updateWaitCountdown()
{
    const qint64 remaining = m_waitDeadline.remainingTime();
    if (remaining <= 0) {
        m_waitTimer.stop();
        m_waitLabel->hide();
        return;
    }
    const qint64 seconds = (remaining + 999) / 1000;
    m_waitLabel->setText(m_waitIsRateLimit
                             ? tr("Rate limited by OpenAI — retrying in %1 s").arg(seconds)
                             : tr("The request failed — retrying in %1 s").arg(seconds));
    m_waitLabel->show();
}

void MainWindow::onLoadAllProgress(int loaded, bool finished)
{
    m_loadAllLabel->setText(tr("Loading all projects… %1 loaded").arg(QLocale().toString(loaded)));
    m_loadAllLabel->setVisible(!finished);
    m_cancelLoadAllButton->setVisible(!finished);
    updateActions();
}

void MainWindow::onBannerAction()
{
    const BannerAction action = m_bannerAction;
    switch (action) {
    case BannerAction::RetryList:
        m_ui->errorBanner->hide();
        m_bannerAction = BannerAction::None;
        if (m_model->lastError().isError())
            m_model->retry();
        else
            m_model->reload();
        break;
    case BannerAction::RefreshDetails:
        m_ui->errorBanner->hide();
        m_bannerAction = BannerAction::None;
        refreshDetailsOf(m_bannerProjectId);
        break;
    case BannerAction::EnterKey:
        openKeyDialog();
        break;
    case BannerAction::None:
        break;
    }
}

void MainWindow::openKeyDialog()
{
    m_keyDialogOpenedOnce = true;
    if (m_keyDialog) {
        m_keyDialog->raise();
        m_keyDialog->activateWindow();
        return;
    }
    m_keyDialog = new AdminKeyDialog(m_session, m_client, m_network, this);
    m_keyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_keyDialog->open();
}

void MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openShortcuts()
{
    // In menu order, then the actions no menu shows (Esc in the search field).
    QList<QAction *> actions;
    const std::function<void(const QList<QAction *> &)> collect
        = [&](const QList<QAction *> &list) {
              for (QAction *action : list) {
                  if (QMenu *menu = action->menu())
                      collect(menu->actions());
                  else
                      actions << action;
              }
          };
    collect(menuBar()->actions());
    actions << findChildren<QAction *>();
    auto *dialog = new ShortcutsDialog(actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createProject()
{
    m_actions->createProject();
}

void MainWindow::renameSelected()
{
    const QList<Project> selected = selectedProjects();
    if (selected.size() == 1)
        m_actions->renameProject(selected.constFirst());
}

void MainWindow::archiveSelected()
{
    const QList<Project> selected = selectedProjects();
    if (!selected.isEmpty())
        m_actions->archiveProjects(selected);
}

void MainWindow::copySelectedIds()
{
    QStringList ids;
    for (const Project &project : selectedProjects())
        ids.append(project.id);
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    statusBar()->showMessage(ids.size() == 1 ? tr("Copied %1").arg(DisplayText::isolated(ids.constFirst()))
                                             : tr("Copied %1 IDs").arg(ids.size()),
                             4000);
}

void MainWindow::refreshDetails()
{
    const QList<Project> selected = selectedProjects();
    if (selected.size() == 1)
        refreshDetailsOf(selected.constFirst().id);
}

void MainWindow::refreshDetailsOf(const QString &id)
{
    m_client->retrieveProject(id, this, [this, id](const ApiResult<Project> &result) {
        if (result.ok()) {
            m_model->upsert(result.value());
            statusBar()->showMessage(tr("Details of %1 refreshed").arg(DisplayText::isolated(id)), 4000);
            return;
        }
        if (result.error().kind() == ApiError::Kind::Unauthorized
            || result.error().kind() == ApiError::Kind::KeyChanged)
            return; // the key banner is up already, or the project is of another organization
        m_ui->errorBanner->showError(result.error(), tr("Retry"));
        m_bannerAction = BannerAction::RefreshDetails;
        m_bannerProjectId = id;
    });
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
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // The search hides the new project: show it rather than leave the user wondering.
        m_ui->searchEdit->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return;
    m_ui->projectTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->projectTable->scrollTo(index);
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

void MainWindow::rememberSelection()
{
    m_selectionToRestore.clear();
    for (const Project &project : selectedProjects())
        m_selectionToRestore.append(project.id);
    const QModelIndex current = m_ui->projectTable->currentIndex();
    m_currentToRestore = current.data(ProjectTableModel::ProjectIdRole).toString();
}

void MainWindow::restoreSelection()
{
    QItemSelectionModel *selection = m_ui->projectTable->selectionModel();
    QItemSelection restored;
    for (const QString &id : std::as_const(m_selectionToRestore)) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            restored.select(index, index);
    }
    selection->select(restored, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int currentRow = m_currentToRestore.isEmpty() ? -1 : m_model->rowOf(m_currentToRestore);
    if (currentRow >= 0) {
        const QModelIndex current = m_filter->mapFromSource(m_model->index(currentRow, 0));
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_ui->projectTable->scrollTo(current);
    }
    m_selectionToRestore.clear();
    m_currentToRestore.clear();
}
