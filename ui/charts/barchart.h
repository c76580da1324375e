// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QWidget>

/// One bar of a BarChart: a label and one amount per series, stacked in series order.
struct BarChartBar
{
    QString label;       ///< under (or beside) the bar: "Nov 3", a project's name
    QString longLabel;   ///< for the tooltip and screen readers; empty: the label
    QList<qint64> values; ///< micro-units of the chart's currency, one per series (missing: 0)
};

/// A small bar chart of money, painted with QPainter: vertical bars (one per day, stacked by
/// series such as line items) or horizontal bars (top projects). The axis shows amounts
/// formatted by the locale in the currency the data names; each bar has a tooltip; one bar
/// may be marked provisional (today's, still growing). Colours come from a fixed set that is
/// told apart with colour-blindness and reads on light and dark palettes.
///
/// Keyboard: Left/Right (Up/Down when horizontal), Home and End move the current bar; Enter,
/// Return or Space activate it, as a click does. Screen readers get the chart as a list named
/// by its title, described by a summary, with one item per bar that reads its amounts.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);
    ~BarChart() override;

    /// Vertical (default): bars stand on the axis; horizontal: bars grow to the right.
    void setOrientation(Qt::Orientation orientation);
    [[nodiscard]] Qt::Orientation orientation() const { return m_orientation; }

    /// Replaces the data: series names (stacked in this order; none or one: plain bars),
    /// the bars, and the currency of every amount (lowercase ISO 4217).
    void setData(const QStringList &series, const QList<BarChartBar> &bars, const QString &currency);
    [[nodiscard]] QStringList series() const { return m_series; }
    [[nodiscard]] QString currency() const { return m_currency; }
    [[nodiscard]] int barCount() const { return int(m_bars.size()); }
    [[nodiscard]] const BarChartBar &bar(int index) const { return m_bars.at(index); }
    [[nodiscard]] qint64 barTotal(int index) const;
    /// The highest bar total, the axis's reach before rounding up.
    [[nodiscard]] qint64 maximum() const;

    /// The bar (e.g. today's) whose amount is not final; -1: none.
    void setProvisionalBar(int index);
    [[nodiscard]] int provisionalBar() const { return m_provisional; }

    /// What the chart is about, for its accessible name (e.g. "Daily cost of Support Copilot").
    void setTitle(const QString &title);
    [[nodiscard]] QString title() const { return m_title; }
    /// Shown instead of bars when there are none (default: "No costs in this period").
    void setEmptyText(const QString &text);
    [[nodiscard]] QString emptyText() const { return m_emptyText; }

    /// -1 when there are no bars.
    [[nodiscard]] int currentBar() const { return m_current; }
    void setCurrentBar(int index);

    /// The whole bar (every segment) in widget coordinates; empty for an index out of range
    /// or a bar of zero.
    [[nodiscard]] QRect barRect(int index) const;
    /// One series' segment of a bar; empty when that amount is zero.
    [[nodiscard]] QRect segmentRect(int index, int series) const;
    /// Every piece of text the chart paints around its plot (axis amounts, bar labels, amounts
    /// beside horizontal bars), as the rectangle it takes in widget coordinates. Labels that
    /// would overlap one drawn before them are left out (their bars keep their tooltips and
    /// accessible text), so these never intersect and all lie within the widget.
    [[nodiscard]] QList<QRect> labelRects() const;
    /// The axis's amounts, zero first (fewer when the chart is small).
    [[nodiscard]] QList<qint64> axisTicks() const;
    /// The bar under @p pos, or -1.
    [[nodiscard]] int barAt(const QPoint &pos) const;
    [[nodiscard]] QColor seriesColor(int series) const;

    /// "Nov 3: $12.50", with "(provisional)" when it is the provisional bar.
    [[nodiscard]] QString barText(int index) const;
    /// Each series' amount of the bar, most first: "gpt-4o, output: $3.00; …".
    [[nodiscard]] QString barDetails(int index) const;
    /// "30 bars, total $120.00, highest Nov 3 ($12.50)": what a screen reader hears first.
    [[nodiscard]] QString summary() const;
    /// @p micros in the chart's currency, formatted by the widget's locale.
    [[nodiscard]] QString moneyText(qint64 micros, int decimals = 2) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A bar was clicked, or Enter/Return/Space pressed on the current one.
    void barActivated(int index);
    void currentBarChanged(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Computes the geometry below for the current size, font and data, if not done yet.
    void ensureLayout() const;
    void relayout() const;
    void dataChanged();
    void paintAxis(QPainter &painter) const;
    void paintBars(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    [[nodiscard]] QString axisText(qint64 micros) const;
    /// Chooses the axis's step: as many ticks (up to four) as leave room between their labels
    /// along @p length pixels of axis.
    void chooseAxisStep(int length) const;
    /// Places the labels of the axis and the bars once the plot and the bars are placed.
    void placeLabels() const;

    /// A text and where it goes (an empty box: left out for want of room).
    struct Label
    {
        QString text;
        QRect box;
        int flags = Qt::AlignCenter;
    };

    Qt::Orientation m_orientation = Qt::Vertical;
    QStringList m_series;
    QList<BarChartBar> m_bars;
    QString m_currency;
    QString m_title;
    QString m_emptyText;
    int m_provisional = -1;
    int m_current = -1;
    int m_hovered = -1;
    // Geometry, computed on demand (a hidden widget gets no resize events) by relayout().
    mutable bool m_layoutValid = false;
    mutable QSize m_layoutSize;
    mutable QRect m_plot;          ///< where bars are drawn
    mutable QRect m_legend;        ///< the series legend (vertical, more than one series)
    mutable qint64 m_axisMax = 0;  ///< the axis's top, a round number >= maximum()
    mutable qint64 m_axisStep = 0;
    mutable QList<QRect> m_barRects;
    mutable QList<Label> m_tickLabels;   ///< one per tick, zero first
    mutable QList<Label> m_barLabels;    ///< one per bar: its label (under it, or left of it)
    mutable QList<Label> m_amountLabels; ///< horizontal: one per bar, its total after it
};
