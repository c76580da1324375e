// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "apikeyactions.h"

#include "bulkkeydeleter.h"
#include "deleteapikeysdialog.h"
#include "organizationdialogs.h"
#include "projecterrortext.h"
#include "uilogging.h"

#include <QAction>
#include <QWidget>

ApiKeyActions::ApiKeyActions(ProjectResourcesApi *api, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_dialogParent(dialogParent)
    , m_deleteAction(new QAction(tr("&Delete API Keys…"), this))
{
    m_deleteAction->setObjectName(QStringLiteral("deleteApiKeysAction"));
    m_deleteAction->setToolTip(tr("Delete the selected API keys"));
    // The tab's own Delete key; the hosting widget adds the action to itself.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &ApiKeyActions::deleteKeys);
    updateAction();
}

ApiKeyActions::~ApiKeyActions() = default; // the deleter, a child, cancels its request

void ApiKeyActions::setProject(const std::optional<Project> &project)
{
    m_project = project;
    m_selected.clear();
    updateAction();
}

void ApiKeyActions::setSelected(const QList<ApiKey> &keys)
{
    m_selected = keys;
    updateAction();
}

void ApiKeyActions::updateAction()
{
    // Enabled for service-account keys too: the dialog explains why they go with their account.
    m_deleteAction->setEnabled(m_project && !m_project->isArchived() && !m_selected.isEmpty());
}

void ApiKeyActions::deleteKeys()
{
    if (!m_project || m_project->isArchived() || m_selected.isEmpty())
        return;
    if (OrganizationDialogs::raiseFirstOpen({m_dialog}))
        return;
    const Project project = *m_project;
    auto *dialog = new DeleteApiKeysDialog(m_selected, project.name.isEmpty() ? project.id : project.name,
                                           m_dialogParent);
    OrganizationDialogs::mark(dialog);
    m_dialog = dialog;
    connect(dialog, &DeleteApiKeysDialog::deleteRequested, this,
            [this, dialog, project] { startDelete(dialog, project); });
    dialog->open();
}

void ApiKeyActions::startDelete(DeleteApiKeysDialog *dialog, const Project &project)
{
    if (m_deleter)
        return;
    auto *run = new BulkKeyDeleter(m_api, project.id, dialog->keys(), this);
    m_deleter = run;
    dialog->setRunning(true);
    QPointer<DeleteApiKeysDialog> guard(dialog);
    connect(run, &BulkKeyDeleter::progress, dialog, &DeleteApiKeysDialog::setProgress);
    connect(run, &BulkKeyDeleter::keyDeleted, this, [this, projectId = project.id](const ApiKey &key) {
        Q_EMIT deleted(projectId, {key.id});
    });
    connect(run, &BulkKeyDeleter::keyDeleted, dialog, &DeleteApiKeysDialog::markDeleted);
    connect(run, &BulkKeyDeleter::keyFailed, dialog, [dialog](const ApiKey &key, const ApiError &error) {
        dialog->markFailed(key, ProjectErrorText::withRequestId(error.userMessageWithoutRequestId(), error));
    });
    connect(run, &BulkKeyDeleter::waiting, dialog, [dialog](auto delay, const ApiError &reason) {
        dialog->setWaitingText(ProjectErrorText::waiting(delay, reason));
    });
    connect(dialog, &DeleteApiKeysDialog::stopRequested, run, &BulkKeyDeleter::cancel);
    connect(run, &BulkKeyDeleter::finished, this, [this, run, guard](const BulkKeyDeleteSummary &summary) {
        run->deleteLater();
        finished(summary);
        if (guard)
            guard->showSummary(summary);
    });
    run->start();
}

void ApiKeyActions::finished(const BulkKeyDeleteSummary &summary)
{
    const int sent = int(summary.deleted.size() + summary.failed.size() + summary.notAttempted.size());
    QString message = tr("Deleted %1 of %n API keys", nullptr, sent).arg(summary.deleted.size());
    if (!summary.failed.isEmpty())
        message += tr("; %n failed", nullptr, int(summary.failed.size()));
    if (!summary.notAttempted.isEmpty())
        message += tr("; stopped before %n", nullptr, int(summary.notAttempted.size()));
    qCDebug(lcUi) << "bulk key delete ended:" << summary.deleted.size() << "deleted," << summary.failed.size()
                  << "failed," << summary.notAttempted.size() << "left";
    Q_EMIT statusMessage(message);
}
