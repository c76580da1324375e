// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// An amount of money held exactly: whole millionths of the currency's unit, so that sums
/// never drift as binary floating point does (0.1 + 0.2 is 0.300000, not 0.30000000000000004).
struct Money
{
    qint64 micros = 0;
    QString currency; ///< lowercase ISO 4217 ("usd")

    /// The micro-units of a decimal amount the service sent as a JSON number, rounded to the
    /// nearest millionth; nothing when it is not finite or beyond a trillion (not a cost).
    [[nodiscard]] static std::optional<qint64> microsFrom(double value);
    /// The exact amount as a decimal string for files ("12.34", "0.001234", "-1.50"): '.'
    /// for the point, no grouping, at least two decimals, no trailing zeros beyond them.
    [[nodiscard]] QString toDecimal() const;
    /// For display only: the amount as a double, never summed.
    [[nodiscard]] double toDouble() const { return double(micros) / 1e6; }
    /// "$12.75", or "USD 12.75" when the locale's own currency is another one: the symbol
    /// "$" alone would not tell dollars apart. @p decimals: 2 for a table, fewer for an axis.
    [[nodiscard]] QString toText(const QLocale &locale = QLocale(), int decimals = 2) const;

    friend bool operator==(const Money &, const Money &) = default;
};

/// Exact sums of money, one per currency: amounts in different currencies are never added.
class MoneyTotals
{
public:
    /// Adds @p amount to its currency's total. Returns false (and marks the totals as
    /// overflowed, leaving that total as it was) when the sum would not fit in 64 bits.
    bool add(const Money &amount);
    void add(const MoneyTotals &other);

    [[nodiscard]] bool isEmpty() const { return m_micros.isEmpty(); }
    [[nodiscard]] bool overflowed() const { return m_overflowed; }
    [[nodiscard]] QStringList currencies() const { return m_micros.keys(); } ///< sorted
    /// The total in @p currency (zero when nothing was added in it).
    [[nodiscard]] Money total(const QString &currency) const;
    /// The only currency, when there is exactly one.
    [[nodiscard]] std::optional<Money> single() const;

    friend bool operator==(const MoneyTotals &, const MoneyTotals &) = default;

private:
    QMap<QString, qint64> m_micros;
    bool m_overflowed = false;
};

/// A string field the service may send with a value, as null, or not at all: a result
/// without `project_id` (not grouped by project) is not a result whose project is null.
struct NullableText
{
    enum class State { Absent, Null, Value };
    State state = State::Absent;
    QString value; ///< empty unless state is Value

    [[nodiscard]] bool hasValue() const { return state == State::Value; }
    friend bool operator==(const NullableText &, const NullableText &) = default;
};

/// One result of a cost bucket (`organization.costs.result`).
struct CostResult
{
    Money amount;
    NullableText projectId;
    NullableText lineItem;
    NullableText apiKeyId;
    std::optional<double> quantity; ///< with line_item grouping
    NullableText quantityUnit;

    friend bool operator==(const CostResult &, const CostResult &) = default;
};

/// One day (bucket_width 1d) of costs: [startTime, endTime) in Unix seconds.
struct CostBucket
{
    qint64 startTime = 0;
    qint64 endTime = 0;
    QList<CostResult> results; ///< empty on a day without cost

    friend bool operator==(const CostBucket &, const CostBucket &) = default;
};

/// One answer of GET /organization/costs.
struct CostPage
{
    QList<CostBucket> buckets;
    bool hasMore = false;
    QString nextPage;  ///< the `page` of the next request; empty without has_more
    QString requestId;
};

Q_DECLARE_METATYPE(CostPage)

/// Reads the service's bytes into a CostPage. Anything else (HTML, truncated JSON, wrong
/// types, an amount without a currency, has_more without a new cursor) is an ApiError of kind
/// BadResponse with a sentence saying what was wrong and @p requestId; never half a page.
namespace CostsReader {
/// @p sentPage is the `page` the request carried: an answer pointing back to it is refused.
[[nodiscard]] ApiResult<CostPage> page(const QByteArray &body, const QString &sentPage,
                                       const QString &requestId = {});
} // namespace CostsReader

/// What one costs request asks for (bucket_width is always 1d, the only width there is).
struct CostsQuery
{
    qint64 startTime = 0;             ///< Unix seconds, inclusive
    std::optional<qint64> endTime;    ///< Unix seconds, exclusive; none: up to now
    bool groupByProject = false;
    bool groupByLineItem = false;
    QStringList projectIds;           ///< only these projects; empty: all
    int limit = 30;                   ///< buckets (days) per page, clamped to 1..180
    QString page;                     ///< the previous answer's next_page; empty for the first

    /// The query string as sent: start_time, end_time, bucket_width, group_by[], project_ids[],
    /// limit, page; percent-encoded.
    [[nodiscard]] QString toQueryString() const;
};
