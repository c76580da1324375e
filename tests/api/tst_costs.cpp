// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The costs reader, exact money and the aggregator: pure logic, no network.

#include "costs.h"
#include "costsaggregator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day1 = 1730419200; // 2024-11-01 00:00 UTC
constexpr qint64 Day = CostsAggregator::Day;

QByteArray pageJson(const QByteArray &data, const QByteArray &hasMore = "false",
                    const QByteArray &nextPage = "null")
{
    return R"({"object":"page","data":[)" + data + R"(],"has_more":)" + hasMore
        + R"(,"next_page":)" + nextPage + "}";
}

QByteArray bucketJson(qint64 start, const QByteArray &results)
{
    return R"({"object":"bucket","start_time":)" + QByteArray::number(start) + R"(,"end_time":)"
        + QByteArray::number(start + Day) + R"(,"results":[)" + results + "]}";
}

QByteArray resultJson(const QByteArray &value, const QByteArray &project = "null",
                      const QByteArray &lineItem = "null", const QByteArray &currency = "\"usd\"")
{
    return R"({"object":"organization.costs.result","amount":{"value":)" + value
        + R"(,"currency":)" + currency + R"(},"line_item":)" + lineItem + R"(,"project_id":)"
        + project + R"(,"api_key_id":null,"quantity":null,"quantity_unit":null})";
}

CostResult result(qint64 micros, const QString &project, const QString &lineItem = {},
                  const QString &currency = u"usd"_s)
{
    CostResult r;
    r.amount = {micros, currency};
    r.projectId = {NullableText::State::Value, project};
    if (!lineItem.isEmpty())
        r.lineItem = {NullableText::State::Value, lineItem};
    return r;
}

CostBucket bucket(qint64 start, const QList<CostResult> &results)
{
    return {start, start + Day, results};
}

} // namespace

class TestCosts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheReferenceExample();
    void nullAndAbsentKeptApart();
    void idleDays();
    void refusals_data();
    void refusals();
    void decimalsToMicros_data();
    void decimalsToMicros();
    void totalsAreExact();
    void currenciesNeverMixed();
    void overflowIsReported();
    void moneyText();
    void queryString();
    void totalsByProject();
    void refreshedBucketReplacesTheOld();
    void dailyByLineItem();
    void topProjects();
};

void TestCosts::readsTheReferenceExample()
{
    const QByteArray body = R"({
      "object": "page",
      "data": [
        {"object": "bucket", "start_time": 1730419200, "end_time": 1730505600,
         "results": [
           {"object": "organization.costs.result", "amount": {"value": 12.75, "currency": "usd"},
            "line_item": null, "project_id": "proj_abc", "api_key_id": null,
            "quantity": null, "quantity_unit": null}
         ]}
      ],
      "has_more": false,
      "next_page": null
    })";
    const ApiResult<CostPage> page = CostsReader::page(body, {}, u"req_1"_s);
    QVERIFY2(page.ok(), qPrintable(page.error().detail()));
    QCOMPARE(page.value().requestId, u"req_1"_s);
    QVERIFY(!page.value().hasMore);
    QVERIFY(page.value().nextPage.isEmpty());
    QCOMPARE(page.value().buckets.size(), 1);
    const CostBucket &b = page.value().buckets.first();
    QCOMPARE(b.startTime, 1730419200);
    QCOMPARE(b.endTime, 1730505600);
    QCOMPARE(b.results.size(), 1);
    QCOMPARE(b.results.first().amount, (Money{12750000, u"usd"_s}));
    QCOMPARE(b.results.first().projectId.value, u"proj_abc"_s);
    QVERIFY(!b.results.first().quantity);
}

void TestCosts::nullAndAbsentKeptApart()
{
    const QByteArray body = pageJson(bucketJson(Day1,
        R"({"amount":{"value":1,"currency":"USD"},"project_id":null,"quantity":1200,"quantity_unit":"tokens"})"));
    const ApiResult<CostPage> page = CostsReader::page(body, {});
    QVERIFY2(page.ok(), qPrintable(page.error().detail()));
    const CostResult &r = page.value().buckets.first().results.first();
    QCOMPARE(r.projectId.state, NullableText::State::Null);
    QCOMPARE(r.lineItem.state, NullableText::State::Absent);
    QCOMPARE(r.apiKeyId.state, NullableText::State::Absent);
    QCOMPARE(r.amount.currency, u"usd"_s); // codes are kept lowercase
    QCOMPARE(r.quantity, std::optional<double>(1200));
    QCOMPARE(r.quantityUnit.value, u"tokens"_s);
}

