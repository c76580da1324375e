// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QList>

class AdminApiClient;
class LoadStatusBar;
class ProjectResourcesApi;
class ProjectWorkspace;
class QDockWidget;
class SpendController;
class QWidget;

/// Puts the project workspace into the details dock: Overview (@p overview, the details pane
/// as it was), Members with its actions, Service accounts, API keys, Rate limits, and Costs
/// over the period @p spend sets. Their rows are dropped when the admin key changes; what the
/// actions did goes to @p status.
namespace WorkspaceSetup {

[[nodiscard]] ProjectWorkspace *install(QDockWidget *dock, QWidget *overview, AdminApiClient *client,
                                        ProjectResourcesApi *api, SpendController *spend,
                                        LoadStatusBar *status, QWidget *window);
/// Set rate limits… on @p projects: the dialog starts from what the workspace's Rate limits tab
/// already read, and what it changes shows there.
void setRateLimits(ProjectWorkspace *workspace, AdminApiClient *client,
                   const QList<Project> &projects, QWidget *window);

} // namespace WorkspaceSetup
