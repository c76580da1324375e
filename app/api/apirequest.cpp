// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "apirequest.h"

#include "apilogging.h"
#include "apiorigin.h"
#include "ratelimitgate.h"
#include "replyparser.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstring>

using namespace std::chrono_literals;

namespace {

// A safety net under the rate-limit wait cap, should a gate ever answer "no wait" to a 429.
constexpr int MaxRateLimitRetries = 30;
constexpr int MaxRedirects = 3;
constexpr std::chrono::milliseconds ResidualWait{50};

QByteArray userAgent()
{
    return QByteArrayLiteral("OrgDesk/" ORGDESK_VERSION " (Qt ") + qVersion() + ')';
}

// A request body Qt cannot rewind. When a connection closes before any answer, Qt's HTTP
// channel sends the request again if it can reset the body (tested: a create then reaches
// the service twice). With this body it reports ContentReSendError instead, and the create
// check decides what happened: a POST goes out once per attempt of ours.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > m_data.size() || !QIODevice::seek(pos))
            return false;
        m_pos = pos;
        return true;
    }
    bool reset() override { return false; } // what Qt asks before it sends a request again

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::clamp<qint64>(m_data.size() - m_pos, 0, maxSize);
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Failures that happen before a byte of the request can have reached the service.
bool certainlyNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiRequest::ApiRequest(const RequestConfig &config, RequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_spec(std::move(spec))
{
    m_attemptTimer.setSingleShot(true);
    m_waitTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early; the gate would then still say "wait" and the
    // user would see a second, meaningless "retrying in 0 s".
    m_waitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_attemptTimer, &QTimer::timeout, this, &ApiRequest::onTimeout);
    connect(&m_waitTimer, &QTimer::timeout, this, &ApiRequest::proceed);

    m_url = m_config.baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery
                                      | QUrl::RemoveFragment);
    m_url.setPath(m_url.path(QUrl::FullyEncoded) + m_spec.path, QUrl::TolerantMode);
    if (!m_spec.query.isEmpty())
        m_url.setQuery(m_spec.query, QUrl::TolerantMode);
}

ApiRequest::~ApiRequest()
{
    abort();
}

void ApiRequest::start(Done done)
{
    m_done = std::move(done);
    std::optional<ApiError> refusal;
    if (!m_config.key || m_config.key->isEmpty())
        refusal = ApiError(ApiError::Kind::NoKey);
    else if (!ApiOrigin::isAllowed(m_url))
        refusal = ApiError(ApiError::Kind::InsecureUrl, ApiOrigin::origin(m_url));
    if (!refusal) {
        proceed();
        return;
    }
    // Always answer from the event loop, never from inside the caller.
    QTimer::singleShot(0, this, [this, error = *refusal] {
        RequestOutcome outcome;
        outcome.error = error;
        finish(outcome);
    });
}

void ApiRequest::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    m_attemptTimer.stop();
    m_waitTimer.stop();
    dropReply();
    closeTicket(false);
}

void ApiRequest::proceed()
{
    if (m_finished)
        return;
    const auto wait = m_config.gate->delayBeforeSend(m_spec.endpoint);
    if (wait <= 0ms) {
        send();
        return;
    }
    const bool rejected = m_last.httpStatus == 429;
    if (m_rateLimitWaited + wait > m_config.maxRateLimitWait) {
        RequestOutcome outcome = m_last;
        if (!rejected) // paced, never sent: say why it gave up
            outcome.error = ApiError(ApiError::Kind::RateLimited,
                                     QStringLiteral("the rate limit would hold it too long"));
        finish(outcome);
        return;
    }
    m_rateLimitWaited += wait;
    if (wait < ResidualWait) { // the tail of a wait already announced
        m_waitTimer.start(wait + 1ms);
        return;
    }
    const ApiError reason = rejected ? m_last.error
        : ApiError(ApiError::Kind::RateLimited, QStringLiteral("paced under the learned rate limit"));
    Q_EMIT waiting(m_spec.endpoint, wait, reason);
    m_waitTimer.start(wait + 1ms);
}

void ApiRequest::send()
{
    m_timedOut = false;
    m_tooLarge = false;
    QNetworkRequest request(m_url);
    // Redirects are ours to judge: the key must never follow one to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Authorization", "Bearer " + m_config.key->toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("x-orgdesk-retry-count", QByteArray::number(m_attempts));
    if (m_spec.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    m_ticket = m_config.gate->sent(m_spec.endpoint);
    m_inFlight = true;
    ++m_attempts;
    m_attemptClock.start();
    if (m_spec.method == "GET") {
        m_reply = m_config.network->get(request);
    } else {
        const QByteArray body = m_spec.body.value_or(QByteArray());
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *device = new OneShotBody(body, this);
        m_reply = m_config.network->sendCustomRequest(request, m_spec.method, device);
        device->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (m_reply && (received > m_config.maxResponseSize || total > m_config.maxResponseSize)) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    m_attemptTimer.start(m_config.timeout);
}

void ApiRequest::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiRequest::closeTicket(bool rejected)
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    m_config.gate->answered(m_ticket, rejected);
}

void ApiRequest::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ApiRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_attemptTimer.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    closeTicket(status == 429);
    const bool transportError = reply->error() > QNetworkReply::NoError
        && reply->error() < QNetworkReply::ContentAccessDenied;
    qCDebug(lcOrgDeskApi).nospace().noquote()
        << m_spec.method << ' ' << m_url.path() << " -> " << status << ' '
        << (transportError ? QStringLiteral("(network error %1) ").arg(reply->error()) : QString())
        << (m_timedOut ? QStringLiteral("(timed out) ") : QString())
        << "request id " << reply->rawHeader("x-request-id") << " in " << m_attemptClock.elapsed()
        << " ms, attempt " << m_attempts;

    if (status >= 300 && status < 400 && !m_timedOut && !m_tooLarge && followRedirect(reply))
        return;
    const RequestOutcome outcome = outcomeOf(reply);
    const RetryPolicy::Hints hints{reply->rawHeader("x-should-retry"),
                                   reply->rawHeader("retry-after-ms"),
                                   reply->rawHeader("retry-after")};
    dropReply();
    retryOrFinish(outcome, hints);
}

