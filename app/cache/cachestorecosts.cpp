// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// CacheStore's costs of complete days (issue #19); the listing's rows are in cachestore.cpp.

#include "cachestore.h"

#include "cachelogging.h"
#include "cachesql_p.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using CacheSql::isDamage;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
// Beyond what any cost could be (a trillion of the currency's units, as Money::microsFrom()
// refuses): a row with more was not written by OrgDesk.
constexpr qint64 MaxMicros = 1'000'000'000'000'000'000;

QVariant nullableText(const NullableText &text)
{
    return text.hasValue() ? QVariant(text.value) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QList<CostBucket> CacheStore::readCosts(const QString &connection)
{
    QList<CostBucket> days;
    if (!withRetry("read costs", [&] { return readCostRows(connection, &days); }))
        return {};
    return days;
}

bool CacheStore::writeCosts(const QString &connection, const QList<CostBucket> &days)
{
    return withRetry("write costs", [&] { return writeCostRows(connection, days); });
}

CacheStore::Attempt CacheStore::readCostRows(const QString &connection, QList<CostBucket> *out)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const auto failed = [&] { return isDamage(query.lastError()) ? Attempt::Damaged : Attempt::Failed; };

    // A damaged file is set aside before anything is read from it or written into it (found
    // by fuzz_cache: a day written into a damaged index did not read back).
    if (const Attempt checked = checkFile(query); checked != Attempt::Done)
        return checked;

    // Every row is read before any is used: a damaged page further on means none is shown.
    QMap<qint64, CostBucket> days;
    // A failed prepare() (no such table) leaves its own error; exec() would replace it.
    if (!query.prepare(QStringLiteral("SELECT start_time, end_time FROM cost_day WHERE connection = ?")))
        return failed();
    query.addBindValue(connection);
    if (!query.exec())
        return failed();
    while (query.next()) {
        CostBucket day;
        day.startTime = query.value(0).toLongLong();
        day.endTime = query.value(1).toLongLong();
        // Only whole UTC days are written: anything else cannot be trusted as one.
        if (day.startTime <= 0 || day.startTime % Day != 0 || day.endTime != day.startTime + Day)
            continue;
        days.insert(day.startTime, day);
    }
    if (query.lastError().isValid())
        return failed();
    query.finish();

    if (!query.prepare(QStringLiteral(
            "SELECT start_time, project_id, micros, currency FROM cost WHERE connection = ? "
            "ORDER BY start_time, rowid")))
        return failed();
    query.addBindValue(connection);
    if (!query.exec())
        return failed();
    while (query.next()) {
        const auto day = days.find(query.value(0).toLongLong());
        if (day == days.end())
            continue; // a result of a day not (or no longer) known
        CostResult result;
        const QVariant projectId = query.value(1);
        result.projectId.state = projectId.isNull() ? NullableText::State::Null
                                                    : NullableText::State::Value;
        if (!projectId.isNull())
            result.projectId.value = projectId.toString();
        bool ok = false;
        result.amount.micros = query.value(2).toLongLong(&ok);
        result.amount.currency = query.value(3).toString();
        if (!ok || result.amount.micros < -MaxMicros || result.amount.micros > MaxMicros
            || result.amount.currency.isEmpty())
            continue;
        day->results.append(std::move(result));
    }
    if (query.lastError().isValid())
        return failed();
    *out = days.values();
    return Attempt::Done;
}

CacheStore::Attempt CacheStore::writeCostRows(const QString &connection,
                                              const QList<CostBucket> &days)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return isDamage(db.lastError()) ? Attempt::Damaged : Attempt::Failed;
    QSqlQuery query(db);
    const auto failed = [&] {
        const bool damaged = isDamage(query.lastError());
        query.finish();
        db.rollback();
        return damaged ? Attempt::Damaged : Attempt::Failed;
    };
    const auto run = [&](const QString &sql, const QVariantList &values) {
        if (!query.prepare(sql))
            return false;
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    };

    qint64 newest = 0;
    for (const CostBucket &day : days) {
        newest = std::max(newest, day.startTime);
        if (!run(QStringLiteral("DELETE FROM cost WHERE connection = ? AND start_time = ?"),
                 {connection, day.startTime})
            || !run(QStringLiteral("INSERT OR REPLACE INTO cost_day (connection, start_time, "
                                   "end_time) VALUES (?, ?, ?)"),
                    {connection, day.startTime, day.endTime}))
            return failed();
        for (const CostResult &result : day.results) {
            if (!run(QStringLiteral("INSERT INTO cost (connection, start_time, project_id, "
                                    "micros, currency) VALUES (?, ?, ?, ?, ?)"),
                     {connection, day.startTime, nullableText(result.projectId),
                      result.amount.micros, result.amount.currency}))
                return failed();
        }
    }
    // Days far behind the newest are never part of a period again.
    const qint64 oldestKept = newest - qint64(CostDaysKept) * Day;
    for (const QString &table : {QStringLiteral("cost"), QStringLiteral("cost_day")}) {
        if (!run(QStringLiteral("DELETE FROM %1 WHERE connection = ? AND start_time < ?").arg(table),
                 {connection, oldestKept}))
            return failed();
    }
    query.finish();
    if (!db.commit())
        return isDamage(db.lastError()) ? Attempt::Damaged : Attempt::Failed;
    qCDebug(lcOrgDeskCache) << "wrote" << days.size() << "days of costs of" << connection;
    return Attempt::Done;
}
