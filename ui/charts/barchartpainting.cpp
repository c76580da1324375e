// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// BarChart's geometry and painting.

#include "barchart.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <algorithm>
#include <cmath>

namespace {

constexpr int AxisTicks = 4;

// A round step (1, 2 or 5 times a power of ten micro-units) for about @p ticks ticks up to @p max.
qint64 niceStep(qint64 max, int ticks)
{
    if (max <= 0)
        return 1000000; // an empty axis still reads in whole units
    const double raw = double(max) / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= raw)
            return std::max<qint64>(1, qint64(std::llround(factor * magnitude)));
    }
    return std::max<qint64>(1, qint64(std::llround(10 * magnitude)));
}

// The decimals a tick label needs to tell its steps apart: none for whole units, else cents,
// else as many as the step has.
int decimalsFor(qint64 step)
{
    if (step % 1000000 == 0)
        return 0;
    int decimals = 6;
    while (decimals > 2 && step % 10 == 0) {
        step /= 10;
        --decimals;
    }
    return decimals;
}

constexpr int MaxLegendRows = 3;

// One entry of the legend: a swatch and a name, and where it goes.
struct LegendItem
{
    QColor color;
    QString name;
    bool hatched = false;
    QRect box; ///< relative to the legend's top left
};

// The series (when there are several) and the provisional mark, flowed in rows of @p width;
// what does not fit in MaxLegendRows is left out (each bar's tooltip and accessible text
// still name its series).
QList<LegendItem> legendItems(const BarChart &chart, const QFontMetrics &fm, int width)
{
    QList<LegendItem> items;
    if (chart.series().size() > 1) {
        for (int s = 0; s < chart.series().size(); ++s) {
            const QString name = chart.series().at(s);
            items.append({chart.seriesColor(s), name.isEmpty() ? BarChart::tr("Other") : name, false, {}});
        }
    }
    if (chart.provisionalBar() >= 0)
        items.append({chart.seriesColor(0), BarChart::tr("Provisional"), true, {}});
    const int swatch = fm.ascent();
    const int gap = fm.height() / 2;
    int x = 0;
    int row = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        LegendItem &item = items[i];
        const int textRoom = std::max(0, std::min(fm.averageCharWidth() * 28, width - swatch - gap / 2));
        item.name = fm.elidedText(item.name, Qt::ElideRight, textRoom);
        const int itemWidth = swatch + gap / 2 + fm.horizontalAdvance(item.name);
        if (x > 0 && x + itemWidth > width) {
            ++row;
            x = 0;
        }
        if (row >= MaxLegendRows) {
            items.resize(i);
            break;
        }
        item.box = QRect(x, row * fm.height(), itemWidth, fm.height());
        x += itemWidth + gap * 2;
    }
    return items;
}

} // namespace

QString BarChart::axisText(qint64 micros) const
{
    return moneyText(micros, decimalsFor(m_axisStep));
}

void BarChart::ensureLayout() const
{
    if (!m_layoutValid || m_layoutSize != size())
        relayout();
}

void BarChart::chooseAxisStep(int length) const
{
    const QFontMetrics fm = fontMetrics();
    const qint64 max = maximum();
    // Fewer ticks until their labels have room: along a horizontal axis a label's width and
    // some, along a vertical one a line.
    for (int ticks = AxisTicks; ticks >= 1; --ticks) {
        m_axisStep = niceStep(max, ticks);
        m_axisMax = std::max<qint64>(m_axisStep, (max + m_axisStep - 1) / m_axisStep * m_axisStep);
        int needed = fm.height();
        if (m_orientation == Qt::Horizontal) {
            int widest = 0;
            for (qint64 v = 0; v <= m_axisMax; v += m_axisStep)
                widest = std::max(widest, fm.horizontalAdvance(axisText(v)));
            needed = widest + fm.averageCharWidth() * 2;
        }
        if (double(length) * double(m_axisStep) / double(m_axisMax) >= needed)
            return;
    }
}

