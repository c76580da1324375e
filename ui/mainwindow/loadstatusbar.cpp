// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "loadstatusbar.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

LoadStatusBar::LoadStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_countLabel(new QLabel(this))
    , m_waitLabel(new QLabel(this))
    , m_loadAllLabel(new QLabel(this))
    , m_cancelLoadAllButton(new QPushButton(tr("Cancel"), this))
    , m_busyIndicator(new QProgressBar(this))
{
    m_countLabel->setObjectName(QStringLiteral("projectCountLabel"));
    addWidget(m_countLabel, 1);

    m_waitLabel->setObjectName(QStringLiteral("waitLabel"));
    m_waitLabel->hide();
    addPermanentWidget(m_waitLabel);

    m_loadAllLabel->setObjectName(QStringLiteral("loadAllLabel"));
    m_loadAllLabel->hide();
    addPermanentWidget(m_loadAllLabel);

    m_cancelLoadAllButton->setObjectName(QStringLiteral("cancelLoadAllButton"));
    m_cancelLoadAllButton->setAccessibleName(tr("Cancel loading all projects"));
    m_cancelLoadAllButton->hide();
    addPermanentWidget(m_cancelLoadAllButton);
    connect(m_cancelLoadAllButton, &QPushButton::clicked, this,
            &LoadStatusBar::cancelLoadAllRequested);

    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Working"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->setMaximumHeight(fontMetrics().height());
    m_busyIndicator->hide();
    addPermanentWidget(m_busyIndicator);

    m_waitTimer.setInterval(250);
    connect(&m_waitTimer, &QTimer::timeout, this, &LoadStatusBar::updateWait);
}

void LoadStatusBar::setCountText(const QString &text)
{
    m_countLabel->setText(text);
}

void LoadStatusBar::showWait(std::chrono::milliseconds delay, bool rateLimited)
{
    m_waitIsRateLimit = rateLimited;
    m_waitDeadline = QDeadlineTimer(delay);
    m_waitTimer.start();
    updateWait();
}

void LoadStatusBar::stopWait()
{
    m_waitTimer.stop();
    m_waitLabel->hide();
}

void LoadStatusBar::updateWait()
{
    const qint64 remaining = m_waitDeadline.remainingTime();
    if (remaining <= 0) {
        stopWait();
        return;
    }
    const int seconds = int((remaining + 999) / 1000);
    m_waitLabel->setText(m_waitIsRateLimit
                             ? tr("Rate limited by OpenAI — retrying in %n s", nullptr, seconds)
                             : tr("The request failed — retrying in %n s", nullptr, seconds));
    m_waitLabel->show();
}

void LoadStatusBar::showLoadAllProgress(int loaded, bool finished)
{
    m_loadAllLabel->setText(tr("Loading all projects… %1 loaded").arg(QLocale().toString(loaded)));
    m_loadAllLabel->setVisible(!finished);
    m_cancelLoadAllButton->setVisible(!finished);
}

void LoadStatusBar::setBusy(bool busy)
{
    m_busyIndicator->setVisible(busy);
}
