// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectexport.h"

#include "csv.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

ProjectExport::Spend ProjectExport::Spend::of(int days, const QHash<QString, MoneyTotals> &totals)
{
    Spend spend;
    spend.days = days;
    spend.totals = totals;
    QSet<QString> currencies;
    for (const MoneyTotals &project : totals) {
        for (const QString &currency : project.currencies())
            currencies.insert(currency);
    }
    spend.currencies = currencies.values();
    std::sort(spend.currencies.begin(), spend.currencies.end());
    return spend;
}

QStringList ProjectExport::csvHeader(const Spend &spend)
{
    QStringList header = {QStringLiteral("id"),          QStringLiteral("name"),
                          QStringLiteral("status"),      QStringLiteral("created_at"),
                          QStringLiteral("archived_at"), QStringLiteral("external_key_id"),
                          QStringLiteral("residency")};
    if (spend.isEmpty())
        return header;
    // Not translated: a file's columns stay the same for every reader and script.
    if (spend.currencies.isEmpty())
        header.append(QStringLiteral("Spend (%1 days)").arg(spend.days));
    for (const QString &currency : spend.currencies)
        header.append(QStringLiteral("Spend (%1 days, %2)").arg(spend.days).arg(currency.toUpper()));
    return header;
}

QStringList ProjectExport::csvCells(const Project &project, const Spend &spend)
{
    QStringList cells = {project.id,
                         project.name,
                         project.status,
                         isoTime(project.createdAt),
                         project.archivedAt ? isoTime(*project.archivedAt) : QString(),
                         project.externalKeyId,
                         project.residency};
    if (spend.isEmpty())
        return cells;
    if (spend.currencies.isEmpty())
        cells.append(QString());
    const auto totals = spend.totals.constFind(project.id);
    for (const QString &currency : spend.currencies) {
        const bool spent = totals != spend.totals.constEnd()
            && totals->currencies().contains(currency);
        cells.append(spent ? totals->total(currency).toDecimal() : QString());
    }
    return cells;
}

QByteArray ProjectExport::csv(const QList<Project> &projects, const Spend &spend)
{
    QByteArray out;
    // About 130 bytes a project: one allocation for most exports instead of a dozen.
    out.reserve(qsizetype(projects.size() + 1) * 160);
    Csv::appendRecord(out, csvHeader(spend));
    for (const Project &project : projects)
        Csv::appendRecord(out, csvCells(project, spend));
    return out;
}

QByteArray ProjectExport::json(const QList<Project> &projects, const Spend &spend)
{
    QJsonArray array;
    for (const Project &project : projects) {
        QJsonObject object = project.toJson();
        if (!spend.isEmpty()) {
            // Strings, not numbers: a reader's double would lose the exact amount.
            QJsonArray amounts;
            const auto totals = spend.totals.constFind(project.id);
            if (totals != spend.totals.constEnd()) {
                for (const QString &currency : totals->currencies()) {
                    amounts.append(QJsonObject{
                        {QStringLiteral("currency"), currency},
                        {QStringLiteral("amount"), totals->total(currency).toDecimal()}});
                }
            }
            object.insert(QStringLiteral("spend"), QJsonObject{{QStringLiteral("days"), spend.days},
                                                               {QStringLiteral("amounts"), amounts}});
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray ProjectExport::document(const QList<Project> &projects, Format format,
                                   const Spend &spend)
{
    return format == Format::Csv ? csv(projects, spend) : json(projects, spend);
}

QString ProjectExport::isoTime(qint64 seconds)
{
    // Qt::UTC, not QTimeZone::utc(): only the former is written with the "Z" of ISO 8601.
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}
