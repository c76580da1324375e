// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "listpage.h"

#include "replyparser.h"

namespace {

QString stringOf(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    return value.isString() ? value.toString() : QString();
}

} // namespace

namespace ListReader {

ApiError badResponse(const QString &why, const QString &requestId)
{
    return ApiError(ApiError::Kind::BadResponse, why).setRequestId(requestId).setHttpStatus(200);
}

ApiError badItem(qsizetype index, const QString &why, const QString &requestId)
{
    return badResponse(QStringLiteral("item %1: %2").arg(index).arg(why), requestId);
}

ApiResult<QJsonObject> object(const QByteArray &body, const QString &requestId)
{
    QString why;
    std::optional<QJsonObject> json = ReplyParser::jsonObject(body, &why);
    if (!json)
        return badResponse(why, requestId);
    return std::move(*json);
}

ApiResult<ListEnvelope> envelope(const QJsonObject &json, const QString &sentAfter,
                                 const QString &requestId)
{
    const QJsonValue data = json.value(QLatin1String("data"));
    if (!data.isArray())
        return badResponse(QStringLiteral("a list without a \"data\" array"), requestId);
    const QJsonValue hasMore = json.value(QLatin1String("has_more"));
    if (!hasMore.isBool())
        return badResponse(QStringLiteral("a list without a true/false \"has_more\""), requestId);

    ListEnvelope list;
    list.items = data.toArray();
    list.hasMore = hasMore.toBool();
    // last_id and first_id are optional and nullable: the items' own ids stand in.
    list.nextCursor = stringOf(json, QLatin1StringView("last_id"));
    if (list.nextCursor.isEmpty() && !list.items.isEmpty())
        list.nextCursor = stringOf(list.items.last().toObject(), QLatin1StringView("id"));
    list.firstId = stringOf(json, QLatin1StringView("first_id"));
    if (list.firstId.isEmpty() && !list.items.isEmpty())
        list.firstId = stringOf(list.items.first().toObject(), QLatin1StringView("id"));
    if (list.hasMore && (list.nextCursor.isEmpty() || list.nextCursor == sentAfter))
        return badResponse(QStringLiteral("\"has_more\" without a new cursor; paging stopped"), requestId);
    return list;
}

} // namespace ListReader
