// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// Project rate limits: ResourceReader::rateLimits() (a page) and rateLimit() (an update's
// answer), and the change an editor would send from what was read.
// Input: the request's `after` cursor on the first line, then the response body.

#include "fuzzharness.h"
#include "replyparser.h"
#include "resourcereader.h"

#include <QJsonArray>

using namespace fuzzharness;

namespace {

const QString RequestId = QStringLiteral("req_fuzz");

void checkLimit(const RateLimit &limit, const QJsonObject &json)
{
    FUZZ_CHECK(!limit.id.isEmpty() && !limit.model.isEmpty(), "an accepted limit has an id and a model");
    FUZZ_CHECK(limit.has(RateLimitField::RequestsPerMinute) && limit.has(RateLimitField::TokensPerMinute),
               "requests and tokens per minute are always there");
    for (int i = 0; i < RateLimitFieldCount; ++i) {
        const auto field = RateLimitField(i);
        const QJsonValue value = json.value(rateLimitFieldName(field));
        // Absent (or null) stays absent: never read as zero.
        FUZZ_CHECK(limit.has(field) == (value.isDouble()), "a field is present exactly when the service sent a number");
        if (limit.has(field))
            FUZZ_CHECK(double(*limit.value(field)) == value.toDouble(), "a value is kept as sent");
        FUZZ_CHECK(rateLimitFieldNamed(QString(rateLimitFieldName(field))) == field, "field names read back");
    }
    FUZZ_CHECK(RateLimitChange::between(limit, limit).isEmpty(), "nothing changed, nothing sent");
    RateLimit edited = limit;
    edited.values[size_t(RateLimitField::TokensPerMinute)] = *limit.value(RateLimitField::TokensPerMinute) + 1;
    const RateLimitChange change = RateLimitChange::between(limit, edited);
    FUZZ_CHECK(change.values().size() == 1 && change.toJson().size() == 1, "one edit, one field sent");
    FUZZ_CHECK(change.isAppliedTo(edited) && !change.isAppliedTo(limit), "an applied change is recognised");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Lines input(data, size);
    const QString sentAfter = QString::fromUtf8(input.next());
    const QByteArray body = input.rest();
    QString why;
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(body, &why);

    const ApiResult<RateLimitPage> page = ResourceReader::rateLimits(body, sentAfter, RequestId);
    if (!page.ok()) {
        checkRefusal(page.error(), RequestId);
    } else {
        const QJsonArray items = json->value(QLatin1String("data")).toArray();
        FUZZ_CHECK(page.value().items.size() == items.size(), "every item becomes a limit");
        for (qsizetype i = 0; i < items.size(); ++i)
            checkLimit(page.value().items.at(i), items.at(i).toObject());
        if (page.value().hasMore)
            FUZZ_CHECK(!page.value().nextCursor.isEmpty() && page.value().nextCursor != sentAfter, "paging never loops");
    }

    const ApiResult<RateLimit> single = ResourceReader::rateLimit(body, RequestId);
    if (!single.ok())
        checkRefusal(single.error(), RequestId);
    else
        checkLimit(single.value(), *json);
    return 0;
}
