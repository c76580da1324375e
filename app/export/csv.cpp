// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "csv.h"

namespace {

bool needsQuotes(const QString &cell)
{
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}

} // namespace

QString Csv::guarded(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + cell;
    default:
        return cell;
    }
}

void Csv::appendRecord(QByteArray &out, const QStringList &cells)
{
    bool first = true;
    for (const QString &raw : cells) {
        if (!first)
            out.append(',');
        first = false;
        const QString cell = guarded(raw);
        if (needsQuotes(cell)) {
            QString quoted = cell;
            quoted.replace(u'"', QLatin1String("\"\""));
            out.append('"').append(quoted.toUtf8()).append('"');
        } else {
            out.append(cell.toUtf8());
        }
    }
    out.append("\r\n");
}
