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
    connect(this, &QTabWidget::currentChanged, this, [this](int index) { build(widget(index)); });
}

ProjectWorkspace::~ProjectWorkspace() = default;

void ProjectWorkspace::addTab(ProjectTab *tab, const QString &title)
{
    QTabWidget::addTab(tab, title);
    adopt(tab);
}

void ProjectWorkspace::addTab(const QString &name, const QString &title,
                              std::function<ProjectTab *()> build)
{
    auto *page = new QWidget;
    m_unbuilt.insert(page, {name, std::move(build)});
    QTabWidget::addTab(page, title);
}

ProjectTab *ProjectWorkspace::tab(const QString &name)
{
    for (auto it = m_unbuilt.cbegin(); it != m_unbuilt.cend(); ++it) {
        if (it->name == name)
            return build(it.key());
    }
    return builtTab(name);
}

ProjectTab *ProjectWorkspace::builtTab(const QString &name) const
{
    for (ProjectTab *tab : m_tabs) {
        if (tab->objectName() == name)
            return tab;
    }
    return nullptr;
}

ProjectTab *ProjectWorkspace::build(QWidget *page)
{
    const Unbuilt unbuilt = m_unbuilt.take(page);
    if (!unbuilt.build)
        return nullptr;
    ProjectTab *tab = unbuilt.build();
    tab->setObjectName(unbuilt.name);
    // The tab takes the empty page's place; the current tab stays the current one.
    const int index = indexOf(page);
    const bool current = currentIndex() == index;
    const QSignalBlocker quiet(this);
    insertTab(index, tab, tabText(index));
    delete page;
    if (current)
        setCurrentIndex(index);
    adopt(tab);
    return tab;
}

void ProjectWorkspace::adopt(ProjectTab *tab)
{
    m_tabs.append(tab);
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
