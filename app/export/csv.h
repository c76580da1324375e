// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Comma-separated values as RFC 4180 writes them: UTF-8, CRLF after every record, a cell
/// quoted (its quotes doubled) when it holds a comma, a quote or a line break.
namespace Csv {

/// @p cell as a spreadsheet should read it: a cell beginning with =, +, -, @, a tab or a
/// carriage return gets a leading ', so that a project called "=HYPERLINK(…)" stays text
/// (OWASP's advice against CSV injection). Every other cell is returned as it is.
[[nodiscard]] QString guarded(const QString &cell);

/// Appends one record of @p cells to @p out, each guarded() and quoted where it needs it,
/// followed by CRLF.
void appendRecord(QByteArray &out, const QStringList &cells);

} // namespace Csv
