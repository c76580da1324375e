// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "sandboxserver.h"

#include "projectseeder.h"
#include "sandboxcosts.h"
#include "sandboxserver_p.h"
#include "streamedbody.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

// Debug lines (one per request) only when asked for, e.g. QT_LOGGING_RULES=orgdesk.*.debug=true.
Q_LOGGING_CATEGORY(lcSandbox, "orgdesk.sandbox", QtInfoMsg)

namespace {

const QString invalidRequest = QStringLiteral("invalid_request_error");

QByteArray methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get: return QByteArrayLiteral("GET");
    case Method::Put: return QByteArrayLiteral("PUT");
    case Method::Delete: return QByteArrayLiteral("DELETE");
    case Method::Post: return QByteArrayLiteral("POST");
    case Method::Head: return QByteArrayLiteral("HEAD");
    case Method::Options: return QByteArrayLiteral("OPTIONS");
    case Method::Patch: return QByteArrayLiteral("PATCH");
    case Method::Connect: return QByteArrayLiteral("CONNECT");
    case Method::Trace: return QByteArrayLiteral("TRACE");
    default: break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

bool isControlPath(const QString &path)
{
    return path == QLatin1String("/__sandbox") || path.startsWith(QLatin1String("/__sandbox/"));
}

} // namespace

SandboxServer::Private::Private(SandboxServer *q)
    : q(q)
    , http(std::make_unique<HttpFrontEnd>(
          [this](const QHttpServerRequest &request, QTcpSocket *socket) {
              handle(request, socket);
          }))
    , clock(&QDateTime::currentMSecsSinceEpoch)
    , random(QRandomGenerator::securelySeeded())
{
    quint32 token[4];
    QRandomGenerator::system()->fillRange(token);
    controlToken = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(token), sizeof(token)).toHex());
    addOrganization(QString::fromLatin1(SandboxServer::DefaultOrganization),
                    QString::fromLatin1(SandboxServer::DefaultAdminKey), 0, 0, 1);
}

SandboxServer::Private::~Private()
{
    // Connections, their sockets and pending delayed answers go first, while everything they
    // might still touch is alive.
    http.reset();
}

void SandboxServer::Private::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    IncomingRequest incoming;
    incoming.method = methodName(request.method());
    const QUrl url = request.url();
    incoming.path = url.path();
    incoming.rawQuery = url.query(QUrl::FullyEncoded);
    incoming.query = request.query();
    incoming.body = request.body();
    incoming.authorization = request.value(QByteArrayLiteral("authorization"));
    incoming.userAgent = QString::fromUtf8(request.value(QByteArrayLiteral("user-agent")));
    incoming.contentType = QString::fromUtf8(request.value(QByteArrayLiteral("content-type")));
    incoming.host = request.value(QByteArrayLiteral("host"));
    incoming.controlToken = request.value(QByteArrayLiteral("x-sandbox-token"));

    if (isControlPath(incoming.path)) {
        // Control requests bypass the log, the faults, the latency and the rate limit.
        const std::optional<SandboxResponse> refusal = controlRefusal(incoming);
        socket->write((refusal ? *refusal : handleControl(incoming)).wireBytes(newRequestId()));
        return;
    }

    const Authorization authorization = authorize(incoming.authorization);
    SandboxRequest entry;
    entry.method = incoming.method;
    entry.path = redacted(incoming.path, incoming.authorization);
    entry.query = redacted(incoming.rawQuery, incoming.authorization);
    entry.body = redacted(QString::fromUtf8(incoming.body), incoming.authorization).toUtf8();
    entry.authorization = authorization.authCase;
    entry.organization = authorization.organization ? authorization.organization->name
                                                    : QString();
    entry.userAgent = redacted(incoming.userAgent, incoming.authorization);
    entry.contentType = incoming.contentType;
    entry.at = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    entry.requestId = QString::fromLatin1(newRequestId());
    logIndexById.insert(entry.requestId, log.size());
    log.append(entry);

    const std::optional<FaultInjector::Taken> taken = faults.take(incoming.method, incoming.path);
    std::optional<SandboxResponse> served;
    if (!taken || FaultInjector::needsServedAnswer(taken->fault))
        served = serve(incoming, authorization);
    deliver(socket, entry, taken ? faultAnswer(*taken, incoming, authorization, served) : *served);
}

SandboxResponse SandboxServer::Private::faultAnswer(const FaultInjector::Taken &taken,
                                                    const IncomingRequest &request,
                                                    const Authorization &authorization,
                                                    const std::optional<SandboxResponse> &served)
{
    // Faults come before authorization; one that answers a list shows the key's organization
    // if the key has one.
    const Organization &organization
        = authorization.organization ? *authorization.organization : defaultOrganization();
    const QString query
        = request.rawQuery.isEmpty() ? QString() : QLatin1Char('?') + request.rawQuery;
    const FaultContext context{
        organization.store, random, request.query, request.path + query, port, taken.use,
    };
    return FaultInjector::answer(taken.fault, context, served);
}

