// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "sandboxresponse.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxResponse::error(int status, const QString &message, const QString &type,
                                       const QString &param, const QString &code)
{
    const QJsonObject error{
        {QStringLiteral("message"), message},
        {QStringLiteral("type"), type},
        {QStringLiteral("param"), stringOrNull(param)},
        {QStringLiteral("code"), stringOrNull(code)},
    };
    return json(status, QJsonObject{{QStringLiteral("error"), error}});
}

QByteArray SandboxResponse::head(const QByteArray &requestId) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status)
        + "\r\n";
    head += "content-type: " + contentType + "\r\n";
    if (delivery != Delivery::Streamed) {
        head += "content-length: " + QByteArray::number(body.size()) + "\r\n";
    } else {
        if (stream.gzip)
            head += "content-encoding: gzip\r\ntransfer-encoding: chunked\r\n";
        else
            head += "content-length: " + QByteArray::number(stream.size) + "\r\n";
        head += "connection: close\r\n";
    }
    head += "x-request-id: " + requestId + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    return head;
}

QByteArray SandboxResponse::wireBytes(const QByteArray &requestId) const
{
    switch (delivery) {
    case Delivery::Complete:
        return head(requestId) + body;
    case Delivery::DropMidBody:
        // At least one byte of the body is missing, whatever its size, so the client cannot
        // mistake the truncated answer for a complete one.
        return head(requestId) + body.left(body.size() / 2);
    case Delivery::Streamed:
        return head(requestId); // the body follows as the socket drains
    case Delivery::Never:
    case Delivery::Close:
        break;
    }
    return {};
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 204: return QByteArrayLiteral("No Content");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 303: return QByteArrayLiteral("See Other");
    case 307: return QByteArrayLiteral("Temporary Redirect");
    case 308: return QByteArrayLiteral("Permanent Redirect");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 422: return QByteArrayLiteral("Unprocessable Entity");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Unknown");
    }
}
