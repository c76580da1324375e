// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// One project of an OpenAI organization, as the Admin API describes it.
///
/// Parsing is lenient where the service is (unknown fields ignored, a null or missing name
/// or status accepted, enums kept as strings) and strict where it must be: without a string
/// `id` and an integer `created_at` there is no project.
struct Project
{
    QString id;
    QString name;                     ///< empty when the service sends null
    qint64 createdAt = 0;             ///< Unix seconds
    std::optional<qint64> archivedAt; ///< Unix seconds, or none while active
    QString status;                   ///< "active", "archived", or whatever the service sends
    QString externalKeyId;            ///< empty when absent or null
    QString residency;                ///< empty when absent; older services call it geography

    /// True when the project is archived (by status, or by archived_at when status is odd).
    [[nodiscard]] bool isArchived() const;

    /// Parses one project object. On failure returns nothing and, if @p why is given,
    /// says which field was wrong in words a developer understands.
    [[nodiscard]] static std::optional<Project> fromJson(const QJsonObject &json,
                                                         QString *why = nullptr);
    /// The project in the service's JSON shape (used by the sandbox, by tests and by the JSON
    /// export).
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const Project &, const Project &) = default;
};

// A QList of projects can grow by moving bytes instead of moving each project: at 50,000
// projects that halved the longest stall while loading and saved 8 MB (scripts/bench).
Q_DECLARE_TYPEINFO(Project, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Project)

/// One page of the list endpoint.
struct ProjectPage
{
    QList<Project> projects;
    QString nextCursor; ///< `last_id`, else the last project's id; empty when none
    bool hasMore = false;
    QString requestId;  ///< x-request-id of the answer that carried it
};

Q_DECLARE_METATYPE(ProjectPage)
