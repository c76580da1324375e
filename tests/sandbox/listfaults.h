// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxresponse.h"

#include <QString>
#include <QUrlQuery>

class ProjectStore;

/// The answers of the faults that imitate a service whose listing never ends. They answer
/// before any validation, so the cursors they hand out are taken as `after` while they last.
namespace ListFaults {

/// Answer number @p use (0, 1, 2...) of a cursor cycle: the organization's first page for
/// the request's limit (last_id A) on even uses, the page after it (last_id B) on odd ones,
/// has_more always true; two made-up projects stand in when there are fewer than two rows.
[[nodiscard]] SandboxResponse cursorCycle(const ProjectStore &store, const QUrlQuery &query,
                                          int use);
/// No rows, has_more true, and @p freshId as first_id and last_id.
[[nodiscard]] SandboxResponse emptyPageWithMore(const QString &freshId);
/// The organization's first page for the request's limit, with @p freshCursor as last_id.
[[nodiscard]] SandboxResponse repeatRows(const ProjectStore &store, const QUrlQuery &query,
                                         const QString &freshCursor);

} // namespace ListFaults
