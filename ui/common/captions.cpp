// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "captions.h"

#include <QLabel>

void Captions::tie(QLabel *caption, QLabel *value)
{
    if (value->focusPolicy() != Qt::NoFocus) {
        caption->setBuddy(value);
        return;
    }
    QString text = caption->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    value->setAccessibleDescription(text);
}
