// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "adminapiclient.h"

#include "apilogging.h"
#include "apioperation.h"
#include "createcheck.h"
#include "ratelimitgate.h"
#include "replyparser.h"
#include "retrypolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

const QString ProjectsPath = QStringLiteral("/organization/projects");

QString projectPath(const QString &id, QLatin1StringView suffix = {})
{
    // An id is one path segment, whatever it contains ("../", "?", "/").
    return ProjectsPath + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id)) + suffix;
}

QByteArray nameBody(const QString &name)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact);
}

RequestSpec listSpec(const ListQuery &query)
{
    QStringList items;
    if (!query.after.isEmpty())
        items << QLatin1String("after=") + QString::fromLatin1(QUrl::toPercentEncoding(query.after));
    items << QStringLiteral("limit=%1").arg(std::clamp(query.limit, 1, 100));
    items << QLatin1String("include_archived=")
             + (query.includeArchived ? QLatin1String("true") : QLatin1String("false"));
    return {"GET", ProjectsPath, items.join(QLatin1Char('&')), std::nullopt, QStringLiteral("list"),
            RequestSpec::Retry::Safe};
}

RequestSpec retrieveSpec(const QString &id)
{
    return {"GET", projectPath(id), {}, std::nullopt, QStringLiteral("retrieve"), RequestSpec::Retry::Safe};
}

ApiResult<Project> projectResult(const RequestOutcome &o)
{
    return o.error.isError() ? ApiResult<Project>(o.error) : ReplyParser::project(o.body, o.requestId);
}

// An archive error worth a retrieve: one where the archive may have happened after all.
bool archiveMayHaveHappened(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::NoKey: case Kind::InsecureUrl: case Kind::Cancelled: case Kind::KeyChanged:
    case Kind::Unauthorized: case Kind::Forbidden: case Kind::NotFound:
        return false;
    default:
        return true;
    }
}

} // namespace

class AdminApiClient::Private
{
public:
    Private(AdminApiClient *q, QNetworkAccessManager *network)
        : q(q)
        , config{.network = network, .policy = &policy, .gate = &gate,
                 .baseUrl = AdminApiClient::defaultBaseUrl(), .key = &key}
    {
    }

    /// A new operation whose result goes to @p done; abandon() delivers errors there too.
    template <typename T>
    ApiOperation *newOperation(QObject *context, const std::function<void(const ApiResult<T> &)> &done)
    {
        auto *op = new ApiOperation(context, [done](const ApiError &error) {
            if (done)
                done(ApiResult<T>(error));
        }, q);
        QObject::connect(op, &ApiCall::finished, q, [this, op] { forget(op); });
        operations.append(op);
        if (operations.size() == 1)
            Q_EMIT q->busyChanged(true);
        return op;
    }
    ApiRequest *newRequest(const RequestSpec &spec);
    void forget(ApiOperation *operation);
    /// Ends every operation but @p keep with @p error, now.
    void abandonAll(const ApiError &error, const QObject *keep = nullptr);
    /// The key or origin changed: nothing made under the old ones may go on.
    void cut();
    template <typename T>
    static void complete(ApiOperation *op, const std::function<void(const ApiResult<T> &)> &done,
                         const ApiResult<T> &result)
    {
        op->complete([done, result] { if (done) done(result); });
    }
    // Refuses a request before anything is sent, answering from the event loop.
    template <typename T>
    QPointer<ApiCall> refuse(QObject *context, std::function<void(const ApiResult<T> &)> done,
                             const ApiError &error)
    {
        ApiOperation *op = newOperation<T>(context, done);
        QTimer::singleShot(0, op, [op, done = std::move(done), error] { complete<T>(op, done, error); });
        return op;
    }

    AdminApiClient *q;
    QString key;
    RetryPolicy policy;
    RateLimitGate gate;
    /// What new requests are sent with (RequestConfig's defaults until set).
    RequestConfig config;
    QList<ApiOperation *> operations;
};

void AdminApiClient::Private::forget(ApiOperation *operation)
{
    if (operations.removeOne(operation) && operations.isEmpty())
        Q_EMIT q->busyChanged(false);
}

void AdminApiClient::Private::abandonAll(const ApiError &error, const QObject *keep)
{
    // Each handler may start, cancel or delete operations (even the client): work on a copy.
    QList<QPointer<ApiOperation>> ops;
    for (ApiOperation *op : std::as_const(operations)) {
        if (op != keep)
            ops.append(op);
    }
    for (const QPointer<ApiOperation> &op : std::as_const(ops)) {
        if (op)
            op->abandon(error);
    }
}

