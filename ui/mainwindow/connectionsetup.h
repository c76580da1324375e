// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class AdminApiClient;
class ConnectionStore;
class ConnectionsDialog;
class ListingCache;
class MainWindow;
class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QNetworkAccessManager;
class QToolBar;
class Session;

/// The window's connections (issue #18): File → Connections…, the switcher (File → Switch
/// Connection and a combo box in the toolbar), the window title, and what a switch does.
///
/// A switch is the client's clean cut: the window's listing stores the old connection's rows
/// and empties the table, the session drops the old key (every request of it ends) and reads
/// the new connection's; then its remembered rows show and the listing refreshes. A key from
/// OPENAI_ADMIN_KEY is a connection of its own for the session, never stored.
class ConnectionSetup : public QObject
{
    Q_OBJECT
public:
    /// Where the setup puts its parts; nothing is owned.
    struct Parts
    {
        MainWindow *window;
        QMenu *fileMenu;
        QAction *insertBefore; ///< in fileMenu
        QToolBar *toolBar;
        Session *session;
        AdminApiClient *client;
        QNetworkAccessManager *network; ///< the client's: Add connection checks keys on it
    };

    /// The cache id of the key from the environment: its rows never mix with a stored one's.
    static constexpr auto EnvironmentId = "environment";
    /// The cache id of the key stored per API origin before connections; the connection it
    /// moves to keeps it, and so its remembered rows.
    static constexpr auto OriginId = "default";

    /// @p store and @p cache are not owned and must outlive the window.
    ConnectionSetup(const Parts &parts, ConnectionStore *store, ListingCache *cache,
                    QObject *parent = nullptr);

    /// Starts the session: with @p connectionId, that connection; else with @p environmentKey,
    /// a session-only connection to @p baseUrl; else the connection used last (or the first).
    /// With no connection yet, a key stored per origin of @p baseUrl becomes the first one;
    /// without such a key, the one entered next does.
    void start(const QString &environmentKey, const QUrl &baseUrl, const QString &connectionId);

    /// The active connection's id: EnvironmentId for the environment's key, empty before any.
    [[nodiscard]] QString activeId() const { return m_active; }
    /// Makes connection @p id the active one (nothing happens when it already is).
    void switchTo(const QString &id);
    /// Where connection @p id's rows are kept in the listing cache.
    [[nodiscard]] static QString cacheId(const QString &id);
    /// The connection start() will make the active one with these arguments; empty when there
    /// is none yet. main() reads its remembered rows while the window is built.
    [[nodiscard]] static QString startingId(const ConnectionStore &store,
                                            const QString &environmentKey,
                                            const QString &connectionId);

    [[nodiscard]] QComboBox *switcher() const { return m_combo; }
    [[nodiscard]] QMenu *switchMenu() const { return m_menu; }
    /// Opens File → Connections… (or raises it).
    void openDialog();

private:
    void activate(const QString &id);
    void useOriginKey();
    void adoptSavedOriginKey();
    void onRemoved(const QString &id);
    void refresh();
    void updateTitle();

    Parts m_parts;
    ConnectionStore *m_store;
    ListingCache *m_cache;
    QUrl m_originUrl; ///< --base-url / OPENAI_BASE_URL: the environment's key and the old entry
    QString m_active;
    bool m_migrating = false; ///< the key stored per origin is on its way to a connection
    QAction *m_dialogAction = nullptr;
    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
    QComboBox *m_combo = nullptr;
    QPointer<ConnectionsDialog> m_dialog;
};
