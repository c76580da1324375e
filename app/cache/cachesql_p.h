// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

class QSqlError;

// Shared by CacheStore's two source files; not part of the cache's interface.
namespace CacheSql {
/// Whether @p error says the file itself is wrong (not ours, corrupt, of another schema), as
/// opposed to busy, full or read-only, where only this attempt failed.
[[nodiscard]] bool isDamage(const QSqlError &error);
} // namespace CacheSql
