// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "displaytext.h"

#include <algorithm>

namespace {

bool isBidiFormat(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) // LRE RLE PDF LRO RLO
        || (c >= 0x2066 && c <= 0x2069) // LRI RLI FSI PDI
        || c == 0x200E || c == 0x200F   // LRM RLM
        || c == 0x061C;                 // ALM
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool needsChange(char16_t c)
{
    return isControl(c) || isBidiFormat(c);
}

} // namespace

QString DisplayText::visible(const QString &text)
{
    const auto first = std::find_if(text.cbegin(), text.cend(),
                                    [](QChar c) { return needsChange(c.unicode()); });
    if (first == text.cend())
        return text;

    QString shown;
    shown.reserve(text.size() + 16);
    shown.append(QStringView(text.cbegin(), first));
    for (auto it = first; it != text.cend(); ++it) {
        const char16_t c = it->unicode();
        if (c == u'\n')
            shown.append(QChar(0x2424)); // SYMBOL FOR NEWLINE
        else if (c < 0x20)
            shown.append(QChar(char16_t(0x2400 + c))); // the Control Pictures block
        else if (c == 0x7F)
            shown.append(QChar(0x2421)); // SYMBOL FOR DELETE
        else if (needsChange(c))
            shown.append(QStringLiteral("[U+%1]").arg(
                QString::number(int(c), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
        else
            shown.append(*it);
    }
    return shown;
}

QString DisplayText::isolated(const QString &text)
{
    return QChar(0x2068) + visible(text) + QChar(0x2069);
}
