// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectworkspace.h"

#include "projecttab.h"

#include <QApplication>
#include <QTabBar>

ProjectWorkspace::ProjectWorkspace(QWidget *overview, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("projectWorkspace"));
    setDocumentMode(true);
    // All tabs in view, their titles shortened in a narrow dock: Qt's scroll buttons would
    // hide tabs (and overlap at the smallest width).
    tabBar()->setUsesScrollButtons(false);
    setElideMode(Qt::ElideRight);
    setAccessibleName(tr("Project workspace"));
    QTabWidget::addTab(overview, tr("Overview"));
}

ProjectWorkspace::~ProjectWorkspace() = default;

void ProjectWorkspace::addTab(ProjectTab *tab, const QString &title)
{
    m_tabs.append(tab);
    QTabWidget::addTab(tab, title);
    connect(tab, &ProjectTab::projectChanged, this, &ProjectWorkspace::projectChanged);
    tab->setProject(m_project);
}

void ProjectWorkspace::setProject(const std::optional<Project> &project)
{
    m_project = project;
    for (ProjectTab *tab : std::as_const(m_tabs))
        tab->setProject(project);
}

void ProjectWorkspace::forgetAll()
{
    for (ProjectTab *tab : std::as_const(m_tabs))
        tab->forgetAll();
}

bool ProjectWorkspace::refreshFocusedTab()
{
    auto *tab = qobject_cast<ProjectTab *>(currentWidget());
    QWidget *focus = QApplication::focusWidget();
    if (!tab || !focus || !tab->isAncestorOf(focus))
        return false;
    tab->refresh();
    return true;
}
