// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "workspacesetup.h"

#include "adminapiclient.h"
#include "loadstatusbar.h"
#include "memberactions.h"
#include "projectworkspace.h"
#include "workspacetabs.h"

#include <QDockWidget>

ProjectWorkspace *WorkspaceSetup::install(QDockWidget *dock, QWidget *overview, AdminApiClient *client,
                                          ProjectResourcesApi *api, LoadStatusBar *status, QWidget *window)
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

    // A new key may be another organization's: nothing listed with the old one is kept.
    QObject::connect(client, &AdminApiClient::credentialsChanged, workspace,
                     [members, serviceAccounts, apiKeys, memberActions] {
                         memberActions->forgetOrganizationUsers();
                         members->forgetAll();
                         serviceAccounts->forgetAll();
                         apiKeys->forgetAll();
                     });
    QObject::connect(memberActions, &MemberActions::statusMessage, status,
                     [status](const QString &message) { status->showMessage(message, 8000); });
    return workspace;
}
