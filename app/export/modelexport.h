// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

class QAbstractItemModel;

/// Any table model as a file, for the lists that have no writer of their own (the project
/// workspace's members, keys, limits): read the rows on the GUI thread with rows(), then turn
/// them into bytes anywhere with csv() or json().
namespace ModelExport {

/// One column of the file: its name (the CSV header and the JSON key, best the API's field
/// name) and where its values are read (a column of the model and a role).
struct Column
{
    QString field;
    int column = 0;
    int role = Qt::DisplayRole;
};

/// The values of every row of @p model (a proxy too: rows as it shows them), one list per
/// row in @p columns' order. Call it on the model's thread; the result is a plain copy.
[[nodiscard]] QList<QVariantList> rows(const QAbstractItemModel &model, const QList<Column> &columns);

/// A header row of the fields, then one record per row. A QDateTime is written as ISO 8601
/// in UTC, anything else as QVariant::toString().
[[nodiscard]] QByteArray csv(const QList<Column> &columns, const QList<QVariantList> &rows);
/// One array of objects, field to value (QJsonValue::fromVariant; times as ISO 8601 UTC).
[[nodiscard]] QByteArray json(const QList<Column> &columns, const QList<QVariantList> &rows);

} // namespace ModelExport
