// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "coststab.h"

#include "adminapiclient.h"
#include "appsettings.h"
#include "barchart.h"
#include "contentfitter.h"
#include "costsapi.h"
#include "displaytext.h"
#include "messagearea.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr qint64 Day = CostsAggregator::Day;

QString lineItemName(const QString &lineItem)
{
    return lineItem.isEmpty() ? CostsTab::tr("(no line item)") : DisplayText::visible(lineItem);
}

} // namespace

CostsTab::CostsTab(AdminApiClient *client, QWidget *parent)
    : ProjectTab(parent)
    , m_client(client)
    , m_status(new QLabel(this))
    , m_total(new QLabel(this))
    , m_chart(new BarChart(this))
    , m_itemsCaption(new QLabel(tr("Most expensive line items"), this))
    , m_items(new QTreeWidget(this))
    , m_errorArea(new MessageArea(this))
    , m_retryButton(new QPushButton(tr("&Try again"), this))
{
    setObjectName(QStringLiteral("costsTab"));
    // The spend column's period; SpendController::periodChanged() brings later changes.
    const int days = AppSettings().spendPeriodDays();
    m_days = days > 0 ? days : 30;
    m_status->setObjectName(QStringLiteral("costsStatusLabel"));
    m_status->setWordWrap(true);
    for (QLabel *label : {m_status, m_total, m_itemsCaption})
        label->setTextFormat(Qt::PlainText);
    m_total->setObjectName(QStringLiteral("costsTotalLabel"));
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setObjectName(QStringLiteral("costsChart"));
    m_itemsCaption->setObjectName(QStringLiteral("lineItemsCaption"));
    m_items->setObjectName(QStringLiteral("lineItemsList"));
    m_items->setColumnCount(2);
    m_items->setHeaderLabels({tr("Line item"), tr("Cost")});
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->header()->setStretchLastSection(false);
    m_items->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_items->setAccessibleName(m_itemsCaption->text());
    m_itemsCaption->setBuddy(m_items);
    m_errorArea->setObjectName(QStringLiteral("costsError"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &CostsTab::refresh);

    // The error and its button never grow past what they need: below them stays empty.
    m_errorPanel = new QWidget(this);
    m_errorPanel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *errorRow = new QHBoxLayout(m_errorPanel);
    errorRow->setContentsMargins({});
    errorRow->addWidget(m_errorArea, 1);
    errorRow->addWidget(m_retryButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_total);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_itemsCaption);
    layout->addWidget(m_items, 1);
    layout->addStretch(0); // takes the height only while the chart and the list are hidden
    // The tab sits in a dock, which lays it out without height-for-width: the error's lines
    // would be cut off in a short one.
    ContentFitter::keepTextWhole(this);
    setState(State::NoProject);
}

CostsTab::~CostsTab() = default;

void CostsTab::setClock(std::function<qint64()> nowSecs)
{
    m_clock = std::move(nowSecs);
}

qint64 CostsTab::now() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

qint64 CostsTab::periodStart() const
{
    return now() - now() % Day - qint64(m_days - 1) * Day;
}

void CostsTab::setProject(const std::optional<Project> &project)
{
    const bool same = project && m_project && project->id == m_project->id;
    m_project = project;
    if (same)
        return;
    // An answer for the project before must not land here.
    delete m_requestContext;
    m_requestContext = nullptr;
    if (!m_project) {
        setState(State::NoProject);
        return;
    }
    const auto kept = m_kept.constFind(m_project->id);
    if (kept != m_kept.constEnd()) {
        showSeries(*kept);
        return;
    }
    setState(State::Loading);
    loadIfNeeded();
}

void CostsTab::refresh()
{
    if (!m_project)
        return;
    m_kept.remove(m_project->id);
    delete m_requestContext;
    m_requestContext = nullptr;
    setState(State::Loading);
    load();
}

void CostsTab::setPeriodDays(int days)
{
    days = days <= 0 ? 30 : std::min(days, 180);
    if (days == m_days)
        return;
    m_days = days;
    forgetAll();
}

void CostsTab::forgetAll()
{
    m_kept.clear();
    delete m_requestContext;
    m_requestContext = nullptr;
    if (m_project) {
        setState(State::Loading);
        loadIfNeeded();
    }
}

void CostsTab::showEvent(QShowEvent *event)
{
    ProjectTab::showEvent(event);
    loadIfNeeded();
}

void CostsTab::loadIfNeeded()
{
    if (isVisible() && m_project && m_state == State::Loading && !m_requestContext)
        load();
}