void TestCosts::idleDays()
{
    // An idle day may come as a bucket without results, or not at all: both read, both zero.
    const QByteArray body = pageJson(bucketJson(Day1, resultJson("2.5", "\"proj_a\"")) + ","
                                     + bucketJson(Day1 + Day, "") + ","
                                     + bucketJson(Day1 + 3 * Day, resultJson("1", "\"proj_a\"")));
    const ApiResult<CostPage> page = CostsReader::page(body, {});
    QVERIFY2(page.ok(), qPrintable(page.error().detail()));
    QCOMPARE(page.value().buckets.size(), 3);
    QVERIFY(page.value().buckets.at(1).results.isEmpty());

    CostsAggregator costs;
    costs.add(page.value().buckets);
    const CostsAggregator::DailySeries series = costs.dailyByLineItem(u"proj_a"_s, Day1, Day1 + 4 * Day);
    QCOMPARE(series.dayStarts.size(), 4);
    QCOMPARE(series.dayTotal(0), 2500000);
    QCOMPARE(series.dayTotal(1), 0);
    QCOMPARE(series.dayTotal(2), 0); // no bucket at all
    QCOMPARE(series.dayTotal(3), 1000000);
}

void TestCosts::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("sentPage");
    QTest::addColumn<QString>("why");
    const QByteArray ok = resultJson("1");
    QTest::newRow("html") << QByteArray("<html>502</html>") << QString() << u"HTML"_s;
    QTest::newRow("truncated") << pageJson(bucketJson(Day1, ok)).left(60) << QString() << u"cut off"_s;
    QTest::newRow("no data") << QByteArray(R"({"has_more":false})") << QString() << u"\"data\""_s;
    QTest::newRow("no has_more") << QByteArray(R"({"data":[]})") << QString() << u"has_more"_s;
    QTest::newRow("has_more without cursor") << pageJson("", "true") << QString() << u"next_page"_s;
    QTest::newRow("cursor loops") << pageJson("", "true", "\"p2\"") << u"p2"_s << u"next_page"_s;
    QTest::newRow("next_page a number") << pageJson("", "false", "3") << QString() << u"next_page"_s;
    QTest::newRow("bucket not object") << pageJson("3") << QString() << u"bucket 0"_s;
    QTest::newRow("start as text")
        << pageJson(R"({"start_time":"x","end_time":1,"results":[]})") << QString() << u"start_time"_s;
    QTest::newRow("end before start")
        << pageJson(R"({"start_time":10,"end_time":5,"results":[]})") << QString() << u"start_time"_s;
    QTest::newRow("no results") << pageJson(R"({"start_time":0,"end_time":5})") << QString() << u"results"_s;
    QTest::newRow("amount as text") << pageJson(bucketJson(Day1, resultJson("\"12.75\""))) << QString()
                                    << u"not a number"_s;
    QTest::newRow("amount huge") << pageJson(bucketJson(Day1, resultJson("1e300"))) << QString()
                                 << u"not a number"_s;
    QTest::newRow("no currency") << pageJson(bucketJson(Day1, resultJson("1", "null", "null", "null")))
                                 << QString() << u"currency"_s;
    QTest::newRow("odd currency") << pageJson(bucketJson(Day1, resultJson("1", "null", "null", "\"us\"")))
                                  << QString() << u"currency"_s;
    QTest::newRow("project id a number") << pageJson(bucketJson(Day1, resultJson("1", "7")))
                                         << QString() << u"result 0"_s;
}

void TestCosts::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, sentPage);
    QFETCH(QString, why);
    const ApiResult<CostPage> page = CostsReader::page(body, sentPage, u"req_x"_s);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind(), ApiError::Kind::BadResponse);
    QCOMPARE(page.error().requestId(), u"req_x"_s);
    QVERIFY2(page.error().detail().contains(why), qPrintable(page.error().detail()));
    QVERIFY(page.error().userMessage().contains(page.error().detail()));
}

void TestCosts::decimalsToMicros_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("whole") << QByteArray("12") << qint64(12000000);
    QTest::newRow("cents") << QByteArray("12.75") << qint64(12750000);
    QTest::newRow("fraction of a cent") << QByteArray("0.000123") << qint64(123);
    QTest::newRow("0.1") << QByteArray("0.1") << qint64(100000);
    QTest::newRow("large") << QByteArray("987654.321987") << qint64(987654321987);
    QTest::newRow("below a micro") << QByteArray("0.0000004") << qint64(0);
    QTest::newRow("rounded to the nearest micro") << QByteArray("0.0000016") << qint64(2);
    QTest::newRow("negative (a credit)") << QByteArray("-3.5") << qint64(-3500000);
    QTest::newRow("exponent") << QByteArray("1.5e-3") << qint64(1500);
}

