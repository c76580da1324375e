// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "bulkarchiver.h"
#include "project.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui { class ArchiveDialog; }
class QListWidgetItem;
class QPushButton;

/// Confirms archiving one or more projects, then shows the progress and the outcome.
///
/// Archiving cannot be undone, so Cancel is the default button and Archive is enabled only
/// once the user typed the project's name (one project) or the number of projects (several).
/// Archive emits archiveRequested(); the owner runs the archive and reports back through
/// setProgress(), markArchived(), markFailed() and, at the end, finish() (one project
/// archived), showError() (one project failed, the dialog stays) or showSummary() (several).
/// The dialog grows and shrinks with what it shows (ContentFitter).
class ArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArchiveDialog(const QList<Project> &projects, QWidget *parent = nullptr);
    ~ArchiveDialog() override;

    [[nodiscard]] QList<Project> projects() const { return m_projects; }
    /// What the user must type to enable Archive: the name, or the number of projects.
    [[nodiscard]] QString expectedConfirmation() const;
    [[nodiscard]] bool isConfirmed() const;
    [[nodiscard]] bool isRunning() const { return m_running; }

    void setRunning(bool running);
    /// Project @p current (number @p done + 1 of @p total) is being archived now.
    void setProgress(int done, int total, const Project &current);
    void markArchived(const Project &project);
    void markFailed(const Project &project, const QString &why);
    /// The client waits before sending again: shown under the current project.
    void setWaitingText(const QString &text);

    /// One project was not archived: shows why (@p message, and the service's @p requestId)
    /// and allows another try.
    void showError(const QString &message, const QString &requestId = {});
    /// Several projects: the final account of what was archived, what failed and why. Only
    /// Close remains.
    void showSummary(const BulkArchiveSummary &summary);
    /// Closes the dialog as accepted.
    void finish();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// Archive was pressed with a correct confirmation.
    void archiveRequested();
    /// Cancel while several projects are being archived: stop after the current one.
    void stopRequested();

private:
    void updateState();
    [[nodiscard]] bool isBulk() const { return m_projects.size() > 1; }
    [[nodiscard]] QListWidgetItem *itemFor(const Project &project) const;
    [[nodiscard]] QPushButton *cancelButton() const;

    std::unique_ptr<Ui::ArchiveDialog> m_ui;
    QList<Project> m_projects;
    QPushButton *m_archiveButton = nullptr;
    QString m_progressText;
    bool m_running = false;
    bool m_stopping = false;
    bool m_done = false;
};