void CostsTab::load()
{
    if (!m_client || !m_project)
        return;
    m_requestContext = new QObject(this);
    QObject *context = m_requestContext;
    const QString projectId = m_project->id;
    const qint64 from = periodStart();
    const qint64 to = now() - now() % Day + Day;

    CostsQuery query;
    query.startTime = from;
    query.groupByLineItem = true;
    query.projectIds = {projectId};
    query.limit = m_days; // one request: a bucket a day
    CostsApi::fetchAll(*m_client, query, context,
                       [this, context, projectId, from, to](const ApiResult<QList<CostBucket>> &result) {
                           context->deleteLater();
                           m_requestContext = nullptr;
                           if (!m_project || m_project->id != projectId)
                               return;
                           if (!result.ok()) {
                               showFailure(result.error());
                               return;
                           }
                           CostsAggregator costs;
                           costs.add(result.value());
                           // Grouped by line item only, the results name no project: all are its.
                           const auto series = costs.dailyByLineItem(QString(), from, to);
                           m_kept.insert(projectId, series);
                           showSeries(series);
                       });
}

void CostsTab::showSeries(const CostsAggregator::DailySeries &series)
{
    const QLocale locale;
    QList<BarChartBar> bars;
    qint64 total = 0;
    for (int day = 0; day < series.dayStarts.size(); ++day) {
        const QDate date = QDateTime::fromSecsSinceEpoch(series.dayStarts.at(day), Qt::UTC).date();
        bars.append({locale.toString(date, QStringLiteral("MMM d")),
                     locale.toString(date, QLocale::LongFormat), series.values.at(day)});
        total += series.dayTotal(day);
    }
    const QString projectName = m_project && !m_project->name.isEmpty()
        ? DisplayText::visible(m_project->name) : m_project ? m_project->id : QString();
    m_chart->setTitle(tr("Daily cost of %1").arg(projectName));
    m_chart->setEmptyText(tr("No costs in the last %n days", nullptr, m_days));
    if (total == 0) {
        m_chart->setData({}, {}, series.currency);
    } else {
        QStringList names;
        for (const QString &item : series.lineItems)
            names << lineItemName(item);
        m_chart->setData(names, bars, series.currency);
        const bool todayLast = !series.dayStarts.isEmpty()
            && series.dayStarts.constLast() == now() - now() % Day;
        m_chart->setProvisionalBar(todayLast ? int(bars.size()) - 1 : -1);
    }

    QStringList others;
    for (auto it = series.otherCurrencies.cbegin(); it != series.otherCurrencies.cend(); ++it)
        others << Money{it.value(), it.key()}.toText(locale);
    QString totalText = total == 0 && others.isEmpty()
        ? tr("No costs in the last %n days", nullptr, m_days)
        : tr("Total over the last %n days: %1", nullptr, m_days)
              .arg(Money{total, series.currency}.toText(locale));
    if (!others.isEmpty())
        totalText += u' ' + tr("(and %1, not added)").arg(others.join(QStringLiteral(", ")));
    m_total->setText(totalText);

    m_items->clear();
    for (int item = 0; item < std::min<int>(TopLineItems, int(series.lineItems.size())); ++item) {
        const qint64 cost = series.lineItemTotal(item);
        if (cost == 0)
            continue;
        auto *row = new QTreeWidgetItem(m_items, {lineItemName(series.lineItems.at(item)),
                                                  Money{cost, series.currency}.toText(locale)});
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    setState(State::Loaded);
}

void CostsTab::showFailure(const ApiError &error)
{
    m_error = error;
    m_errorArea->showMessage(MessageArea::Kind::Error,
                             tr("The costs of this project could not be loaded. %1")
                                 .arg(error.userMessageWithoutRequestId()), // the id: below
                             error.requestId());
    setState(State::Failed);
}

void CostsTab::setState(State state)
{
    m_state = state;
    if (state != State::Failed)
        m_error = {};
    const bool loaded = state == State::Loaded;
    const bool hasItems = loaded && m_items->topLevelItemCount() > 0;
    m_status->setText(state == State::NoProject ? tr("Select a project to see its costs.")
                      : state == State::Loading ? tr("Loading costs…")
                                                : QString());
    m_status->setVisible(state == State::NoProject || state == State::Loading);
    m_errorPanel->setVisible(state == State::Failed);
    m_total->setVisible(loaded);
    m_chart->setVisible(loaded);
    m_itemsCaption->setVisible(hasItems);
    m_items->setVisible(hasItems);
}
