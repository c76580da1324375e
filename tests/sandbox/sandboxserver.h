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
        /// 200 lists whose cursor cycles: has_more true and last_id A, B, A, B... over the
        /// organization's first two pages, so a client following cursors never ends
        CursorCycle,
        /// 200 list with no rows, has_more true and a fresh first_id/last_id each time
        EmptyPageWithMore,
        /// 200 list with the organization's first page each time, but an ever-new cursor
        RepeatRows,
        /// read the whole request, then close the connection without a byte of answer
        Close,
        /// 200 with a gzip body (streamed) that inflates to `sizeMib` MiB of list JSON
        Gzip,
        /// 200 JSON with a Content-Length of `sizeMib` MiB, streamed as the socket drains
        Oversize,
        /// `status` (302 unless a 3xx is given) with `Location: location`
        Redirect,
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
    /// Status: error.param of the error body (e.g. "name"); empty: null.
    QString param;
    /// Gzip, Oversize: the size of the (inflated) body, in MiB.
    int sizeMib = 64;
    /// Gzip, Oversize: pad with one repeated character (gzip ratio ~1000x), or with random hex
    /// digits (~2x), so that a client's own size cap, not a ratio guard, has to stop it.
    bool compressible = true;
    /// Redirect: where to; empty: the same path and query on http://127.0.0.2:<port>, another
    /// origin.
    QString location;
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
    /// The name of the organization whose admin key was presented; empty when it matched none.
    QString organization;
};

/// A local stand-in for the OpenAI Admin API's Projects endpoints, on QtHttpServer.
///
/// Behaves as ../shared/reference/admin-projects-api.md says the real service does, listens
/// on 127.0.0.1 only, and can be told to misbehave: latency, error statuses, HTML, truncated
/// JSON, dropped connections, silence, cursors that never end, bodies too large, redirects, a
/// per-endpoint rate limit and the service's "archive succeeds but answers project_archived"
/// bug.
///
/// It serves several organizations, one per admin key: a request goes to the organization
/// whose key it presents. The functions without an organization act on the default one
/// ("default", whose key setAdminKey() sets). Faults, latency, the rate limit's settings and
/// the request log are the server's; the rate limit counts per organization and endpoint.
///
/// The control endpoint (/__sandbox/...) answers only requests whose Host is this sandbox's
/// loopback address and port and that carry the header `x-sandbox-token: controlToken()`.
class ResourceStore;
struct ProjectResources;

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    static constexpr auto DefaultAdminKey = "sk-admin-sandbox-0123456789abcdef";
    /// The name of the organization that exists from the start.
    static constexpr auto DefaultOrganization = "default";

    /// Starts with one organization, "default", that holds only the "Default project".
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// The clock (milliseconds since the epoch) behind created_at, archived_at, the request
    /// log and the rate-limit window; tests inject one to step time. Default: the system clock.
    void setClock(std::function<qint64()> msecsSinceEpoch);

    /// The default organization's admin key (default: DefaultAdminKey).
    void setAdminKey(const QString &key);

    /// Adds an organization reached with @p adminKey, seeded like seed(): a "Default project"
    /// plus @p active and @p archived projects, deterministic for the name and @p seed. Project
    /// ids never collide with another organization's. Ignored (with a warning) when the name
    /// or the key is empty or already taken.
    void addOrganization(const QString &name, const QString &adminKey, int active = 0,
                         int archived = 0, quint32 seed = 1);
    /// The projects of the organization named @p organization, newest first (none if unknown).
    [[nodiscard]] QList<SandboxProject> projectsOf(const QString &organization) const;
    /// 0 for an unknown organization.
    [[nodiscard]] int projectCountOf(const QString &organization) const;
    /// Adds one project to the named organization; returns it with its new id (an empty id
    /// when the organization is unknown).
    SandboxProject addProjectTo(const QString &organization, const QString &name,
                                qint64 createdAt, bool archived = false);

    /// The token the control endpoint asks for in `x-sandbox-token`: 16 random bytes as hex,
    /// new for every SandboxServer.
    [[nodiscard]] QString controlToken() const;
    /// Fixes the token (an empty one is refused: the control endpoint always needs one).
    void setControlToken(const QString &token);

    /// Listens on 127.0.0.1:@p port (0: any free port). Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const;
    /// http://127.0.0.1:<port>/v1
    [[nodiscard]] QUrl baseUrl() const;

    /// Replaces the default organization's projects with a "Default project" plus @p active
    /// active and @p archived archived projects, with realistic names and creation dates
    /// spread over years, deterministic for a given @p seed.
    void seed(int active, int archived, quint32 seed = 1);
    /// Adds one project directly (tests); returns it with its new id.
    SandboxProject addProject(const QString &name, qint64 createdAt, bool archived = false);
    [[nodiscard]] QList<SandboxProject> projects() const; ///< newest first
    [[nodiscard]] std::optional<SandboxProject> project(const QString &id) const;
    [[nodiscard]] int projectCount() const;

    /// The users and seeding facts of an organization's workspace (resourcestore.h); the
    /// default organization's when @p organization is unknown.
    [[nodiscard]] const ResourceStore &resourcesOf(const QString &organization = QLatin1String(DefaultOrganization)) const;
    /// The members, service accounts, API keys and rate limits of one project, made on first
    /// use, for tests to look at or change directly.
    [[nodiscard]] ProjectResources &projectResources(const QString &projectId,
                                                     const QString &organization = QLatin1String(DefaultOrganization));

    void setLatency(int milliseconds); ///< added before every answer
    void addFault(const SandboxFault &fault);
    void clearFaults();
    /// Uses of faults still waiting for a matching request (each fault counts `count`).
    [[nodiscard]] int pendingFaultCount() const;
    /// Parses the command-line form of a fault, e.g.
    /// "kind=status,status=500,method=POST,path=/v1/organization/projects,count=2,retry-after=1".
    /// Keys: kind (status|html|truncated-json|empty-body|drop-mid-body|no-response|invalid-item|
    /// cursor-cycle|empty-more|repeat-rows|close|gzip|oversize|redirect), status, method, path,
    /// count, retry-after, retry-after-ms, should-retry (true|false), after-effect (true|false,
    /// or the bare word), param, message (without commas here), size-mib, compressible
    /// (true|false), location. Returns nothing and sets @p error if invalid.
    [[nodiscard]] static std::optional<SandboxFault> faultFromSpec(const QString &spec,
                                                                   QString *error = nullptr);
    /// At most @p requests per @p windowMs per organization and endpoint (0: no limit),
    /// answered 429 with the real service's message, and with `retry-after` only when
    /// @p sendRetryAfter.
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
