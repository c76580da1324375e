// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class RateLimitGate;

/// The settings a request is sent with: a snapshot of the client's, taken when it is made,
/// except the key, which is read from the client each time the request is sent.
struct RequestConfig
{
    QNetworkAccessManager *network = nullptr;
    RetryPolicy *policy = nullptr;
    RateLimitGate *gate = nullptr;
    QUrl baseUrl;
    const QString *key = nullptr; ///< the client's; outlives the request (the client owns it)
    std::chrono::milliseconds timeout{30000};
    int maxRetries = 2;
    std::chrono::milliseconds maxRateLimitWait{5 * 60 * 1000};
    qint64 maxResponseSize = 32 * 1024 * 1024;
};

/// What one request is: where it goes and how it may be repeated.
struct RequestSpec
{
    enum class Retry {
        Safe,           ///< GET: repeated on retryable failures (or x-should-retry), up to maxRetries
        /// rename: repeated like Safe, but never after a 409 (someone else changed it) and
        /// never on x-should-retry alone: a late repeat could undo another person's rename
        Overwrite,
        RejectionsOnly, ///< e.g. create, archive: repeated only after a 429 (nothing was done)
    };
    QByteArray method;               ///< "GET", "POST" or "DELETE"
    QString path;                    ///< percent-encoded, appended to the base path
    QString query;                   ///< percent-encoded, without '?'
    std::optional<QByteArray> body;  ///< JSON; none for GET, DELETE and archive
    QString endpoint;                ///< rate-limit bucket: a short name per operation, e.g. list, create
    Retry retry = Retry::Safe;
};

/// How a request ended, after its retries.
struct RequestOutcome
{
    QByteArray body;
    int httpStatus = 0;
    QString requestId;
    ApiError error;               ///< kind None on a 2xx
    bool outcomeUnknown = false;  ///< the service may have done the work (timeout, 5xx, lost answer)
};

/// One API request: waits at the rate-limit gate, sends, times out, retries as its spec
/// allows, refuses insecure URLs and redirects to another origin, caps the body size.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const RequestOutcome &)>;

    ApiRequest(const RequestConfig &config, RequestSpec spec, QObject *parent = nullptr);
    ~ApiRequest() override;

    /// Starts; @p done runs once from the event loop, unless abort() came first.
    void start(Done done);
    /// Stops at once; the done handler will not run.
    void abort();

Q_SIGNALS:
    void waiting(const QString &endpoint, std::chrono::milliseconds delay, const ApiError &reason);
    void unauthorized(const ApiError &error);

private:
    void proceed();
    void send();
    void onFinished();
    void onTimeout();
    [[nodiscard]] RequestOutcome outcomeOf(QNetworkReply *reply) const;
    bool followRedirect(QNetworkReply *reply);
    void closeTicket(bool rejected);
    void retryOrFinish(const RequestOutcome &outcome, const RetryPolicy::Hints &hints);
    void finish(const RequestOutcome &outcome);
    void dropReply();

    RequestConfig m_config;
    RequestSpec m_spec;
    Done m_done;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_attemptTimer; ///< the attempt's timeout
    QTimer m_waitTimer;    ///< the wait before the next attempt
    QElapsedTimer m_attemptClock;
    quint64 m_ticket = 0;
    int m_retries = 0;    ///< retries other than rate-limit waits
    int m_attempts = 0;
    int m_redirects = 0;
    std::chrono::milliseconds m_rateLimitWaited{0};
    int m_rateLimitRetries = 0;
    RequestOutcome m_last; ///< the failure a retry is waiting to repair
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_inFlight = false; ///< a ticket of the gate is open
    bool m_finished = false;
};
