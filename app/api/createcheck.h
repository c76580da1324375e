// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

/// After a create whose outcome is unknown (timeout, lost answer, 5xx): which listed item (a
/// project, a service account), if any, that create made.
namespace CreateCheck {

/// Seconds of clock difference between this computer and the service that are tolerated.
constexpr qint64 ClockSkewSeconds = 5;

/// The item named @p name created at or after @p startedAt (Unix seconds, this computer's
/// clock, less ClockSkewSeconds). Names are not unique, so when several match, the earliest
/// of them is taken: the one closest to when the request was sent.
template <typename Item>
[[nodiscard]] std::optional<Item> find(const QList<Item> &newestFirst, const QString &name,
                                       qint64 startedAt)
{
    std::optional<Item> found;
    for (const Item &item : newestFirst) {
        if (item.name != name || item.createdAt < startedAt - ClockSkewSeconds)
            continue;
        if (!found || item.createdAt < found->createdAt)
            found = item;
    }
    return found;
}

} // namespace CreateCheck
