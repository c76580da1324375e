// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "apioperation.h"

#include <QTimer>

ApiOperation::ApiOperation(QObject *context, std::function<void(const ApiError &)> deliverError,
                           QObject *parent)
    : ApiCall(parent)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_deliverError(std::move(deliverError))
{
    // Nobody is left to hear the answer: stop asking.
    if (context)
        connect(context, &QObject::destroyed, this, &ApiOperation::cancel);
}

void ApiOperation::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_request)
        m_request->abort();
    Q_EMIT finished();
    deleteLater();
}

void ApiOperation::abandon(const ApiError &error)
{
    if (m_finished)
        return;
    if (m_request)
        m_request->abort();
    complete([this, error] {
        if (m_deliverError)
            m_deliverError(error);
    });
}

bool ApiOperation::isFinished() const
{
    return m_finished;
}

void ApiOperation::run(ApiRequest *request, ApiRequest::Done next)
{
    if (m_request)
        m_request->deleteLater(); // we may be inside its handler
    request->setParent(this);
    m_request = request;
    connect(request, &ApiRequest::waiting, this,
            [this](const QString &, std::chrono::milliseconds delay, const ApiError &reason) {
                if (!m_starting) {
                    Q_EMIT waiting(delay, reason);
                    return;
                }
                // A wait at the gate is known before the caller holds this call to connect.
                QTimer::singleShot(0, this, [this, delay, reason] { Q_EMIT waiting(delay, reason); });
            });
    m_starting = true;
    request->start(std::move(next));
    m_starting = false;
}

void ApiOperation::complete(const std::function<void()> &deliver)
{
    if (m_finished)
        return;
    m_finished = true;
    const QPointer<ApiOperation> self(this); // the handler may delete the client, and us with it
    if (!m_hasContext || m_context)
        deliver();
    if (!self)
        return;
    Q_EMIT finished();
    deleteLater();
}
