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

    MembersTab *members = WorkspaceTabs::members(api);
    workspace->addTab(members, ProjectWorkspace::tr("Members"));
    auto *memberActions = new MemberActions(api, members, window);
    ServiceAccountsTab *serviceAccounts = WorkspaceTabs::serviceAccounts(api);
    workspace->addTab(serviceAccounts, ProjectWorkspace::tr("Service accounts"));
    ApiKeysTab *apiKeys = WorkspaceTabs::apiKeys(api);
    workspace->addTab(apiKeys, ProjectWorkspace::tr("API keys"));
    auto *rateLimits = new RateLimitsTab(client);
    rateLimits->setObjectName(QStringLiteral("rateLimitsTab"));
    workspace->addTab(rateLimits, ProjectWorkspace::tr("Rate limits"));
    auto *costs = new CostsTab(client);
    workspace->addTab(costs, ProjectWorkspace::tr("Costs"));
    QObject::connect(spend, &SpendController::periodChanged, costs, &CostsTab::setPeriodDays);

    // The credentials' actions follow their tab's project and selection; what they change goes
    // into the rows of the project it was changed in.
    auto *accountActions = new ServiceAccountActions(api, window, serviceAccounts);
    serviceAccounts->addToolBarAction(accountActions->newAction());
    serviceAccounts->addToolBarAction(accountActions->deleteAction());
    QObject::connect(serviceAccounts, &ResourceListTab::selectionChanged, accountActions, [serviceAccounts, accountActions] {
        accountActions->setProject(serviceAccounts->isReadOnly() ? std::nullopt : serviceAccounts->project());
        accountActions->setSelected(serviceAccounts->selectedRows());
    });
    QObject::connect(accountActions, &ServiceAccountActions::created, serviceAccounts,
                     [serviceAccounts](const QString &projectId, const ServiceAccount &account) {
                         serviceAccounts->upsert(projectId, account);
                     });
    QObject::connect(accountActions, &ServiceAccountActions::deleted, serviceAccounts,
                     [serviceAccounts, apiKeys](const QString &projectId, const QString &accountId) {
                         serviceAccounts->removeId(projectId, accountId);
                         // Its keys went with it.
                         if (ApiKeysTab::Model *keys = apiKeys->rowsOf(projectId)) {
                             for (int row = keys->rowCount() - 1; row >= 0; --row) {
                                 const ApiKey &key = keys->itemAt(row);
                                 if (key.owner.isServiceAccount() && key.owner.id == accountId)
                                     keys->removeId(key.id);
                             }
                         }
                     });
    auto *keyActions = new ApiKeyActions(api, window, apiKeys);
    apiKeys->addToolBarAction(keyActions->deleteAction());
    QObject::connect(apiKeys, &ResourceListTab::selectionChanged, keyActions, [apiKeys, keyActions] {
        keyActions->setProject(apiKeys->isReadOnly() ? std::nullopt : apiKeys->project());
        keyActions->setSelected(apiKeys->selectedRows());
    });
    QObject::connect(keyActions, &ApiKeyActions::deleted, apiKeys,
                     [apiKeys](const QString &projectId, const QStringList &keyIds) {
                         for (const QString &id : keyIds)
                             apiKeys->removeId(projectId, id);
                     });

    // A new key may be another organization's: nothing listed with the old one is kept.
    QObject::connect(client, &AdminApiClient::credentialsChanged, workspace,
                     [workspace, memberActions] {
                         memberActions->forgetOrganizationUsers();
                         workspace->forgetAll();
                     });
    const auto showMessage = [status](const QString &message) { status->showMessage(message, 8000); };
    QObject::connect(memberActions, &MemberActions::statusMessage, status, showMessage);
    QObject::connect(accountActions, &ServiceAccountActions::statusMessage, status, showMessage);
    QObject::connect(keyActions, &ApiKeyActions::statusMessage, status, showMessage);
    return workspace;
}

void WorkspaceSetup::setRateLimits(ProjectWorkspace *workspace, AdminApiClient *client,
                                   const QList<Project> &projects, QWidget *window)
{
    if (projects.isEmpty())
        return;
    auto *dialog = new SetRateLimitsDialog(client, projects, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    OrganizationDialogs::mark(dialog);
    auto *tab = workspace->findChild<RateLimitsTab *>();
    for (const Project &project : projects) {
        if (const auto known = tab->knownLimits(project.id))
            dialog->setKnownLimits(project.id, *known);
    }
    QObject::connect(dialog, &SetRateLimitsDialog::limitUpdated, tab, &RateLimitsTab::limitUpdated);
    dialog->start();
    dialog->open();
}
