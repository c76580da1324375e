// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "jsonfields.h"

#include <QJsonValue>

#include <cmath>

namespace JsonFields {

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return static_cast<qint64>(d);
}

std::optional<QString> requiredId(const QJsonObject &json, QLatin1StringView key,
                                  const QString &what, QString *why)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() || value.toString().isEmpty())
        return fail<QString>(why, QStringLiteral("%1 without a string \"%2\"").arg(what, key));
    return value.toString();
}

std::optional<qint64> requiredInteger(const QJsonObject &json, QLatin1StringView key,
                                      const QString &what, QString *why)
{
    const auto number = wholeNumber(json.value(key));
    if (!number)
        return fail<qint64>(why, QStringLiteral("%1 without an integer \"%2\"").arg(what, key));
    return number;
}

QString lenientString(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    return value.isString() ? value.toString() : QString();
}

JsonOptional<QString> optionalString(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    if (value.isNull())
        return JsonOptional<QString>::null();
    if (value.isString())
        return value.toString();
    return {};
}

std::optional<bool> optionalBool(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

} // namespace JsonFields
