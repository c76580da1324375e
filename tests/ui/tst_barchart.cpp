// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// BarChart from known data: geometry, stacking, colours in the rendered image, keyboard,
// mouse and what a screen reader is told. ORGDESK_CHART_PNG_DIR=<dir> saves the renders.

#include "barchart.h"

#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Dollar = 1000000;

BarChartBar bar(const QString &label, QList<qint64> values, const QString &longLabel = {})
{
    return {label, longLabel, std::move(values)};
}

// Three days of two line items; the last day is today, provisional.
void fillDaily(BarChart &chart)
{
    chart.setData({u"gpt-4o, output"_s, u"gpt-4o, input"_s},
                  {bar(u"Nov 1"_s, {3 * Dollar, 1 * Dollar}, u"November 1"_s),
                   bar(u"Nov 2"_s, {0, 2 * Dollar}, u"November 2"_s),
                   bar(u"Nov 3"_s, {1 * Dollar, Dollar / 2}, u"November 3"_s)},
                  u"usd"_s);
    chart.setProvisionalBar(2);
    chart.setTitle(u"Daily cost of Support Copilot"_s);
}

QImage render(BarChart &chart, qreal ratio = 1)
{
    QImage image(chart.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(chart.palette().color(QPalette::Window));
    chart.render(&image);
    return image;
}

void save(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("ORGDESK_CHART_PNG_DIR");
    if (!dir.isEmpty())
        image.save(dir + u"/"_s + name + u".png"_s);
}

// The spend dock's data: ten projects, the first one costing tens of thousands of dollars.
void fillTopSpenders(BarChart &chart)
{
    QList<BarChartBar> bars;
    const qint64 amounts[] = {48'213'450'000, 21'004'000'000, 9'870'120'000, 5'400'000'000,
                              1'234'560'000, 880'000'000, 120'330'000, 45'000'000, 3'210'000, 10'000};
    for (int i = 0; i < 10; ++i)
        bars.append(bar(u"Project with a long name %1"_s.arg(i + 1), {amounts[i]}));
    chart.setOrientation(Qt::Horizontal);
    chart.setData({}, bars, u"usd"_s);
}

// Thirty days of two line items, today provisional: the Costs tab's data.
void fillThirtyDays(BarChart &chart)
{
    QList<BarChartBar> bars;
    for (int day = 0; day < 30; ++day)
        bars.append(bar(u"Sep %1"_s.arg(day + 1), {qint64(day % 7) * 1'234'567'000, 987'650'000}));
    chart.setData({u"gpt-4o, output"_s, u"gpt-4o, input"_s}, bars, u"usd"_s);
    chart.setProvisionalBar(29);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::PlaceholderText, QColor(0xaa, 0xaa, 0xaa));
    return p;
}

} // namespace

class TestBarChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void barGeometry();
    void stackingOrderAndTotals();
    void renderedColours_data();
    void renderedColours();
    void thirtyDays();
    void horizontalBars();
    void keyboardMovesTheCurrentBar();
    void clickActivates();
    void texts();
    void accessibleInterface();
    void emptyState();

    // Issue #19: the axis of a narrow chart (the spend dock, the Costs tab).
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
};

void TestBarChart::barGeometry()
{
    BarChart chart;
    chart.resize(480, 300);
    chart.setData({}, {bar(u"a"_s, {1 * Dollar}), bar(u"b"_s, {2 * Dollar}), bar(u"c"_s, {0})}, u"usd"_s);
    QCOMPARE(chart.barCount(), 3);
    QCOMPARE(chart.maximum(), 2 * Dollar);
    const QRect a = chart.barRect(0);
    const QRect b = chart.barRect(1);
    QVERIFY(!a.isEmpty());
    QVERIFY(chart.barRect(2).isEmpty()); // nothing spent: no bar, but a slot to click
    QVERIFY(chart.barRect(3).isNull());
    // On one baseline, left to right, of one width, heights in proportion.
    QCOMPARE(a.bottom(), b.bottom());
    QVERIFY(a.right() < b.left());
    QVERIFY(b.right() < chart.barRect(2).left());
    QCOMPARE(a.width(), b.width());
    QVERIFY2(std::abs(b.height() - 2 * a.height()) <= 1, qPrintable(u"%1 %2"_s.arg(a.height()).arg(b.height())));
    QVERIFY(chart.rect().contains(a) && chart.rect().contains(b));

    // A resize moves the bars with the widget.
    chart.resize(960, 600);
    QVERIFY(chart.barRect(1).height() > b.height() * 3 / 2);
    QCOMPARE(chart.barAt(chart.barRect(1).center()), 1);
    QCOMPARE(chart.barAt(QPoint(0, 0)), -1);

    // Too small for a plot (a dock squeezed shut): no bar is placed and painting draws none
    // (it read past the bars' rectangles and crashed, found by the fault matrix).
    for (const Qt::Orientation orientation : {Qt::Vertical, Qt::Horizontal}) {
        chart.setOrientation(orientation);
        chart.resize(10, 10);
        QVERIFY(chart.barRect(0).isNull());
        QCOMPARE(render(chart).size(), QSize(10, 10));
    }
}

void TestBarChart::stackingOrderAndTotals()
{
    BarChart chart;
    chart.resize(480, 300);
    fillDaily(chart);
    QCOMPARE(chart.barTotal(0), 4 * Dollar);
    QCOMPARE(chart.barTotal(1), 2 * Dollar);
    QCOMPARE(chart.barTotal(2), 3 * Dollar / 2);
    // The first series at the bottom, the next on top of it, together the whole bar.
    const QRect first = chart.segmentRect(0, 0);
    const QRect second = chart.segmentRect(0, 1);
    QCOMPARE(first.bottom(), chart.barRect(0).bottom());
    QCOMPARE(second.bottom() + 1, first.top());
    QCOMPARE(second.top(), chart.barRect(0).top());
    QCOMPARE(first.united(second), chart.barRect(0));
    QVERIFY2(std::abs(first.height() - 3 * second.height()) <= 2,
             qPrintable(u"%1 %2"_s.arg(first.height()).arg(second.height())));
    QVERIFY(chart.segmentRect(1, 0).isEmpty()); // nothing of that series that day
    QCOMPARE(chart.segmentRect(1, 1), chart.barRect(1));
    // Bar heights follow the totals: 4 : 2.
    QVERIFY(std::abs(chart.barRect(0).height() - 2 * chart.barRect(1).height()) <= 1);
}

void TestBarChart::renderedColours_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("light") << false << 1.0;
    QTest::newRow("dark") << true << 1.0;
    QTest::newRow("light at 200 %") << false << 2.0;
}

