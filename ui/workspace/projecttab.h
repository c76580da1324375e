// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QWidget>

/// One tab of the project workspace (members, service accounts, API keys, rate limits, costs).
///
/// The workspace tells every tab which project is selected, whether or not the tab is showing;
/// a tab asks the service only when it is shown and has not loaded that project in this
/// session, and keeps what it loaded per project. Rows of another project are never shown: a
/// tab clears (or swaps to that project's kept rows) in setProject(), and an answer that
/// arrives for a project no longer selected is dropped.
class ProjectTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The selected project, or none (no selection, several selected, no key).
    virtual void setProject(const std::optional<Project> &project) = 0;
    /// F5 while the tab has the focus: lists the current project's rows again.
    virtual void refresh() = 0;
    /// A new admin key or another organization: drops what was kept for every project, and
    /// every answer still on its way; loads the current project again if the tab is shown.
    virtual void forgetAll() = 0;

Q_SIGNALS:
    /// The tab changed something in the service that the project table shows too (rare: the
    /// project list itself is not edited from a tab); the main window may re-read the project.
    void projectChanged(const QString &projectId);
};