void BarChart::relayout() const
{
    m_layoutValid = true;
    m_layoutSize = size();
    m_barRects.clear();
    m_tickLabels.clear();
    m_barLabels.clear();
    m_amountLabels.clear();
    m_legend = QRect();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int pad = std::max(4, line / 2);
    const qint64 max = maximum();
    m_axisStep = niceStep(max, AxisTicks);
    m_axisMax = std::max<qint64>(m_axisStep, (max + m_axisStep - 1) / m_axisStep * m_axisStep);
    const QRect area = rect().adjusted(pad, pad, -pad, -pad);
    if (barCount() == 0 || area.width() < 8 || area.height() < 8) {
        m_plot = area;
        return;
    }

    if (m_orientation == Qt::Vertical) {
        const QList<LegendItem> legend = legendItems(*this, fm, area.width());
        const int legendHeight = legend.isEmpty() ? 0 : legend.constLast().box.bottom() + 1 + pad;
        m_legend = QRect(area.left(), area.top(), area.width(), legendHeight);
        // Half a line above the plot: the top tick's label is centred on the plot's top edge.
        const QRect plotRows = area.adjusted(0, legendHeight + line / 2, 0, -(line + pad / 2));
        chooseAxisStep(plotRows.height());
        int axisWidth = 0;
        for (qint64 v = 0; v <= m_axisMax; v += m_axisStep)
            axisWidth = std::max(axisWidth, fm.horizontalAdvance(axisText(v)));
        m_plot = plotRows.adjusted(axisWidth + pad, 0, 0, 0);
        const double slot = double(m_plot.width()) / barCount();
        const int width = std::max(1, int(slot * 0.7));
        for (int i = 0; i < barCount(); ++i) {
            const int height = int(std::llround(double(barTotal(i)) * m_plot.height() / double(m_axisMax)));
            const int left = m_plot.left() + int(i * slot + (slot - width) / 2);
            m_barRects.append(height > 0 ? QRect(left, m_plot.bottom() + 1 - height, width, height)
                                         : QRect(left, m_plot.bottom() + 1, width, 0));
        }
        placeLabels();
        return;
    }

    // Horizontal: names on the left (at most a third of the width), amounts after the bars.
    int widest = 0;
    for (const BarChartBar &b : std::as_const(m_bars))
        widest = std::max(widest, fm.horizontalAdvance(b.label));
    const int labels = std::min(widest, area.width() / 3);
    const int amounts = fm.horizontalAdvance(moneyText(max));
    m_plot = area.adjusted(labels + pad, 0, -(amounts + pad), -(line + pad / 2));
    m_plot.setRight(std::max(m_plot.right(), m_plot.left() + 8));
    chooseAxisStep(m_plot.width());
    const double slot = double(m_plot.height()) / barCount();
    const int height = std::max(1, std::min(int(slot * 0.7), int(line * 1.4)));
    for (int i = 0; i < barCount(); ++i) {
        const int width = int(std::llround(double(barTotal(i)) * m_plot.width() / double(m_axisMax)));
        const int top = m_plot.top() + int(i * slot + (slot - height) / 2);
        m_barRects.append(QRect(m_plot.left(), top, width, height));
    }
    placeLabels();
}

void BarChart::placeLabels() const
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int gap = std::max(2, fm.averageCharWidth());
    QList<QRect> taken;
    // A label goes where asked, moved inside the widget, unless it would touch one placed
    // before it (axis amounts first, then bar labels, then the amounts beside the bars).
    const auto place = [&](const QString &text, QRect box, int flags) -> Label {
        if (box.width() > width() || box.height() > height())
            return {text, QRect(), flags};
        box.moveLeft(std::clamp(box.left(), 0, width() - box.width()));
        box.moveTop(std::clamp(box.top(), 0, height() - box.height()));
        const QRect wide = box.adjusted(-gap, 0, gap, 0);
        for (const QRect &other : std::as_const(taken)) {
            if (wide.intersects(other))
                return {text, QRect(), flags};
        }
        taken.append(box);
        return {text, box, flags};
    };

    const bool vertical = m_orientation == Qt::Vertical;
    for (qint64 v = 0; v <= m_axisMax; v += m_axisStep) {
        const QString text = axisText(v);
        const int w = fm.horizontalAdvance(text);
        if (vertical) {
            const int y = m_plot.bottom() - int(std::llround(double(v) * (m_plot.height() - 1) / double(m_axisMax)));
            m_tickLabels.append(place(text, QRect(m_plot.left() - line / 4 - w, y - line / 2, w, line),
                                      Qt::AlignRight | Qt::AlignVCenter));
        } else {
            const int x = m_plot.left() + int(std::llround(double(v) * (m_plot.width() - 1) / double(m_axisMax)));
            m_tickLabels.append(place(text, QRect(x - w / 2, m_plot.bottom() + 2, w, line), Qt::AlignCenter));
        }
    }

    if (vertical) {
        // Every n-th day, n as small as lets the widest label fit between two of them.
        int widest = 0;
        for (const BarChartBar &b : std::as_const(m_bars))
            widest = std::max(widest, fm.horizontalAdvance(b.label));
        const double slot = double(m_plot.width()) / barCount();
        const int every = std::max(1, int(std::ceil((widest + 2 * gap) / std::max(slot, 1.0))));
        for (int i = 0; i < barCount(); ++i) {
            const QString &text = m_bars.at(i).label;
            const int w = fm.horizontalAdvance(text);
            const QRect box(m_barRects.at(i).center().x() - w / 2, m_plot.bottom() + 2, w, line);
            m_barLabels.append(i % every == 0 ? place(text, box, Qt::AlignCenter) : Label{text, {}, 0});
        }
        return;
    }

    const int labelWidth = std::max(0, m_plot.left() - line / 2);
    for (int i = 0; i < barCount(); ++i) {
        const QRect bar = m_barRects.at(i);
        const QString name = fm.elidedText(m_bars.at(i).label, Qt::ElideRight, labelWidth);
        const int w = fm.horizontalAdvance(name);
        const int top = bar.center().y() - line / 2;
        m_barLabels.append(place(name, QRect(labelWidth - w, top, w, line), Qt::AlignRight | Qt::AlignVCenter));
    }
    for (int i = 0; i < barCount(); ++i) {
        const QRect bar = m_barRects.at(i);
        const QString amount = moneyText(barTotal(i));
        const int w = fm.horizontalAdvance(amount);
        const int left = (bar.width() > 0 ? bar.right() + 1 : bar.left()) + line / 4;
        m_amountLabels.append(place(amount, QRect(left, bar.center().y() - line / 2, w, line),
                                    Qt::AlignLeft | Qt::AlignVCenter));
    }
}

