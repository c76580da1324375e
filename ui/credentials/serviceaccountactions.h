// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"
#include "serviceaccount.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class ApiCall;
class DeleteServiceAccountDialog;
class OneTimeKeyDialog;
class ProjectResourcesApi;
class QAction;
class QWidget;
class SecretClipboard;
class ServiceAccountCreator;
class ServiceAccountNameDialog;
struct ServiceAccountCreateOutcome;

/// The Service accounts tab's actions: New service account… and Delete service account….
///
/// The tab hosts the actions (in its toolbar, its context menu) and tells this object the
/// project and the selected accounts; the dialogs open with open() on @p dialogParent. A
/// project that is none or archived disables both. created() and deleted() say what the
/// service did, for the tab's model; nothing is reloaded.
class ServiceAccountActions : public QObject
{
    Q_OBJECT
public:
    /// @p api is not owned and must outlive this object.
    ServiceAccountActions(ProjectResourcesApi *api, QWidget *dialogParent, QObject *parent = nullptr);
    ~ServiceAccountActions() override;

    [[nodiscard]] QAction *newAction() const { return m_newAction; }
    [[nodiscard]] QAction *deleteAction() const { return m_deleteAction; }

    void setProject(const std::optional<Project> &project);
    void setSelected(const QList<ServiceAccount> &accounts);

    /// How long a copied key stays on the clipboard (tests shorten it).
    void setClipboardClearDelay(std::chrono::milliseconds delay);
    [[nodiscard]] SecretClipboard *clipboard() const { return m_clipboard; }

    /// Opens the New service account dialog (what newAction() does).
    void createServiceAccount();
    /// Opens the delete confirmation for the one selected account (what deleteAction() does).
    void deleteServiceAccount();

Q_SIGNALS:
    /// @p projectId is the project the change was made in (the selection may have moved on).
    void created(const QString &projectId, const ServiceAccount &account);
    void deleted(const QString &projectId, const QString &accountId);
    /// A short message for the status bar.
    void statusMessage(const QString &message);

private:
    void updateActions();
    [[nodiscard]] bool raiseOpenDialog() const;
    void onCreated(const Project &project, const ServiceAccountCreateOutcome &outcome);
    void startDelete(DeleteServiceAccountDialog *dialog, const Project &project);
    void showKey(const ServiceAccount &account, const ServiceAccountKey &key);

    ProjectResourcesApi *m_api;
    QPointer<QWidget> m_dialogParent;
    QAction *m_newAction;
    QAction *m_deleteAction;
    SecretClipboard *m_clipboard;
    ServiceAccountCreator *m_creator;
    std::optional<Project> m_project;
    Project m_creating; ///< the project of the create under way
    QList<ServiceAccount> m_selected;
    QPointer<ServiceAccountNameDialog> m_nameDialog;
    QPointer<DeleteServiceAccountDialog> m_deleteDialog;
    QPointer<OneTimeKeyDialog> m_keyDialog;
    QPointer<ApiCall> m_call;
};
