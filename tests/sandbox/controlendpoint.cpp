// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The control endpoint: how a test, a benchmark or a demo script steers a sandbox that runs in
// another process. It needs no admin key, is never logged, delayed, faulted or rate limited,
// and answers JSON (errors in the API's error shape). It answers 403 unless the Host header is
// exactly 127.0.0.1:PORT or localhost:PORT (a web page that rebinds its own name to 127.0.0.1
// sends its own name) and x-sandbox-token is the control token (nothing else can guess it):
//
//   GET    /__sandbox/state        counts and settings, organizations (names, never keys)
//   GET    /__sandbox/faults       faults still queued
//   POST   /__sandbox/faults       queue one fault {"kind","status","method","path","count",
//                                  "retry_after","retry_after_ms","should_retry","after_effect",
//                                  "message"},
//                                  an array of them, or {"faults":[...]}
//   DELETE /__sandbox/faults       drop every queued fault
//   POST   /__sandbox/latency      {"ms": 250}
//   POST   /__sandbox/rate-limit   {"requests": 8, "window_ms": 60000, "retry_after": true};
//                                  requests 0 switches it off
//   DELETE /__sandbox/rate-limit   switch it off
//   POST   /__sandbox/archive-bug  {"enabled": true}
//   POST   /__sandbox/seed         {"active": 40, "archived": 10, "seed": 1}
//   POST   /__sandbox/projects     {"name": "X", "created_at": 1700000000, "archived": false,
//                                  "organization": "default"}
//   POST   /__sandbox/organizations {"name": "b", "admin_key": "sk-admin-b", "active": 5,
//                                  "archived": 1, "seed": 1}
//   GET    /__sandbox/requests     the request log
//   DELETE /__sandbox/requests     empty the request log
//   POST   /__sandbox/reset        no faults, latency, rate limit or archive bug; empty log
//                                  (the projects stay)

#include "sandboxserver_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>
#include <variant>

namespace {

const QString invalidRequest = QStringLiteral("invalid_request_error");

SandboxResponse badControl(const QString &message, const QString &param = QString())
{
    return SandboxResponse::error(400, message, invalidRequest, param);
}

// The body as JSON (an empty body reads as {}), or the 400 for an unreadable one.
std::variant<QJsonDocument, SandboxResponse> jsonBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonDocument(QJsonObject());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return badControl(
            QStringLiteral("The body is not valid JSON: %1.").arg(error.errorString()));
    return document;
}

// Reads typed fields of a control body, remembering the first invalid one.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object) : m_object(object) { }

    // An integer within [minimum, maximum]; @p fallback when absent.
    qint64 integer(const QString &key, qint64 fallback, qint64 minimum, qint64 maximum)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(qint64(number)) || number < double(minimum)
            || number > double(maximum)) {
            fail(QStringLiteral("'%1' must be an integer between %2 and %3.")
                     .arg(key)
                     .arg(minimum)
                     .arg(maximum),
                 key);
            return fallback;
        }
        return qint64(number);
    }

    // A string that is not blank; @p fallback when absent, unless @p required.
    QString text(const QString &key, bool required, const QString &fallback = {})
    {
        const QJsonValue value = m_object.value(key);
        if (!required && (value.isUndefined() || value.isNull()))
            return fallback;
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(QStringLiteral("'%1' must be a non-empty string.").arg(key), key);
            return fallback;
        }
        return value.toString();
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool())
            fail(QStringLiteral("'%1' must be true or false.").arg(key), key);
        return value.toBool(fallback);
    }

    [[nodiscard]] const std::optional<SandboxResponse> &error() const { return m_error; }

private:
    void fail(const QString &message, const QString &key)
    {
        if (!m_error)
            m_error = badControl(message, key);
    }

    const QJsonObject &m_object;
    std::optional<SandboxResponse> m_error;
};

QJsonObject requestJson(const SandboxRequest &request)
{
    return QJsonObject{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), request.query},
        {QStringLiteral("body"), QString::fromUtf8(request.body)},
        {QStringLiteral("authorization"), request.authorization},
        {QStringLiteral("user_agent"), request.userAgent},
        {QStringLiteral("content_type"), request.contentType},
        {QStringLiteral("at"), request.at.toString(Qt::ISODateWithMs)},
        {QStringLiteral("status"), request.status},
        {QStringLiteral("request_id"), request.requestId},
        {QStringLiteral("organization"), request.organization},
    };
}

// Compares in a time that does not depend on where the first difference is.
bool sameSecret(const QByteArray &presented, const QByteArray &secret)
{
    if (presented.size() != secret.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < secret.size(); ++i)
        difference |= char(presented.at(i) ^ secret.at(i));
    return difference == 0;
}

