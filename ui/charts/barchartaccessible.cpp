// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "barchartaccessible.h"

#include "barchart.h"

#include <QPointer>

namespace {

// One bar, read live from the chart: after new data it says what is there now, and it is
// no longer valid once its index is past the last bar.
class BarAccessible : public QAccessibleInterface
{
public:
    BarAccessible(BarChart *chart, int index) : m_chart(chart), m_index(index) { }

    bool isValid() const override { return m_chart && m_index < m_chart->barCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return parent() ? parent()->window() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_chart ? QAccessible::queryAccessibleInterface(m_chart) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override { }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_chart->barText(m_index);
        if (t == QAccessible::Description)
            return m_chart->barDetails(m_index);
        return {};
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect bar = m_chart->barRect(m_index);
        return QRect(m_chart->mapToGlobal(bar.topLeft()), bar.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.focusable = true;
        s.selected = m_chart->currentBar() == m_index;
        s.focused = s.selected && m_chart->hasFocus();
        s.invisible = !m_chart->isVisible();
        return s;
    }

    int index() const { return m_index; }

private:
    QPointer<BarChart> m_chart;
    int m_index;
};

} // namespace

BarChartAccessible::BarChartAccessible(BarChart *chart)
    : QAccessibleWidget(chart, QAccessible::List)
{
}

BarChartAccessible::~BarChartAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_bars))
        QAccessible::deleteAccessibleInterface(id);
}

QAccessibleInterface *BarChartAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("BarChart") && object && object->isWidgetType())
        return new BarChartAccessible(static_cast<BarChart *>(object));
    return nullptr;
}

BarChart *BarChartAccessible::chart() const
{
    return static_cast<BarChart *>(widget());
}

QString BarChartAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name && !chart()->title().isEmpty())
        return chart()->title();
    if (t == QAccessible::Description)
        return chart()->summary();
    return QAccessibleWidget::text(t);
}

int BarChartAccessible::childCount() const
{
    return chart()->barCount();
}

QAccessibleInterface *BarChartAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto it = m_bars.constFind(index); it != m_bars.cend())
        return QAccessible::accessibleInterface(*it);
    auto *bar = new BarAccessible(chart(), index);
    m_bars.insert(index, QAccessible::registerAccessibleInterface(bar));
    return bar;
}

int BarChartAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it) {
        if (QAccessible::accessibleInterface(*it) == child)
            return it.key() < childCount() ? it.key() : -1;
    }
    return -1;
}

QAccessibleInterface *BarChartAccessible::childAt(int x, int y) const
{
    const int index = chart()->barAt(chart()->mapFromGlobal(QPoint(x, y)));
    return index >= 0 ? child(index) : nullptr;
}

QAccessibleInterface *BarChartAccessible::focusChild() const
{
    return chart()->hasFocus() && chart()->currentBar() >= 0 ? child(chart()->currentBar()) : nullptr;
}
