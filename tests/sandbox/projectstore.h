// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxserver.h"

#include <QList>
#include <QString>

#include <functional>
#include <set>
#include <unordered_map>

class QRandomGenerator;

/// One sandbox organization's projects, kept in list order (newest first, ties by id) so that
/// a page costs O(log n + limit) whatever the size: an id -> project map finds a cursor, two
/// ordered indexes (all projects, active ones) give the page after it.
class ProjectStore
{
public:
    struct Page
    {
        QList<SandboxProject> items;
        bool hasMore = false;
    };

    void clear();
    /// Adds @p project, whose id must be new.
    const SandboxProject &insert(SandboxProject project);
    [[nodiscard]] const SandboxProject *find(const QString &id) const;
    [[nodiscard]] bool contains(const QString &id) const { return find(id) != nullptr; }
    void rename(const QString &id, const QString &name);
    void archive(const QString &id, qint64 archivedAt);

    /// Up to @p limit projects that come after @p after (nullptr: from the newest).
    [[nodiscard]] Page page(const SandboxProject *after, int limit, bool includeArchived) const;
    [[nodiscard]] QList<SandboxProject> all() const; ///< newest first

    [[nodiscard]] int count() const { return int(m_byId.size()); }
    [[nodiscard]] int activeCount() const { return int(m_active.size()); }
    [[nodiscard]] int archivedCount() const { return count() - activeCount(); }

    /// "proj_" + 24 letters and digits from @p random, not yet used in this store nor taken
    /// elsewhere.
    [[nodiscard]] QString newId(QRandomGenerator &random) const;
    /// Ids held outside this store (by other organizations) that newId() must avoid too.
    void setTakenElsewhere(std::function<bool(const QString &id)> taken)
    {
        m_takenElsewhere = std::move(taken);
    }

private:
    struct Key
    {
        qint64 createdAt = 0;
        QString id;
    };
    struct NewestFirst
    {
        bool operator()(const Key &a, const Key &b) const
        {
            if (a.createdAt != b.createdAt)
                return a.createdAt > b.createdAt;
            return a.id < b.id;
        }
    };
    struct IdHash
    {
        size_t operator()(const QString &id) const noexcept { return qHash(id); }
    };
    using Index = std::set<Key, NewestFirst>;

    // unordered_map: references to its values stay valid while others are added.
    std::unordered_map<QString, SandboxProject, IdHash> m_byId;
    Index m_all;
    Index m_active;
    std::function<bool(const QString &)> m_takenElsewhere;
};
