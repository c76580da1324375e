// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "modelexport.h"

#include "csv.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString text(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return isoUtc(value.toDateTime());
    return value.toString();
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return isoUtc(value.toDateTime());
    return QJsonValue::fromVariant(value);
}

} // namespace

QList<QVariantList> ModelExport::rows(const QAbstractItemModel &model, const QList<Column> &columns)
{
    QList<QVariantList> result;
    const int count = model.rowCount();
    result.reserve(count);
    for (int row = 0; row < count; ++row) {
        QVariantList values;
        values.reserve(columns.size());
        for (const Column &column : columns)
            values.append(model.index(row, column.column).data(column.role));
        result.append(values);
    }
    return result;
}

QByteArray ModelExport::csv(const QList<Column> &columns, const QList<QVariantList> &rows)
{
    QByteArray out;
    QStringList header;
    for (const Column &column : columns)
        header.append(column.field);
    Csv::appendRecord(out, header);
    for (const QVariantList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QVariant &value : row)
            cells.append(text(value));
        Csv::appendRecord(out, cells);
    }
    return out;
}

QByteArray ModelExport::json(const QList<Column> &columns, const QList<QVariantList> &rows)
{
    QJsonArray array;
    for (const QVariantList &row : rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i)
            object.insert(columns.at(i).field, jsonValue(row.at(i)));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
