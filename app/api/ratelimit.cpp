// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "ratelimit.h"

#include "jsonfields.h"

using namespace JsonFields;

namespace {

constexpr const char *fieldNames[RateLimitFieldCount] = {
    "max_requests_per_1_minute",
    "max_tokens_per_1_minute",
    "max_images_per_1_minute",
    "max_audio_megabytes_per_1_minute",
    "max_requests_per_1_day",
    "batch_1_day_max_input_tokens",
};

bool isRequired(RateLimitField field)
{
    return field == RateLimitField::RequestsPerMinute || field == RateLimitField::TokensPerMinute;
}

} // namespace

QLatin1StringView rateLimitFieldName(RateLimitField field)
{
    return QLatin1StringView(fieldNames[size_t(field)]);
}

std::optional<RateLimitField> rateLimitFieldNamed(QStringView name)
{
    for (int i = 0; i < RateLimitFieldCount; ++i) {
        if (name == QLatin1StringView(fieldNames[i]))
            return RateLimitField(i);
    }
    return std::nullopt;
}

std::optional<RateLimit> RateLimit::fromJson(const QJsonObject &json, QString *why)
{
    RateLimit limit;
    const auto id = requiredId(json, QLatin1StringView("id"), QStringLiteral("rate limit"), why);
    if (!id)
        return std::nullopt;
    limit.id = *id;
    const QString what = QStringLiteral("rate limit %1").arg(limit.id);
    const auto model = requiredId(json, QLatin1StringView("model"), what, why);
    if (!model)
        return std::nullopt;
    limit.model = *model;
    for (int i = 0; i < RateLimitFieldCount; ++i) {
        const auto field = RateLimitField(i);
        const QLatin1StringView name = rateLimitFieldName(field);
        const QJsonValue value = json.value(name);
        if (!isRequired(field) && (value.isUndefined() || value.isNull()))
            continue;
        const auto number = wholeNumber(value);
        if (!number)
            return fail<RateLimit>(why, QStringLiteral("%1 without an integer \"%2\"").arg(what, name));
        limit.values.at(size_t(i)) = number;
    }
    return limit;
}

RateLimitChange RateLimitChange::between(const RateLimit &current, const RateLimit &edited)
{
    RateLimitChange change;
    for (int i = 0; i < RateLimitFieldCount; ++i) {
        const auto field = RateLimitField(i);
        if (edited.has(field) && edited.value(field) != current.value(field))
            change.set(field, *edited.value(field));
    }
    return change;
}

bool RateLimitChange::isAppliedTo(const RateLimit &limit) const
{
    for (const auto &[field, value] : m_values) {
        if (limit.value(field) != value)
            return false;
    }
    return true;
}

QJsonObject RateLimitChange::toJson() const
{
    QJsonObject json;
    for (const auto &[field, value] : m_values)
        json.insert(rateLimitFieldName(field), value);
    return json;
}
