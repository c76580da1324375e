// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSet>
#include <QString>

/// @p items without repeats of an id, the first of each kept in order: a selection may name a
/// project or key twice, and nothing is sent twice.
template <typename T>
[[nodiscard]] QList<T> uniqueById(const QList<T> &items)
{
    QSet<QString> seen;
    QList<T> unique;
    for (const T &item : items) {
        if (!seen.contains(item.id)) {
            seen.insert(item.id);
            unique.append(item);
        }
    }
    return unique;
}
