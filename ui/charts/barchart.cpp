// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "barchart.h"

#include "barchartaccessible.h"
#include "costs.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace {

// Okabe and Ito's colours, chosen to be told apart with every common colour-blindness; each
// has enough contrast against both a light and a dark window colour.
constexpr QRgb SeriesColors[] = {
    0x0072B2, // blue
    0xE69F00, // orange
    0x009E73, // bluish green
    0xCC79A7, // reddish purple
    0x56B4E9, // sky blue
    0xD55E00, // vermillion
    0xF0E442, // yellow
    0x999999, // grey: the rest
};

} // namespace

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
    , m_emptyText(tr("No costs in this period"))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(BarChartAccessible::factory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

BarChart::~BarChart() = default;

void BarChart::setOrientation(Qt::Orientation orientation)
{
    if (orientation == m_orientation)
        return;
    m_orientation = orientation;
    m_layoutValid = false;
    updateGeometry();
    update();
}

void BarChart::setData(const QStringList &series, const QList<BarChartBar> &bars, const QString &currency)
{
    m_series = series;
    m_bars = bars;
    m_currency = currency;
    if (m_provisional >= barCount())
        m_provisional = -1;
    dataChanged();
}

qint64 BarChart::barTotal(int index) const
{
    if (index < 0 || index >= barCount())
        return 0;
    const QList<qint64> &values = m_bars.at(index).values;
    // Credits (negative amounts) are not drawn below the axis: a bar shows what was spent.
    return std::accumulate(values.cbegin(), values.cend(), qint64(0),
                           [](qint64 sum, qint64 v) { return sum + std::max<qint64>(v, 0); });
}

qint64 BarChart::maximum() const
{
    qint64 max = 0;
    for (int i = 0; i < barCount(); ++i)
        max = std::max(max, barTotal(i));
    return max;
}

void BarChart::setProvisionalBar(int index)
{
    m_provisional = index >= 0 && index < barCount() ? index : -1;
    m_layoutValid = false; // the legend names it
    update();
}

void BarChart::setTitle(const QString &title)
{
    m_title = title;
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void BarChart::setCurrentBar(int index)
{
    index = barCount() == 0 ? -1 : std::clamp(index, 0, barCount() - 1);
    if (index == m_current)
        return;
    m_current = index;
    update();
    if (m_current >= 0 && hasFocus()) {
        QAccessibleEvent event(this, QAccessible::Focus);
        event.setChild(m_current);
        QAccessible::updateAccessibility(&event);
    }
    Q_EMIT currentBarChanged(m_current);
}

QRect BarChart::barRect(int index) const
{
    ensureLayout();
    return index >= 0 && index < m_barRects.size() ? m_barRects.at(index) : QRect();
}

QRect BarChart::segmentRect(int index, int series) const
{
    const QRect whole = barRect(index);
    if (whole.isEmpty() || series < 0 || series >= m_bars.at(index).values.size())
        return {};
    const QList<qint64> &values = m_bars.at(index).values;
    qint64 before = 0;
    for (int s = 0; s < series; ++s)
        before += std::max<qint64>(values.at(s), 0);
    const qint64 after = before + std::max<qint64>(values.at(series), 0);
    const qint64 total = barTotal(index);
    // Edges from running sums, so that segments meet without gaps and end where the bar does.
    if (m_orientation == Qt::Vertical) {
        const auto y = [&](qint64 v) {
            return whole.bottom() + 1 - int(std::llround(double(v) * whole.height() / double(total)));
        };
        const int top = y(after);
        const int bottom = y(before); // exclusive
        return bottom > top ? QRect(whole.left(), top, whole.width(), bottom - top) : QRect();
    }
    const auto x = [&](qint64 v) {
        return whole.left() + int(std::llround(double(v) * whole.width() / double(total)));
    };
    const int left = x(before);
    const int right = x(after); // exclusive
    return right > left ? QRect(left, whole.top(), right - left, whole.height()) : QRect();
}

int BarChart::barAt(const QPoint &pos) const
{
    ensureLayout();
    // The bar's whole slot counts, so a low bar is as easy to point at as a high one.
    for (int i = 0; i < m_barRects.size(); ++i) {
        const QRect bar = m_barRects.at(i);
        const QRect slot = m_orientation == Qt::Vertical
            ? QRect(bar.left(), m_plot.top(), bar.width(), m_plot.height())
            : QRect(m_plot.left(), bar.top(), m_plot.width(), bar.height());
        if (slot.contains(pos))
            return i;
    }
    return -1;
}

QColor BarChart::seriesColor(int series) const
{
    if (m_series.size() <= 1)
        return palette().color(QPalette::Highlight);
    const int count = int(std::size(SeriesColors));
    return QColor(SeriesColors[std::clamp(series, 0, count - 1)]);
}

QString BarChart::moneyText(qint64 micros, int decimals) const
{
    return Money{micros, m_currency}.toText(locale(), decimals);
}

QString BarChart::barText(int index) const
{
    if (index < 0 || index >= barCount())
        return {};
    const BarChartBar &b = m_bars.at(index);
    const QString label = b.longLabel.isEmpty() ? b.label : b.longLabel;
    const QString text = tr("%1: %2").arg(label, moneyText(barTotal(index)));
    return index == m_provisional ? tr("%1 (provisional)").arg(text) : text;
}

QString BarChart::barDetails(int index) const
{
    if (index < 0 || index >= barCount() || m_series.size() <= 1)
        return {};
    const QList<qint64> &values = m_bars.at(index).values;
    QList<int> order;
    for (int s = 0; s < values.size() && s < m_series.size(); ++s) {
        if (values.at(s) != 0)
            order.append(s);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return values.at(a) > values.at(b); });
    QStringList parts;
    for (const int s : std::as_const(order)) {
        const QString name = m_series.at(s).isEmpty() ? tr("Other") : m_series.at(s);
        parts << tr("%1: %2").arg(name, moneyText(values.at(s)));
    }
    return parts.join(QLatin1String("; "));
}

QString BarChart::summary() const
{
    if (barCount() == 0)
        return m_emptyText;
    qint64 total = 0;
    int highest = 0;
    for (int i = 0; i < barCount(); ++i) {
        total += barTotal(i);
        if (barTotal(i) > barTotal(highest))
            highest = i;
    }
    const BarChartBar &top = m_bars.at(highest);
    return tr("%n bars, total %1, highest %2 (%3)", nullptr, barCount())
        .arg(moneyText(total), top.longLabel.isEmpty() ? top.label : top.longLabel,
             moneyText(barTotal(highest)));
}

QSize BarChart::sizeHint() const
{
    const int line = fontMetrics().height();
    if (m_orientation == Qt::Horizontal)
        return {line * 30, std::max(line * 8, int(line * 1.8 * barCount()) + line * 3)};
    return {line * 36, line * 16};
}

QSize BarChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 16, line * 8};
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QString details = barDetails(index);
        QToolTip::showText(help->globalPos(),
                           details.isEmpty() ? barText(index) : barText(index) + QLatin1Char('\n') + details,
                           this, barRect(index));
        return true;
    }
    return QWidget::event(event);
}

void BarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layoutValid = false;
}

void BarChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::StyleChange) {
        m_layoutValid = false;
        update();
    }
}

void BarChart::keyPressEvent(QKeyEvent *event)
{
    const bool vertical = m_orientation == Qt::Vertical;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        if ((event->key() == Qt::Key_Left) != vertical)
            break;
        setCurrentBar(m_current - 1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        if ((event->key() == Qt::Key_Right) != vertical)
            break;
        setCurrentBar(m_current + 1);
        return;
    case Qt::Key_Home:
        setCurrentBar(0);
        return;
    case Qt::Key_End:
        setCurrentBar(barCount() - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0) {
            Q_EMIT barActivated(m_current);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void BarChart::mousePressEvent(QMouseEvent *event)
{
    const int index = barAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || index < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    setCurrentBar(index);
    Q_EMIT barActivated(index);
}

void BarChart::mouseMoveEvent(QMouseEvent *event)
{
    const int index = barAt(event->position().toPoint());
    if (index != m_hovered) {
        m_hovered = index;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void BarChart::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

void BarChart::dataChanged()
{
    m_hovered = -1;
    const int previous = m_current;
    m_current = barCount() == 0 ? -1 : std::clamp(m_current, 0, barCount() - 1);
    m_layoutValid = false;
    updateGeometry();
    update();
    QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&reorder);
    QAccessibleEvent description(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
    if (m_current != previous)
        Q_EMIT currentBarChanged(m_current);
}
