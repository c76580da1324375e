// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QHash>
#include <QList>
#include <QTabWidget>

#include <functional>
#include <optional>

class ProjectTab;

/// The selected project as tabs: Overview (the details pane), then the project's lists
/// (members, service accounts, API keys, and whatever tabs are added later).
///
/// A tab is built the first time it is shown (or asked for by tab()): until then its page is
/// empty and the window starts without it. Every built tab is told of each project change,
/// shown or not; a tab loads when it is first shown. F5 goes to the current tab while the
/// focus is inside it (refreshFocusedTab()).
class ProjectWorkspace : public QTabWidget
{
    Q_OBJECT
public:
    /// @p overview becomes the first tab, "Overview"; it is told of projects by its owner.
    explicit ProjectWorkspace(QWidget *overview, QWidget *parent = nullptr);
    ~ProjectWorkspace() override;

    /// Adds a project tab after the others and tells it the current project.
    void addTab(ProjectTab *tab, const QString &title);
    /// Adds a tab after the others that @p build makes when it is first shown; the tab it
    /// returns is called @p name (its object name).
    void addTab(const QString &name, const QString &title, std::function<ProjectTab *()> build);
    /// The tab called @p name, built now if it was not yet; nullptr if there is none.
    ProjectTab *tab(const QString &name);
    /// The tab called @p name if it is built already; nullptr otherwise (nothing is built).
    [[nodiscard]] ProjectTab *builtTab(const QString &name) const;
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
    struct Unbuilt
    {
        QString name;
        std::function<ProjectTab *()> build;
    };
    ProjectTab *build(QWidget *page);
    void adopt(ProjectTab *tab);

    std::optional<Project> m_project;
    QList<ProjectTab *> m_tabs;
    QHash<QWidget *, Unbuilt> m_unbuilt; // by the empty page that stands in for the tab
};
