// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "apirequest.h"
#include "project.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class ApiCall;

/// What one list request asks for.
struct ListQuery
{
    QString after;          ///< cursor: the previous page's next cursor, empty for the first
    int limit = 100;        ///< clamped to 1..100 by the client
    bool includeArchived = false;
};

/// The asynchronous client for the OpenAI Admin API: the five Projects operations, and every
/// other Admin API request through send().
///
/// Results arrive through a callback that runs only while its context object lives (like
/// QObject::connect with a context). Requests to one endpoint share a rate-limit gate; safe
/// requests (GET) are retried like the official SDKs; create is never repeated blindly and
/// archive is confirmed by a retrieve after any error. The key is only ever sent to the
/// configured origin, over HTTPS or to loopback.
class AdminApiClient : public QObject
{
    Q_OBJECT
public:
    using PageHandler = std::function<void(const ApiResult<ProjectPage> &)>;
    using ProjectHandler = std::function<void(const ApiResult<Project> &)>;

    /// @p network is used for every request and is not owned.
    explicit AdminApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AdminApiClient() override;

    /// https://api.openai.com/v1
    [[nodiscard]] static QUrl defaultBaseUrl();

    void setBaseUrl(const QUrl &baseUrl);
    [[nodiscard]] QUrl baseUrl() const;

    /// The admin key sent as a bearer token. Kept in memory only. A different key (or none)
    /// is a clean cut: credentialsChanged() is emitted, then every request in flight or
    /// waiting ends at once with a KeyChanged error, and the learned rate limits are forgotten
    /// (the new key may belong to another organization). setBaseUrl() does the same.
    void setApiKey(const QString &key);
    [[nodiscard]] bool hasApiKey() const;

    void setTimeout(std::chrono::milliseconds perAttempt);          ///< default 30 s
    [[nodiscard]] std::chrono::milliseconds timeout() const;
    /// Retries after an error (default 2). 429s are not counted against maxRetries: a request
    /// waits for the rate limit up to 5 min in total before it gives up with a RateLimited error.
    void setMaxRetries(int retries);
    [[nodiscard]] int maxRetries() const;
    /// For tests: a source of numbers in [0, 1) for the retry jitter.
    void setRandomSource(std::function<double()> random);
    /// The service's rate-limit window the pacing assumes (default 60 s; tests use ~2 s).
    void setRateLimitWindow(std::chrono::milliseconds window);
    /// Answers larger than this are aborted as BadResponse (default 32 MiB).
    void setMaxResponseSize(qint64 bytes);
    /// The requests per window a 429 taught for @p endpoint ("list", "create"...), if any.
    [[nodiscard]] std::optional<int> learnedRateLimit(const QString &endpoint) const;

    /// GET /organization/projects: one page.
    QPointer<ApiCall> listProjects(const ListQuery &query, QObject *context, PageHandler done);
    /// GET /organization/projects/{id}
    QPointer<ApiCall> retrieveProject(const QString &id, QObject *context, ProjectHandler done);
    /// POST /organization/projects {"name"}. Never retried blindly: after an unknown outcome
    /// the client looks for the project it may have created.
    QPointer<ApiCall> createProject(const QString &name, QObject *context, ProjectHandler done);
    /// POST /organization/projects/{id} {"name"}
    QPointer<ApiCall> renameProject(const QString &id, const QString &name, QObject *context,
                                    ProjectHandler done);
    /// POST /organization/projects/{id}/archive, confirmed by a retrieve after any error.
    QPointer<ApiCall> archiveProject(const QString &id, QObject *context, ProjectHandler done);

    /// Any other Admin API request (members, service accounts, API keys, rate limits, costs):
    /// the same key, origin rule, rate-limit gate (per spec.endpoint), retries and clean cut as
    /// the project requests. @p read turns a 2xx outcome into a value or an error; @p done gets
    /// the result while @p context lives (errors, including KeyChanged, go to @p done too).
    template <typename T>
    QPointer<ApiCall> send(const RequestSpec &spec, QObject *context,
                           std::function<ApiResult<T>(const RequestOutcome &)> read,
                           std::function<void(const ApiResult<T> &)> done)
    {
        return sendRequest(spec, context, [read = std::move(read), done = std::move(done)](const RequestOutcome &o) {
            if (done)
                done(o.error.isError() ? ApiResult<T>(o.error) : read(o));
        });
    }
    /// send() without reading: @p done gets the outcome as the request ended.
    QPointer<ApiCall> sendRequest(const RequestSpec &spec, QObject *context,
                                  std::function<void(const RequestOutcome &)> done);

    /// Cancels every request in flight; none of their callbacks run.
    void cancelAll();
    /// Number of requests in flight or waiting to be retried.
    [[nodiscard]] int pendingCount() const;

Q_SIGNALS:
    /// Requests started or all finished: for a busy indicator.
    void busyChanged(bool busy);
    /// Some request waits before it is sent again (rate limit, or a retry after an error):
    /// for the status bar; ApiCall::waiting() says which call. @p endpoint is a short name
    /// such as "list" or "archive".
    void waiting(const QString &endpoint, std::chrono::milliseconds delay, const ApiError &reason);
    /// A 401 was answered: the key is wrong or revoked. Every other request in flight or
    /// waiting has already ended with an Unauthorized error; the one answered 401 ends next.
    void unauthorized(const ApiError &error);
    /// The key or the base URL changed; emitted before the requests made under the old ones
    /// end. Anything that shows what the old key listed should drop it here.
    void credentialsChanged();

private:
    class Private;
    std::unique_ptr<Private> d;
};

/// A request in flight. Owned by the client; deleted soon after it finishes.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Stops the request (and any pending retry); its callback never runs. finished() is
    /// still emitted, once, so owners can forget it.
    virtual void cancel() = 0;
    [[nodiscard]] virtual bool isFinished() const = 0;

Q_SIGNALS:
    /// This call waits before it sends (again): the rate limit, or a retry after an error.
    /// Never emitted before the function that started the call has returned.
    void waiting(std::chrono::milliseconds delay, const ApiError &reason);
    void finished();
};
