// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectrules.h"

namespace ProjectRules {

QString defaultProjectName()
{
    return QStringLiteral("Default project");
}

bool canChange(const Project &project)
{
    return !project.isArchived();
}

bool isDefaultProjectRefusal(const Project &project, const ApiError &error)
{
    if (error.httpStatus() != 400 || error.code() == QLatin1String("project_archived"))
        return false;
    return project.name.trimmed().compare(defaultProjectName(), Qt::CaseInsensitive) == 0
        || error.apiMessage().contains(QLatin1String("default"), Qt::CaseInsensitive);
}

} // namespace ProjectRules
