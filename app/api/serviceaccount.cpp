// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "serviceaccount.h"

#include "jsonfields.h"

#include <QDebug>

using namespace JsonFields;

std::optional<ServiceAccount> ServiceAccount::fromJson(const QJsonObject &json, QString *why)
{
    ServiceAccount account;
    const auto id = requiredId(json, QLatin1StringView("id"), QStringLiteral("service account"), why);
    if (!id)
        return std::nullopt;
    account.id = *id;
    const auto created = requiredInteger(json, QLatin1StringView("created_at"),
                                         QStringLiteral("service account %1").arg(account.id), why);
    if (!created)
        return std::nullopt;
    account.createdAt = *created;
    account.name = lenientString(json, QLatin1StringView("name"));
    account.role = lenientString(json, QLatin1StringView("role"));
    return account;
}

QJsonObject ServiceAccount::toJson() const
{
    return {
        {QStringLiteral("object"), QStringLiteral("organization.project.service_account")},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("role"), role},
        {QStringLiteral("created_at"), createdAt},
    };
}

OneTimeSecret::~OneTimeSecret()
{
    clear();
}

void OneTimeSecret::clear()
{
    // Only the last holder may overwrite: a shared copy still belongs to someone else.
    if (m_value.isDetached())
        m_value.fill(QLatin1Char('\0'));
    m_value.clear();
}

QDebug operator<<(QDebug debug, const OneTimeSecret &secret)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << (secret.isEmpty() ? "OneTimeSecret(empty)" : "OneTimeSecret(hidden)");
    return debug;
}

QDebug operator<<(QDebug debug, const ServiceAccountKey &key)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "ServiceAccountKey(" << key.id << ", " << key.name << ", " << key.value << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const CreatedServiceAccount &created)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "CreatedServiceAccount(" << created.account.id << ", " << created.account.name
                    << ", " << created.account.role << ", ";
    if (created.apiKey)
        debug << *created.apiKey;
    else
        debug << "no key";
    debug << ')';
    return debug;
}

std::optional<CreatedServiceAccount> CreatedServiceAccount::fromJson(const QJsonObject &json, QString *why)
{
    // The key comes first: it is shown once, so an answer that carries one is never refused,
    // however odd the account around it (its fields then read leniently).
    const QJsonValue apiKey = json.value(QLatin1String("api_key"));
    const QJsonValue value = apiKey.toObject().value(QLatin1String("value"));
    const bool hasKey = value.isString() && !value.toString().isEmpty();

    CreatedServiceAccount created;
    QString accountWhy;
    if (auto account = ServiceAccount::fromJson(json, &accountWhy)) {
        created.account = std::move(*account);
    } else if (hasKey) {
        created.account.id = lenientString(json, QLatin1StringView("id"));
        created.account.name = lenientString(json, QLatin1StringView("name"));
        created.account.role = lenientString(json, QLatin1StringView("role"));
        created.account.createdAt = wholeNumber(json.value(QLatin1String("created_at"))).value_or(0);
    } else {
        return fail<CreatedServiceAccount>(why, accountWhy);
    }
    const QString what = QStringLiteral("service account %1").arg(created.account.id);

    if (hasKey) {
        const QJsonObject keyJson = apiKey.toObject();
        ServiceAccountKey key;
        key.value = OneTimeSecret(value.toString());
        key.id = lenientString(keyJson, QLatin1StringView("id"));
        key.name = lenientString(keyJson, QLatin1StringView("name"));
        key.createdAt = wholeNumber(keyJson.value(QLatin1String("created_at"))).value_or(created.account.createdAt);
        created.apiKey = std::move(key);
        return created;
    }
    if (apiKey.isNull())
        return created;
    if (apiKey.isObject())
        return fail<CreatedServiceAccount>(why, QStringLiteral("%1: a key without a string \"value\"").arg(what));
    return fail<CreatedServiceAccount>(why, QStringLiteral("%1 without an \"api_key\" object or null").arg(what));
}