// Same-origin redirects are followed (the key stays with the origin it was given for);
// a POST only on 307/308, which keep the method and body.
bool ApiRequest::followRedirect(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl target = m_url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    const bool keepsMethod = status == 307 || status == 308;
    if (!target.isValid() || !ApiOrigin::sameOrigin(target, m_url) || m_redirects >= MaxRedirects
        || (m_spec.method != "GET" && !keepsMethod))
        return false;
    ++m_redirects;
    m_url = target;
    dropReply();
    send();
    return true;
}

RequestOutcome ApiRequest::outcomeOf(QNetworkReply *reply) const
{
    using Kind = ApiError::Kind;
    RequestOutcome o;
    o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    o.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    const QNetworkReply::NetworkError error = reply->error();
    const bool transportError = (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ContentReSendError;
    if (m_tooLarge) {
        o.error = ApiError(Kind::BadResponse, QStringLiteral("an answer larger than %1 MiB")
                                                  .arg(m_config.maxResponseSize / (1024.0 * 1024.0)));
        o.outcomeUnknown = true;
    } else if (m_timedOut) {
        o.error = ApiError(Kind::Timeout, QStringLiteral("no complete answer within %1 ms")
                                              .arg(m_config.timeout.count()));
        o.outcomeUnknown = true;
    } else if (transportError) {
        o.error = ApiError(Kind::Network, reply->errorString());
        o.outcomeUnknown = !certainlyNotSent(error);
    } else if (o.httpStatus >= 200 && o.httpStatus < 300) {
        o.body = reply->readAll();
        const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
        if (error != QNetworkReply::NoError) {
            // e.g. "Decompression failed": Qt stops a gzip body that inflates without bound.
            o.error = ApiError(Kind::BadResponse, QStringLiteral("an answer that could not be read (%1)")
                                                      .arg(reply->errorString()));
        } else if (announced.isValid() && announced.toLongLong() > o.body.size()
                   && reply->rawHeader("content-encoding").isEmpty()) {
            // Qt 6.4 can report a body cut after its headers as complete.
            o.error = ApiError(Kind::BadResponse, QStringLiteral("an answer cut off after %1 of %2 bytes")
                                                      .arg(o.body.size()).arg(announced.toLongLong()));
        } else {
            return o;
        }
        o.body.clear();
        o.outcomeUnknown = true;
    } else if (o.httpStatus >= 300 && o.httpStatus < 400) {
        const QUrl target = m_url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        o.error = ApiOrigin::sameOrigin(target, m_url)
            ? ApiError(Kind::BadResponse, QStringLiteral("a redirect OrgDesk does not follow (HTTP %1)").arg(o.httpStatus))
            : ApiError(Kind::InsecureUrl, QStringLiteral("a redirect to %1").arg(ApiOrigin::origin(target)));
        o.error.setHttpStatus(o.httpStatus);
    } else if (o.httpStatus >= 400) {
        o.error = ReplyParser::error(o.httpStatus, reply->readAll(), o.requestId);
        o.outcomeUnknown = o.httpStatus >= 500;
    } else {
        o.error = ApiError(Kind::BadResponse, QStringLiteral("an answer without an HTTP status"));
        o.outcomeUnknown = true;
    }
    o.error.setRequestId(o.requestId);
    return o;
}

void ApiRequest::retryOrFinish(const RequestOutcome &outcome, const RetryPolicy::Hints &hints)
{
    if (!outcome.error.isError()) {
        finish(outcome);
        return;
    }
    m_last = outcome;
    const std::optional<bool> serverSays = RetryPolicy::shouldRetryHeader(hints);
    if (outcome.httpStatus == 429) {
        // Not processed, so even a create may go again: once the gate lets it through.
        m_config.gate->rateLimited(m_spec.endpoint, m_config.policy->serverDelay(hints));
        if (serverSays.value_or(true) && ++m_rateLimitRetries <= MaxRateLimitRetries)
            proceed();
        else
            finish(outcome);
        return;
    }
    bool retry = false;
    switch (m_spec.retry) {
    case RequestSpec::Retry::Safe:
        retry = m_config.policy->shouldRetry(outcome.error, hints);
        break;
    case RequestSpec::Retry::Overwrite:
        retry = m_config.policy->shouldRetryOverwrite(outcome.error, hints);
        break;
    case RequestSpec::Retry::RejectionsOnly:
        break;
    }
    if (retry && m_retries < m_config.maxRetries) {
        const auto delay = m_config.policy->delay(m_retries, hints);
        ++m_retries;
        Q_EMIT waiting(m_spec.endpoint, delay, outcome.error);
        m_waitTimer.start(delay);
        return;
    }
    finish(outcome);
}

void ApiRequest::finish(const RequestOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_attemptTimer.stop();
    m_waitTimer.stop();
    if (outcome.error.isError())
        qCInfo(lcOrgDeskApi).nospace().noquote()
            << m_spec.method << ' ' << m_url.path() << " failed after " << m_attempts
            << " attempt(s): status " << outcome.httpStatus << ", request id " << outcome.requestId;
    if (outcome.httpStatus == 401)
        Q_EMIT unauthorized(outcome.error);
    // The handler may delete this request: nothing of it is touched afterwards.
    if (Done done = std::move(m_done))
        done(outcome);
}
