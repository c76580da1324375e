// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <optional>
#include <variant>

/// The answers the members, service accounts, API keys and rate limits endpoints share.
namespace ResourceResponses {

[[nodiscard]] SandboxResponse badRequest(const QString &message, const QString &param = {},
                                         const QString &code = {});
[[nodiscard]] SandboxResponse notFound(const QString &message);
/// The JSON object of a request body, or the 400 for one that is not.
[[nodiscard]] std::variant<QJsonObject, SandboxResponse> body(const QByteArray &bytes);
/// 400 for a missing, empty or non-string @p key of @p body; nothing when it is a string.
[[nodiscard]] std::optional<SandboxResponse> requireString(const QJsonObject &body, const QString &key);
/// The `limit` of a list request (1..100, default @p fallback), or its 400.
[[nodiscard]] std::variant<int, SandboxResponse> limit(const QUrlQuery &query, int fallback);
[[nodiscard]] QJsonObject list(const QJsonArray &data, bool hasMore);

/// One page of @p items: after the item whose id is `after` (400 when no item has it), or,
/// when @p allowBefore, before the one whose id is `before`; both at once is a 400.
/// first_id and last_id are null on an empty page, like the projects list.
template <typename T, typename IdOf, typename ToJson>
[[nodiscard]] SandboxResponse page(const QList<T> &items, const QUrlQuery &query, int defaultLimit,
                                   bool allowBefore, IdOf idOf, ToJson toJson)
{
    const auto size = limit(query, defaultLimit);
    if (const auto *error = std::get_if<SandboxResponse>(&size))
        return *error;
    const int count = std::get<int>(size);
    const auto indexOf = [&](const QString &key) -> std::optional<qsizetype> {
        const QString id = query.queryItemValue(key, QUrl::FullyDecoded);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (idOf(items.at(i)) == id)
                return i;
        }
        return std::nullopt;
    };
    const bool hasAfter = query.hasQueryItem(QStringLiteral("after"));
    const bool hasBefore = allowBefore && query.hasQueryItem(QStringLiteral("before"));
    if (hasAfter && hasBefore)
        return badRequest(QStringLiteral("Only one of 'after' and 'before' may be given."), QStringLiteral("before"));
    const QString key = hasBefore ? QStringLiteral("before") : QStringLiteral("after");
    qsizetype from = 0;
    qsizetype to = items.size();
    if (hasAfter || hasBefore) {
        const auto at = indexOf(key);
        if (!at) {
            return badRequest(QStringLiteral("Invalid '%1': no object with id '%2' in this list.")
                                  .arg(key, query.queryItemValue(key, QUrl::FullyDecoded)),
                              key, QStringLiteral("invalid_value"));
        }
        // after: the items behind it; before: the `count` items ahead of it.
        from = hasAfter ? *at + 1 : std::max<qsizetype>(0, *at - count);
        to = hasAfter ? items.size() : *at;
    }
    const qsizetype end = std::min<qsizetype>(to, from + count);
    QJsonArray data;
    for (qsizetype i = from; i < end; ++i)
        data.append(toJson(items.at(i)));
    QJsonObject json = list(data, hasBefore ? from > 0 : end < items.size());
    if (!data.isEmpty()) {
        json.insert(QStringLiteral("first_id"), idOf(items.at(from)));
        json.insert(QStringLiteral("last_id"), idOf(items.at(end - 1)));
    }
    return SandboxResponse::json(200, json);
}

} // namespace ResourceResponses