void TestBarChart::renderedColours()
{
    QFETCH(bool, dark);
    QFETCH(qreal, ratio);
    BarChart chart;
    if (dark)
        chart.setPalette(darkPalette());
    chart.resize(480, 300);
    fillDaily(chart);
    const QImage image = render(chart, ratio);
    QCOMPARE(image.size(), QSize(480, 300) * ratio);
    save(image, u"barchart-%1-%2x"_s.arg(dark ? u"dark"_s : u"light"_s).arg(ratio));
    const auto pixel = [&](const QPoint &p) { return image.pixelColor((QPointF(p) * ratio).toPoint()); };
    QCOMPARE(pixel(chart.segmentRect(0, 0).center()), chart.seriesColor(0));
    QCOMPARE(pixel(chart.segmentRect(0, 1).center()), chart.seriesColor(1));
    QVERIFY(chart.seriesColor(0) != chart.seriesColor(1));
    // Above the bar: the window.
    QCOMPARE(pixel(chart.barRect(0).topLeft() - QPoint(0, 3)).rgb(),
             chart.palette().color(QPalette::Window).rgb());
    // The provisional bar is hatched: not all of it is the series colour.
    const QRect today = chart.segmentRect(2, 0);
    const QRect pixels(today.topLeft() * ratio, today.size() * ratio);
    int plain = 0;
    for (int x = pixels.left(); x <= pixels.right(); ++x)
        plain += image.pixelColor(x, pixels.center().y()) == chart.seriesColor(0) ? 1 : 0;
    QVERIFY2(plain < pixels.width(), qPrintable(u"%1 of %2"_s.arg(plain).arg(pixels.width())));
}

