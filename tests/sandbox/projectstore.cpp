// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectstore.h"

#include <QRandomGenerator>

void ProjectStore::clear()
{
    m_byId.clear();
    m_all.clear();
    m_active.clear();
}

const SandboxProject &ProjectStore::insert(SandboxProject project)
{
    Q_ASSERT(!contains(project.id));
    const Key key{project.createdAt, project.id};
    m_all.insert(key);
    if (!project.archivedAt)
        m_active.insert(key);
    const auto [it, inserted] = m_byId.emplace(project.id, std::move(project));
    Q_UNUSED(inserted);
    return it->second;
}

const SandboxProject *ProjectStore::find(const QString &id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &it->second;
}

void ProjectStore::rename(const QString &id, const QString &name)
{
    const auto it = m_byId.find(id);
    if (it != m_byId.end())
        it->second.name = name;
}

void ProjectStore::archive(const QString &id, qint64 archivedAt)
{
    const auto it = m_byId.find(id);
    if (it == m_byId.end() || it->second.archivedAt)
        return;
    it->second.archivedAt = archivedAt;
    m_active.erase(Key{it->second.createdAt, id});
}

ProjectStore::Page ProjectStore::page(const SandboxProject *after, int limit,
                                      bool includeArchived) const
{
    const Index &index = includeArchived ? m_all : m_active;
    // upper_bound works for a cursor missing from this index too (an archived project while
    // archived ones are hidden): the page starts where that project would sit.
    auto it = after ? index.upper_bound(Key{after->createdAt, after->id}) : index.begin();
    Page page;
    page.items.reserve(limit);
    for (; it != index.end() && page.items.size() < limit; ++it)
        page.items.append(m_byId.at(it->id));
    page.hasMore = it != index.end();
    return page;
}

QList<SandboxProject> ProjectStore::all() const
{
    QList<SandboxProject> projects;
    projects.reserve(count());
    for (const Key &key : m_all)
        projects.append(m_byId.at(key.id));
    return projects;
}

QString ProjectStore::newId(QRandomGenerator &random) const
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = int(sizeof(alphabet)) - 1;
    QString id;
    do {
        id = QStringLiteral("proj_");
        for (int i = 0; i < 24; ++i)
            id.append(QLatin1Char(alphabet[random.bounded(alphabetSize)]));
    } while (contains(id) || (m_takenElsewhere && m_takenElsewhere(id)));
    return id;
}
