// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "workspacesetup.h"

#include "adminapiclient.h"
#include "apikeyactions.h"
#include "coststab.h"
#include "loadstatusbar.h"
#include "memberactions.h"
#include "organizationdialogs.h"
#include "projectworkspace.h"
#include "ratelimitstab.h"
#include "serviceaccountactions.h"
#include "setratelimitsdialog.h"
#include "spendcontroller.h"
#include "workspacetabs.h"

#include <QDockWidget>

ProjectWorkspace *WorkspaceSetup::install(QDockWidget *dock, QWidget *overview, AdminApiClient *client,
                                          ProjectResourcesApi *api, SpendController *spend,
                                          LoadStatusBar *status, QWidget *window)
{
    // Taking the pane into the tabs takes it out of the dock's layout.
    auto *workspace = new ProjectWorkspace(overview, dock);
    dock->setWidget(workspace);
    const auto showMessage = [status](const QString &message) { status->showMessage(message, 8000); };
    // A credentials tab's actions follow its project (none while read-only) and selection.
    const auto follow = [](auto *tab, auto *actions) {
        QObject::connect(tab, &ResourceListTab::selectionChanged, actions, [tab, actions] {
            actions->setProject(tab->isReadOnly() ? std::nullopt : tab->project());
            actions->setSelected(tab->selectedRows());
        });
    };

    // Each tab, with its actions, is built when it is first shown: the window starts without.
    workspace->addTab(QStringLiteral("membersTab"), ProjectWorkspace::tr("Members"), [=] {
        MembersTab *members = WorkspaceTabs::members(api);
        auto *memberActions = new MemberActions(api, members, window);
        QObject::connect(memberActions, &MemberActions::statusMessage, status, showMessage);
        // A new key may be another organization's: its people are not kept.
        QObject::connect(client, &AdminApiClient::credentialsChanged, memberActions,
                         &MemberActions::forgetOrganizationUsers);
        return members;
    });
    workspace->addTab(QStringLiteral("serviceAccountsTab"), ProjectWorkspace::tr("Service accounts"), [=] {
        ServiceAccountsTab *accounts = WorkspaceTabs::serviceAccounts(api);
        // What the actions change goes into the rows of the project it was changed in.
        auto *actions = new ServiceAccountActions(api, window, accounts);
        accounts->addToolBarAction(actions->newAction());
        accounts->addToolBarAction(actions->deleteAction());
        follow(accounts, actions);
        QObject::connect(actions, &ServiceAccountActions::created, accounts,
                         [accounts](const QString &projectId, const ServiceAccount &account) {
                             accounts->upsert(projectId, account);
                         });
        QObject::connect(actions, &ServiceAccountActions::deleted, accounts,
                         [accounts, workspace](const QString &projectId, const QString &accountId) {
                             accounts->removeId(projectId, accountId);
                             // Its keys went with it (a tab not built yet lists them afresh).
                             auto *keys = static_cast<ApiKeysTab *>(
                                 workspace->builtTab(QStringLiteral("apiKeysTab")));
                             if (ApiKeysTab::Model *rows = keys ? keys->rowsOf(projectId) : nullptr) {
                                 for (int row = rows->rowCount() - 1; row >= 0; --row) {
                                     const ApiKey &key = rows->itemAt(row);
                                     if (key.owner.isServiceAccount() && key.owner.id == accountId)
                                         rows->removeId(key.id);
                                 }
                             }
                         });
        QObject::connect(actions, &ServiceAccountActions::statusMessage, status, showMessage);
        return accounts;
    });
    workspace->addTab(QStringLiteral("apiKeysTab"), ProjectWorkspace::tr("API keys"), [=] {
        ApiKeysTab *keys = WorkspaceTabs::apiKeys(api);
        auto *actions = new ApiKeyActions(api, window, keys);
        keys->addToolBarAction(actions->deleteAction());
        follow(keys, actions);
        QObject::connect(actions, &ApiKeyActions::deleted, keys,
                         [keys](const QString &projectId, const QStringList &keyIds) {
                             for (const QString &id : keyIds)
                                 keys->removeId(projectId, id);
                         });
        QObject::connect(actions, &ApiKeyActions::statusMessage, status, showMessage);
        return keys;
    });
    workspace->addTab(QStringLiteral("rateLimitsTab"), ProjectWorkspace::tr("Rate limits"),
                      [client] { return new RateLimitsTab(client); });
    workspace->addTab(QStringLiteral("costsTab"), ProjectWorkspace::tr("Costs"), [client, spend] {
        auto *costs = new CostsTab(client);
        QObject::connect(spend, &SpendController::periodChanged, costs, &CostsTab::setPeriodDays);
        return costs;
    });

    // A new key may be another organization's: nothing listed with the old one is kept.
    QObject::connect(client, &AdminApiClient::credentialsChanged, workspace, &ProjectWorkspace::forgetAll);
    return workspace;
}

void WorkspaceSetup::setRateLimits(ProjectWorkspace *workspace, AdminApiClient *client,
                                   const QList<Project> &projects, QWidget *window)
{
    if (projects.isEmpty())
        return;
    auto *dialog = new SetRateLimitsDialog(client, projects, window);
    OrganizationDialogs::mark(dialog);
    // The dialog starts from what the tab read, and what it changes shows there.
    auto *tab = static_cast<RateLimitsTab *>(workspace->tab(QStringLiteral("rateLimitsTab")));
    for (const Project &project : projects) {
        if (const auto known = tab->knownLimits(project.id))
            dialog->setKnownLimits(project.id, *known);
    }
    QObject::connect(dialog, &SetRateLimitsDialog::limitUpdated, tab, &RateLimitsTab::limitUpdated);
    dialog->start();
    dialog->open();
}
