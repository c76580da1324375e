// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "projectresourcesapi.h"
#include "projecttab.h"
#include "ratelimittablemodel.h"

#include <QHash>

class AdminApiClient;
class MessageArea;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// The Rate limits tab of the project workspace: one row per model, edited in place.
///
/// Nothing is asked of the service until the tab is first shown for a project; each
/// project's table (with unsaved edits) is kept for the session. An archived project's
/// limits are shown read-only, with a line saying why.
class RateLimitsTab : public ProjectTab
{
    Q_OBJECT
public:
    /// @p client is not owned and must outlive the tab.
    explicit RateLimitsTab(AdminApiClient *client, QWidget *parent = nullptr);
    ~RateLimitsTab() override;

    void setProject(const std::optional<Project> &project) override;
    void refresh() override;
    void forgetAll() override;

    /// The shown project's table; null before a project is selected and shown.
    [[nodiscard]] RateLimitTableModel *currentModel() const;
    /// The limits read for @p projectId in this session, if any (the Set rate limits dialog
    /// need not read them again).
    [[nodiscard]] std::optional<QList<RateLimit>> knownLimits(const QString &projectId) const;
    /// The service changed a limit elsewhere: the table of that project (if kept) shows it.
    void limitUpdated(const QString &projectId, const RateLimit &limit);

    /// The shown project's limits as a template (what export writes).
    [[nodiscard]] QByteArray exportedTemplate() const;
    /// Writes exportedTemplate() to @p path; false (and the error shown) when it cannot.
    bool exportTo(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureLoaded();
    void showModel(RateLimitTableModel *model);
    void updateState();
    void save();
    void chooseExportFile();
    void onSaveFinished(int saved, int failed);

    ProjectResourcesApi m_api;
    std::optional<Project> m_project;
    QHash<QString, RateLimitTableModel *> m_models;
    QObject *m_calls; ///< the context of every request; deleting it drops their answers
    RateLimitTableModel *m_shown = nullptr;

    QLineEdit *m_searchEdit;
    QLabel *m_readOnlyLabel;
    MessageArea *m_errorArea;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_statusLabel;
    QPushButton *m_exportButton;
    QPushButton *m_revertButton;
    QPushButton *m_saveButton;
};