SandboxResponse SandboxServer::Private::serve(const IncomingRequest &request,
                                              const Authorization &authorization)
{
    if (request.path == SandboxCosts::path())
        return serveCosts(request, authorization);
    const ProjectsRoute route = ProjectsRoute::match(request.method, request.path);
    // The workspace endpoints (members, service accounts, API keys, rate limits, users).
    const ResourcesRoute resources = route.pathKnown ? ResourcesRoute()
                                                     : ResourcesRoute::match(request.method, request.path);
    if (!route.pathKnown && !resources.pathKnown) {
        return SandboxResponse::error(404,
                                      QStringLiteral("Invalid URL (%1 %2)")
                                          .arg(QString::fromLatin1(request.method), request.path),
                                      invalidRequest, QString(), QStringLiteral("unknown_url"));
    }
    const bool methodAllowed = route.pathKnown ? route.endpoint != ProjectsRoute::Endpoint::None
                                               : !resources.endpoint.isEmpty();
    if (!methodAllowed) {
        const QByteArray allowed = route.pathKnown ? route.allowedMethods : resources.allowedMethods;
        SandboxResponse response = SandboxResponse::error(
            405,
            QStringLiteral("Invalid method for URL (%1 %2); allowed: %3.")
                .arg(QString::fromLatin1(request.method), request.path,
                     QString::fromLatin1(allowed)),
            invalidRequest, QString(), QStringLiteral("method_not_allowed"));
        response.headers.append({QByteArrayLiteral("allow"), allowed});
        return response;
    }
    if (!authorization.organization)
        return authorizationError(authorization.authCase);
    Organization &organization = *authorization.organization;

    // Each organization has its own admin limit, as with the real service.
    const QString endpoint = route.pathKnown ? route.endpointName() : resources.endpoint;
    const RateLimiter::Verdict verdict
        = rateLimiter.admit(organization.name + QLatin1Char('/') + endpoint, nowMs());
    if (!verdict.allowed) {
        SandboxResponse response = SandboxResponse::error(
            429, QStringLiteral("You're making too many requests, please slow down."),
            QStringLiteral("requests"), QString(), QStringLiteral("rate_limit_exceeded"));
        if (rateLimiter.sendsRetryAfter()) {
            response.headers.append({QByteArrayLiteral("retry-after"),
                                     QByteArray::number(verdict.retryAfterSeconds)});
        }
        return response;
    }
    if (resources.pathKnown)
        return organization.resourcesApi.serve(resources, request.query, request.body, nowSecs(), random);

    ProjectsApi &api = organization.api;
    switch (route.endpoint) {
    case ProjectsRoute::Endpoint::List:
        return api.list(request.query);
    case ProjectsRoute::Endpoint::Create:
        return api.create(request.body, nowSecs(), random);
    case ProjectsRoute::Endpoint::Retrieve:
        return api.retrieve(route.projectId);
    case ProjectsRoute::Endpoint::Modify:
        return api.modify(route.projectId, request.body);
    case ProjectsRoute::Endpoint::Archive:
        return api.archive(route.projectId, nowSecs(), archiveBug);
    case ProjectsRoute::Endpoint::None:
        break;
    }
    Q_UNREACHABLE();
    return {};
}

Authorization SandboxServer::Private::authorize(const QByteArray &header) const
{
    if (header.trimmed().isEmpty())
        return {QStringLiteral("missing")};
    static const QByteArray bearer = QByteArrayLiteral("bearer ");
    if (!header.toLower().startsWith(bearer))
        return {QStringLiteral("malformed")};
    const QString token = QString::fromUtf8(header.mid(bearer.size()).trimmed());
    if (token.isEmpty())
        return {QStringLiteral("malformed")};
    for (const auto &organization : organizations) {
        if (token == organization->adminKey)
            return {QStringLiteral("ok"), organization.get()};
    }
    if (token.startsWith(QLatin1String("sk-proj-")))
        return {QStringLiteral("project-key")};
    return {QStringLiteral("wrong")};
}

SandboxResponse SandboxServer::Private::authorizationError(const QString &authCase) const
{
    if (authCase == QLatin1String("project-key")) {
        return SandboxResponse::error(
            403,
            QStringLiteral("You have insufficient permissions for this operation. Missing "
                           "scopes: api.management.read. Check that you have the correct role "
                           "in your organization (Owner), and if you're using a restricted API "
                           "key, that it has the necessary scopes."),
            invalidRequest);
    }
    if (authCase == QLatin1String("wrong")) {
        return SandboxResponse::error(
            401,
            QStringLiteral("Incorrect API key provided. You can find your API key at "
                           "https://platform.openai.com/account/api-keys."),
            invalidRequest, QString(), QStringLiteral("invalid_api_key"));
    }
    return SandboxResponse::error(401,
                                  QStringLiteral("You didn't provide an API key. You need to "
                                                 "provide your API key in an Authorization "
                                                 "header using Bearer auth (i.e. Authorization: "
                                                 "Bearer YOUR_KEY)."),
                                  invalidRequest);
}

