// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class ProjectStore;

/// Fills a store with a believable organization, the same one for the same seed.
namespace ProjectSeeder {

/// The newest seeded creation date (2026-09-01T00:00:00Z), unless the clock is earlier: a fixed
/// anchor keeps a seed's organization identical from day to day, and projects created through
/// the API still come out newest.
inline constexpr qint64 AnchorSecs = 1788220800;
/// Seeded creation dates spread over the three years before the anchor.
inline constexpr qint64 SpreadSecs = 3 * 365 * 24 * 3600;

/// Replaces the content of @p store with the "Default project" (the oldest) plus @p active
/// active and @p archived archived projects with varied names, deterministic for @p seed and
/// @p organization: the same seed makes other projects in another organization. The default
/// organization passes no name, so its seeds make what they always made.
void seed(ProjectStore &store, int active, int archived, quint32 seed, qint64 nowSecs,
          const QString &organization = {});

} // namespace ProjectSeeder
