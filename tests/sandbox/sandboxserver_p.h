// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "faultinjector.h"
#include "httpfrontend.h"
#include "projectsapi.h"
#include "projectstore.h"
#include "ratelimiter.h"
#include "resourcesapi.h"
#include "resourcestore.h"
#include "sandboxresponse.h"
#include "sandboxserver.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

class QTcpSocket;

/// What the sandbox keeps of a request: copied at once, because QtHttpServer reuses its
/// request object for the next request on the connection.
struct IncomingRequest
{
    QByteArray method;
    QString path;
    QString rawQuery;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    QString userAgent;
    QString contentType;
    QByteArray host;          ///< the Host header, checked for control requests
    QByteArray controlToken;  ///< the x-sandbox-token header
};

/// One organization: the admin key that reaches it and its projects.
struct Organization
{
    Organization(QString name, QString adminKey)
        : name(std::move(name)), adminKey(std::move(adminKey))
    {
    }
    Organization(const Organization &) = delete; // api refers to store
    Organization &operator=(const Organization &) = delete;

    QString name;
    QString adminKey;
    ProjectStore store;
    ProjectsApi api{store};
    ResourceStore resources; ///< users, members, service accounts, API keys, rate limits
    ResourcesApi resourcesApi{store, resources};
};

/// What the Authorization header of a request came to.
struct Authorization
{
    QString authCase;                     ///< SandboxRequest::authorization
    Organization *organization = nullptr; ///< whose admin key it was, if any
};

class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *q);
    ~Private();

    // sandboxserver.cpp: the path of every request.
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    [[nodiscard]] SandboxResponse serve(const IncomingRequest &request,
                                        const Authorization &authorization);
    [[nodiscard]] Authorization authorize(const QByteArray &header) const;
    [[nodiscard]] SandboxResponse faultAnswer(const FaultInjector::Taken &taken,
                                              const IncomingRequest &request,
                                              const Authorization &authorization,
                                              const std::optional<SandboxResponse> &served);
    [[nodiscard]] SandboxResponse authorizationError(const QString &authCase) const;
    // sandboxcosts.cpp: GET /v1/organization/costs.
    [[nodiscard]] SandboxResponse serveCosts(const IncomingRequest &request,
                                             const Authorization &authorization);
    void deliver(QTcpSocket *socket, const SandboxRequest &entry, const SandboxResponse &response);
    void finish(SandboxRequest entry, int status);
    [[nodiscard]] QString redacted(QString text, const QByteArray &authorization) const;
    [[nodiscard]] QByteArray newRequestId();
    [[nodiscard]] qint64 nowMs() const { return clock(); }
    [[nodiscard]] qint64 nowSecs() const { return clock() / 1000; }

    // organizations
    [[nodiscard]] Organization &defaultOrganization() const { return *organizations.front(); }
    [[nodiscard]] Organization *organization(const QString &name) const;
    /// Why an organization with this name and key cannot be added; empty if it can.
    [[nodiscard]] QString organizationProblem(const QString &name, const QString &key) const;
    void addOrganization(const QString &name, const QString &key, int active, int archived,
                         quint32 seed);
    void seedOrganization(Organization &organization, int active, int archived, quint32 seed);
    /// sandboxworkspace.cpp: the organization's users and its projects' resources.
    void seedResources(Organization &organization, quint32 seed);
    SandboxProject addProject(Organization &organization, const QString &name,
                              qint64 createdAt, bool archived);

    // controlendpoint.cpp: /__sandbox/...
    /// The 403 for a control request from elsewhere (Host) or without the token; nothing if
    /// it may go on.
    [[nodiscard]] std::optional<SandboxResponse> controlRefusal(
        const IncomingRequest &request) const;
    [[nodiscard]] SandboxResponse handleControl(const IncomingRequest &request);
    [[nodiscard]] QJsonObject stateJson() const;

    SandboxServer *q;
    std::unique_ptr<HttpFrontEnd> http;
    quint16 port = 0;
    std::function<qint64()> clock;
    QRandomGenerator random; ///< ids of created projects and of requests
    QString controlToken;

    /// The default organization first; unique_ptr: an Organization never moves.
    std::vector<std::unique_ptr<Organization>> organizations;
    FaultInjector faults;
    RateLimiter rateLimiter;
    int latencyMs = 0;
    bool archiveBug = false;

    QList<SandboxRequest> log;
    QHash<QString, qsizetype> logIndexById; ///< request id -> position in log
};