void SandboxServer::Private::deliver(QTcpSocket *socket, const SandboxRequest &entry,
                                     const SandboxResponse &response)
{
    if (response.delivery == SandboxResponse::Delivery::Never) {
        // The connection stays open, unanswered, until the client gives up or the server goes.
        finish(entry, 0);
        return;
    }
    // The client may leave before a delayed answer is due: QtHttpServer then deletes the socket.
    const QPointer<QTcpSocket> guarded(socket);
    const auto send = [this, guarded, entry, response] {
        if (!guarded || guarded->state() != QAbstractSocket::ConnectedState) {
            finish(entry, 0);
            return;
        }
        using Delivery = SandboxResponse::Delivery;
        const bool cut = response.delivery == Delivery::DropMidBody
            || response.delivery == Delivery::Close;
        finish(entry, cut ? 0 : response.status);
        guarded->write(response.wireBytes(entry.requestId.toLatin1()));
        if (response.delivery == Delivery::Streamed)
            StreamedBody::start(guarded, response.stream);
        else if (cut)
            guarded->disconnectFromHost(); // after the bytes written so far, if any
    };
    if (latencyMs <= 0) {
        send();
        return;
    }
    // A timer owned by the front end dies with it, together with the answer it holds.
    auto *timer = new QTimer(http.get());
    timer->setSingleShot(true);
    // Added latency is a network's, not a timer's to round: a coarse timer may move a 20 ms
    // wait by up to a millisecond to batch wake-ups, by different amounts for different clients.
    timer->setTimerType(Qt::PreciseTimer);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, send] {
        timer->deleteLater();
        send();
    });
    timer->start(latencyMs);
}

void SandboxServer::Private::finish(SandboxRequest entry, int status)
{
    entry.status = status;
    const auto it = logIndexById.constFind(entry.requestId);
    if (it != logIndexById.cend())
        log[*it].status = status;
    qCDebug(lcSandbox, "%s %s%s%s -> %d (auth: %s, %s)", entry.method.constData(),
            qPrintable(entry.path), entry.query.isEmpty() ? "" : "?", qPrintable(entry.query),
            status, qPrintable(entry.authorization), qPrintable(entry.requestId));
    Q_EMIT q->requestHandled(entry);
}

QString SandboxServer::Private::redacted(QString text, const QByteArray &authorization) const
{
    static const QString mask = QStringLiteral("[redacted]");
    for (const auto &organization : organizations)
        text.replace(organization->adminKey, mask);
    const QByteArray token = authorization.mid(authorization.indexOf(' ') + 1).trimmed();
    // A very short token would mask ordinary words; keys are long.
    if (token.size() >= 8)
        text.replace(QString::fromUtf8(token), mask);
    return text;
}

QByteArray SandboxServer::Private::newRequestId()
{
    QByteArray id = QByteArrayLiteral("req_");
    for (int i = 0; i < 4; ++i)
        id += QByteArray::number(random.generate(), 16).rightJustified(8, '0');
    return id;
}

Organization *SandboxServer::Private::organization(const QString &name) const
{
    for (const auto &organization : organizations) {
        if (organization->name == name)
            return organization.get();
    }
    return nullptr;
}

QString SandboxServer::Private::organizationProblem(const QString &name,
                                                    const QString &key) const
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("An organization needs a name.");
    if (key.trimmed().isEmpty())
        return QStringLiteral("An organization needs an admin key.");
    if (organization(name))
        return QStringLiteral("There is an organization named '%1' already.").arg(name);
    for (const auto &organization : organizations) {
        if (organization->adminKey == key)
            return QStringLiteral("Another organization has this admin key.");
    }
    return {};
}

void SandboxServer::Private::addOrganization(const QString &name, const QString &key,
                                             int active, int archived, quint32 seed)
{
    auto added = std::make_unique<Organization>(name, key);
    Organization *organization = added.get();
    organization->store.setTakenElsewhere([this, organization](const QString &id) {
        return std::any_of(organizations.cbegin(), organizations.cend(),
                           [&](const std::unique_ptr<Organization> &other) {
                               return other.get() != organization && other->store.contains(id);
                           });
    });
    organizations.push_back(std::move(added));
    seedOrganization(*organization, active, archived, seed);
}

