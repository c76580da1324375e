// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apikey.h"
#include "project.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class BulkKeyDeleter;
class DeleteApiKeysDialog;
class ProjectResourcesApi;
class QAction;
class QWidget;
struct BulkKeyDeleteSummary;

/// The API keys tab's action: Delete API keys… (several at once, with a preview, progress,
/// Stop between keys and the outcome per key).
///
/// The tab hosts the action and tells this object the project and the selected keys. A
/// project that is none or archived disables it. deleted() names the keys that are gone
/// (as each one goes), for the tab's model; nothing is reloaded.
class ApiKeyActions : public QObject
{
    Q_OBJECT
public:
    /// @p api is not owned and must outlive this object.
    ApiKeyActions(ProjectResourcesApi *api, QWidget *dialogParent, QObject *parent = nullptr);
    ~ApiKeyActions() override;

    [[nodiscard]] QAction *deleteAction() const { return m_deleteAction; }

    void setProject(const std::optional<Project> &project);
    void setSelected(const QList<ApiKey> &keys);

    /// Opens the delete preview for the selected keys (what deleteAction() does).
    void deleteKeys();

Q_SIGNALS:
    /// @p projectId is the project the keys were deleted from.
    void deleted(const QString &projectId, const QStringList &keyIds);
    /// A short message for the status bar.
    void statusMessage(const QString &message);

private:
    void updateAction();
    void startDelete(DeleteApiKeysDialog *dialog, const Project &project);
    void finished(const BulkKeyDeleteSummary &summary);

    ProjectResourcesApi *m_api;
    QPointer<QWidget> m_dialogParent;
    QAction *m_deleteAction;
    std::optional<Project> m_project;
    QList<ApiKey> m_selected;
    QPointer<DeleteApiKeysDialog> m_dialog;
    QPointer<BulkKeyDeleter> m_deleter;
};
