// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "costs.h"

#include "jsonfields.h"
#include "replyparser.h"

#include <QJsonArray>
#include <QtNumeric>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace {

// A trillion in any currency is not a day's cost: past it, micro-units near the end of 64 bits.
constexpr double MaxAmount = 1e12;

ApiError badResponse(const QString &why, const QString &requestId)
{
    return ApiError(ApiError::Kind::BadResponse, why).setRequestId(requestId).setHttpStatus(200);
}

using JsonFields::wholeNumber;

// A string, null or absent; nothing for any other type.
std::optional<NullableText> nullableText(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return NullableText{};
    if (value.isNull())
        return NullableText{NullableText::State::Null, {}};
    if (!value.isString())
        return std::nullopt;
    return NullableText{NullableText::State::Value, value.toString()};
}

bool isCurrencyCode(const QString &code)
{
    return code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
        return c >= u'a' && c <= u'z';
    });
}

std::optional<Money> amountOf(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = QStringLiteral("without an \"amount\" object");
        return std::nullopt;
    }
    const QJsonObject amount = value.toObject();
    const QJsonValue number = amount.value(QLatin1String("value"));
    const std::optional<qint64> micros = number.isDouble() ? Money::microsFrom(number.toDouble())
                                                           : std::nullopt;
    if (!micros) {
        *why = QStringLiteral("with an amount that is not a number of a sensible size");
        return std::nullopt;
    }
    const QString currency = amount.value(QLatin1String("currency")).toString().toLower();
    if (!isCurrencyCode(currency)) {
        *why = QStringLiteral("with an amount without a currency code");
        return std::nullopt;
    }
    return Money{*micros, currency};
}

std::optional<CostResult> resultOf(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = QStringLiteral("is not an object");
        return std::nullopt;
    }
    const QJsonObject json = value.toObject();
    CostResult result;
    const std::optional<Money> amount = amountOf(json.value(QLatin1String("amount")), why);
    if (!amount)
        return std::nullopt;
    result.amount = *amount;
    const auto projectId = nullableText(json, QLatin1StringView("project_id"));
    const auto lineItem = nullableText(json, QLatin1StringView("line_item"));
    const auto apiKeyId = nullableText(json, QLatin1StringView("api_key_id"));
    if (!projectId || !lineItem || !apiKeyId) {
        *why = QStringLiteral("has a project_id, line_item or api_key_id that is not a string");
        return std::nullopt;
    }
    result.projectId = *projectId;
    result.lineItem = *lineItem;
    result.apiKeyId = *apiKeyId;
    // Lenient: a quantity or unit of another type is extra detail, not worth losing the cost.
    const QJsonValue quantity = json.value(QLatin1String("quantity"));
    if (quantity.isDouble())
        result.quantity = quantity.toDouble();
    result.quantityUnit = nullableText(json, QLatin1StringView("quantity_unit")).value_or(NullableText{});
    return result;
}

std::optional<CostBucket> bucketOf(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = QStringLiteral("is not an object");
        return std::nullopt;
    }
    const QJsonObject json = value.toObject();
    const std::optional<qint64> start = wholeNumber(json.value(QLatin1String("start_time")));
    const std::optional<qint64> end = wholeNumber(json.value(QLatin1String("end_time")));
    if (!start || !end || *end <= *start) {
        *why = QStringLiteral("has no integer start_time before its end_time");
        return std::nullopt;
    }
    const QJsonValue results = json.value(QLatin1String("results"));
    if (!results.isArray()) {
        *why = QStringLiteral("has no \"results\" array");
        return std::nullopt;
    }
    CostBucket bucket{*start, *end, {}};
    const QJsonArray items = results.toArray();
    bucket.results.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString resultWhy;
        const std::optional<CostResult> result = resultOf(items.at(i), &resultWhy);
        if (!result) {
            *why = QStringLiteral("result %1 %2").arg(i).arg(resultWhy);
            return std::nullopt;
        }
        bucket.results.append(*result);
    }
    return bucket;
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

