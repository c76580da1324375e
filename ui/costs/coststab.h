// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "costsaggregator.h"
#include "projecttab.h"

#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

class AdminApiClient;
class BarChart;
class MessageArea;
class QLabel;
class QPushButton;
class QTreeWidget;

/// The Costs tab of the project workspace: the selected project's daily cost over the period
/// as bars stacked by line item, its total, and its most expensive line items.
///
/// One request (project_ids + group_by=line_item, one bucket a day) when the tab is shown for
/// a project it has not loaded; what it loaded is kept per project until refresh() or a new
/// period. An answer for a project no longer selected is dropped. Today's bar is provisional.
/// The period starts as the spend column's (AppSettings); connect
/// SpendController::periodChanged() to setPeriodDays() to follow it.
class CostsTab : public ProjectTab
{
    Q_OBJECT
public:
    enum class State { NoProject, Loading, Loaded, Failed };
    static constexpr int TopLineItems = 5;

    explicit CostsTab(AdminApiClient *client, QWidget *parent = nullptr);
    ~CostsTab() override;

    void setProject(const std::optional<Project> &project) override;
    void refresh() override;
    void forgetAll() override;

    /// 7, 30 or 90 days ending today (0 is taken as 30: the tab has no "off"). Forgets what
    /// was kept; loads again if shown.
    void setPeriodDays(int days);
    [[nodiscard]] int periodDays() const { return m_days; }
    /// Unix seconds now (tests use the sandbox's clock); default: the system clock.
    void setClock(std::function<qint64()> nowSecs);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] BarChart *chart() const { return m_chart; }
    [[nodiscard]] ApiError error() const { return m_error; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadIfNeeded();
    void load();
    void showSeries(const CostsAggregator::DailySeries &series);
    void showFailure(const ApiError &error);
    void setState(State state);
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] qint64 periodStart() const;

    QPointer<AdminApiClient> m_client;
    std::function<qint64()> m_clock;
    int m_days = 30;
    std::optional<Project> m_project;
    State m_state = State::NoProject;
    ApiError m_error;
    QHash<QString, CostsAggregator::DailySeries> m_kept; ///< by project id
    QObject *m_requestContext = nullptr; ///< the request in flight's; deleted to drop its answer

    QLabel *m_status;
    QLabel *m_total;
    BarChart *m_chart;
    QLabel *m_itemsCaption;
    QTreeWidget *m_items;
    QWidget *m_errorPanel = nullptr;
    MessageArea *m_errorArea;
    QPushButton *m_retryButton;
};
