// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "createcheck.h"

namespace CreateCheck {

std::optional<Project> find(const QList<Project> &newestFirst, const QString &name, qint64 startedAt)
{
    std::optional<Project> found;
    for (const Project &p : newestFirst) {
        if (p.name != name || p.createdAt < startedAt - ClockSkewSeconds)
            continue;
        if (!found || p.createdAt < found->createdAt)
            found = p;
    }
    return found;
}

} // namespace CreateCheck
