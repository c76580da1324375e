// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "costs.h"
#include "costsaggregator.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>

class AdminApiClient;

/// What every project of the organization cost over the last 7, 30 or 90 days: the spend
/// column's, the idle filter's and the top spenders' data.
///
/// One costs listing with group_by=project_id covers every project at once, 30 daily buckets a
/// request (one day of a 2,000-project organization is tens of kilobytes), paged with
/// next_page: 90 days are three requests, sent one after another through the client's gate.
/// The period ends now, so today's bucket is the day so far. A new load drops the answers of
/// the one before; a new key or base URL clears everything.
///
/// A day that has ended (UTC) never changes: bucketsLoaded() hands such days to a cache, and
/// load() takes them back, asking the service only from the first day it was not given
/// (today's bucket, provisional, always).
class ProjectSpend : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Off,       ///< period 0: nothing is loaded, the column is hidden
        NotLoaded, ///< a period is chosen, nothing asked yet (the first page is not shown)
        Loading,
        Loaded,
        Failed,    ///< error() says why; the projects still work
    };
    static constexpr int BucketsPerRequest = 30;

    explicit ProjectSpend(AdminApiClient *client, QObject *parent = nullptr);
    ~ProjectSpend() override;

    /// 7, 30 or 90 (anything else from 1 to 180 works too); 0 turns spend off. A change drops
    /// what was loaded: load() again.
    void setPeriodDays(int days);
    [[nodiscard]] int periodDays() const { return m_days; }
    /// Unix seconds now (tests use the sandbox's clock); default: the system clock.
    void setClock(std::function<qint64()> nowSecs);
    /// The start of the period: midnight UTC of the first of its days.
    [[nodiscard]] qint64 periodStart() const;

    /// Asks for the period's costs again (dropping a load in flight); nothing when Off.
    /// @p knownDays: complete days from a cache; the request starts at the first day of the
    /// period not among them, and they count with the answer as if it had brought them.
    void load(const QList<CostBucket> &knownDays = {});
    /// The start_time the next load() with @p knownDays asks for.
    [[nodiscard]] qint64 fetchStart(const QList<CostBucket> &knownDays) const;
    /// Forgets what was loaded (back to NotLoaded, or Off).
    void clear();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isLoaded() const { return m_state == State::Loaded; }
    [[nodiscard]] ApiError error() const { return m_error; }
    /// What @p projectId cost in the period; nullptr when it cost nothing (or not loaded).
    [[nodiscard]] const MoneyTotals *totalsOf(const QString &projectId) const;
    /// Every project with a cost in the period, by id (the export's copy).
    [[nodiscard]] QHash<QString, MoneyTotals> totals() const { return m_totals; }
    /// Projects with a cost in the period.
    [[nodiscard]] int projectsWithCost() const { return int(m_totals.size()); }
    /// The currency most of the organization's spend is in ("usd"); empty before a load.
    [[nodiscard]] QString mainCurrency() const;
    /// The @p count projects that cost most in mainCurrency(), most first.
    [[nodiscard]] QList<CostsAggregator::ProjectCost> topProjects(int count) const;
    /// Costs pages answered since construction (for tests and the benchmark).
    [[nodiscard]] int pagesReceived() const { return m_pages; }

Q_SIGNALS:
    void stateChanged(ProjectSpend::State state);
    /// New totals (loaded, cleared, or a new period).
    void totalsChanged();
    /// The complete days (before today, UTC) a finished load brought from the service, for a
    /// cache; not those load() was given.
    void bucketsLoaded(const QList<CostBucket> &buckets);

private:
    void setState(State state);
    void takeTotals(QHash<QString, MoneyTotals> totals);
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] qint64 todayStart() const;
    [[nodiscard]] QList<CostBucket> completeDays(const QList<CostBucket> &buckets, qint64 from) const;

    QPointer<AdminApiClient> m_client;
    std::function<qint64()> m_clock;
    int m_days = 30;
    State m_state = State::NotLoaded;
    ApiError m_error;
    QHash<QString, MoneyTotals> m_totals;
    QString m_mainCurrency;
    QList<CostsAggregator::ProjectCost> m_ranked; ///< by cost in m_mainCurrency, most first
    QObject *m_loadContext = nullptr; ///< the load in flight's; deleted to drop its answers
    int m_pages = 0;
    quint64 m_generation = 0; ///< of the load whose totals are awaited; clear() and load() move it on
    /// Reads the costs pages and sums them (300,000 results at 10,000 projects over 30 days),
    /// off the GUI thread. Last: it goes first, waiting for a read under way.
    QThreadPool m_readers;
};