void AdminApiClient::Private::cut()
{
    qCInfo(lcOrgDeskApi) << "the key or the API address changed:" << operations.size()
                         << "request(s) stopped";
    const QPointer<AdminApiClient> self(q);
    Q_EMIT q->credentialsChanged();
    if (!self)
        return;
    gate.reset();
    abandonAll(ApiError(ApiError::Kind::KeyChanged));
}

ApiRequest *AdminApiClient::Private::newRequest(const RequestSpec &spec)
{
    auto *request = new ApiRequest(config, spec);
    QObject::connect(request, &ApiRequest::waiting, q, &AdminApiClient::waiting);
    QObject::connect(request, &ApiRequest::unauthorized, q, [this, request](const ApiError &error) {
        // The key is refused: the other requests would be too. They end now, without being
        // sent; the one answered 401 (its operation, the request's parent) ends next.
        ApiError refused(ApiError::Kind::Unauthorized,
                         QStringLiteral("not sent: the admin key was just rejected"));
        refused.setHttpStatus(401);
        const QPointer<AdminApiClient> self(q);
        abandonAll(refused, request->parent());
        if (self)
            Q_EMIT q->unauthorized(error);
    });
    return request;
}

AdminApiClient::AdminApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, network))
{
}

AdminApiClient::~AdminApiClient()
{
    // The operations' requests use the gate and policy in d: end them while d still lives.
    const QList<ApiOperation *> operations = std::exchange(d->operations, {});
    for (ApiOperation *op : operations) {
        disconnect(op, nullptr, this, nullptr);
        op->cancel();
        delete op;
    }
}

QUrl AdminApiClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.openai.com/v1"));
}

void AdminApiClient::setBaseUrl(const QUrl &baseUrl)
{
    if (baseUrl == d->config.baseUrl)
        return;
    d->config.baseUrl = baseUrl;
    d->cut();
}

QUrl AdminApiClient::baseUrl() const { return d->config.baseUrl; }

void AdminApiClient::setApiKey(const QString &key)
{
    if (key == d->key)
        return;
    d->key = key;
    d->cut();
}

bool AdminApiClient::hasApiKey() const { return !d->key.isEmpty(); }
void AdminApiClient::setTimeout(std::chrono::milliseconds perAttempt) { d->config.timeout = std::max(perAttempt, 1ms); }
std::chrono::milliseconds AdminApiClient::timeout() const { return d->config.timeout; }
void AdminApiClient::setMaxRetries(int retries) { d->config.maxRetries = std::max(retries, 0); }
int AdminApiClient::maxRetries() const { return d->config.maxRetries; }
void AdminApiClient::setRandomSource(std::function<double()> random) { d->policy.setRandomSource(std::move(random)); }
void AdminApiClient::setRateLimitWindow(std::chrono::milliseconds window) { d->gate.setWindow(window); }
void AdminApiClient::setMaxResponseSize(qint64 bytes) { d->config.maxResponseSize = std::max<qint64>(bytes, 1); }
std::optional<int> AdminApiClient::learnedRateLimit(const QString &endpoint) const { return d->gate.learnedLimit(endpoint); }
int AdminApiClient::pendingCount() const { return int(d->operations.size()); }

void AdminApiClient::cancelAll()
{
    const QList<ApiOperation *> operations = d->operations;
    for (ApiOperation *op : operations)
        op->cancel();
}

QPointer<ApiCall> AdminApiClient::listProjects(const ListQuery &query, QObject *context, PageHandler done)
{
    ApiOperation *op = d->newOperation<ProjectPage>(context, done);
    op->run(d->newRequest(listSpec(query)), [op, done, after = query.after](const RequestOutcome &o) {
        Private::complete<ProjectPage>(op, done, o.error.isError() ? ApiResult<ProjectPage>(o.error)
                                                                   : ReplyParser::page(o.body, after, o.requestId));
    });
    return op;
}

QPointer<ApiCall> AdminApiClient::sendRequest(const RequestSpec &spec, QObject *context,
                                               std::function<void(const RequestOutcome &)> done)
{
    const std::function<void(const ApiResult<RequestOutcome> &)> deliver =
        [done = std::move(done)](const ApiResult<RequestOutcome> &result) {
            if (!done)
                return;
            if (result.ok()) {
                done(result.value());
                return;
            }
            RequestOutcome failed;
            failed.error = result.error();
            failed.httpStatus = result.error().httpStatus();
            failed.requestId = result.error().requestId();
            done(failed);
        };
    ApiOperation *op = d->newOperation<RequestOutcome>(context, deliver);
    op->run(d->newRequest(spec), [op, deliver](const RequestOutcome &o) {
        Private::complete<RequestOutcome>(op, deliver, o);
    });
    return op;
}

