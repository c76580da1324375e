// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apikey.h"
#include "listtab.h"
#include "projectuser.h"
#include "serviceaccount.h"

class ProjectResourcesApi;

using MembersTab = ListTab<ProjectUser>;
using ServiceAccountsTab = ListTab<ServiceAccount>;
using ApiKeysTab = ListTab<ApiKey>;

/// The workspace's three lists, each a ListTab over its endpoint with its columns. Their
/// actions are added by their owners (MemberActions; the credentials actions).
namespace WorkspaceTabs {

/// Name, email, role, added.
[[nodiscard]] MembersTab *members(ProjectResourcesApi *api, QWidget *parent = nullptr);
/// Name, role, created.
[[nodiscard]] ServiceAccountsTab *serviceAccounts(ProjectResourcesApi *api, QWidget *parent = nullptr);
/// Name, redacted value, owner, created, last used ("never" sorts first: the stalest keys).
[[nodiscard]] ApiKeysTab *apiKeys(ProjectResourcesApi *api, QWidget *parent = nullptr);

/// "Owner", "Member", "None", or the service's own word for a role it added since.
[[nodiscard]] QString roleText(const QString &role);
/// A date in the user's locale, for the tables.
[[nodiscard]] QString dateText(qint64 secsSinceEpoch);

} // namespace WorkspaceTabs
