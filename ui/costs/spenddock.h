// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>
#include <QList>
#include <QString>

class BarChart;
class QLabel;

/// The organization's top spenders over the period as a horizontal bar chart, in a dock
/// beside the project table. Activating a bar (click, or Enter on the current one) asks for
/// that project to be selected.
class SpendDock : public QDockWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString projectId;
        QString name;   ///< shown; the id when the project is not listed yet
        qint64 micros = 0;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    static constexpr int TopCount = 10;

    explicit SpendDock(QWidget *parent = nullptr);

    /// The bars, most first, in @p currency, over the last @p days.
    void setEntries(const QList<Entry> &entries, const QString &currency, int days);
    /// A sentence instead of the chart (loading, failed, spend off); empty: the chart.
    void setStatusText(const QString &text);

    [[nodiscard]] BarChart *chart() const { return m_chart; }
    [[nodiscard]] QList<Entry> entries() const { return m_entries; }

Q_SIGNALS:
    void projectActivated(const QString &projectId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QList<Entry> m_entries;
    QLabel *m_status;
    BarChart *m_chart;
};
