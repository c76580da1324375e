// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

/// One project as the sandbox stores it.
struct SandboxProject
{
    QString id;
    QString name;
    qint64 createdAt = 0;
    std::optional<qint64> archivedAt;
    bool isDefault = false;
};

/// A fault the sandbox answers with instead of (or after) the normal response.
struct SandboxFault
{
    enum class Kind {
        Status,        ///< answer `status` with an error body (and retry-after headers if set)
        Html,          ///< answer `status` with an HTML page, as a proxy or captive portal would
        TruncatedJson, ///< answer 200 with JSON cut off in the middle
        EmptyBody,     ///< answer `status` with no body at all
        DropMidBody,   ///< send headers and part of the body, then close the connection
        NoResponse,    ///< never answer (the connection stays open)
        InvalidItem,   ///< carry out the request, answer 200 with its last project made invalid
    };
    Kind kind = Kind::Status;
    int status = 500;
    QByteArray method;  ///< only requests with this method; empty: any
    QString path;       ///< only this exact path (e.g. "/v1/organization/projects"); empty: any
    int count = 1;      ///< how many matching requests get it
    std::optional<int> retryAfterSeconds; ///< sends `retry-after`
    std::optional<int> retryAfterMs;      ///< sends `retry-after-ms`
    std::optional<bool> shouldRetry;      ///< sends `x-should-retry: true|false`
    /// The `error.message` of a Status fault; empty: the service's usual text for the status.
    QString message;
    /// Carry out the request first (create, rename, archive really happen), then answer with
    /// the fault: the outcome a client sees when a response is lost after the work was done.
    bool afterEffect = false;
};

/// One request as the sandbox saw it. Never holds a key.
struct SandboxRequest
{
    QByteArray method;
    QString path;
    QString query;          ///< raw query string, without '?'
    QByteArray body;
    QString authorization;  ///< "ok", "missing", "wrong", "project-key" or "malformed"
    QString userAgent;
    QString contentType;
    QDateTime at;
    int status = 0;         ///< what was answered (0 for a dropped or unanswered request)
    QString requestId;
};

/// A local stand-in for the OpenAI Admin API's Projects endpoints, on QtHttpServer.
///
/// Behaves as ../shared/reference/admin-projects-api.md says the real service does, listens
/// on 127.0.0.1 only, and can be told to misbehave: latency, error statuses, HTML, truncated
/// JSON, dropped connections, silence, a per-endpoint rate limit and the service's
/// "archive succeeds but answers project_archived" bug.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    static constexpr auto DefaultAdminKey = "sk-admin-sandbox-0123456789abcdef";

    /// Starts with an organization that holds only the "Default project".
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// The clock (milliseconds since the epoch) behind created_at, archived_at, the request
    /// log and the rate-limit window; tests inject one to step time. Default: the system clock.
    void setClock(std::function<qint64()> msecsSinceEpoch);

    /// The key accepted as an admin key (default: DefaultAdminKey).
    void setAdminKey(const QString &key);

    /// Listens on 127.0.0.1:@p port (0: any free port). Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const;
    /// http://127.0.0.1:<port>/v1
    [[nodiscard]] QUrl baseUrl() const;

    /// Replaces the organization with a "Default project" plus @p active active and
    /// @p archived archived projects, with realistic names and creation dates spread over
    /// years, deterministic for a given @p seed.
    void seed(int active, int archived, quint32 seed = 1);
    /// Adds one project directly (tests); returns it with its new id.
    SandboxProject addProject(const QString &name, qint64 createdAt, bool archived = false);
    [[nodiscard]] QList<SandboxProject> projects() const; ///< newest first
    [[nodiscard]] std::optional<SandboxProject> project(const QString &id) const;
    [[nodiscard]] int projectCount() const;

    void setLatency(int milliseconds); ///< added before every answer
    void addFault(const SandboxFault &fault);
    void clearFaults();
    /// Uses of faults still waiting for a matching request (each fault counts `count`).
    [[nodiscard]] int pendingFaultCount() const;
    /// Parses the command-line form of a fault, e.g.
    /// "kind=status,status=500,method=POST,path=/v1/organization/projects,count=2,retry-after=1".
    /// Keys: kind (status|html|truncated-json|empty-body|drop-mid-body|no-response|invalid-item), status,
    /// method, path, count, retry-after, retry-after-ms, should-retry (true|false),
    /// after-effect (true|false, or the bare word), message (without commas here).
    /// Returns nothing and sets @p error if invalid.
    [[nodiscard]] static std::optional<SandboxFault> faultFromSpec(const QString &spec,
                                                                   QString *error = nullptr);
    /// At most @p requests per @p windowMs per endpoint (0: no limit), answered 429 with the
    /// real service's message, and with `retry-after` only when @p sendRetryAfter.
    void setRateLimit(int requests, bool sendRetryAfter, int windowMs = 60000);
    /// The real service's bug: an archive that succeeds but answers 400 project_archived.
    void setArchiveBug(bool enabled);

    /// The request log, oldest first, without control requests. An entry appears when the
    /// request arrives (status 0) and gets its status when the answer is written;
    /// requestHandled() is emitted then (or at once for a request that is never answered).
    [[nodiscard]] QList<SandboxRequest> requests() const;
    void clearRequests();
    /// Requests seen with this method and path (empty: any), e.g.
    /// ("GET", "/v1/organization/projects").
    [[nodiscard]] int requestCount(const QByteArray &method = {}, const QString &path = {}) const;

Q_SIGNALS:
    void requestHandled(const SandboxRequest &request);

private:
    class Private;
    std::unique_ptr<Private> d;
};
