// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "accessibilitycheck.h"

#include <QAccessible>
#include <QLabel>
#include <QTextDocument>

namespace {

QString withoutMnemonic(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        shown += text.at(i);
    }
    return shown;
}

} // namespace

QString AccessibilityCheck::visibleText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText();
    }
    return label->buddy() ? withoutMnemonic(text) : text;
}

QStringList AccessibilityCheck::labelProblems(const QWidget *window)
{
    QStringList problems;
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        const QString shown = visibleText(label);
        // Qt reads a label's text without '&' even without a buddy.
        if (name.isEmpty() || name == shown || name == withoutMnemonic(shown))
            continue;
        problems << QStringLiteral("QLabel \"%1\" shows \"%2\" but is read as \"%3\"")
                        .arg(label->objectName(), shown, name);
    }
    return problems;
}
