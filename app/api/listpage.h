// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// One page of any Admin API list: `{"object":"list","data":[…],"first_id","last_id","has_more"}`.
template <typename T>
struct ListPage
{
    QList<T> items;
    QString nextCursor; ///< `last_id`, else the last item's id; empty when none
    QString firstId;    ///< `first_id`, else the first item's id: the `before` of the page ahead
    bool hasMore = false;
    QString requestId;  ///< x-request-id of the answer that carried it
};

/// The list envelope without its items: what every list shares, read once for all of them.
struct ListEnvelope
{
    QJsonArray items;
    QString nextCursor;
    QString firstId;
    bool hasMore = false;
};

namespace ListReader {

/// Reads the envelope of @p json. A missing `data` array or `has_more` boolean, or a page
/// that says `has_more` without a cursor other than @p sentAfter (paging would loop), is a
/// BadResponse carrying @p requestId, like ReplyParser::page() for projects.
[[nodiscard]] ApiResult<ListEnvelope> envelope(const QJsonObject &json, const QString &sentAfter,
                                               const QString &requestId);
/// The BadResponse for item @p index that @p why describes.
[[nodiscard]] ApiError badItem(qsizetype index, const QString &why, const QString &requestId);
/// The BadResponse for a body that is not what was expected.
[[nodiscard]] ApiError badResponse(const QString &why, const QString &requestId);
/// The JSON object of @p body, or the BadResponse that says what it was instead.
[[nodiscard]] ApiResult<QJsonObject> object(const QByteArray &body, const QString &requestId);

/// A page of @p body whose items @p readItem turns into T: `std::optional<T>(const
/// QJsonObject &, QString *why)`. One item that cannot be read refuses the whole page (a
/// half page would look complete), naming its position and why.
template <typename T, typename ItemReader>
[[nodiscard]] ApiResult<ListPage<T>> page(const QByteArray &body, const QString &sentAfter,
                                          const QString &requestId, ItemReader readItem)
{
    const ApiResult<QJsonObject> json = object(body, requestId);
    if (!json.ok())
        return json.error();
    const ApiResult<ListEnvelope> list = envelope(json.value(), sentAfter, requestId);
    if (!list.ok())
        return list.error();
    ListPage<T> page;
    page.nextCursor = list.value().nextCursor;
    page.firstId = list.value().firstId;
    page.hasMore = list.value().hasMore;
    page.requestId = requestId;
    const QJsonArray &items = list.value().items;
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString why = QStringLiteral("an entry that is not an object");
        std::optional<T> item;
        if (items.at(i).isObject())
            item = readItem(items.at(i).toObject(), &why);
        if (!item)
            return badItem(i, why, requestId);
        page.items.append(std::move(*item));
    }
    return page;
}

/// One object of @p body that @p readItem reads (a create, retrieve or update answer).
template <typename T, typename ItemReader>
[[nodiscard]] ApiResult<T> single(const QByteArray &body, const QString &requestId, ItemReader readItem)
{
    const ApiResult<QJsonObject> json = object(body, requestId);
    if (!json.ok())
        return json.error();
    QString why;
    std::optional<T> item = readItem(json.value(), &why);
    if (!item)
        return badResponse(why, requestId);
    return std::move(*item);
}

} // namespace ListReader
