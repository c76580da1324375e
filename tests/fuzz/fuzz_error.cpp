// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The error envelope and what the user reads of it: ReplyParser::error(), ApiError's kinds,
// userMessage() and its key masking.
// Input: the HTTP status on the first line, the x-request-id on the second, then the body.

#include "fuzzharness.h"
#include "replyparser.h"

using namespace fuzzharness;

namespace {

constexpr ApiError::Kind AllKinds[] = {
    ApiError::Kind::Network,   ApiError::Kind::Timeout,     ApiError::Kind::Cancelled,
    ApiError::Kind::Unauthorized, ApiError::Kind::Forbidden, ApiError::Kind::NotFound,
    ApiError::Kind::InvalidRequest, ApiError::Kind::RateLimited, ApiError::Kind::Server,
    ApiError::Kind::BadResponse, ApiError::Kind::InsecureUrl, ApiError::Kind::OutcomeUnknown,
    ApiError::Kind::NoKey,
};

void checkSentence(const ApiError &error)
{
    const QString sentence = error.userMessage();
    FUZZ_CHECK(!sentence.isEmpty(), "every error has a sentence");
    FUZZ_CHECK(longestVisibleSecret(sentence) <= MaxVisibleSecret, "no key in the sentence");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Lines input(data, size);
    bool isNumber = false;
    int status = input.next().trimmed().toInt(&isNumber);
    if (!isNumber)
        status = 400;
    const QString requestId = QString::fromLatin1(input.next()); // as ApiRequest reads the header
    const QByteArray body = input.rest();

    const ApiError error = ReplyParser::error(status, body, requestId);
    FUZZ_CHECK(error.isError() && error.kind() != ApiError::Kind::None, "an error is an error");
    FUZZ_CHECK(error.httpStatus() == status, "the status is kept");
    FUZZ_CHECK(error.requestId() == requestId, "the request id is kept");

    QString why;
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(body, &why);
    const QJsonValue fields = json ? json->value(QLatin1String("error")) : QJsonValue();
    if (fields.isObject() || fields.isString()) {
        const ApiError::Kind byStatus = ApiError::kindForStatus(status);
        FUZZ_CHECK(error.kind() == (byStatus == ApiError::Kind::None ? ApiError::Kind::BadResponse : byStatus),
                   "an API error envelope is classified by its status");
        const QJsonValue message = fields.isString() ? fields : fields.toObject().value(QLatin1String("message"));
        FUZZ_CHECK(error.apiMessage() == (message.isString() ? message.toString() : QString()),
                   "the service's message is kept verbatim");
    } else {
        // A proxy's page or garbage: the status alone may not be the service's.
        FUZZ_CHECK(error.kind() == ApiError::Kind::BadResponse, "anything else is a BadResponse");
        FUZZ_CHECK(error.detail().startsWith(QStringLiteral("HTTP %1 with ").arg(status)),
                   "a BadResponse names the status");
    }
    if (status == 408 || status == 409 || status == 429 || status >= 500)
        FUZZ_CHECK(error.isRetryable(), "the statuses the SDKs retry are retryable");
    checkSentence(error);

    // Every sentence masks keys in whatever it quotes: the service's message, the detail, the
    // request id. The body as text stands in for all three, with every kind's sentence.
    const QString text = QString::fromUtf8(body);
    for (const ApiError::Kind kind : AllKinds) {
        // Without outside text there is nothing to mask: the sentence is shown as written
        // (the 403 one names the key needed, "sk-admin-…").
        FUZZ_CHECK(!ApiError(kind).setHttpStatus(status).userMessage().contains(u"sk-…"),
                   "the masking leaves OrgDesk's own words alone");
        checkSentence(ApiError(kind, text)
                          .setHttpStatus(status)
                          .setCode(text)
                          .setApiMessage(text)
                          .setRequestId(requestId));
    }
    return 0;
}
