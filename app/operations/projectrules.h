// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "project.h"

/// What the service allows to be done to a project, as far as a client can tell.
namespace ProjectRules {

/// The name the service gives every organization's Default project. The API has no
/// `is_default` flag, so the name is the only hint a client has.
[[nodiscard]] QString defaultProjectName();

/// Rename and archive apply to active projects only: the service answers project_archived.
[[nodiscard]] bool canChange(const Project &project);

/// True when @p error is the service refusing to rename or archive the Default project: a
/// 400 for a project named like the Default project, or whose message mentions "default".
/// Clients still ask the service first: a user may have named another project the same.
[[nodiscard]] bool isDefaultProjectRefusal(const Project &project, const ApiError &error);

} // namespace ProjectRules
