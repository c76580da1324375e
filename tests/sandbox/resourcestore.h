// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <array>
#include <optional>

class QRandomGenerator;

/// A user of a sandbox organization (GET /organization/users).
struct SandboxUser
{
    QString id;
    QJsonValue name;  ///< a string, null, or undefined (absent): the spec allows all three
    QJsonValue email; ///< likewise
    QString role;     ///< organization role: "owner" or "reader"
    qint64 addedAt = 0;
    qint64 createdAt = 0;
    bool isDefault = false;        ///< sent only when true
    bool isServiceAccount = false; ///< sent only when true
};

/// A user's membership of one project.
struct SandboxMember
{
    QString userId;
    QString role; ///< "owner" or "member"
    qint64 addedAt = 0;
};

struct SandboxServiceAccount
{
    QString id;
    QString name;
    QString role; ///< "member", "owner" or "none"
    qint64 createdAt = 0;
};

/// A project API key. The sandbox never keeps a key's value, only its redacted form.
struct SandboxApiKey
{
    QString id;
    QString name;
    QString redactedValue;
    qint64 createdAt = 0;
    std::optional<qint64> lastUsedAt;
    bool ownedByServiceAccount = false;
    QString ownerId; ///< a user id or a service account id
};

/// The six values of a rate limit, in the order of the client's RateLimitField.
inline constexpr int SandboxRateLimitFields = 6;
using SandboxLimitValues = std::array<std::optional<qint64>, SandboxRateLimitFields>;

struct SandboxRateLimit
{
    QString id;
    QString model;
    SandboxLimitValues values;
};

/// Everything inside one project besides the project itself.
struct ProjectResources
{
    QList<SandboxMember> members;                 ///< oldest first
    QList<SandboxServiceAccount> serviceAccounts; ///< oldest first
    QList<SandboxApiKey> apiKeys;                 ///< oldest first
    QList<SandboxRateLimit> rateLimits;           ///< in the model table's order
};

/// One organization's users and the members, service accounts, API keys and rate limits of
/// its projects. A project's resources are made the first time they are asked for,
/// deterministically from the organization's seed and the project's id, so that 50,000
/// seeded projects cost nothing until one is opened.
class ResourceStore
{
public:
    /// Replaces everything: the organization's users are made now; @p bigProjectId (if not
    /// empty) will get 250 members, 10 service accounts and 150 API keys.
    void seed(quint32 seed, const QString &organization, qint64 nowSecs, const QString &bigProjectId);

    [[nodiscard]] const QList<SandboxUser> &users() const { return m_users; }
    [[nodiscard]] const SandboxUser *user(const QString &id) const;
    /// The user with this email, compared case-insensitively.
    [[nodiscard]] const SandboxUser *userByEmail(const QString &email) const;

    /// The resources of a project created at @p createdAt, made on first use.
    [[nodiscard]] ProjectResources &project(const QString &projectId, qint64 createdAt);
    /// The organization's own limit of @p field for @p model, if the model has the field.
    [[nodiscard]] std::optional<qint64> maximum(const QString &model, int field) const;
    [[nodiscard]] QString bigProjectId() const { return m_bigProjectId; }

    /// A new id: @p prefix + 24 letters and digits.
    [[nodiscard]] static QString newId(const QString &prefix, QRandomGenerator &random);

private:
    QList<SandboxUser> m_users;
    QHash<QString, qsizetype> m_userIndex;
    QHash<QString, ProjectResources> m_projects;
    quint32 m_seed = 1;
    QString m_organization;
    QString m_bigProjectId;
    qint64 m_anchorSecs = 0;
};
