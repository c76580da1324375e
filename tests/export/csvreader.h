// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

// A strict RFC 4180 reader for the export tests: records end with CRLF (a bare CR or LF is
// only allowed inside quotes), a quoted cell doubles its quotes, nothing follows a closing
// quote but a comma or the end of the record. Written from the RFC, not from the writer.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CsvReader {

/// The records of @p text, or nothing (and @p why) when it is not RFC 4180.
inline std::optional<QList<QStringList>> parse(const QString &text, QString *why)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto fail = [&](const QString &message) {
        *why = message + QStringLiteral(" at offset %1").arg(i);
        return std::nullopt;
    };
    while (i < n) {
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted cell"));
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        cell.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell.append(text.at(i++));
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"')
                    return fail(QStringLiteral("quote inside an unquoted cell"));
                cell.append(text.at(i++));
            }
        }
        if (i >= n)
            return fail(QStringLiteral("last record without CRLF"));
        if (text.at(i) == u',') {
            record.append(cell);
            cell.clear();
            ++i;
            continue;
        }
        if (text.at(i) != u'\r' || i + 1 >= n || text.at(i + 1) != u'\n')
            return fail(QStringLiteral("a record not ended by CRLF"));
        record.append(cell);
        cell.clear();
        records.append(record);
        record.clear();
        i += 2;
    }
    return records;
}

/// A cell as it was before the writer's formula guard: the leading ' before =, +, -, @, a
/// tab or a carriage return removed.
inline QString unguarded(const QString &cell)
{
    static const QString guarded = QStringLiteral("=+-@\t\r");
    if (cell.size() >= 2 && cell.front() == u'\'' && guarded.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

} // namespace CsvReader
