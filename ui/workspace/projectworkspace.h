// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QList>
#include <QTabWidget>

#include <optional>

class ProjectTab;

/// The selected project as tabs: Overview (the details pane), then the project's lists
/// (members, service accounts, API keys, and whatever tabs are added later).
///
/// Every tab is told of each project change, shown or not; a tab loads when it is first
/// shown. F5 goes to the current tab while the focus is inside it (refreshFocusedTab()).
class ProjectWorkspace : public QTabWidget
{
    Q_OBJECT
public:
    /// @p overview becomes the first tab, "Overview"; it is told of projects by its owner.
    explicit ProjectWorkspace(QWidget *overview, QWidget *parent = nullptr);
    ~ProjectWorkspace() override;

    /// Adds a project tab after the others and tells it the current project.
    void addTab(ProjectTab *tab, const QString &title);
    void setProject(const std::optional<Project> &project);
    [[nodiscard]] std::optional<Project> project() const { return m_project; }
    [[nodiscard]] QList<ProjectTab *> projectTabs() const { return m_tabs; }

    /// F5: when the focus is inside the current project tab, refreshes it and returns true;
    /// otherwise returns false (the window refreshes its own list).
    bool refreshFocusedTab();
    /// Every tab forgets what it kept (ProjectTab::forgetAll()).
    void forgetAll();

Q_SIGNALS:
    /// A tab changed something the project table shows.
    void projectChanged(const QString &projectId);

private:
    std::optional<Project> m_project;
    QList<ProjectTab *> m_tabs;
};