std::optional<qint64> Money::microsFrom(double value)
{
    if (!std::isfinite(value) || std::fabs(value) > MaxAmount)
        return std::nullopt;
    // value * 1e6 is within half a unit of the decimal the service wrote (for up to six
    // decimals, at this size), so rounding gives that decimal's micro-units exactly.
    return std::llround(value * 1e6);
}

QString Money::toDecimal() const
{
    // Whole units and millionths apart, as integers: no binary fraction ever touches it.
    const quint64 magnitude = micros < 0 ? quint64(0) - quint64(micros) : quint64(micros);
    QString fraction = QStringLiteral("%1").arg(magnitude % 1'000'000, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return (micros < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 1'000'000)
        + u'.' + fraction;
}

QString Money::toText(const QLocale &locale, int decimals) const
{
    const QString code = currency.toUpper();
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == code
        ? locale.currencySymbol(QLocale::CurrencySymbol)
        : code;
    return locale.toCurrencyString(toDouble(), symbol, decimals);
}

bool MoneyTotals::add(const Money &amount)
{
    qint64 &total = m_micros[amount.currency];
    qint64 sum = 0;
    if (qAddOverflow(total, amount.micros, &sum)) {
        m_overflowed = true;
        return false;
    }
    total = sum;
    return true;
}

void MoneyTotals::add(const MoneyTotals &other)
{
    for (auto it = other.m_micros.cbegin(); it != other.m_micros.cend(); ++it)
        add(Money{it.value(), it.key()});
    m_overflowed = m_overflowed || other.m_overflowed;
}

Money MoneyTotals::total(const QString &currency) const
{
    return Money{m_micros.value(currency), currency};
}

std::optional<Money> MoneyTotals::single() const
{
    if (m_micros.size() != 1)
        return std::nullopt;
    return Money{m_micros.first(), m_micros.firstKey()};
}

namespace CostsReader {

ApiResult<CostPage> page(const QByteArray &body, const QString &sentPage, const QString &requestId)
{
    QString why;
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(body, &why);
    if (!json)
        return badResponse(why, requestId);
    const QJsonValue data = json->value(QLatin1String("data"));
    if (!data.isArray())
        return badResponse(QStringLiteral("a costs page without a \"data\" array"), requestId);
    const QJsonValue hasMore = json->value(QLatin1String("has_more"));
    if (!hasMore.isBool())
        return badResponse(QStringLiteral("a costs page without a true/false \"has_more\""), requestId);
    const QJsonValue nextPage = json->value(QLatin1String("next_page"));
    if (!nextPage.isString() && !nextPage.isNull() && !nextPage.isUndefined())
        return badResponse(QStringLiteral("a costs page whose \"next_page\" is not a string"), requestId);

    CostPage page;
    page.requestId = requestId;
    page.hasMore = hasMore.toBool();
    if (page.hasMore) {
        page.nextPage = nextPage.toString();
        if (page.nextPage.isEmpty() || page.nextPage == sentPage)
            return badResponse(QStringLiteral("\"has_more\" without a new \"next_page\"; paging stopped"),
                               requestId);
    }
    const QJsonArray buckets = data.toArray();
    page.buckets.reserve(buckets.size());
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const std::optional<CostBucket> bucket = bucketOf(buckets.at(i), &why);
        if (!bucket)
            return badResponse(QStringLiteral("bucket %1 %2").arg(i).arg(why), requestId);
        page.buckets.append(*bucket);
    }
    return page;
}

} // namespace CostsReader

QString CostsQuery::toQueryString() const
{
    QStringList items;
    items << QStringLiteral("start_time=%1").arg(startTime);
    if (endTime)
        items << QStringLiteral("end_time=%1").arg(*endTime);
    items << QStringLiteral("bucket_width=1d");
    if (groupByProject)
        items << QStringLiteral("group_by%5B%5D=project_id");
    if (groupByLineItem)
        items << QStringLiteral("group_by%5B%5D=line_item");
    for (const QString &id : projectIds)
        items << QStringLiteral("project_ids%5B%5D=") + encoded(id);
    items << QStringLiteral("limit=%1").arg(std::clamp(limit, 1, 180));
    if (!page.isEmpty())
        items << QStringLiteral("page=") + encoded(page);
    return items.join(QLatin1Char('&'));
}
