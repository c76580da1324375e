// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessibleWidget>
#include <QHash>

class BarChart;

/// What a screen reader is told of a BarChart: a list named by the chart's title and
/// described by its summary, with one item per bar ("Nov 3: $12.50", its line items as the
/// description). A list rather than a chart role: screen readers know how to walk a list and
/// say "3 of 30"; the current bar is the focused, selected item.
class BarChartAccessible : public QAccessibleWidget
{
public:
    explicit BarChartAccessible(BarChart *chart);
    ~BarChartAccessible() override;

    /// For QAccessible::installFactory().
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    [[nodiscard]] QString text(QAccessible::Text t) const override;
    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface *child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *child) const override;
    [[nodiscard]] QAccessibleInterface *childAt(int x, int y) const override;
    [[nodiscard]] QAccessibleInterface *focusChild() const override;

    [[nodiscard]] BarChart *chart() const;

private:
    /// The bars' interfaces, made on demand and kept (Qt owns them once registered).
    mutable QHash<int, QAccessible::Id> m_bars;
};
