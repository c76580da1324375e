// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class AdminApiClient;
class AppSettings;
class ListingCache;
class ProjectFilterModel;
class ProjectSpend;
class ProjectTableModel;
class QAction;
class QActionGroup;
class QLabel;
class QMainWindow;
class QMenu;
class QStatusBar;
class QTableView;
class QToolBar;
class SpendDock;

/// Spend in the main window (issue #19): the spend column's period (View ▸ Spend period,
/// remembered), the "Only idle projects" filter, the Top spenders dock, and a line in the
/// status bar while costs load or after they failed.
///
/// Costs are asked for only once the first page of projects is shown (start()), so they never
/// delay it; then again after a reload and when the period changes. The window keeps its own
/// job: activating a bar in the dock emits projectActivated() for it to select the project.
class SpendController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QMainWindow *window = nullptr;
        QMenu *viewMenu = nullptr;
        QToolBar *toolBar = nullptr;
        QStatusBar *statusBar = nullptr;
        QTableView *table = nullptr;
    };

    SpendController(AdminApiClient *client, ProjectTableModel *model, ProjectFilterModel *filter,
                    AppSettings *settings, const Parts &parts);
    ~SpendController() override;

    /// The first page of projects is shown: costs may be asked for now.
    void start();
    /// Keeps the costs of complete days in @p cache (not owned; it must outlive this) as
    /// @p connection's: a load then asks the service only for today and the days not cached.
    /// The listing's rules hold for them too: its controller drops the connection's costs
    /// with its projects whenever the key may be another organization's.
    void setCache(ListingCache *cache, const QString &connection);

    [[nodiscard]] ProjectSpend *spend() const { return m_spend; }
    [[nodiscard]] SpendDock *dock() const { return m_dock; }
    [[nodiscard]] QAction *idleOnlyAction() const { return m_idleOnly; }
    [[nodiscard]] QAction *periodAction(int days) const; ///< 0, 7, 30 or 90
    /// Chooses the period as its menu item does (and remembers it).
    void setPeriodDays(int days);

Q_SIGNALS:
    /// A bar of the dock was activated.
    void projectActivated(const QString &projectId);
    /// The period changed (the Costs tab follows it).
    void periodChanged(int days);

private:
    void createActions(const Parts &parts);
    void applyPeriod(int days);
    /// Loads the period's costs: the cached days first, when there is a cache.
    void loadSpend();
    void updateStatus();
    void scheduleDockUpdate();
    void updateDock();

    ProjectTableModel *m_model;
    ProjectFilterModel *m_filter;
    AppSettings *m_settings;
    QTableView *m_table = nullptr;
    ProjectSpend *m_spend;
    SpendDock *m_dock;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_periodMenu = nullptr;
    QActionGroup *m_periods = nullptr;
    QAction *m_idleOnly = nullptr;
    QPointer<ListingCache> m_cache;
    QString m_connection;
    // Cache reads are answered in the order asked: only the newest one's answer is used, and
    // none asked before the key changed.
    qint64 m_cacheReadsAsked = 0;
    qint64 m_cacheReadsAnswered = 0;
    qint64 m_cacheReadWanted = -1;
    bool m_started = false;
    bool m_dockUpdatePending = false;
};