void TestCosts::decimalsToMicros()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, micros);
    const ApiResult<CostPage> page = CostsReader::page(pageJson(bucketJson(Day1, resultJson(json))), {});
    QVERIFY2(page.ok(), qPrintable(page.error().detail()));
    QCOMPARE(page.value().buckets.first().results.first().amount.micros, micros);
}

void TestCosts::totalsAreExact()
{
    // A tenth of a dollar, 1,000 times, and 0.000001 a million times: doubles drift, micros do not.
    QByteArray results;
    double drifting = 0;
    for (int i = 0; i < 1000; ++i) {
        results += (i ? "," : "") + resultJson("0.1", "\"proj_a\"");
        drifting += 0.1;
    }
    QVERIFY(drifting != 100.0); // what this test guards against
    const ApiResult<CostPage> page = CostsReader::page(pageJson(bucketJson(Day1, results)), {});
    QVERIFY(page.ok());
    MoneyTotals totals;
    for (const CostResult &r : page.value().buckets.first().results)
        QVERIFY(totals.add(r.amount));
    QCOMPARE(totals.total(u"usd"_s).micros, 100000000);

    MoneyTotals tiny;
    for (int i = 0; i < 1000000; ++i)
        tiny.add({1, u"usd"_s});
    QCOMPARE(tiny.total(u"usd"_s).micros, 1000000);
    QCOMPARE(tiny.total(u"usd"_s).toText(QLocale(QLocale::English, QLocale::UnitedStates)), u"$1.00"_s);

    // 0.1 + 0.2 is 0.3 here.
    MoneyTotals classic;
    classic.add({*Money::microsFrom(0.1), u"usd"_s});
    classic.add({*Money::microsFrom(0.2), u"usd"_s});
    QCOMPARE(classic.total(u"usd"_s).micros, *Money::microsFrom(0.3));
}

void TestCosts::currenciesNeverMixed()
{
    MoneyTotals totals;
    totals.add({1500000, u"usd"_s});
    totals.add({2000000, u"eur"_s});
    totals.add({500000, u"usd"_s});
    QCOMPARE(totals.currencies(), QStringList({u"eur"_s, u"usd"_s}));
    QCOMPARE(totals.total(u"usd"_s).micros, 2000000);
    QCOMPARE(totals.total(u"eur"_s).micros, 2000000);
    QVERIFY(!totals.single());
    MoneyTotals one;
    one.add({5, u"usd"_s});
    QCOMPARE(one.single(), std::optional<Money>(Money{5, u"usd"_s}));
}

void TestCosts::overflowIsReported()
{
    MoneyTotals totals;
    QVERIFY(totals.add({std::numeric_limits<qint64>::max() - 1, u"usd"_s}));
    QVERIFY(!totals.add({2, u"usd"_s}));
    QVERIFY(totals.overflowed());
    QCOMPARE(totals.total(u"usd"_s).micros, std::numeric_limits<qint64>::max() - 1);
}

void TestCosts::moneyText()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE((Money{12750000, u"usd"_s}).toText(us), u"$12.75"_s);
    QCOMPARE((Money{1234567890, u"usd"_s}).toText(us), u"$1,234.57"_s);
    // Another currency than the locale's is named by its code, not a symbol it might share.
    QCOMPARE((Money{12750000, u"usd"_s}).toText(de), u"12,75\u00a0USD"_s);
    QCOMPARE((Money{12750000, u"eur"_s}).toText(de), u"12,75\u00a0€"_s);
    QCOMPARE((Money{12000000, u"usd"_s}).toText(us, 0), u"$12"_s);
}

void TestCosts::queryString()
{
    CostsQuery query;
    query.startTime = Day1;
    query.endTime = Day1 + 30 * Day;
    query.groupByProject = true;
    query.groupByLineItem = true;
    query.projectIds = {u"proj_a"_s, u"proj_&b"_s};
    query.limit = 500;
    query.page = u"page 2="_s;
    QCOMPARE(query.toQueryString(),
             u"start_time=1730419200&end_time=1733011200&bucket_width=1d"
             "&group_by%5B%5D=project_id&group_by%5B%5D=line_item"
             "&project_ids%5B%5D=proj_a&project_ids%5B%5D=proj_%26b&limit=180&page=page%202%3D"_s);
    query = CostsQuery{};
    query.limit = 0;
    QCOMPARE(query.toQueryString(), u"start_time=0&bucket_width=1d&limit=1"_s);
}

