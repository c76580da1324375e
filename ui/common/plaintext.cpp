// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "plaintext.h"

#include <QLabel>
#include <QString>

void PlainText::makeLabelsPlain(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->property("orgdeskRichText").toBool())
            label->setTextFormat(Qt::PlainText);
    }
}

QString PlainText::toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Rich text of our own making, so that what the text holds is shown, not obeyed.
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QLatin1String("<qt>") + html + QLatin1String("</qt>");
}
