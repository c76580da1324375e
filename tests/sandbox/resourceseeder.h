// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "resourcestore.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

/// The believable content of a sandbox organization: its users, and what each project holds.
namespace ResourceSeeder {

/// Organization users made by seed(): 297 people (3 owners first, then readers), then the
/// organization's default user and two service-account users.
inline constexpr int UserCount = 300;
/// The big project's members, service accounts and keys (140 of its members' and one per
/// service account).
inline constexpr int BigProjectMembers = 250;
inline constexpr int BigProjectServiceAccounts = 10;
inline constexpr int BigProjectApiKeys = 150;

/// One model's limits in the organization: the most a project may be given.
struct ModelLimits
{
    const char *model;
    SandboxLimitValues maximum;
};
/// The models every project has rate limits for, with the organization's maximum of each field.
[[nodiscard]] const QList<ModelLimits> &models();

/// A generator for @p seed and @p salt (an organization name, a project id): the same numbers
/// on every machine and Qt version.
[[nodiscard]] QRandomGenerator generator(quint32 seed, const QString &salt);

[[nodiscard]] QList<SandboxUser> users(QRandomGenerator &random, qint64 anchorSecs);
/// A project's resources; @p big: the big project's.
[[nodiscard]] ProjectResources project(QRandomGenerator &random, const QList<SandboxUser> &users,
                                       qint64 createdAt, qint64 anchorSecs, bool big);

} // namespace ResourceSeeder