QPointer<ApiCall> AdminApiClient::retrieveProject(const QString &id, QObject *context, ProjectHandler done)
{
    if (id.isEmpty())
        return d->refuse<Project>(context, std::move(done), ApiError(ApiError::Kind::InvalidRequest, QStringLiteral("no project id")));
    ApiOperation *op = d->newOperation<Project>(context, done);
    op->run(d->newRequest(retrieveSpec(id)), [op, done](const RequestOutcome &o) {
        Private::complete<Project>(op, done, projectResult(o));
    });
    return op;
}

// A rename sets a name, so repeating it after an unknown outcome does no harm: it is retried
// after a 5xx or a timeout, unlike create, but not after a 409 or on x-should-retry alone.
QPointer<ApiCall> AdminApiClient::renameProject(const QString &id, const QString &name,
                                                QObject *context, ProjectHandler done)
{
    if (id.isEmpty())
        return d->refuse<Project>(context, std::move(done), ApiError(ApiError::Kind::InvalidRequest, QStringLiteral("no project id")));
    ApiOperation *op = d->newOperation<Project>(context, done);
    const RequestSpec spec{"POST", projectPath(id), {}, nameBody(name), QStringLiteral("modify"),
                           RequestSpec::Retry::Overwrite};
    op->run(d->newRequest(spec), [op, done](const RequestOutcome &o) {
        Private::complete<Project>(op, done, projectResult(o));
    });
    return op;
}

// The service has answered errors (even project_archived) to archives that succeeded: after
// an error that leaves room for that, the project's state decides.
QPointer<ApiCall> AdminApiClient::archiveProject(const QString &id, QObject *context, ProjectHandler done)
{
    if (id.isEmpty())
        return d->refuse<Project>(context, std::move(done), ApiError(ApiError::Kind::InvalidRequest, QStringLiteral("no project id")));
    ApiOperation *op = d->newOperation<Project>(context, done);
    const RequestSpec spec{"POST", projectPath(id, QLatin1StringView("/archive")), {}, std::nullopt,
                           QStringLiteral("archive"), RequestSpec::Retry::RejectionsOnly};
    op->run(d->newRequest(spec), [this, op, done, id](const RequestOutcome &o) {
        const ApiResult<Project> result = projectResult(o);
        if (result.ok() || !archiveMayHaveHappened(result.error())) {
            Private::complete<Project>(op, done, result);
            return;
        }
        op->run(d->newRequest(retrieveSpec(id)), [op, done, original = result.error()](const RequestOutcome &r) {
            const ApiResult<Project> check = projectResult(r);
            const bool archived = check.ok() && check.value().isArchived();
            if (archived)
                qCInfo(lcOrgDeskApi) << "archive answered an error but the project is archived:"
                                     << original.requestId();
            Private::complete<Project>(op, done, archived ? check : ApiResult<Project>(original));
        });
    });
    return op;
}

// A create is not idempotent and names are not unique: after an unknown outcome, one list
// request looks for the project this create may have made instead of sending it again.
QPointer<ApiCall> AdminApiClient::createProject(const QString &name, QObject *context, ProjectHandler done)
{
    ApiOperation *op = d->newOperation<Project>(context, done);
    const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
    const RequestSpec spec{"POST", ProjectsPath, {}, nameBody(name), QStringLiteral("create"),
                           RequestSpec::Retry::RejectionsOnly};
    op->run(d->newRequest(spec), [this, op, done, name, startedAt](const RequestOutcome &o) {
        const ApiResult<Project> result = projectResult(o);
        // A 2xx that cannot be read still created the project.
        if (result.ok() || !(o.outcomeUnknown || !o.error.isError())) {
            Private::complete<Project>(op, done, result);
            return;
        }
        const ApiError original = result.error();
        qCInfo(lcOrgDeskApi) << "create outcome unknown; looking for the project";
        const RequestSpec check = listSpec(ListQuery{QString(), 100, true});
        op->run(d->newRequest(check), [op, done, name, startedAt, original](const RequestOutcome &r) {
            const ApiResult<ProjectPage> page = r.error.isError() ? ApiResult<ProjectPage>(r.error)
                                                                  : ReplyParser::page(r.body, {}, r.requestId);
            if (page.ok()) {
                if (const auto created = CreateCheck::find(page.value().projects, name, startedAt)) {
                    Private::complete<Project>(op, done, *created);
                    return;
                }
            }
            ApiError unknown(ApiError::Kind::OutcomeUnknown,
                             QStringLiteral("the create failed (%1)%2")
                                 .arg(original.detail().isEmpty() ? QString::number(original.httpStatus()) : original.detail(),
                                      page.ok() ? QString() : QStringLiteral(" and the check failed too")));
            unknown.setHttpStatus(original.httpStatus()).setRequestId(original.requestId());
            Private::complete<Project>(op, done, unknown);
        });
    });
    return op;
}
