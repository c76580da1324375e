// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "apierror.h"

#include "displaytext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

// A service message may echo part of a key ("Incorrect API key provided: sk-admin-…"): never
// show more of it than its prefix.
QString withoutKeys(QString text)
{
    static const QRegularExpression key(QStringLiteral("\\bsk-[A-Za-z0-9_*.\\-]{4,}"));
    return text.replace(key, QStringLiteral("sk-…"));
}

bool mentions(const ApiError &e, QLatin1StringView words)
{
    return e.code().contains(words, Qt::CaseInsensitive)
        || e.apiMessage().contains(words, Qt::CaseInsensitive);
}

QString invalidRequestSentence(const ApiError &e)
{
    if (e.code() == QLatin1String("project_archived"))
        return tr("This project is archived and can no longer be changed (%1).").arg(e.httpStatus());
    if (mentions(e, QLatin1StringView("default project")))
        return tr("The Default project cannot be renamed or archived (%1).").arg(e.httpStatus());
    if (e.httpStatus() == 409)
        return tr("OpenAI reported a conflicting change (409). Try again in a moment.");
    if (e.httpStatus() == 0)
        return tr("OrgDesk could not build this request (%1).").arg(e.detail());
    return tr("OpenAI refused the request (%1).").arg(e.httpStatus());
}

QString sentence(const ApiError &e)
{
    using Kind = ApiError::Kind;
    switch (e.kind()) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("OrgDesk could not reach OpenAI (%1). Check the network connection and try again.")
            .arg(e.detail());
    case Kind::Timeout:
        return tr("OpenAI did not answer in time. Try again in a moment.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::KeyChanged:
        return tr("Stopped because the admin key changed before OpenAI answered; nothing more "
                  "was sent with the old key.");
    case Kind::Unauthorized:
        return tr("The admin key was rejected by OpenAI (401). Check the key under Admin key…");
    case Kind::Forbidden:
        return tr("This key may not manage projects (403). OrgDesk needs an organization admin "
                  "key (sk-admin-…) with the api.management scopes; a project or user key will "
                  "not work.");
    case Kind::NotFound:
        return tr("OpenAI does not know this project (404). Someone may have changed it; refresh "
                  "the list.");
    case Kind::InvalidRequest:
        return invalidRequestSentence(e);
    case Kind::RateLimited:
        return tr("OpenAI is rate limiting requests (429). Wait a minute before trying again.");
    case Kind::Server:
        return tr("OpenAI had a problem answering (%1). Try again in a moment.").arg(e.httpStatus());
    case Kind::BadResponse:
        return tr("OpenAI answered with something that is not valid API data (%1).").arg(e.detail());
    case Kind::InsecureUrl:
        return tr("OrgDesk refused to send the admin key over this connection (%1). Only https:// "
                  "addresses, or http:// on this computer, are allowed.").arg(e.detail());
    case Kind::OutcomeUnknown:
        return tr("OrgDesk could not confirm whether the project was created. Refresh the list "
                  "before trying again.");
    case Kind::NoKey:
        return tr("No admin key is set. Enter one under Admin key…");
    }
    return {};
}

} // namespace

ApiError::ApiError(Kind kind, QString message)
    : m_kind(kind)
    , m_detail(std::move(message))
{
}

QString ApiError::userMessage() const
{
    if (!isError())
        return {};
    QStringList parts{sentence(*this)};
    if (!m_apiMessage.isEmpty())
        parts << tr("OpenAI said: “%1”").arg(DisplayText::isolated(m_apiMessage.trimmed()));
    if (!m_requestId.isEmpty())
        parts << tr("Request ID: %1").arg(m_requestId);
    return withoutKeys(parts.join(QLatin1Char(' ')));
}

bool ApiError::isRetryable() const
{
    if (m_httpStatus == 408 || m_httpStatus == 409 || m_httpStatus == 429 || m_httpStatus >= 500)
        return true;
    return m_httpStatus == 0 && (m_kind == Kind::Timeout || m_kind == Kind::Network);
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 401: return Kind::Unauthorized;
    case 403: return Kind::Forbidden;
    case 404: return Kind::NotFound;
    case 408: return Kind::Timeout;
    case 429: return Kind::RateLimited;
    default: break;
    }
    if (httpStatus >= 500)
        return Kind::Server;
    if (httpStatus >= 400)
        return Kind::InvalidRequest;
    if (httpStatus >= 200 && httpStatus < 300)
        return Kind::None;
    return Kind::BadResponse; // 1xx or a 3xx we did not follow: not an API answer
}
