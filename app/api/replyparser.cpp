// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "replyparser.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using JsonFields::lenientString;

ApiError badResponse(const QString &why, const QString &requestId, int status = 200)
{
    return ApiError(ApiError::Kind::BadResponse, why).setRequestId(requestId).setHttpStatus(status);
}

// Why a body is not a JSON object, in words for the "not valid API data (...)" sentence.
QString notAnObject(const QByteArray &body, const QJsonParseError &parseError)
{
    const QByteArray start = body.trimmed().left(64).toLower();
    if (start.isEmpty())
        return QStringLiteral("an empty answer");
    if (start.startsWith('<'))
        return QStringLiteral("an HTML page instead of JSON");
    if (parseError.error == QJsonParseError::UnterminatedObject
        || parseError.error == QJsonParseError::UnterminatedArray
        || parseError.error == QJsonParseError::UnterminatedString
        || parseError.error == QJsonParseError::IllegalEscapeSequence
        || (parseError.error != QJsonParseError::NoError && parseError.offset >= body.size() - 1))
        return QStringLiteral("JSON cut off after %1 bytes").arg(body.size());
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("invalid JSON at byte %1: %2")
            .arg(parseError.offset).arg(parseError.errorString());
    return QStringLiteral("JSON that is not an object");
}

// `last_id`, else the id of the last item (as a string, unchecked otherwise).
QString cursorOf(const QJsonObject &json, const QJsonArray &items)
{
    QString cursor = lenientString(json, QLatin1StringView("last_id"));
    if (cursor.isEmpty() && !items.isEmpty())
        cursor = lenientString(items.last().toObject(), QLatin1StringView("id"));
    return cursor;
}

} // namespace

namespace ReplyParser {

std::optional<QJsonObject> jsonObject(const QByteArray &body, QString *why)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = notAnObject(body, parseError);
        return std::nullopt;
    }
    return doc.object();
}

ApiResult<ProjectPage> page(const QByteArray &body, const QString &sentAfter, const QString &requestId)
{
    QString why;
    const auto json = jsonObject(body, &why);
    if (!json)
        return badResponse(why, requestId);
    return page(*json, sentAfter, requestId);
}

ApiResult<ProjectPage> page(const QJsonObject &json, const QString &sentAfter, const QString &requestId)
{
    QString why;
    const QJsonValue data = json.value(QLatin1String("data"));
    if (!data.isArray())
        return badResponse(QStringLiteral("a list without a \"data\" array"), requestId);
    const QJsonValue hasMore = json.value(QLatin1String("has_more"));
    if (!hasMore.isBool())
        return badResponse(QStringLiteral("a list without a true/false \"has_more\""), requestId);

    ProjectPage page;
    page.hasMore = hasMore.toBool();
    page.requestId = requestId;
    const QJsonArray items = data.toArray();
    page.projects.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto project = items.at(i).isObject()
            ? Project::fromJson(items.at(i).toObject(), &why)
            : (why = QStringLiteral("an entry that is not an object"), std::nullopt);
        if (!project)
            return badResponse(QStringLiteral("item %1: %2").arg(i).arg(why), requestId);
        page.projects.append(*project);
    }
    page.nextCursor = cursorOf(json, items);
    if (page.hasMore && (page.nextCursor.isEmpty() || page.nextCursor == sentAfter))
        return badResponse(QStringLiteral("\"has_more\" without a new cursor; paging stopped"), requestId);
    return page;
}

ApiResult<Project> project(const QByteArray &body, const QString &requestId)
{
    QString why;
    const auto json = jsonObject(body, &why);
    if (!json)
        return badResponse(why, requestId);
    auto project = Project::fromJson(*json, &why);
    if (!project)
        return badResponse(why, requestId);
    return *project;
}

ApiError error(int httpStatus, const QByteArray &body, const QString &requestId)
{
    QString why;
    const auto json = jsonObject(body, &why);
    const QJsonValue error = json ? json->value(QLatin1String("error")) : QJsonValue();
    if (!error.isObject() && !error.isString()) {
        if (json)
            why = QStringLiteral("JSON without an \"error\" object");
        return badResponse(QStringLiteral("HTTP %1 with %2").arg(httpStatus).arg(why), requestId,
                           httpStatus);
    }
    const ApiError::Kind kind = ApiError::kindForStatus(httpStatus);
    ApiError result(kind == ApiError::Kind::None ? ApiError::Kind::BadResponse : kind);
    result.setHttpStatus(httpStatus).setRequestId(requestId);
    if (error.isString())
        return result.setApiMessage(error.toString());
    const QJsonObject fields = error.toObject();
    return result.setType(lenientString(fields, QLatin1StringView("type")))
        .setCode(lenientString(fields, QLatin1StringView("code")))
        .setParam(lenientString(fields, QLatin1StringView("param")))
        .setApiMessage(lenientString(fields, QLatin1StringView("message")));
}

} // namespace ReplyParser
