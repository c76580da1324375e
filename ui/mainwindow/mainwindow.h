// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "appsettings.h"
#include "project.h"

#include <QDeadlineTimer>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class AdminApiClient;
class AdminKeyDialog;
class ProjectActions;
class ProjectFilterModel;
class ProjectTableModel;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class Session;
namespace Ui { class MainWindow; }

/// The project browser: the organization's projects in a sortable, searchable table, with a
/// details pane, an error banner, empty states and the actions that change projects.
///
/// The window appears at once; projects load when the session has a key. It owns the table
/// model, its filter proxy and the project actions; the client and session are handed in.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Nothing handed in is owned. @p network is the manager @p client uses; the admin key
    /// dialog checks keys on it.
    MainWindow(AdminApiClient *client, Session *session, QNetworkAccessManager *network,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ProjectTableModel *projectModel() const { return m_model; }
    [[nodiscard]] ProjectFilterModel *filterModel() const { return m_filter; }
    /// The selected projects, top to bottom as shown.
    [[nodiscard]] QList<Project> selectedProjects() const;

Q_SIGNALS:
    /// The first page of projects since the key became ready is in the table.
    void firstPageShown();
    /// Loading that first page failed.
    void firstPageFailed(const ApiError &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class KeyState { Unknown, Missing, Ready };
    enum class EmptyState { None, LookingForKey, NoKey, Loading, LoadFailed, NoProjects, NoMatches };
    enum class BannerAction { None, RetryList, RefreshDetails, EnterKey };

    void setUpActions();
    void setUpTable();
    void setUpStatusBar();
    void setUpDetailsPane();
    void fitEmptyStateText();
    void connectSession();
    void connectClient();
    void connectModel();
    void restoreSettings();
    void saveSettings();

    void updateAll();
    void updateActions();
    void updateStatus();
    void updateEmptyState();
    void updateDetails();
    void showEmptyState(EmptyState state);

    void onKeyReady();
    void onKeyMissing();
    void onKeyForgotten();
    void onKeychainUnavailable(const QString &message);
    void onUnauthorized(const ApiError &error);
    void onModelError(const ApiError &error);
    void onPageLoaded();
    void onWaiting(const QString &endpoint, std::chrono::milliseconds delay, const ApiError &reason);
    void updateWaitCountdown();
    void onLoadAllProgress(int loaded, bool finished);
    void onBannerAction();

    void openKeyDialog();
    void openAbout();
    void openShortcuts();
    void createProject();
    void renameSelected();
    void archiveSelected();
    void copySelectedIds();
    void refreshDetails();
    void refreshDetailsOf(const QString &id);
    void setShowArchived(bool show);
    void selectProject(const QString &id);
    void showContextMenu(const QPoint &pos);
    void focusSearch();
    void emptyStateButtonClicked();
    void rememberSelection();
    void restoreSelection();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AdminApiClient *m_client;
    Session *m_session;
    QNetworkAccessManager *m_network;
    ProjectTableModel *m_model;
    ProjectFilterModel *m_filter;
    ProjectActions *m_actions;
    AppSettings m_settings;
    QPointer<AdminKeyDialog> m_keyDialog;
    QMenu *m_contextMenu = nullptr;

    QLabel *m_countLabel = nullptr;
    QLabel *m_waitLabel = nullptr;
    QLabel *m_loadAllLabel = nullptr;
    QPushButton *m_cancelLoadAllButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QTimer m_waitTimer;
    QDeadlineTimer m_waitDeadline;
    bool m_waitIsRateLimit = false;

    KeyState m_keyState = KeyState::Unknown;
    EmptyState m_emptyState = EmptyState::None;
    QMargins m_emptyStateMargins; ///< the form's, before fitEmptyStateText() widens the sides
    BannerAction m_bannerAction = BannerAction::None;
    QString m_bannerProjectId;
    bool m_keyRejected = false;
    bool m_keyDialogOpenedOnce = false;
    bool m_firstPagePending = false;
    QStringList m_selectionToRestore;
    QString m_currentToRestore;
};
