// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "resourceresponses.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace ResourceResponses {

SandboxResponse badRequest(const QString &message, const QString &param, const QString &code)
{
    return SandboxResponse::error(400, message, QStringLiteral("invalid_request_error"), param, code);
}

SandboxResponse notFound(const QString &message)
{
    return SandboxResponse::error(404, message, QStringLiteral("invalid_request_error"), QString(),
                                  QStringLiteral("not_found"));
}

std::variant<QJsonObject, SandboxResponse> body(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return badRequest(QStringLiteral("We could not parse the JSON body of your request. The OpenAI "
                                         "API expects a JSON payload, but what was sent was not valid JSON."));
    }
    return document.object();
}

std::optional<SandboxResponse> requireString(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull()) {
        return badRequest(QStringLiteral("Missing required parameter: '%1'.").arg(key), key,
                          QStringLiteral("missing_required_parameter"));
    }
    if (!value.isString())
        return badRequest(QStringLiteral("Invalid type for '%1': expected a string.").arg(key), key,
                          QStringLiteral("invalid_type"));
    if (value.toString().trimmed().isEmpty())
        return badRequest(QStringLiteral("Invalid '%1': empty string.").arg(key), key, QStringLiteral("empty_string"));
    return std::nullopt;
}

std::variant<int, SandboxResponse> limit(const QUrlQuery &query, int fallback)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return fallback;
    const QString text = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded);
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,9}$"));
    if (!integer.match(text).hasMatch()) {
        return badRequest(QStringLiteral("Invalid type for 'limit': expected an integer, but got '%1' instead.").arg(text),
                          QStringLiteral("limit"), QStringLiteral("invalid_type"));
    }
    const int value = text.toInt();
    if (value < 1 || value > 100) {
        return badRequest(QStringLiteral("Invalid 'limit': expected a value from 1 to 100, but got %1 instead.").arg(text),
                          QStringLiteral("limit"),
                          value < 1 ? QStringLiteral("integer_below_min_value") : QStringLiteral("integer_above_max_value"));
    }
    return value;
}

QJsonObject list(const QJsonArray &data, bool hasMore)
{
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("data"), data},
        {QStringLiteral("first_id"), QJsonValue::Null},
        {QStringLiteral("last_id"), QJsonValue::Null},
        {QStringLiteral("has_more"), hasMore},
    };
}

} // namespace ResourceResponses
