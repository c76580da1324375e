// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
namespace Ui { class ProjectDetailsPane; }

/// One project's fields as selectable text, with buttons for the actions that concern it
/// (copy its ID, ask the service for it again).
///
/// A plain widget with no margins of its own: the main window puts it in a dock, and a project
/// workspace can make it the first tab beside other views of the same project.
class ProjectDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectDetailsPane(QWidget *parent = nullptr);
    ~ProjectDetailsPane() override;

    /// Shows @p project's fields, or the placeholder text when there is none.
    void setProject(const std::optional<Project> &project);
    /// What shows when there is no project ("Select a project"); may be empty.
    void setPlaceholderText(const QString &text);

    /// The buttons trigger @p copyId and @p refresh and are enabled as they are.
    void setActions(QAction *copyId, QAction *refresh);

private:
    std::unique_ptr<Ui::ProjectDetailsPane> m_ui;
};