QList<QRect> BarChart::labelRects() const
{
    ensureLayout();
    QList<QRect> rects;
    for (const QList<Label> *labels : {&m_tickLabels, &m_barLabels, &m_amountLabels}) {
        for (const Label &label : *labels) {
            if (!label.box.isEmpty())
                rects.append(label.box);
        }
    }
    return rects;
}

QList<qint64> BarChart::axisTicks() const
{
    ensureLayout();
    QList<qint64> ticks;
    if (m_axisStep > 0 && barCount() > 0) {
        for (qint64 v = 0; v <= m_axisMax; v += m_axisStep)
            ticks.append(v);
    }
    return ticks;
}

void BarChart::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    if (barCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    if (m_barRects.size() != barCount())
        return; // too small to hold a plot (relayout() placed no bar)
    paintAxis(painter);
    paintBars(painter);
    paintLegend(painter);
}

void BarChart::paintAxis(QPainter &painter) const
{
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    const bool vertical = m_orientation == Qt::Vertical;
    painter.setPen(grid);
    for (qint64 v = 0; v <= m_axisMax; v += m_axisStep) {
        if (vertical) {
            const int y = m_plot.bottom() - int(std::llround(double(v) * (m_plot.height() - 1) / double(m_axisMax)));
            painter.drawLine(m_plot.left(), y, m_plot.right(), y);
        } else {
            const int x = m_plot.left() + int(std::llround(double(v) * (m_plot.width() - 1) / double(m_axisMax)));
            painter.drawLine(x, m_plot.top(), x, m_plot.bottom());
        }
    }
    painter.setPen(text);
    if (vertical)
        painter.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    else
        painter.drawLine(m_plot.topLeft(), m_plot.bottomLeft());
    for (const QList<Label> *labels : {&m_tickLabels, &m_barLabels, &m_amountLabels}) {
        for (const Label &label : *labels) {
            if (!label.box.isEmpty())
                painter.drawText(label.box, label.flags, label.text);
        }
    }
}

void BarChart::paintBars(QPainter &painter) const
{
    const QColor separator = palette().color(QPalette::Window);
    QColor hatch = palette().color(QPalette::Window);
    hatch.setAlphaF(0.6f);
    for (int i = 0; i < barCount(); ++i) {
        const int segments = std::max(1, int(m_bars.at(i).values.size()));
        for (int s = 0; s < segments; ++s) {
            const QRect segment = m_bars.at(i).values.isEmpty() ? QRect() : segmentRect(i, s);
            if (segment.isEmpty())
                continue;
            painter.fillRect(segment, seriesColor(s));
            if (i == m_provisional)
                painter.fillRect(segment, QBrush(hatch, Qt::BDiagPattern));
            // A line of the window's colour between stacked segments: next to each other,
            // two colours are told apart by more than their hue.
            if (m_series.size() > 1) {
                painter.setPen(separator);
                if (m_orientation == Qt::Vertical)
                    painter.drawLine(segment.topLeft(), segment.topRight());
                else
                    painter.drawLine(segment.topRight(), segment.bottomRight());
            }
        }
        if (i == m_hovered && !m_barRects.at(i).isEmpty()) {
            painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(m_barRects.at(i).adjusted(0, 0, -1, -1));
        }
    }
    if (hasFocus() && m_current >= 0) {
        const QRect bar = m_barRects.at(m_current);
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = m_orientation == Qt::Vertical
            ? QRect(bar.left() - 2, m_plot.top(), bar.width() + 4, m_plot.height() + 1)
            : QRect(m_plot.left() - 1, bar.top() - 2, m_plot.width() + 2, bar.height() + 4);
        option.backgroundColor = palette().color(QPalette::Window);
        // Styles such as Fusion draw it only after a Tab; here it is the only mark of the
        // current bar, which a click and the arrow keys move too.
        option.state |= QStyle::State_KeyboardFocusChange;
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void BarChart::paintLegend(QPainter &painter) const
{
    if (m_legend.isEmpty())
        return;
    const QFontMetrics fm = fontMetrics();
    const int swatch = fm.ascent();
    QColor hatch = palette().color(QPalette::Window);
    hatch.setAlphaF(0.6f);
    painter.setPen(palette().color(QPalette::WindowText));
    for (const LegendItem &item : legendItems(*this, fm, m_legend.width())) {
        const QRect box = item.box.translated(m_legend.topLeft());
        const QRect square(box.left(), box.top() + (box.height() - swatch) / 2, swatch, swatch);
        painter.fillRect(square, item.color);
        if (item.hatched)
            painter.fillRect(square, QBrush(hatch, Qt::BDiagPattern));
        painter.drawText(box.adjusted(swatch + fm.height() / 2 / 2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         item.name);
    }
}
