// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "faultinjector.h"

#include "listfaults.h"
#include "projectstore.h"

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
    {Kind::CursorCycle, "cursor-cycle"},
    {Kind::EmptyPageWithMore, "empty-more"},
    {Kind::RepeatRows, "repeat-rows"},
    {Kind::Close, "close"},
    {Kind::Gzip, "gzip"},
    {Kind::Oversize, "oversize"},
    {Kind::Redirect, "redirect"},
};

constexpr int MaxSizeMib = 2048;

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
    // The field each kind of object cannot do without: added_at for members and users, the
    // requests per minute for a rate limit, created_at for the others.
    const auto spoil = [](QJsonObject project) {
        QString field = QStringLiteral("created_at");
        if (project.contains(QLatin1String("added_at")))
            field = QStringLiteral("added_at");
        else if (project.contains(QLatin1String("max_requests_per_1_minute")))
            field = QStringLiteral("max_requests_per_1_minute");
        project.insert(field, QStringLiteral("yesterday"));
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

// The service's usual error for @p status, or @p chosenMessage in its place when there is one.
SandboxResponse statusAnswer(int status, const QString &param, const QString &chosenMessage)
{
    QString message = QStringLiteral("The sandbox was told to answer HTTP %1.").arg(status);
    QString type = QStringLiteral("invalid_request_error");
    QString code;
    if (status == 408) {
        message = QStringLiteral("Request timed out.");
        type = QStringLiteral("timeout");
    } else if (status == 409) {
        message = QStringLiteral("The request conflicted with another one. Please try again.");
        type = QStringLiteral("conflict");
    } else if (status == 429) {
        message = QStringLiteral("You're making too many requests, please slow down.");
        type = QStringLiteral("requests");
        code = QStringLiteral("rate_limit_exceeded");
    } else if (status == 503) {
        message = QStringLiteral("The server is overloaded or not ready yet.");
        type = QStringLiteral("server_error");
    } else if (status >= 500) {
        message = QStringLiteral("The server had an error while processing your request. "
                                 "Sorry about that!");
        type = QStringLiteral("server_error");
    }
    return SandboxResponse::error(status, chosenMessage.isEmpty() ? message : chosenMessage, type,
                                  param.isEmpty() ? QString() : param, code);
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
    } else if (key == QLatin1String("param")) {
        fault.param = value.trimmed();
    } else if (key == QLatin1String("size_mib")) {
        fault.sizeMib = value.toInt(&ok);
        if (!ok || fault.sizeMib < 1 || fault.sizeMib > MaxSizeMib)
            return setError(error, QStringLiteral("size-mib must be 1..%1, not '%2'")
                                       .arg(MaxSizeMib)
                                       .arg(value));
    } else if (key == QLatin1String("compressible")) {
        const auto compressible = boolFromText(value);
        if (!compressible)
            return setError(error, QStringLiteral("compressible must be true or false"));
        fault.compressible = *compressible;
    } else if (key == QLatin1String("location")) {
        fault.location = value.trimmed();
    } else {
        return setError(error, QStringLiteral("unknown fault key '%1'").arg(key));
    }
    return true;
}

} // namespace

void FaultInjector::add(const SandboxFault &fault)
{
    if (fault.count >= 1)
        m_faults.append({fault});
}

void FaultInjector::clear()
{
    m_faults.clear();
}

int FaultInjector::pendingCount() const
{
    int uses = 0;
    for (const Queued &queued : m_faults)
        uses += queued.fault.count;
    return uses;
}

std::optional<FaultInjector::Taken> FaultInjector::take(const QByteArray &method,
                                                        const QString &path)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!matches(it->fault, method, path))
            continue;
        const Taken taken{it->fault, it->used++};
        if (--it->fault.count <= 0)
            m_faults.erase(it);
        return taken;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray faults;
    for (const Queued &queued : m_faults)
        faults.append(toJson(queued.fault));
    return faults;
}

SandboxResponse FaultInjector::answer(const SandboxFault &fault, const FaultContext &context,
                                      const std::optional<SandboxResponse> &served)
{
    SandboxResponse response;
    switch (fault.kind) {
    case Kind::Status:
        response = statusAnswer(fault.status, fault.param, fault.message);
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
    case Kind::CursorCycle:
        response = ListFaults::cursorCycle(context.store, context.query, context.use);
        break;
    case Kind::EmptyPageWithMore:
        response = ListFaults::emptyPageWithMore(context.store.newId(context.random));
        break;
    case Kind::RepeatRows:
        response = ListFaults::repeatRows(context.store, context.query,
                                          context.store.newId(context.random));
        break;
    case Kind::Close:
        response.delivery = SandboxResponse::Delivery::Close;
        break;
    case Kind::Gzip:
    case Kind::Oversize:
        response.delivery = SandboxResponse::Delivery::Streamed;
        response.stream.size = qint64(fault.sizeMib) * 1024 * 1024;
        response.stream.gzip = fault.kind == Kind::Gzip;
        response.stream.compressible = fault.compressible;
        break;
    case Kind::Redirect: {
        response.status = fault.status >= 300 && fault.status < 400 ? fault.status : 302;
        const QString location = !fault.location.isEmpty()
            ? fault.location
            : QStringLiteral("http://127.0.0.2:%1%2")
                  .arg(QString::number(context.port), context.pathAndQuery);
        response.headers.append({QByteArrayLiteral("location"), location.toUtf8()});
        response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        response.body = htmlPage(response.status);
        break;
    }
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
    if (!fault.param.isEmpty())
        object.insert(QStringLiteral("param"), fault.param);
    if (fault.kind == Kind::Gzip || fault.kind == Kind::Oversize) {
        object.insert(QStringLiteral("size_mib"), fault.sizeMib);
        object.insert(QStringLiteral("compressible"), fault.compressible);
    }
    if (!fault.location.isEmpty())
        object.insert(QStringLiteral("location"), fault.location);
    return object;
}
