// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "costs.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// The answers the spend column and the charts need, from the buckets of costs requests.
///
/// Buckets are kept by their start time: a bucket added again (today's, refreshed) replaces
/// the one before, so nothing is counted twice. Days without a bucket cost nothing. A result
/// without a project (null or absent) counts under the empty id, one without a line item
/// under the empty line item. Pure logic: no network, no clock.
class CostsAggregator
{
public:
    static constexpr qint64 Day = 24 * 60 * 60;
    static constexpr qint64 MaxDays = 3660; ///< dailyByLineItem() covers at most this many

    void add(const QList<CostBucket> &buckets);
    void clear() { m_buckets.clear(); }
    [[nodiscard]] bool isEmpty() const { return m_buckets.isEmpty(); }
    [[nodiscard]] int bucketCount() const { return int(m_buckets.size()); }

    /// Every project's cost in the buckets that start in [@p from, @p to), per currency.
    /// Projects without a result are absent; a project whose results add up to zero is there.
    [[nodiscard]] QHash<QString, MoneyTotals> totalsByProject(qint64 from, qint64 to) const;

    /// One project's cost per day and line item: the input of a stacked bar chart.
    struct DailySeries
    {
        QString currency;
        QList<qint64> dayStarts;           ///< one per day of the period, oldest first
        QStringList lineItems;             ///< most expensive first, ties by name
        /// values[day][lineItem] in micro-units of `currency`
        QList<QList<qint64>> values;
        QMap<QString, qint64> otherCurrencies; ///< totals the chart cannot show with the rest
        [[nodiscard]] qint64 dayTotal(int day) const;
        [[nodiscard]] qint64 lineItemTotal(int lineItem) const;
    };
    /// The days from the one holding @p from up to (not including) @p to, UTC, for
    /// @p projectId (empty: every result, whatever its project). The currency is the one with
    /// the largest total; amounts in others are only summed, in otherCurrencies.
    [[nodiscard]] DailySeries dailyByLineItem(const QString &projectId, qint64 from, qint64 to) const;

    struct ProjectCost
    {
        QString projectId;
        Money cost;
    };
    /// The @p count projects that cost most in @p currency over [@p from, @p to), most first
    /// (ties by id); projects that cost nothing are left out.
    [[nodiscard]] QList<ProjectCost> topProjects(int count, const QString &currency, qint64 from,
                                                 qint64 to) const;
    /// The same of totals already summed (totalsByProject()).
    [[nodiscard]] static QList<ProjectCost> topOf(const QHash<QString, MoneyTotals> &totals, int count,
                                                  const QString &currency);

private:
    QMap<qint64, CostBucket> m_buckets; ///< by start time
};