void TestCosts::totalsByProject()
{
    CostsAggregator costs;
    costs.add({bucket(Day1, {result(1000000, u"proj_a"_s), result(250, u"proj_b"_s)}),
               bucket(Day1 + Day, {result(2000000, u"proj_a"_s), result(0, u"proj_c"_s)}),
               bucket(Day1 + 2 * Day, {result(7, u"proj_a"_s, {}, u"eur"_s)})});
    const QHash<QString, MoneyTotals> all = costs.totalsByProject(Day1, Day1 + 3 * Day);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.value(u"proj_a"_s).total(u"usd"_s).micros, 3000000);
    QCOMPARE(all.value(u"proj_a"_s).total(u"eur"_s).micros, 7);
    QCOMPARE(all.value(u"proj_b"_s).total(u"usd"_s).micros, 250);
    QVERIFY(all.contains(u"proj_c"_s));
    QVERIFY(!all.contains(u"proj_idle"_s));
    // Only the buckets that start in the period.
    const QHash<QString, MoneyTotals> secondDay = costs.totalsByProject(Day1 + Day, Day1 + 2 * Day);
    QCOMPARE(secondDay.value(u"proj_a"_s).total(u"usd"_s).micros, 2000000);
    QVERIFY(!secondDay.contains(u"proj_b"_s));
}

void TestCosts::refreshedBucketReplacesTheOld()
{
    CostsAggregator costs;
    costs.add({bucket(Day1, {result(1000000, u"proj_a"_s)})});
    costs.add({bucket(Day1, {result(1500000, u"proj_a"_s)})}); // today's, read again later
    QCOMPARE(costs.bucketCount(), 1);
    QCOMPARE(costs.totalsByProject(Day1, Day1 + Day).value(u"proj_a"_s).total(u"usd"_s).micros, 1500000);
}

void TestCosts::dailyByLineItem()
{
    CostsAggregator costs;
    costs.add({bucket(Day1, {result(1000000, u"proj_a"_s, u"gpt-4o, input"_s),
                             result(3000000, u"proj_a"_s, u"gpt-4o, output"_s),
                             result(9000000, u"proj_b"_s, u"gpt-4o, input"_s)}),
               bucket(Day1 + 2 * Day, {result(500000, u"proj_a"_s, u"gpt-4o, input"_s),
                                       result(42, u"proj_a"_s, u"gpt-4o, input"_s, u"eur"_s)})});
    const auto series = costs.dailyByLineItem(u"proj_a"_s, Day1 + 3600, Day1 + 3 * Day);
    QCOMPARE(series.currency, u"usd"_s);
    QCOMPARE(series.dayStarts, QList<qint64>({Day1, Day1 + Day, Day1 + 2 * Day}));
    // Most expensive first: output 3.00 before input 1.50.
    QCOMPARE(series.lineItems, QStringList({u"gpt-4o, output"_s, u"gpt-4o, input"_s}));
    QCOMPARE(series.values.at(0), QList<qint64>({3000000, 1000000}));
    QCOMPARE(series.values.at(1), QList<qint64>({0, 0}));
    QCOMPARE(series.values.at(2), QList<qint64>({0, 500000}));
    QCOMPARE(series.dayTotal(0), 4000000);
    QCOMPARE(series.lineItemTotal(1), 1500000);
    QCOMPARE(series.otherCurrencies.value(u"eur"_s), 42);

    // A result without a line item counts under the empty one.
    CostsAggregator plain;
    plain.add({bucket(Day1, {result(5, u"proj_a"_s)})});
    QCOMPARE(plain.dailyByLineItem(u"proj_a"_s, Day1, Day1 + Day).lineItems, QStringList({QString()}));
}

void TestCosts::topProjects()
{
    CostsAggregator costs;
    costs.add({bucket(Day1, {result(5000000, u"proj_a"_s), result(9000000, u"proj_b"_s),
                             result(5000000, u"proj_0"_s), result(0, u"proj_zero"_s),
                             result(99000000, u"proj_eur"_s, {}, u"eur"_s)})});
    const auto top = costs.topProjects(3, u"usd"_s, Day1, Day1 + Day);
    QCOMPARE(top.size(), 3);
    QCOMPARE(top.at(0).projectId, u"proj_b"_s);
    QCOMPARE(top.at(1).projectId, u"proj_0"_s); // a tie goes by id
    QCOMPARE(top.at(2).projectId, u"proj_a"_s);
    QCOMPARE(top.at(0).cost, (Money{9000000, u"usd"_s}));
    QCOMPARE(costs.topProjects(10, u"usd"_s, Day1, Day1 + Day).size(), 3); // not the free one
    QVERIFY(costs.topProjects(0, u"usd"_s, Day1, Day1 + Day).isEmpty());
}

QTEST_GUILESS_MAIN(TestCosts)
#include "tst_costs.moc"