void TestBarChart::thirtyDays()
{
    // A month of a project with four line items, today provisional: thin bars, all inside.
    QStringList series{u"gpt-4o-2024-08-06, output"_s, u"gpt-4o-2024-08-06, input"_s,
                       u"web search tool calls"_s, u"file search storage"_s};
    QList<BarChartBar> bars;
    for (int day = 0; day < 30; ++day) {
        const qint64 base = (day * 7919 % 23) * Dollar / 7;
        bars.append(bar(u"Nov %1"_s.arg(day + 1), {base, base / 3, day % 4 ? 0 : Dollar, 12345}));
    }
    BarChart chart;
    chart.resize(640, 280);
    chart.setData(series, bars, u"usd"_s);
    chart.setProvisionalBar(29);
    for (int i = 0; i < 30; ++i) {
        QVERIFY(chart.rect().contains(chart.barRect(i)) || chart.barRect(i).isEmpty());
        if (i > 0)
            QVERIFY(chart.barRect(i - 1).right() < chart.barRect(i).left());
    }
    save(render(chart), u"barchart-thirty-days"_s);
    chart.setPalette(darkPalette());
    save(render(chart), u"barchart-thirty-days-dark"_s);
}

void TestBarChart::horizontalBars()
{
    BarChart chart;
    chart.setOrientation(Qt::Horizontal);
    chart.resize(480, 240);
    chart.setData({}, {bar(u"Support Copilot"_s, {50 * Dollar}), bar(u"Billing API"_s, {20 * Dollar}),
                       bar(u"Hackathon"_s, {5 * Dollar})}, u"usd"_s);
    const QRect top = chart.barRect(0);
    const QRect second = chart.barRect(1);
    QCOMPARE(top.left(), second.left());
    QVERIFY(top.bottom() < second.top());
    QCOMPARE(top.height(), second.height());
    QVERIFY2(std::abs(top.width() * 2 - second.width() * 5) <= 5, qPrintable(u"%1 %2"_s.arg(top.width()).arg(second.width())));
    const QImage image = render(chart);
    save(image, u"barchart-horizontal"_s);
    QCOMPARE(image.pixelColor(top.center()), chart.palette().color(QPalette::Highlight));

    chart.show();
    chart.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&chart));
    QCOMPARE(chart.currentBar(), 0);
    QTest::keyClick(&chart, Qt::Key_Down);
    QCOMPARE(chart.currentBar(), 1);
    QTest::keyClick(&chart, Qt::Key_Right); // not this orientation's key
    QCOMPARE(chart.currentBar(), 1);
    QTest::keyClick(&chart, Qt::Key_Up);
    QCOMPARE(chart.currentBar(), 0);
}

void TestBarChart::keyboardMovesTheCurrentBar()
{
    BarChart chart;
    chart.resize(480, 300);
    fillDaily(chart);
    chart.show();
    chart.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&chart));
    QSignalSpy current(&chart, &BarChart::currentBarChanged);
    QSignalSpy activated(&chart, &BarChart::barActivated);
    QCOMPARE(chart.currentBar(), 0);
    QTest::keyClick(&chart, Qt::Key_Right);
    QCOMPARE(chart.currentBar(), 1);
    QTest::keyClick(&chart, Qt::Key_Right);
    QTest::keyClick(&chart, Qt::Key_Right); // stays on the last
    QCOMPARE(chart.currentBar(), 2);
    QTest::keyClick(&chart, Qt::Key_Home);
    QCOMPARE(chart.currentBar(), 0);
    QTest::keyClick(&chart, Qt::Key_End);
    QCOMPARE(chart.currentBar(), 2);
    QTest::keyClick(&chart, Qt::Key_Left);
    QCOMPARE(current.size(), 5); // 1, 2, 0, 2, 1: not when it stays
    QCOMPARE(current.constLast().first().toInt(), 1);
    QTest::keyClick(&chart, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), 1);
    // The focus rect is drawn beside the current bar, and goes with the focus.
    const QImage focused = render(chart);
    chart.clearFocus();
    QTRY_VERIFY(!chart.hasFocus());
    const QImage unfocused = render(chart);
    const int x = chart.barRect(1).left() - 2;
    bool framed = false;
    for (int y = 0; y < focused.height() && !framed; ++y)
        framed = focused.pixelColor(x, y) != unfocused.pixelColor(x, y);
    QVERIFY(framed);
    save(focused, u"barchart-focused"_s);
}

