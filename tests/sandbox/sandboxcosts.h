// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxresponse.h"

#include <QString>
#include <QStringList>
#include <QUrlQuery>

class ProjectStore;

/// GET /v1/organization/costs over an organization's projects: made-up but deterministic
/// daily costs per project and line item, as the reference (admin-project-resources.md §6)
/// describes the real endpoint's answers.
///
/// A project's costs follow from its id alone (so from the organization's seed): about a
/// quarter of the projects never cost anything, a few cost a hundred times more than the rest,
/// the others spend on some days and not on others, on some line items and not on others, in
/// amounts with fractions of a cent. Nothing is spent before a project was created nor after it
/// was archived; today's bucket holds the part of the day gone by (provisional, it grows).
namespace SandboxCosts {

/// "/v1/organization/costs"
[[nodiscard]] QString path();
/// The line items the sandbox bills, in the service's style ("gpt-4o-2024-08-06, input").
[[nodiscard]] QStringList lineItems();
/// What @p projectId spent on line item number @p lineItem during the whole UTC day starting
/// at @p dayStart, in millionths of a dollar, ignoring creation and archiving.
[[nodiscard]] qint64 dailyMicros(const QString &projectId, int lineItem, qint64 dayStart);
/// The answer to a costs request of @p store's organization at @p nowSecs: a page of
/// buckets, or the 400 that refuses the query.
[[nodiscard]] SandboxResponse answer(const ProjectStore &store, const QUrlQuery &query,
                                     qint64 nowSecs);

} // namespace SandboxCosts
