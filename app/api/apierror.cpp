// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "apierror.h"

#include "displaytext.h"

#include <QRegularExpression>

namespace {

// A service message may echo part of a key ("Incorrect API key provided: sk-admin-…"): never
// show more of it than its prefix.
QString withoutKeys(QString text)
{
    static const QRegularExpression key(QStringLiteral("\\bsk-[A-Za-z0-9_*.\\-]{4,}"));
    // PCRE refuses a text with a lone surrogate (JSON's "\udc00" makes one) and nothing would
    // be masked: such a code unit becomes U+FFFD, as in any other invalid text.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
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
        return ApiError::tr("This project is archived and can no longer be changed (%1).").arg(e.httpStatus());
    if (mentions(e, QLatin1StringView("default project")))
        return ApiError::tr("The Default project cannot be renamed or archived (%1).").arg(e.httpStatus());
    if (e.httpStatus() == 409)
        return ApiError::tr("OpenAI reported a conflicting change (409). Try again in a moment.");
    if (e.httpStatus() == 0)
        return ApiError::tr("OrgDesk could not build this request (%1).").arg(e.detail());
    return ApiError::tr("OpenAI refused the request (%1).").arg(e.httpStatus());
}

QString sentence(const ApiError &e)
{
    using Kind = ApiError::Kind;
    switch (e.kind()) {
    case Kind::None:
        return {};
    case Kind::Network:
        return ApiError::tr("OrgDesk could not reach OpenAI (%1). Check the network connection and try again.")
            .arg(e.detail());
    case Kind::Timeout:
        return ApiError::tr("OpenAI did not answer in time. Try again in a moment.");
    case Kind::Cancelled:
        return ApiError::tr("The request was cancelled.");
    case Kind::KeyChanged:
        return ApiError::tr("Stopped because the admin key changed before OpenAI answered; nothing more "
                  "was sent with the old key.");
    case Kind::Unauthorized:
        return ApiError::tr("The admin key was rejected by OpenAI (401). Check the key under Admin key…");
    case Kind::Forbidden:
        return ApiError::tr("This key may not manage projects (403). OrgDesk needs an organization admin "
                  "key (sk-admin-…) with the api.management scopes; a project or user key will "
                  "not work.");
    case Kind::NotFound:
        return ApiError::tr("OpenAI does not know this project (404). Someone may have changed it; refresh "
                  "the list.");
    case Kind::InvalidRequest:
        return invalidRequestSentence(e);
    case Kind::RateLimited:
        return ApiError::tr("OpenAI is rate limiting requests (429). Wait a minute before trying again.");
    case Kind::Server:
        return ApiError::tr("OpenAI had a problem answering (%1). Try again in a moment.").arg(e.httpStatus());
    case Kind::BadResponse:
        return ApiError::tr("OpenAI answered with something that is not valid API data (%1).").arg(e.detail());
    case Kind::InsecureUrl:
        return ApiError::tr("OrgDesk refused to send the admin key over this connection (%1). Only https:// "
                  "addresses, or http:// on this computer, are allowed.").arg(e.detail());
    case Kind::OutcomeUnknown:
        return ApiError::tr("OrgDesk could not confirm whether the project was created. Refresh the list "
                  "before trying again.");
    case Kind::NoKey:
        return ApiError::tr("No admin key is set. Enter one under Admin key…");
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
    // Only what came from outside can hold a key. Masking the whole text also turned the
    // 403 sentence's "admin key (sk-admin-…)" into "(sk-……)".
    ApiError shown = *this;
    shown.m_detail = withoutKeys(m_detail);
    shown.m_apiMessage = withoutKeys(m_apiMessage);
    shown.m_requestId = withoutKeys(m_requestId);
    QStringList parts{sentence(shown)};
    if (!shown.m_apiMessage.isEmpty())
        parts << tr("OpenAI said: “%1”").arg(DisplayText::isolated(shown.m_apiMessage.trimmed()));
    if (!shown.m_requestId.isEmpty())
        parts << tr("Request ID: %1").arg(shown.m_requestId);
    return parts.join(QLatin1Char(' '));
}

QString ApiError::userMessageWithoutRequestId() const
{
    ApiError withoutId = *this;
    withoutId.m_requestId.clear();
    return withoutId.userMessage();
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
