// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

class AdminApiClient;
class LoadStatusBar;
class ProjectResourcesApi;
class ProjectWorkspace;
class QDockWidget;
class QWidget;

/// Puts the project workspace into the details dock: Overview (@p overview, the details pane
/// as it was), Members with its actions, Service accounts, API keys. Their rows are dropped
/// when the admin key changes; what the actions did goes to @p status.
namespace WorkspaceSetup {

[[nodiscard]] ProjectWorkspace *install(QDockWidget *dock, QWidget *overview, AdminApiClient *client,
                                        ProjectResourcesApi *api, LoadStatusBar *status, QWidget *window);

} // namespace WorkspaceSetup
