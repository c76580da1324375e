// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QObject>
#include <QPointer>

#include <memory>

class AdminApiClient;
class ProjectTableModel;
class QWidget;

/// The three changes an admin makes: create, rename, archive, each through its dialog.
///
/// Dialogs open with open() as children of the parent widget, keep the user's input on any
/// failure, and update the model from what the service answered (never a list reload).
class ProjectActions : public QObject
{
    Q_OBJECT
public:
    /// Neither @p client nor @p model is owned. Dialogs are parented to @p dialogParent, which
    /// also becomes this object's QObject parent (so `new ProjectActions(.., this)` is owned).
    ProjectActions(AdminApiClient *client, ProjectTableModel *model, QWidget *dialogParent);
    ~ProjectActions() override;

    /// Opens the New project dialog.
    void createProject();
    /// Opens the Rename dialog for an active project.
    void renameProject(const Project &project);
    /// Opens the archive confirmation for one or more active projects.
    void archiveProjects(const QList<Project> &projects);

Q_SIGNALS:
    /// A project was created and is in the model: select it and scroll to it.
    void projectCreated(const QString &id);
    /// A short message for the status bar ("Archived 3 projects").
    void statusMessage(const QString &message);
    /// A dialog opened here has closed, whatever its outcome: the focus can go back to the
    /// rows it acted on.
    void dialogClosed();

private:
    class Private;
    std::unique_ptr<Private> d;
};
