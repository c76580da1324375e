// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

/// Who owns a project API key: a user or a service account (`owner.type`).
///
/// The spec's union has no required fields: a type without its object (open question 17)
/// gives an owner with the type and empty fields, not a refused key.
struct ApiKeyOwner
{
    QString type;                   ///< "user", "service_account", or the service's other text
    QString id;
    QString name;
    QString email;                  ///< users only
    QString role;                   ///< the owner's project role
    std::optional<qint64> createdAt;

    [[nodiscard]] bool isServiceAccount() const { return type == QLatin1String("service_account"); }
    [[nodiscard]] bool isUser() const { return type == QLatin1String("user"); }
    friend bool operator==(const ApiKeyOwner &, const ApiKeyOwner &) = default;
};

/// A project API key (`organization.project.api_key`). Only its redacted value exists here.
struct ApiKey
{
    QString id;
    QString name;
    QString redactedValue;            ///< e.g. "sk-abc...def"
    qint64 createdAt = 0;
    std::optional<qint64> lastUsedAt; ///< none: never used (`null`)
    QString ownerProjectAccess;       ///< "active", "inactive", or other text
    ApiKeyOwner owner;

    /// Service-account keys cannot be deleted on their own: they go with their account.
    [[nodiscard]] bool isDeletable() const { return !owner.isServiceAccount(); }

    /// Refuses a key without a string `id`, an integer `created_at`, a `last_used_at` that is
    /// neither null nor an integer (a wrong "last used" would mislead a clean-up), or without
    /// an `owner` object.
    [[nodiscard]] static std::optional<ApiKey> fromJson(const QJsonObject &json, QString *why = nullptr);
    /// The key as the service sends it, its owner nested under `owner.<type>` (for an export):
    /// fromJson() reads it back equal. Only the redacted value exists to be written.
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const ApiKey &, const ApiKey &) = default;
};

Q_DECLARE_METATYPE(ApiKey)
