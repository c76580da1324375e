// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "listfaults.h"

#include "projectsapi.h"
#include "projectstore.h"

#include <algorithm>

namespace {

SandboxProject madeUp(const char *id, const char *name)
{
    SandboxProject project;
    project.id = QString::fromLatin1(id);
    project.name = QString::fromLatin1(name);
    project.createdAt = 1767225600; // 2026-01-01
    return project;
}

SandboxResponse pageWithMore(const QList<SandboxProject> &rows, const QString &lastId)
{
    return ProjectsApi::listAnswer(rows, rows.isEmpty() ? lastId : rows.first().id, lastId,
                                   true);
}

} // namespace

SandboxResponse ListFaults::cursorCycle(const ProjectStore &store, const QUrlQuery &query,
                                        int use)
{
    const auto parameters = ProjectsApi::lenientListParameters(query);
    QList<SandboxProject> rows
        = store.page(nullptr, 2 * parameters.limit, parameters.includeArchived).items;
    if (rows.size() < 2) {
        rows = {madeUp("proj_CursorCycleA000000000000", "Cursor cycle A"),
                madeUp("proj_CursorCycleB000000000000", "Cursor cycle B")};
    }
    // Two pages, each at most `limit` rows; a short list is split in half.
    const qsizetype split = rows.size() > parameters.limit ? parameters.limit : rows.size() / 2;
    const QList<SandboxProject> page = use % 2 == 0 ? rows.first(split) : rows.sliced(split);
    return pageWithMore(page, page.last().id);
}

SandboxResponse ListFaults::emptyPageWithMore(const QString &freshId)
{
    return pageWithMore({}, freshId);
}

SandboxResponse ListFaults::repeatRows(const ProjectStore &store, const QUrlQuery &query,
                                       const QString &freshCursor)
{
    const auto parameters = ProjectsApi::lenientListParameters(query);
    return pageWithMore(store.page(nullptr, parameters.limit, parameters.includeArchived).items,
                        freshCursor);
}
