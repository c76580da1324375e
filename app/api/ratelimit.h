// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <array>
#include <map>
#include <optional>

/// The values a project rate limit can carry, in the order a table shows them.
enum class RateLimitField {
    RequestsPerMinute,        ///< max_requests_per_1_minute (always present)
    TokensPerMinute,          ///< max_tokens_per_1_minute (always present)
    ImagesPerMinute,          ///< max_images_per_1_minute (some models)
    AudioMegabytesPerMinute,  ///< max_audio_megabytes_per_1_minute (some models)
    RequestsPerDay,           ///< max_requests_per_1_day (some models)
    BatchInputTokensPerDay,   ///< batch_1_day_max_input_tokens (some models)
};
inline constexpr int RateLimitFieldCount = 6;

/// The JSON name of @p field ("max_tokens_per_1_minute"...).
[[nodiscard]] QLatin1StringView rateLimitFieldName(RateLimitField field);
/// The field named @p name, if it is one.
[[nodiscard]] std::optional<RateLimitField> rateLimitFieldNamed(QStringView name);

/// One model's limits in a project (`project.rate_limit`). The service makes these; a client
/// only lists and updates them. A field that does not apply to the model is absent (none),
/// never zero: only present fields are editable.
struct RateLimit
{
    QString id;     ///< what an update names (not the model)
    QString model;
    std::array<std::optional<qint64>, RateLimitFieldCount> values;

    [[nodiscard]] std::optional<qint64> value(RateLimitField field) const { return values.at(size_t(field)); }
    [[nodiscard]] bool has(RateLimitField field) const { return value(field).has_value(); }

    /// Refuses a limit without a string `id` and `model` and integer requests and tokens per
    /// minute, or with an optional field that is not an integer (an editor would show it
    /// wrong). A null optional field reads as absent.
    [[nodiscard]] static std::optional<RateLimit> fromJson(const QJsonObject &json, QString *why = nullptr);
    friend bool operator==(const RateLimit &, const RateLimit &) = default;
};

Q_DECLARE_METATYPE(RateLimit)

/// What an update sends: only the fields that change.
class RateLimitChange
{
public:
    void set(RateLimitField field, qint64 value) { m_values[field] = value; }
    [[nodiscard]] bool isEmpty() const { return m_values.empty(); }
    [[nodiscard]] const std::map<RateLimitField, qint64> &values() const { return m_values; }
    /// The fields of @p edited that differ from @p current (present in @p edited only).
    [[nodiscard]] static RateLimitChange between(const RateLimit &current, const RateLimit &edited);
    /// True when every field of this change has that value in @p limit: the update took effect.
    [[nodiscard]] bool isAppliedTo(const RateLimit &limit) const;
    /// The request body: {"max_tokens_per_1_minute": 150000, ...}
    [[nodiscard]] QJsonObject toJson() const;

private:
    std::map<RateLimitField, qint64> m_values;
};