SandboxResponse forbidden(const QString &message)
{
    return SandboxResponse::error(403, message, invalidRequest, QString(),
                                  QStringLiteral("control_forbidden"));
}

} // namespace

std::optional<SandboxResponse> SandboxServer::Private::controlRefusal(
    const IncomingRequest &request) const
{
    const QByteArray portText = QByteArray::number(port);
    if (request.host != "127.0.0.1:" + portText && request.host != "localhost:" + portText) {
        return forbidden(QStringLiteral("The control endpoint answers only requests for "
                                        "127.0.0.1:%1 or localhost:%1 (the Host header).")
                             .arg(port));
    }
    if (!sameSecret(request.controlToken, controlToken.toUtf8())) {
        return forbidden(QStringLiteral("The control endpoint needs the header x-sandbox-token "
                                        "with the token the sandbox printed at start."));
    }
    return std::nullopt;
}

QJsonObject SandboxServer::Private::stateJson() const
{
    QJsonArray organizationList;
    for (const auto &organization : organizations) {
        organizationList.append(QJsonObject{
            {QStringLiteral("name"), organization->name},
            {QStringLiteral("projects"), organization->store.count()},
            {QStringLiteral("active"), organization->store.activeCount()},
            {QStringLiteral("archived"), organization->store.archivedCount()},
        });
    }
    const ProjectStore &store = defaultOrganization().store;
    return QJsonObject{
        {QStringLiteral("base_url"), q->baseUrl().toString()},
        {QStringLiteral("projects"), store.count()},
        {QStringLiteral("active"), store.activeCount()},
        {QStringLiteral("archived"), store.archivedCount()},
        {QStringLiteral("organizations"), organizationList},
        {QStringLiteral("requests"), int(log.size())},
        {QStringLiteral("pending_faults"), faults.pendingCount()},
        {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("rate_limit"),
         QJsonObject{
             {QStringLiteral("requests"), rateLimiter.limit()},
             {QStringLiteral("window_ms"), rateLimiter.windowMs()},
             {QStringLiteral("retry_after"), rateLimiter.sendsRetryAfter()},
         }},
        {QStringLiteral("archive_bug"), archiveBug},
    };
}

