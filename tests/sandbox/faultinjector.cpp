// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "faultinjector.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace {

using Kind = SandboxFault::Kind;

struct KindName
{
    Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {Kind::Status, "status"},
    {Kind::Html, "html"},
    {Kind::TruncatedJson, "truncated-json"},
    {Kind::EmptyBody, "empty-body"},
    {Kind::DropMidBody, "drop-mid-body"},
    {Kind::NoResponse, "no-response"},
    {Kind::InvalidItem, "invalid-item"},
};

std::optional<Kind> kindFromName(QString name)
{
    name = name.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const KindName &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString kindName(Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

bool matches(const SandboxFault &fault, const QByteArray &method, const QString &path)
{
    if (!fault.method.isEmpty() && fault.method.compare(method, Qt::CaseInsensitive) != 0)
        return false;
    return fault.path.isEmpty() || fault.path == path;
}

// What a client would have received had the request gone through; used when a fault must
// cut or drop a body but the request was never carried out.
QByteArray placeholderBody()
{
    return QByteArrayLiteral(
        "{\"id\":\"proj_SandboxPlaceholder0000000000\",\"object\":\"organization.project\","
        "\"name\":\"This answer was cut off by the sandbox\",\"created_at\":1767225600,"
        "\"archived_at\":null,\"status\":\"active\"}");
}

// The body with `created_at` of its last project (or of the project it is) turned into text.
QByteArray withInvalidItem(const QByteArray &body)
{
    QJsonObject json = QJsonDocument::fromJson(body).object();
    const auto spoil = [](QJsonObject project) {
        project.insert(QStringLiteral("created_at"), QStringLiteral("yesterday"));
        return project;
    };
    QJsonArray data = json.value(QStringLiteral("data")).toArray();
    if (!data.isEmpty()) {
        data.replace(data.size() - 1, spoil(data.last().toObject()));
        json.insert(QStringLiteral("data"), data);
    } else {
        json = spoil(json);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// The service's usual error for @p status, or @p message in its place when one is given.
SandboxResponse statusAnswer(int status, const QString &message)
{
    const auto text = [&message](const QString &usual) {
        return message.isEmpty() ? usual : message;
    };
    switch (status) {
    case 408:
        return SandboxResponse::error(status, text(QStringLiteral("Request timed out.")),
                                      QStringLiteral("timeout"));
    case 409:
        return SandboxResponse::error(status,
                                      text(QStringLiteral("The request conflicted with another "
                                                          "one. Please try again.")),
                                      QStringLiteral("conflict"));
    case 429:
        return SandboxResponse::error(status,
                                      text(QStringLiteral("You're making too many requests, "
                                                          "please slow down.")),
                                      QStringLiteral("requests"),
                                      QString(), QStringLiteral("rate_limit_exceeded"));
    case 503:
        return SandboxResponse::error(status,
                                      text(QStringLiteral("The server is overloaded or not "
                                                          "ready yet.")),
                                      QStringLiteral("server_error"));
    default:
        break;
    }
    if (status >= 500) {
        return SandboxResponse::error(status,
                                      text(QStringLiteral("The server had an error while "
                                                          "processing your request. Sorry "
                                                          "about that!")),
                                      QStringLiteral("server_error"));
    }
    return SandboxResponse::error(status,
                                  text(QStringLiteral("The sandbox was told to answer HTTP %1.")
                                           .arg(status)),
                                  QStringLiteral("invalid_request_error"));
}

QByteArray htmlPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + httpReasonPhrase(status);
    return "<!DOCTYPE html>\n<html><head><title>" + title
        + "</title></head>\n<body><center><h1>" + title
        + "</h1></center><hr><center>sandbox-proxy</center></body></html>\n";
}

std::optional<bool> boolFromText(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1")
        || value == QLatin1String("yes"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0")
        || value == QLatin1String("no"))
        return false;
    return std::nullopt;
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Applies one key of either form (spec or JSON, already as text) to @p fault.
bool applyField(SandboxFault &fault, QString key, const QString &value, QString *error)
{
    key = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    bool ok = true;
    if (key == QLatin1String("kind")) {
        const auto kind = kindFromName(value);
        if (!kind)
            return setError(error, QStringLiteral("unknown fault kind '%1'").arg(value));
        fault.kind = *kind;
    } else if (key == QLatin1String("status")) {
        fault.status = value.toInt(&ok);
        if (!ok || fault.status < 100 || fault.status > 599)
            return setError(error, QStringLiteral("status must be 100..599, not '%1'").arg(value));
    } else if (key == QLatin1String("method")) {
        fault.method = value.trimmed().toUpper().toLatin1();
    } else if (key == QLatin1String("path")) {
        fault.path = value.trimmed();
    } else if (key == QLatin1String("count")) {
        fault.count = value.toInt(&ok);
        if (!ok || fault.count < 1)
            return setError(error, QStringLiteral("count must be 1 or more, not '%1'").arg(value));
    } else if (key == QLatin1String("retry_after")) {
        fault.retryAfterSeconds = value.toInt(&ok);
        if (!ok)
            return setError(error, QStringLiteral("retry-after must be an integer"));
    } else if (key == QLatin1String("retry_after_ms")) {
        fault.retryAfterMs = value.toInt(&ok);
        if (!ok)
            return setError(error, QStringLiteral("retry-after-ms must be an integer"));
    } else if (key == QLatin1String("should_retry")) {
        fault.shouldRetry = boolFromText(value);
        if (!fault.shouldRetry)
            return setError(error, QStringLiteral("should-retry must be true or false"));
    } else if (key == QLatin1String("after_effect")) {
        const auto afterEffect = value.isEmpty() ? std::optional<bool>(true) : boolFromText(value);
        if (!afterEffect)
            return setError(error, QStringLiteral("after-effect must be true or false"));
        fault.afterEffect = *afterEffect;
    } else if (key == QLatin1String("message")) {
        fault.message = value;
    } else {
        return setError(error, QStringLiteral("unknown fault key '%1'").arg(key));
    }
    return true;
}

} // namespace

void FaultInjector::add(const SandboxFault &fault)
{
    if (fault.count >= 1)
        m_faults.append(fault);
}

void FaultInjector::clear()
{
    m_faults.clear();
}

int FaultInjector::pendingCount() const
{
    int uses = 0;
    for (const SandboxFault &fault : m_faults)
        uses += fault.count;
    return uses;
}

std::optional<SandboxFault> FaultInjector::take(const QByteArray &method, const QString &path)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!matches(*it, method, path))
            continue;
        SandboxFault fault = *it;
        if (--it->count <= 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray faults;
    for (const SandboxFault &fault : m_faults)
        faults.append(toJson(fault));
    return faults;
}

SandboxResponse FaultInjector::answer(const SandboxFault &fault,
                                      const std::optional<SandboxResponse> &served)
{
    SandboxResponse response;
    switch (fault.kind) {
    case Kind::Status:
        response = statusAnswer(fault.status, fault.message);
        break;
    case Kind::Html:
        response.status = fault.status;
        response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        response.body = htmlPage(fault.status);
        break;
    case Kind::TruncatedJson: {
        const QByteArray whole = served && served->body.size() > 1 ? served->body
                                                                   : placeholderBody();
        response.status = 200;
        response.body = whole.left(whole.size() / 2);
        break;
    }
    case Kind::EmptyBody:
        response.status = fault.status;
        break;
    case Kind::DropMidBody:
        response = served && served->body.size() > 1 ? *served : SandboxResponse();
        if (response.body.size() <= 1) {
            response.status = 200;
            response.body = placeholderBody();
        }
        response.delivery = SandboxResponse::Delivery::DropMidBody;
        break;
    case Kind::NoResponse:
        response.delivery = SandboxResponse::Delivery::Never;
        break;
    case Kind::InvalidItem:
        response = served ? *served : SandboxResponse();
        response.status = 200;
        response.body = withInvalidItem(response.body.isEmpty() ? placeholderBody() : response.body);
        break;
    }
    if (fault.retryAfterSeconds)
        response.headers.append({QByteArrayLiteral("retry-after"),
                                 QByteArray::number(*fault.retryAfterSeconds)});
    if (fault.retryAfterMs)
        response.headers.append({QByteArrayLiteral("retry-after-ms"),
                                 QByteArray::number(*fault.retryAfterMs)});
    if (fault.shouldRetry)
        response.headers.append({QByteArrayLiteral("x-should-retry"),
                                 *fault.shouldRetry ? QByteArrayLiteral("true")
                                                    : QByteArrayLiteral("false")});
    return response;
}

std::optional<SandboxFault> FaultInjector::fromSpec(const QString &spec, QString *error)
{
    SandboxFault fault;
    const QStringList fields = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (fields.isEmpty()) {
        setError(error, QStringLiteral("empty fault"));
        return std::nullopt;
    }
    for (const QString &field : fields) {
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? field : field.left(equals);
        const QString value = equals < 0 ? QString() : field.mid(equals + 1);
        const bool bareAfterEffect = equals < 0
            && key.trimmed().compare(QLatin1String("after-effect"), Qt::CaseInsensitive) == 0;
        if (equals < 0 && !bareAfterEffect) {
            // A bare word other than after-effect names the kind: "html,status=502".
            if (!applyField(fault, QStringLiteral("kind"), key, error))
                return std::nullopt;
            continue;
        }
        if (!applyField(fault, key, value, error))
            return std::nullopt;
    }
    return fault;
}

std::optional<SandboxFault> FaultInjector::fromJson(const QJsonObject &object, QString *error)
{
    SandboxFault fault;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString text;
        const QJsonValue value = it.value();
        if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (value.isDouble())
            text = QString::number(value.toInteger());
        else if (value.isString())
            text = value.toString();
        else if (value.isNull())
            continue;
        else {
            setError(error, QStringLiteral("'%1' must be a string, a number or a boolean")
                                .arg(it.key()));
            return std::nullopt;
        }
        if (!applyField(fault, it.key(), text, error))
            return std::nullopt;
    }
    return fault;
}

QJsonObject FaultInjector::toJson(const SandboxFault &fault)
{
    QJsonObject object{
        {QStringLiteral("kind"), kindName(fault.kind)},
        {QStringLiteral("status"), fault.status},
        {QStringLiteral("method"), QString::fromLatin1(fault.method)},
        {QStringLiteral("path"), fault.path},
        {QStringLiteral("count"), fault.count},
        {QStringLiteral("after_effect"), fault.afterEffect},
    };
    if (fault.retryAfterSeconds)
        object.insert(QStringLiteral("retry_after"), *fault.retryAfterSeconds);
    if (fault.retryAfterMs)
        object.insert(QStringLiteral("retry_after_ms"), *fault.retryAfterMs);
    if (fault.shouldRetry)
        object.insert(QStringLiteral("should_retry"), *fault.shouldRetry);
    if (!fault.message.isEmpty())
        object.insert(QStringLiteral("message"), fault.message);
    return object;
}
