// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfields.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

/// A member of a project (`organization.project.user`).
///
/// `role` is the project role, "owner" or "member" by the spec's prose, kept as whatever text
/// the service sends. Without a string `id` and an integer `added_at` there is no member;
/// `name` and `email` may be absent or null (the spec allows both) and are kept apart.
struct ProjectUser
{
    QString id;                   ///< the user's id, as in /organization/users
    JsonOptional<QString> name;
    JsonOptional<QString> email;
    QString role;                 ///< "owner", "member", or the service's other text
    qint64 addedAt = 0;           ///< Unix seconds

    [[nodiscard]] static std::optional<ProjectUser> fromJson(const QJsonObject &json,
                                                             QString *why = nullptr);
    /// The member as the service sends it (for an export): fromJson() reads it back equal.
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const ProjectUser &, const ProjectUser &) = default;
};

Q_DECLARE_METATYPE(ProjectUser)

/// A user of the organization (`organization.user`): who can be added to a project.
///
/// The organization role ("owner" or "reader") is not a project role: never copy one into the
/// other. Only the fields a member picker needs are kept; the others are ignored.
struct OrganizationUser
{
    QString id;
    JsonOptional<QString> name;
    JsonOptional<QString> email;
    JsonOptional<QString> role;           ///< organization role
    qint64 addedAt = 0;                   ///< when the user joined the organization
    std::optional<bool> isDefault;        ///< absent in most answers
    std::optional<bool> isServiceAccount; ///< absent in most answers

    /// False for the organization's default user and for service accounts, which a member
    /// picker should not offer, should the service list them.
    [[nodiscard]] bool isPerson() const;

    [[nodiscard]] static std::optional<OrganizationUser> fromJson(const QJsonObject &json,
                                                                  QString *why = nullptr);
    friend bool operator==(const OrganizationUser &, const OrganizationUser &) = default;
};

Q_DECLARE_METATYPE(OrganizationUser)
