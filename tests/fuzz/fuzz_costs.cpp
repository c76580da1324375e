// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The costs page: CostsReader::page(), then what the spend column and the charts do with it
// (MoneyTotals, CostsAggregator). Input: the `page` cursor the request carried on the first
// line, then the response body.

#include "costs.h"
#include "costsaggregator.h"
#include "fuzzharness.h"
#include "replyparser.h"

#include <QJsonArray>

using namespace fuzzharness;

namespace {

bool isCurrencyCode(const QString &code)
{
    return code.size() == 3
        && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

void checkAccepted(const CostPage &page, const QJsonObject &json, const QString &sentPage)
{
    const QJsonArray data = json.value(QLatin1String("data")).toArray();
    FUZZ_CHECK(page.buckets.size() == data.size(), "every bucket is kept");
    FUZZ_CHECK(page.hasMore == json.value(QLatin1String("has_more")).toBool(), "has_more is kept");
    if (page.hasMore)
        FUZZ_CHECK(!page.nextPage.isEmpty() && page.nextPage != sentPage, "paging never loops");
    else
        FUZZ_CHECK(page.nextPage.isEmpty(), "no cursor after the last page");

    MoneyTotals totals;
    qint64 results = 0;
    for (qsizetype i = 0; i < page.buckets.size(); ++i) {
        const CostBucket &bucket = page.buckets.at(i);
        FUZZ_CHECK(bucket.endTime > bucket.startTime, "a bucket ends after it starts");
        const QJsonArray items = data.at(i).toObject().value(QLatin1String("results")).toArray();
        FUZZ_CHECK(bucket.results.size() == items.size(), "every result is kept");
        for (const CostResult &result : bucket.results) {
            FUZZ_CHECK(isCurrencyCode(result.amount.currency), "a currency is three lowercase letters");
            FUZZ_CHECK(result.amount.micros >= -1000000000000000000LL
                           && result.amount.micros <= 1000000000000000000LL,
                       "an amount is of a size the sums can hold");
            FUZZ_CHECK(result.projectId.hasValue() || result.projectId.value.isEmpty(),
                       "null and absent carry no text");
            totals.add(result.amount);
            ++results;
        }
    }
    // Under 9,223 results of at most a trillion, no sum can overflow.
    if (results < 9000)
        FUZZ_CHECK(!totals.overflowed(), "the sums of a page fit");

    // What the spend column and the charts ask of it: bounded work, totals that agree.
    CostsAggregator costs;
    costs.add(page.buckets);
    FUZZ_CHECK(costs.bucketCount() <= page.buckets.size(), "buckets are kept once per start");
    if (costs.isEmpty())
        return;
    const qint64 first = page.buckets.first().startTime;
    const auto byProject = costs.totalsByProject(first, first + 30 * CostsAggregator::Day);
    const auto series = costs.dailyByLineItem(QString(), first, first + 30 * CostsAggregator::Day);
    FUZZ_CHECK(series.dayStarts.size() <= 31, "a period of 30 days has at most 31 day starts");
    FUZZ_CHECK(series.values.size() == series.dayStarts.size(), "a row of values per day");
    for (const QList<qint64> &row : series.values)
        FUZZ_CHECK(row.size() == series.lineItems.size(), "a value per line item");
    if (!series.currency.isEmpty()) {
        const auto top = costs.topProjects(5, series.currency, first, first + 30 * CostsAggregator::Day);
        FUZZ_CHECK(top.size() <= 5, "top N has at most N");
        for (qsizetype i = 1; i < top.size(); ++i)
            FUZZ_CHECK(top.at(i - 1).cost.micros >= top.at(i).cost.micros, "top N, most first");
        for (const auto &entry : top)
            FUZZ_CHECK(byProject.value(entry.projectId).total(series.currency) == entry.cost,
                       "top N agrees with the totals");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Lines input(data, size);
    const QString sentPage = QString::fromUtf8(input.next());
    const QByteArray body = input.rest();
    const QString requestId = QStringLiteral("req_fuzz");

    const ApiResult<CostPage> page = CostsReader::page(body, sentPage, requestId);
    QString why;
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(body, &why);
    if (!json)
        FUZZ_CHECK(!page.ok(), "page() refuses what jsonObject() refuses");
    if (!page.ok()) {
        checkRefusal(page.error(), requestId);
        return 0;
    }
    FUZZ_CHECK(page.value().requestId == requestId, "an accepted page keeps the request id");
    checkAccepted(page.value(), *json, sentPage);
    return 0;
}
