// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectspend.h"

#include "adminapiclient.h"
#include "costsapi.h"

#include <QDateTime>

#include <algorithm>

ProjectSpend::ProjectSpend(AdminApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    if (client)
        connect(client, &AdminApiClient::credentialsChanged, this, &ProjectSpend::clear);
}

ProjectSpend::~ProjectSpend() = default;

void ProjectSpend::setPeriodDays(int days)
{
    days = std::clamp(days, 0, 180);
    if (days == m_days)
        return;
    m_days = days;
    clear();
}

void ProjectSpend::setClock(std::function<qint64()> nowSecs)
{
    m_clock = std::move(nowSecs);
}

qint64 ProjectSpend::now() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

qint64 ProjectSpend::periodStart() const
{
    constexpr qint64 Day = CostsAggregator::Day;
    const qint64 today = now() - now() % Day;
    return today - qint64(std::max(m_days, 1) - 1) * Day;
}

void ProjectSpend::load()
{
    delete m_loadContext;
    m_loadContext = nullptr;
    if (m_days == 0 || !m_client) {
        setState(m_days == 0 ? State::Off : State::NotLoaded);
        return;
    }
    m_loadContext = new QObject(this);
    m_error = {};
    setState(State::Loading);

    CostsQuery query;
    query.startTime = periodStart();
    query.groupByProject = true;
    query.limit = BucketsPerRequest;
    QObject *context = m_loadContext;
    CostsApi::fetchAll(
        *m_client, query, context,
        [this, context](const ApiResult<QList<CostBucket>> &result) {
            context->deleteLater();
            m_loadContext = nullptr;
            if (!result.ok()) {
                m_error = result.error();
                setState(State::Failed);
                return;
            }
            m_costs.clear();
            takeBuckets(result.value());
            Q_EMIT bucketsLoaded(result.value());
        },
        [this](const ApiResult<CostPage> &) { ++m_pages; });
}

void ProjectSpend::clear()
{
    delete m_loadContext;
    m_loadContext = nullptr;
    m_costs.clear();
    m_totals.clear();
    m_mainCurrency.clear();
    m_error = {};
    setState(m_days == 0 ? State::Off : State::NotLoaded);
    Q_EMIT totalsChanged();
}

void ProjectSpend::addCachedBuckets(const QList<CostBucket> &buckets)
{
    if (m_days == 0)
        return;
    takeBuckets(buckets);
}

void ProjectSpend::takeBuckets(const QList<CostBucket> &buckets)
{
    m_costs.add(buckets);
    m_totals = m_costs.totalsByProject(periodStart(), now() + CostsAggregator::Day);
    // Results that add up to nothing are no cost: such a project shows "—" and counts as idle.
    m_totals.removeIf([](const QHash<QString, MoneyTotals>::iterator it) {
        const QStringList currencies = it.value().currencies();
        return std::all_of(currencies.cbegin(), currencies.cend(), [&](const QString &currency) {
            return it.value().total(currency).micros == 0;
        });
    });
    // The currency with the largest sum: the one the top spenders chart is drawn in.
    MoneyTotals all;
    for (const MoneyTotals &totals : std::as_const(m_totals))
        all.add(totals);
    m_mainCurrency.clear();
    qint64 largest = -1;
    for (const QString &currency : all.currencies()) {
        if (all.total(currency).micros > largest) {
            largest = all.total(currency).micros;
            m_mainCurrency = currency;
        }
    }
    setState(State::Loaded);
    Q_EMIT totalsChanged();
}

const MoneyTotals *ProjectSpend::totalsOf(const QString &projectId) const
{
    const auto it = m_totals.constFind(projectId);
    return it == m_totals.constEnd() ? nullptr : &it.value();
}

QString ProjectSpend::mainCurrency() const
{
    return m_mainCurrency;
}

QList<CostsAggregator::ProjectCost> ProjectSpend::topProjects(int count) const
{
    if (m_mainCurrency.isEmpty())
        return {};
    return m_costs.topProjects(count, m_mainCurrency, periodStart(),
                               now() + CostsAggregator::Day);
}

void ProjectSpend::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