void TestBarChart::clickActivates()
{
    BarChart chart;
    chart.resize(480, 300);
    fillDaily(chart);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy activated(&chart, &BarChart::barActivated);
    QTest::mouseClick(&chart, Qt::LeftButton, {}, chart.barRect(2).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), 2);
    QCOMPARE(chart.currentBar(), 2);
    // Above a low bar, in its slot, still that bar.
    QTest::mouseClick(&chart, Qt::LeftButton, {}, chart.barRect(1).topLeft() - QPoint(-1, 10));
    QCOMPARE(activated.constLast().first().toInt(), 1);
    QTest::mouseClick(&chart, Qt::LeftButton, {}, QPoint(1, 1));
    QCOMPARE(activated.size(), 2);
}

void TestBarChart::texts()
{
    BarChart chart;
    fillDaily(chart);
    QCOMPARE(chart.barText(0), u"November 1: $4.00"_s);
    QCOMPARE(chart.barText(2), u"November 3: $1.50 (provisional)"_s);
    // Most first; a line item with nothing that day left out.
    QCOMPARE(chart.barDetails(0), u"gpt-4o, output: $3.00; gpt-4o, input: $1.00"_s);
    QCOMPARE(chart.barDetails(1), u"gpt-4o, input: $2.00"_s);
    QCOMPARE(chart.summary(), u"3 bars, total $7.50, highest November 1 ($4.00)"_s);
    chart.setLocale(QLocale(QLocale::German, QLocale::Germany));
    chart.setData({}, {bar(u"1. Nov."_s, {1234560000})}, u"eur"_s);
    QCOMPARE(chart.barText(0), u"1. Nov.: 1.234,56\u00a0€"_s);
}

void TestBarChart::accessibleInterface()
{
    BarChart chart;
    chart.resize(480, 300);
    fillDaily(chart);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&chart);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::List);
    QCOMPARE(iface->text(QAccessible::Name), u"Daily cost of Support Copilot"_s);
    QCOMPARE(iface->text(QAccessible::Description), chart.summary());
    QCOMPARE(iface->childCount(), 3);
    QAccessibleInterface *second = iface->child(1);
    QVERIFY(second);
    QCOMPARE(second->role(), QAccessible::ListItem);
    QCOMPARE(second->text(QAccessible::Name), u"November 2: $2.00"_s);
    QCOMPARE(second->text(QAccessible::Description), u"gpt-4o, input: $2.00"_s);
    QCOMPARE(second->parent(), iface);
    QCOMPARE(iface->indexOfChild(second), 1);
    QCOMPARE(iface->child(1), second); // the same interface each time
    QCOMPARE(second->rect(), QRect(chart.mapToGlobal(chart.barRect(1).topLeft()), chart.barRect(1).size()));
    QCOMPARE(iface->childAt(second->rect().center().x(), second->rect().center().y()), second);
    QCOMPARE(iface->child(2)->text(QAccessible::Name), u"November 3: $1.50 (provisional)"_s);

    // Keyboard focus moves the accessible focus.
    chart.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&chart));
    QTest::keyClick(&chart, Qt::Key_Right);
    QCOMPARE(iface->focusChild(), second);
    QVERIFY(second->state().focused);
    QVERIFY(!iface->child(0)->state().selected);

    // New data: the items read what is there now; one past the end is gone.
    QAccessibleInterface *third = iface->child(2);
    chart.setData({}, {bar(u"a"_s, {Dollar}), bar(u"b"_s, {2 * Dollar})}, u"usd"_s);
    QCOMPARE(iface->childCount(), 2);
    QCOMPARE(second->text(QAccessible::Name), u"b: $2.00"_s);
    QVERIFY(!third->isValid());
    QVERIFY(!iface->child(2));
}

void TestBarChart::emptyState()
{
    BarChart chart;
    chart.resize(480, 300);
    chart.setData({}, {}, u"usd"_s);
    QCOMPARE(chart.barCount(), 0);
    QCOMPARE(chart.currentBar(), -1);
    QVERIFY(chart.barRect(0).isNull());
    QCOMPARE(chart.summary(), u"No costs in this period"_s);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&chart);
    QCOMPARE(iface->childCount(), 0);
    QCOMPARE(iface->text(QAccessible::Description), u"No costs in this period"_s);
    // The text is painted: the middle row is not all window colour.
    const QImage image = render(chart);
    save(image, u"barchart-empty"_s);
    const QColor window = chart.palette().color(QPalette::Window);
    bool drawn = false;
    for (int x = 0; x < image.width() && !drawn; ++x)
        drawn = image.pixelColor(x, image.height() / 2) != window;
    QVERIFY(drawn);
    // Enter with no bar activates nothing.
    QSignalSpy activated(&chart, &BarChart::barActivated);
    QTest::keyClick(&chart, Qt::Key_Return);
    QCOMPARE(activated.size(), 0);
}

