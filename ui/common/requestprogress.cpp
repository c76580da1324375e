// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "requestprogress.h"

#include <QLabel>
#include <QProgressBar>

RequestProgress::RequestProgress(QProgressBar *bar, QLabel *label, QWidget *errorArea)
    : m_bar(bar)
    , m_label(label)
    , m_errorArea(errorArea)
{
    m_bar->hide();
    m_label->hide();
}

void RequestProgress::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_text = text;
    if (busy)
        m_errorArea->hide();
    m_bar->setVisible(busy);
    m_label->setVisible(busy && !text.isEmpty());
    m_label->setText(text);
}

void RequestProgress::setWaitingText(const QString &text)
{
    if (!m_busy)
        return;
    const QString shown = text.isEmpty() ? m_text : text;
    m_label->setText(shown);
    m_label->setVisible(!shown.isEmpty());
}
