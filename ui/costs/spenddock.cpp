// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "spenddock.h"

#include "barchart.h"
#include "contentfitter.h"

#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QVBoxLayout>

SpendDock::SpendDock(QWidget *parent)
    : QDockWidget(tr("Top spenders"), parent)
    , m_status(new QLabel)
    , m_chart(new BarChart)
{
    setObjectName(QStringLiteral("spendDock"));
    toggleViewAction()->setText(tr("&Top spenders"));
    m_status->setObjectName(QStringLiteral("spendDockStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // the service's error message may be in it
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_chart->setObjectName(QStringLiteral("topProjectsChart"));
    m_chart->setOrientation(Qt::Horizontal);
    // A line for every bar's name and amount, and one for the axis; no more, so that a small
    // screen (960 x 540 at 200 %) still holds the window with both docks.
    m_chart->setMinimumHeight(m_chart->fontMetrics().lineSpacing() * (TopCount + 1));

    auto *contents = new QWidget;
    auto *layout = new QVBoxLayout(contents);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 1);
    setWidget(contents);
    ContentFitter::keepTextWhole(contents); // a dock's contents get no height-for-width
    setStatusText({});

    connect(m_chart, &BarChart::barActivated, this, [this](int index) {
        if (index >= 0 && index < m_entries.size())
            Q_EMIT projectActivated(m_entries.at(index).projectId);
    });
}

// A dock added below another gets only its minimum height: on being shown, at least the
// height that gives every bar room for its name.
void SpendDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    QTimer::singleShot(0, this, [this] {
        auto *window = qobject_cast<QMainWindow *>(parentWidget());
        const int wanted = m_chart->fontMetrics().lineSpacing() * 8 / 5 * (TopCount + 2);
        if (window && !isFloating() && widget()->height() < wanted)
            window->resizeDocks({this}, {height() + wanted - widget()->height()}, Qt::Vertical);
    });
}

void SpendDock::setEntries(const QList<Entry> &entries, const QString &currency, int days)
{
    m_entries = entries;
    QList<BarChartBar> bars;
    for (const Entry &entry : entries)
        bars.append({entry.name, {}, {entry.micros}});
    m_chart->setTitle(tr("The projects that cost most in the last %n days", nullptr, days));
    m_chart->setEmptyText(tr("No project cost anything in the last %n days", nullptr, days));
    m_chart->setData({}, bars, currency);
}

void SpendDock::setStatusText(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_chart->setVisible(text.isEmpty());
}
