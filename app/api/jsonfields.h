// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

/// A field the schema lets be absent, null or a value, with the three kept apart: "the
/// service sent no name" and "the service said the name is null" are different facts.
template <typename T>
class JsonOptional
{
public:
    enum class State { Absent, Null, Present };

    JsonOptional() = default;
    JsonOptional(T value) : m_state(State::Present), m_value(std::move(value)) {} // NOLINT: implicit on purpose
    [[nodiscard]] static JsonOptional null() { JsonOptional n; n.m_state = State::Null; return n; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isAbsent() const { return m_state == State::Absent; }
    [[nodiscard]] bool isNull() const { return m_state == State::Null; }
    [[nodiscard]] bool hasValue() const { return m_state == State::Present; }
    /// The value; a default-constructed T when absent or null.
    [[nodiscard]] const T &value() const { return m_value; }
    [[nodiscard]] T valueOr(const T &fallback) const { return hasValue() ? m_value : fallback; }

    friend bool operator==(const JsonOptional &, const JsonOptional &) = default;

private:
    State m_state = State::Absent;
    T m_value{};
};

/// The field readers the Admin API objects share. Each says in @p why (when given) what was
/// wrong, naming the field and, at most, the object's id: never a value, which could be a key.
namespace JsonFields {

/// A whole number (JSON has no integer type): no fraction, finite, within ±9e15.
[[nodiscard]] std::optional<qint64> wholeNumber(const QJsonValue &value);

/// A required, non-empty string (an id). Nothing, and @p why set, otherwise.
[[nodiscard]] std::optional<QString> requiredId(const QJsonObject &json, QLatin1StringView key,
                                                const QString &what, QString *why);
/// A required whole number (a Unix time, a limit). Nothing, and @p why set, otherwise.
[[nodiscard]] std::optional<qint64> requiredInteger(const QJsonObject &json, QLatin1StringView key,
                                                    const QString &what, QString *why);
/// Text where the service's schema promises one; a missing, null or other value reads as empty:
/// a display field of the wrong type should not cost the whole row.
[[nodiscard]] QString lenientString(const QJsonObject &json, QLatin1StringView key);
/// A string that may be absent or null; another type reads as absent.
[[nodiscard]] JsonOptional<QString> optionalString(const QJsonObject &json, QLatin1StringView key);
/// A boolean that may be absent; null or another type reads as absent.
[[nodiscard]] std::optional<bool> optionalBool(const QJsonObject &json, QLatin1StringView key);

/// Sets @p why (if given) and returns nothing: `return fail<T>(why, ...)`.
template <typename T>
[[nodiscard]] std::optional<T> fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return std::nullopt;
}

} // namespace JsonFields
