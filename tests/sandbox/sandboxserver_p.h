// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "faultinjector.h"
#include "httpfrontend.h"
#include "projectsapi.h"
#include "projectstore.h"
#include "ratelimiter.h"
#include "sandboxresponse.h"
#include "sandboxserver.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <functional>
#include <memory>

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
};

class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *q);
    ~Private();

    // sandboxserver.cpp: the path of every request.
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    [[nodiscard]] SandboxResponse serve(const IncomingRequest &request, const QString &authCase);
    [[nodiscard]] QString authorizationCase(const QByteArray &header) const;
    [[nodiscard]] SandboxResponse authorizationError(const QString &authCase) const;
    void deliver(QTcpSocket *socket, const SandboxRequest &entry, const SandboxResponse &response);
    void finish(SandboxRequest entry, int status);
    [[nodiscard]] QString redacted(QString text, const QByteArray &authorization) const;
    [[nodiscard]] QByteArray newRequestId();
    [[nodiscard]] qint64 nowMs() const { return clock(); }
    [[nodiscard]] qint64 nowSecs() const { return clock() / 1000; }

    // controlendpoint.cpp: /__sandbox/...
    [[nodiscard]] SandboxResponse handleControl(const IncomingRequest &request);
    [[nodiscard]] QJsonObject stateJson() const;

    SandboxServer *q;
    std::unique_ptr<HttpFrontEnd> http;
    quint16 port = 0;
    QString adminKey = QString::fromLatin1(SandboxServer::DefaultAdminKey);
    std::function<qint64()> clock;
    QRandomGenerator random; ///< ids of created projects and of requests

    ProjectStore store;
    ProjectsApi api{store};
    FaultInjector faults;
    RateLimiter rateLimiter;
    int latencyMs = 0;
    bool archiveBug = false;

    QList<SandboxRequest> log;
    QHash<QString, qsizetype> logIndexById; ///< request id -> position in log
};
