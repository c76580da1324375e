// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "resourcestore.h"

#include "resourceseeder.h"

#include <QRandomGenerator>

#include <algorithm>

void ResourceStore::seed(quint32 seed, const QString &organization, qint64 nowSecs, const QString &bigProjectId)
{
    m_seed = seed;
    m_organization = organization;
    m_bigProjectId = bigProjectId;
    // The same anchor as the projects' (2026-09-01), unless the clock is earlier.
    m_anchorSecs = std::min<qint64>(1788220800, nowSecs);
    m_projects.clear();
    QRandomGenerator random = ResourceSeeder::generator(seed, QStringLiteral("users/") + organization);
    m_users = ResourceSeeder::users(random, m_anchorSecs);
    m_userIndex.clear();
    for (qsizetype i = 0; i < m_users.size(); ++i)
        m_userIndex.insert(m_users.at(i).id, i);
}

const SandboxUser *ResourceStore::user(const QString &id) const
{
    const auto it = m_userIndex.constFind(id);
    return it == m_userIndex.cend() ? nullptr : &m_users.at(*it);
}

const SandboxUser *ResourceStore::userByEmail(const QString &email) const
{
    const auto it = std::find_if(m_users.cbegin(), m_users.cend(), [&email](const SandboxUser &user) {
        return user.email.isString() && user.email.toString().compare(email, Qt::CaseInsensitive) == 0;
    });
    return it == m_users.cend() ? nullptr : &*it;
}

ProjectResources &ResourceStore::project(const QString &projectId, qint64 createdAt)
{
    auto it = m_projects.find(projectId);
    if (it == m_projects.end()) {
        QRandomGenerator random = ResourceSeeder::generator(m_seed, m_organization + QLatin1Char('/') + projectId);
        it = m_projects.insert(projectId, ResourceSeeder::project(random, m_users, createdAt, m_anchorSecs,
                                                                  projectId == m_bigProjectId));
    }
    return *it;
}

std::optional<qint64> ResourceStore::maximum(const QString &model, int field) const
{
    for (const ResourceSeeder::ModelLimits &limits : ResourceSeeder::models()) {
        if (model == QLatin1String(limits.model))
            return limits.maximum.at(size_t(field));
    }
    return std::nullopt;
}

QString ResourceStore::newId(const QString &prefix, QRandomGenerator &random)
{
    static const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    QString id = prefix;
    for (int i = 0; i < 24; ++i)
        id += letters.at(random.bounded(int(letters.size())));
    return id;
}