void SandboxServer::Private::seedOrganization(Organization &organization, int active,
                                              int archived, quint32 seed)
{
    // The default organization's seeds make what they made before there were others.
    const bool isDefault = &organization == &defaultOrganization();
    ProjectSeeder::seed(organization.store, active, archived, seed, nowSecs(),
                        isDefault ? QString() : organization.name);
    seedResources(organization, seed);
}

SandboxProject SandboxServer::Private::addProject(Organization &organization,
                                                  const QString &name, qint64 createdAt,
                                                  bool archived)
{
    SandboxProject project;
    project.id = organization.store.newId(random);
    project.name = name;
    project.createdAt = createdAt;
    if (archived)
        project.archivedAt = std::max(createdAt + 1, nowSecs());
    return organization.store.insert(project);
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this))
{
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::setAdminKey(const QString &key)
{
    d->defaultOrganization().adminKey = key;
}

void SandboxServer::addOrganization(const QString &name, const QString &adminKey, int active,
                                    int archived, quint32 seed)
{
    const QString problem = d->organizationProblem(name, adminKey);
    if (!problem.isEmpty()) {
        qCWarning(lcSandbox, "addOrganization: %s", qPrintable(problem));
        return;
    }
    d->addOrganization(name, adminKey, active, archived, seed);
}

QList<SandboxProject> SandboxServer::projectsOf(const QString &organization) const
{
    const Organization *found = d->organization(organization);
    return found ? found->store.all() : QList<SandboxProject>();
}

int SandboxServer::projectCountOf(const QString &organization) const
{
    const Organization *found = d->organization(organization);
    return found ? found->store.count() : 0;
}

SandboxProject SandboxServer::addProjectTo(const QString &organization, const QString &name,
                                           qint64 createdAt, bool archived)
{
    Organization *found = d->organization(organization);
    if (!found) {
        qCWarning(lcSandbox, "addProjectTo: no organization named '%s'",
                  qPrintable(organization));
        return {};
    }
    return d->addProject(*found, name, createdAt, archived);
}

QString SandboxServer::controlToken() const
{
    return d->controlToken;
}

void SandboxServer::setControlToken(const QString &token)
{
    if (token.isEmpty()) {
        qCWarning(lcSandbox, "setControlToken: an empty token is refused; the token stays");
        return;
    }
    d->controlToken = token;
}

quint16 SandboxServer::listen(quint16 port)
{
    d->port = d->http->listen(QHostAddress::LocalHost, port);
    if (d->port == 0)
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port;
    return d->port;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(d->port));
}

void SandboxServer::setClock(std::function<qint64()> msecsSinceEpoch)
{
    d->clock = msecsSinceEpoch ? std::move(msecsSinceEpoch)
                               : std::function<qint64()>(&QDateTime::currentMSecsSinceEpoch);
}

void SandboxServer::seed(int active, int archived, quint32 seed)
{
    d->seedOrganization(d->defaultOrganization(), active, archived, seed);
}

SandboxProject SandboxServer::addProject(const QString &name, qint64 createdAt, bool archived)
{
    return d->addProject(d->defaultOrganization(), name, createdAt, archived);
}

QList<SandboxProject> SandboxServer::projects() const
{
    return d->defaultOrganization().store.all();
}

std::optional<SandboxProject> SandboxServer::project(const QString &id) const
{
    const SandboxProject *found = d->defaultOrganization().store.find(id);
    return found ? std::optional<SandboxProject>(*found) : std::nullopt;
}

int SandboxServer::projectCount() const
{
    return d->defaultOrganization().store.count();
}

void SandboxServer::setLatency(int milliseconds)
{
    d->latencyMs = std::max(0, milliseconds);
}

void SandboxServer::addFault(const SandboxFault &fault)
{
    d->faults.add(fault);
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

int SandboxServer::pendingFaultCount() const
{
    return d->faults.pendingCount();
}

std::optional<SandboxFault> SandboxServer::faultFromSpec(const QString &spec, QString *error)
{
    return FaultInjector::fromSpec(spec, error);
}

void SandboxServer::setRateLimit(int requests, bool sendRetryAfter, int windowMs)
{
    d->rateLimiter.configure(requests, windowMs, sendRetryAfter);
}

void SandboxServer::setArchiveBug(bool enabled)
{
    d->archiveBug = enabled;
}

QList<SandboxRequest> SandboxServer::requests() const
{
    return d->log;
}

void SandboxServer::clearRequests()
{
    d->log.clear();
    d->logIndexById.clear();
}

int SandboxServer::requestCount(const QByteArray &method, const QString &path) const
{
    return int(std::count_if(d->log.cbegin(), d->log.cend(), [&](const SandboxRequest &request) {
        return (method.isEmpty() || request.method == method)
            && (path.isEmpty() || request.path == path);
    }));
}