// Issue #19: the axis of a narrow chart -----------------------------------------------------

void TestBarChart::labelsNeverOverlap_data()
{
    QTest::addColumn<bool>("horizontal");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("minimumTickLabels");
    // The spend dock from its narrowest to a wide one.
    QTest::newRow("dock 150") << true << QSize(150, 320) << 1;
    QTest::newRow("dock 220") << true << QSize(220, 320) << 1;
    QTest::newRow("dock 280") << true << QSize(280, 320) << 2;
    QTest::newRow("dock 360") << true << QSize(360, 320) << 2;
    QTest::newRow("dock 800") << true << QSize(800, 400) << 3;
    QTest::newRow("dock short") << true << QSize(360, 110) << 2;
    // The Costs tab's chart, narrow and low.
    QTest::newRow("tab 200") << false << QSize(200, 240) << 2;
    QTest::newRow("tab 320") << false << QSize(320, 240) << 2;
    QTest::newRow("tab low") << false << QSize(600, 110) << 2;
    QTest::newRow("tab 900") << false << QSize(900, 400) << 3;
}

void TestBarChart::labelsNeverOverlap()
{
    QFETCH(bool, horizontal);
    QFETCH(QSize, size);
    QFETCH(int, minimumTickLabels);
    BarChart chart;
    chart.resize(size);
    if (horizontal)
        fillTopSpenders(chart);
    else
        fillThirtyDays(chart);
    const QImage image = render(chart);
    save(image, u"barchart-%1-%2x%3"_s.arg(horizontal ? u"horizontal"_s : u"vertical"_s)
                    .arg(size.width()).arg(size.height()));

    const QList<QRect> labels = chart.labelRects();
    QVERIFY(!labels.isEmpty());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QVERIFY2(chart.rect().contains(labels.at(i)), qPrintable(u"label %1 outside"_s.arg(i)));
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            QVERIFY2(!labels.at(i).intersects(labels.at(j)),
                     qPrintable(u"labels %1 and %2 overlap: %3,%4 %5x%6 and %7,%8 %9x%10"_s.arg(i).arg(j)
                                    .arg(labels.at(i).x()).arg(labels.at(i).y())
                                    .arg(labels.at(i).width()).arg(labels.at(i).height())
                                    .arg(labels.at(j).x()).arg(labels.at(j).y())
                                    .arg(labels.at(j).width()).arg(labels.at(j).height())));
        }
    }
    // The axis keeps what it has room for: the amounts still read at the axis.
    const QList<qint64> ticks = chart.axisTicks();
    QVERIFY(ticks.size() >= 2);
    QVERIFY(ticks.constLast() >= chart.maximum());
    const QFontMetrics fm = chart.fontMetrics();
    int tickLabels = 0;
    for (const QRect &label : labels) {
        // Tick labels sit under the plot (horizontal) or left of it (vertical), one line high.
        const bool tick = horizontal ? label.top() > chart.barRect(9).bottom()
                                     : label.right() < chart.barRect(0).left()
                                           && label.bottom() <= chart.barRect(0).bottom() + fm.height() / 2 + 1;
        tickLabels += tick ? 1 : 0;
    }
    QVERIFY2(tickLabels >= minimumTickLabels, qPrintable(QString::number(tickLabels)));
    if (size.width() >= 800) {
        // Room enough: the same ticks as on a chart of any size, none dropped.
        BarChart wide;
        wide.resize(2000, 1000);
        if (horizontal)
            fillTopSpenders(wide);
        else
            fillThirtyDays(wide);
        QCOMPARE(ticks, wide.axisTicks());
        QCOMPARE(tickLabels, int(ticks.size()));
    }
    if (!horizontal && size.width() >= 320) {
        // Every few days labelled, never none.
        int dayLabels = 0;
        for (const QRect &label : labels)
            dayLabels += label.top() > chart.barRect(0).bottom() ? 1 : 0;
        QVERIFY(dayLabels >= 3);
    }
}

QTEST_MAIN(TestBarChart)
#include "tst_barchart.moc"
