// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "costsaggregator.h"

#include <QtNumeric>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {

QString keyOf(const NullableText &text)
{
    return text.hasValue() ? text.value : QString();
}

qint64 dayStart(qint64 secs)
{
    // Floor, also for times before 1970.
    return secs - ((secs % CostsAggregator::Day) + CostsAggregator::Day) % CostsAggregator::Day;
}

// A sum that stops at the ends of 64 bits instead of wrapping round.
qint64 saturatedAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

} // namespace

void CostsAggregator::add(const QList<CostBucket> &buckets)
{
    for (const CostBucket &bucket : buckets)
        m_buckets.insert(bucket.startTime, bucket);
}

QHash<QString, MoneyTotals> CostsAggregator::totalsByProject(qint64 from, qint64 to) const
{
    QHash<QString, MoneyTotals> totals;
    for (auto it = m_buckets.lowerBound(from); it != m_buckets.cend() && it.key() < to; ++it) {
        for (const CostResult &result : it->results)
            totals[keyOf(result.projectId)].add(result.amount);
    }
    return totals;
}

qint64 CostsAggregator::DailySeries::dayTotal(int day) const
{
    const QList<qint64> &row = values.at(day);
    return std::accumulate(row.cbegin(), row.cend(), qint64(0), saturatedAdd);
}

qint64 CostsAggregator::DailySeries::lineItemTotal(int lineItem) const
{
    qint64 total = 0;
    for (const QList<qint64> &row : values)
        total = saturatedAdd(total, row.at(lineItem));
    return total;
}

CostsAggregator::DailySeries CostsAggregator::dailyByLineItem(const QString &projectId, qint64 from,
                                                              qint64 to) const
{
    const auto wanted = [&projectId](const CostResult &r) {
        return projectId.isEmpty() || keyOf(r.projectId) == projectId;
    };
    const qint64 first = dayStart(from);
    to = std::min(to, first + MaxDays * Day); // a chart of ten years is the most anyone asks for

    // The currency: the one with the largest total (ties: the first by code).
    MoneyTotals byCurrency;
    for (auto it = m_buckets.lowerBound(first); it != m_buckets.cend() && it.key() < to; ++it) {
        for (const CostResult &result : it->results) {
            if (wanted(result))
                byCurrency.add(result.amount);
        }
    }
    DailySeries series;
    for (const QString &currency : byCurrency.currencies()) {
        if (series.currency.isEmpty()
            || byCurrency.total(currency).micros > byCurrency.total(series.currency).micros)
            series.currency = currency;
    }
    for (const QString &currency : byCurrency.currencies()) {
        if (currency != series.currency)
            series.otherCurrencies.insert(currency, byCurrency.total(currency).micros);
    }

    // Per day and line item, in that currency.
    QList<QHash<QString, qint64>> days;
    QHash<QString, qint64> itemTotals;
    for (qint64 day = first; day < to; day += Day) {
        series.dayStarts.append(day);
        QHash<QString, qint64> &cells = days.emplace_back();
        for (auto it = m_buckets.lowerBound(day); it != m_buckets.cend() && it.key() < day + Day; ++it) {
            for (const CostResult &result : it->results) {
                if (!wanted(result) || result.amount.currency != series.currency)
                    continue;
                const QString item = keyOf(result.lineItem);
                cells[item] = saturatedAdd(cells.value(item), result.amount.micros);
                itemTotals[item] = saturatedAdd(itemTotals.value(item), result.amount.micros);
            }
        }
    }
    series.lineItems = itemTotals.keys();
    std::sort(series.lineItems.begin(), series.lineItems.end(), [&](const QString &a, const QString &b) {
        const qint64 ta = itemTotals.value(a);
        const qint64 tb = itemTotals.value(b);
        return ta != tb ? ta > tb : a < b;
    });
    for (const QHash<QString, qint64> &cells : std::as_const(days)) {
        QList<qint64> &row = series.values.emplace_back();
        row.reserve(series.lineItems.size());
        for (const QString &item : std::as_const(series.lineItems))
            row.append(cells.value(item));
    }
    return series;
}

QList<CostsAggregator::ProjectCost> CostsAggregator::topProjects(int count, const QString &currency,
                                                                  qint64 from, qint64 to) const
{
    return topOf(totalsByProject(from, to), count, currency);
}

QList<CostsAggregator::ProjectCost> CostsAggregator::topOf(const QHash<QString, MoneyTotals> &totals,
                                                           int count, const QString &currency)
{
    QList<ProjectCost> costs;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const Money cost = it->total(currency);
        if (cost.micros > 0)
            costs.append({it.key(), cost});
    }
    const auto most = [](const ProjectCost &a, const ProjectCost &b) {
        return a.cost.micros != b.cost.micros ? a.cost.micros > b.cost.micros : a.projectId < b.projectId;
    };
    const qsizetype kept = std::min<qsizetype>(costs.size(), std::max(count, 0));
    std::partial_sort(costs.begin(), costs.begin() + kept, costs.end(), most);
    costs.resize(kept);
    return costs;
}
