// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "adminapiclient.h"
#include "apirequest.h"

#include <QPointer>

#include <functional>

/// An ApiCall made of one or more ApiRequests run one after another (a create and the list
/// that checks it, an archive and the retrieve that confirms it). Delivers its result only
/// while its context object lives; deletes itself once finished or cancelled.
class ApiOperation : public ApiCall
{
    Q_OBJECT
public:
    /// A null @p context means the result is always delivered. @p deliverError is how
    /// abandon() delivers an error to the typed result handler.
    ApiOperation(QObject *context, std::function<void(const ApiError &)> deliverError,
                 QObject *parent);

    /// Stops the current request; no result is delivered. finished() still follows, once.
    void cancel() override;
    /// Stops the current request and delivers @p error as its result (the key changed, or
    /// was rejected): the caller hears why its request ended, as with any other failure.
    void abandon(const ApiError &error);
    [[nodiscard]] bool isFinished() const override;

    /// Runs @p request (taking ownership) as the next step; @p next gets its outcome.
    void run(ApiRequest *request, ApiRequest::Done next);
    /// Ends the operation: @p deliver runs if the context still lives, then finished().
    void complete(const std::function<void()> &deliver);

private:
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    QPointer<ApiRequest> m_request;
    std::function<void(const ApiError &)> m_deliverError;
    bool m_finished = false;
    bool m_starting = false;
};
