// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

class QDebug;

/// A project's service account (`organization.project.service_account`).
struct ServiceAccount
{
    QString id;
    QString name;
    QString role;         ///< "owner", "member", "none" (created without a key), or other text
    qint64 createdAt = 0; ///< Unix seconds

    [[nodiscard]] static std::optional<ServiceAccount> fromJson(const QJsonObject &json,
                                                                QString *why = nullptr);
    /// The account as the service lists it (for an export): fromJson() reads it back equal.
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const ServiceAccount &, const ServiceAccount &) = default;
};

Q_DECLARE_METATYPE(ServiceAccount)

/// An unredacted API key, which the service shows once: when a service account is created.
///
/// It has no conversion to text but reveal(), so it cannot slip into a log, a QVariant's
/// debug output, a sentence or a setting by accident; QDebug prints "OneTimeSecret(hidden)".
/// Whoever reveals it (the key dialog, to copy it) must not keep or store the text.
class OneTimeSecret
{
public:
    OneTimeSecret() = default;
    explicit OneTimeSecret(QString value) : m_value(std::move(value)) {}
    OneTimeSecret(const OneTimeSecret &) = default;
    OneTimeSecret &operator=(const OneTimeSecret &) = default;
    /// Overwrites the characters when this is the last copy of them.
    ~OneTimeSecret();

    [[nodiscard]] bool isEmpty() const { return m_value.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_value.size(); }
    /// The key itself: only to put it on the clipboard or on screen, once.
    [[nodiscard]] QString reveal() const { return m_value; }
    /// Forgets the key now (the dialog that showed it closes).
    void clear();

    friend bool operator==(const OneTimeSecret &a, const OneTimeSecret &b) { return a.m_value == b.m_value; }

private:
    QString m_value;
};

QDebug operator<<(QDebug debug, const OneTimeSecret &secret);

/// The key made with a service account (`organization.project.service_account.api_key`).
struct ServiceAccountKey
{
    QString id;           ///< `key_…`, as in the project's API key list
    QString name;
    qint64 createdAt = 0;
    OneTimeSecret value;  ///< the unredacted key; never returned again

    friend bool operator==(const ServiceAccountKey &, const ServiceAccountKey &) = default;
};

QDebug operator<<(QDebug debug, const ServiceAccountKey &key);

/// The answer of a service account create: the account, and its key when one was made
/// (`api_key` is null for an account created with `create_service_account_only`).
struct CreatedServiceAccount
{
    ServiceAccount account;
    std::optional<ServiceAccountKey> apiKey;

    /// An answer with a key (`api_key.value` a non-empty string) is never refused, whatever
    /// the rest looks like: the key cannot be read again. Without one, the account must be
    /// valid and `api_key` null (an object without a `value`, or no `api_key`, is refused).
    [[nodiscard]] static std::optional<CreatedServiceAccount> fromJson(const QJsonObject &json,
                                                                       QString *why = nullptr);
    friend bool operator==(const CreatedServiceAccount &, const CreatedServiceAccount &) = default;
};

QDebug operator<<(QDebug debug, const CreatedServiceAccount &created);

Q_DECLARE_METATYPE(CreatedServiceAccount)