SandboxResponse SandboxServer::Private::handleControl(const IncomingRequest &request)
{
    const QString route = request.path.mid(int(qstrlen("/__sandbox")));
    const QByteArray &method = request.method;
    const auto ok = [this] { return SandboxResponse::json(200, stateJson()); };
    const auto wrongMethod = [&request](const QByteArray &allowed) {
        SandboxResponse response = SandboxResponse::error(
            405,
            QStringLiteral("Invalid method for URL (%1 %2); allowed: %3.")
                .arg(QString::fromLatin1(request.method), request.path,
                     QString::fromLatin1(allowed)),
            invalidRequest, QString(), QStringLiteral("method_not_allowed"));
        response.headers.append({QByteArrayLiteral("allow"), allowed});
        return response;
    };

    const auto parsed = jsonBody(request.body);
    if (const auto *error = std::get_if<SandboxResponse>(&parsed))
        return *error;
    const QJsonDocument document = std::get<QJsonDocument>(parsed);
    const QJsonObject body = document.object();

    FieldReader fields(body);

    if (route == QLatin1String("/state")) {
        if (method != "GET")
            return wrongMethod("GET");
        return ok();
    }

    if (route == QLatin1String("/faults")) {
        if (method == "GET") {
            return SandboxResponse::json(200, QJsonObject{
                {QStringLiteral("object"), QStringLiteral("list")},
                {QStringLiteral("data"), faults.toJson()},
            });
        }
        if (method == "DELETE") {
            faults.clear();
            return ok();
        }
        if (method != "POST")
            return wrongMethod("GET, POST, DELETE");
        QJsonArray items;
        if (document.isArray())
            items = document.array();
        else if (body.value(QLatin1String("faults")).isArray())
            items = body.value(QLatin1String("faults")).toArray();
        else
            items.append(body);
        QList<SandboxFault> parsedFaults;
        for (const QJsonValue &item : std::as_const(items)) {
            QString error;
            const auto fault = item.isObject() ? FaultInjector::fromJson(item.toObject(), &error)
                                               : std::nullopt;
            if (!fault) {
                if (error.isEmpty())
                    error = QStringLiteral("not an object");
                return badControl(QStringLiteral("Invalid fault: %1.").arg(error));
            }
            parsedFaults.append(*fault);
        }
        for (const SandboxFault &fault : std::as_const(parsedFaults))
            faults.add(fault);
        return ok();
    }

    if (route == QLatin1String("/latency")) {
        if (method != "POST")
            return wrongMethod("POST");
        const qint64 ms = fields.integer(QStringLiteral("ms"), 0, 0, 600000);
        if (fields.error())
            return *fields.error();
        latencyMs = int(ms);
        return ok();
    }

    if (route == QLatin1String("/rate-limit")) {
        if (method == "DELETE") {
            rateLimiter.configure(0, rateLimiter.windowMs(), false);
            return ok();
        }
        if (method != "POST")
            return wrongMethod("POST, DELETE");
        const qint64 requests = fields.integer(QStringLiteral("requests"), 0, 0, 1000000);
        const qint64 windowMs = fields.integer(QStringLiteral("window_ms"), 60000, 1, 86400000);
        const bool retryAfter = fields.boolean(QStringLiteral("retry_after"), false);
        if (fields.error())
            return *fields.error();
        rateLimiter.configure(int(requests), int(windowMs), retryAfter);
        return ok();
    }

    if (route == QLatin1String("/archive-bug")) {
        if (method != "POST")
            return wrongMethod("POST");
        const bool enabled = fields.boolean(QStringLiteral("enabled"), true);
        if (fields.error())
            return *fields.error();
        archiveBug = enabled;
        return ok();
    }

    if (route == QLatin1String("/seed")) {
        if (method != "POST")
            return wrongMethod("POST");
        const qint64 active = fields.integer(QStringLiteral("active"), 0, 0, 500000);
        const qint64 archived = fields.integer(QStringLiteral("archived"), 0, 0, 500000);
        const qint64 seed = fields.integer(QStringLiteral("seed"), 1, 0, 0xffffffffLL);
        if (fields.error())
            return *fields.error();
        q->seed(int(active), int(archived), quint32(seed));
        return ok();
    }

    if (route == QLatin1String("/projects")) {
        if (method != "POST")
            return wrongMethod("POST");
        const QString name = fields.text(QStringLiteral("name"), true);
        const QString organizationName = fields.text(
            QStringLiteral("organization"), false,
            QString::fromLatin1(SandboxServer::DefaultOrganization));
        const qint64 createdAt = fields.integer(QStringLiteral("created_at"), nowSecs(), 0,
                                                253402300799LL);
        const bool archived = fields.boolean(QStringLiteral("archived"), false);
        if (fields.error())
            return *fields.error();
        Organization *target = organization(organizationName);
        if (!target)
            return badControl(QStringLiteral("There is no organization named '%1'.")
                                  .arg(organizationName),
                              QStringLiteral("organization"));
        return SandboxResponse::json(
            200, ProjectsApi::toJson(addProject(*target, name, createdAt, archived)));
    }

    if (route == QLatin1String("/organizations")) {
        if (method != "POST")
            return wrongMethod("POST");
        const QString name = fields.text(QStringLiteral("name"), true);
        const QString key = fields.text(QStringLiteral("admin_key"), true);
        const qint64 active = fields.integer(QStringLiteral("active"), 0, 0, 500000);
        const qint64 archived = fields.integer(QStringLiteral("archived"), 0, 0, 500000);
        const qint64 seed = fields.integer(QStringLiteral("seed"), 1, 0, 0xffffffffLL);
        if (fields.error())
            return *fields.error();
        const QString problem = organizationProblem(name, key);
        if (!problem.isEmpty()) // never echoes the key
            return badControl(problem, organization(name) ? QStringLiteral("name")
                                                          : QStringLiteral("admin_key"));
        addOrganization(name, key, int(active), int(archived), quint32(seed));
        return ok();
    }

    if (route == QLatin1String("/requests")) {
        if (method == "DELETE") {
            q->clearRequests();
            return ok();
        }
        if (method != "GET")
            return wrongMethod("GET, DELETE");
        QJsonArray data;
        for (const SandboxRequest &entry : std::as_const(log))
            data.append(requestJson(entry));
        return SandboxResponse::json(200, QJsonObject{
            {QStringLiteral("object"), QStringLiteral("list")},
            {QStringLiteral("data"), data},
        });
    }

    if (route == QLatin1String("/reset")) {
        if (method != "POST")
            return wrongMethod("POST");
        faults.clear();
        latencyMs = 0;
        rateLimiter.configure(0, 60000, false);
        archiveBug = false;
        q->clearRequests();
        return ok();
    }

    return SandboxResponse::error(404,
                                  QStringLiteral("Invalid URL (%1 %2)")
                                      .arg(QString::fromLatin1(method), request.path),
                                  invalidRequest, QString(), QStringLiteral("unknown_url"));
}
