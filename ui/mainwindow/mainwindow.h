// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "appsettings.h"
#include "listingtexts.h"
#include "project.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class AdminApiClient;
class AdminKeyDialog;
class ConnectionSetup;
class ConnectionStore;
class ListingCache;
class ProjectExporter;
class ListingController;
class ProjectActions;
class ProjectFilterModel;
class ProjectResourcesApi;
class ProjectWorkspace;
class ProjectSelection;
class ProjectTableModel;
class QMenu;
class QNetworkAccessManager;
class Session;
class SpendController;
namespace Ui { class MainWindow; }

/// The project browser: the organization's projects in a sortable, searchable table, with a
/// details pane, an error banner, empty states and the actions that change projects.
///
/// The window assembles its parts (the project table, ProjectDetailsPane, EmptyStateView,
/// ErrorBanner, LoadStatusBar) and routes what the session, the client and the model report
/// to them. It appears at once; projects load when the session has a key. It owns the table
/// model, its filter proxy, the project actions, the listing controller and the exporter; the
/// client and session are handed in.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Nothing handed in is owned. @p network is the manager @p client uses; the admin key
    /// dialog checks keys on it.
    MainWindow(AdminApiClient *client, Session *session, QNetworkAccessManager *network,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ProjectTableModel *projectModel() const { return m_model.get(); }
    [[nodiscard]] ProjectFilterModel *filterModel() const { return m_filter.get(); }
    /// The details dock's tabs: Overview, Members, Service accounts, API keys...
    [[nodiscard]] ProjectWorkspace *workspace() const { return m_workspace; }
    /// The spend column's period, the idle filter and the top spenders dock (issue #19).
    [[nodiscard]] SpendController *spendController() const { return m_spend; }
    /// The selected projects, top to bottom as shown.
    [[nodiscard]] QList<Project> selectedProjects() const;
    /// Remembers the listing in @p cache (not owned) as @p connection's, and shows it at once
    /// on the next start. Call before the session starts.
    void setListingCache(ListingCache *cache, const QString &connection);
    /// Adds File → Connections… and the switcher (issue #18); @p store and @p cache are not
    /// owned. The setup starts the session (ConnectionSetup::start), and calls setListingCache.
    ConnectionSetup *installConnections(ConnectionStore *store, ListingCache *cache);

Q_SIGNALS:
    /// The first page of projects since the key became ready is in the table.
    void firstPageShown();
    /// Loading that first page failed.
    void firstPageFailed(const ApiError &error);
    /// The first rows since the key became ready are in the table: from the cache, or the
    /// first page, whichever came first.
    void firstRowsShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void connectParts();
    void restoreSettings();
    void saveSettings();

    void updateAll();
    void updateActions();
    void updateDetails();
    void onEmptyStateButton();

    void openKeyDialog();
    void openAbout();
    void openShortcuts();
    void createProject();
    void renameSelected();
    void archiveSelected();
    void copySelectedIds();
    void refreshDetails();
    void setShowArchived(bool show);
    void selectProject(const QString &id);
    void showContextMenu(const QPoint &pos);
    void focusSearch();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AdminApiClient *m_client;
    Session *m_session;
    QNetworkAccessManager *m_network;
    AppSettings m_settings;
    QPointer<AdminKeyDialog> m_keyDialog;
    QMenu *m_contextMenu = nullptr;
    ProjectSelection *m_selection = nullptr;
    ProjectWorkspace *m_workspace = nullptr;
    SpendController *m_spend = nullptr;
    ListingTexts::EmptyState m_emptyState = ListingTexts::EmptyState::None;
    bool m_keyDialogOpenedOnce = false;

    // The workspace's calls; its tabs (children) make no request while they are destroyed.
    std::unique_ptr<ProjectResourcesApi> m_resources;
    // Destroyed first, while this is still a whole MainWindow, in the reverse order: nothing
    // reaches the slots here once the controller is gone, and the model, which aborts its
    // request on the way out (the client then turns idle), goes last.
    std::unique_ptr<ProjectTableModel> m_model;
    std::unique_ptr<ProjectFilterModel> m_filter;
    std::unique_ptr<ProjectActions> m_actions;
    std::unique_ptr<ListingController> m_listing;
    std::unique_ptr<ProjectExporter> m_export; // reads the model and the filter
};
