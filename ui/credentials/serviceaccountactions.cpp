// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "serviceaccountactions.h"

#include "deleteserviceaccountdialog.h"
#include "icons.h"
#include "onetimekeydialog.h"
#include "organizationdialogs.h"
#include "projecterrortext.h"
#include "projectresourcesapi.h"
#include "secretclipboard.h"
#include "serviceaccountcreator.h"
#include "serviceaccountnamedialog.h"
#include "uilogging.h"

#include <QAction>
#include <QWidget>

namespace {

QString projectName(const Project &project)
{
    return project.name.isEmpty() ? project.id : project.name;
}

} // namespace

ServiceAccountActions::ServiceAccountActions(ProjectResourcesApi *api, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_dialogParent(dialogParent)
    , m_newAction(new QAction(Icons::themed(QStringLiteral("document-new")), tr("&New Service Account…"), this))
    , m_deleteAction(new QAction(tr("&Delete Service Account…"), this))
    , m_clipboard(new SecretClipboard(this))
    , m_creator(new ServiceAccountCreator(api, this))
{
    m_newAction->setObjectName(QStringLiteral("newServiceAccountAction"));
    m_newAction->setToolTip(tr("Create a service account and its API key"));
    m_deleteAction->setObjectName(QStringLiteral("deleteServiceAccountAction"));
    m_deleteAction->setToolTip(tr("Delete the selected service account and its API keys"));
    // The tab's own Delete key; the hosting widget adds the action to itself.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &ServiceAccountActions::createServiceAccount);
    connect(m_deleteAction, &QAction::triggered, this, &ServiceAccountActions::deleteServiceAccount);
    // The creator outlives its dialog: an account that was made reaches the tab whatever
    // became of the dialog.
    connect(m_creator, &ServiceAccountCreator::finished, this,
            [this](const ServiceAccountCreateOutcome &outcome) { onCreated(m_creating, outcome); });
    connect(m_creator, &ServiceAccountCreator::checking, this, [this] {
        if (m_nameDialog)
            m_nameDialog->setBusy(true, tr("OpenAI's answer was lost; checking whether the service account was made…"));
    });
    connect(m_creator, &ServiceAccountCreator::waiting, this, [this](auto delay, const ApiError &reason) {
        if (m_nameDialog)
            m_nameDialog->setWaitingText(ProjectErrorText::waiting(delay, reason));
    });
    updateActions();
}

ServiceAccountActions::~ServiceAccountActions()
{
    if (m_call)
        m_call->cancel();
}

void ServiceAccountActions::setProject(const std::optional<Project> &project)
{
    m_project = project;
    m_selected.clear();
    updateActions();
}

void ServiceAccountActions::setSelected(const QList<ServiceAccount> &accounts)
{
    m_selected = accounts;
    updateActions();
}

void ServiceAccountActions::setClipboardClearDelay(std::chrono::milliseconds delay)
{
    m_clipboard->setClearDelay(delay);
}

void ServiceAccountActions::updateActions()
{
    const bool canChange = m_project && !m_project->isArchived();
    m_newAction->setEnabled(canChange);
    m_deleteAction->setEnabled(canChange && m_selected.size() == 1);
}

bool ServiceAccountActions::raiseOpenDialog() const
{
    return OrganizationDialogs::raiseFirstOpen({m_nameDialog, m_deleteDialog, m_keyDialog});
}

void ServiceAccountActions::createServiceAccount()
{
    if (!m_project || m_project->isArchived() || raiseOpenDialog())
        return;
    const Project project = *m_project;
    auto *dialog = new ServiceAccountNameDialog(projectName(project), m_dialogParent);
    OrganizationDialogs::mark(dialog);
    m_nameDialog = dialog;
    connect(dialog, &ServiceAccountNameDialog::submitted, this, [this, dialog, project](const QString &name) {
        dialog->setBusy(true, tr("Creating %1…").arg(ProjectErrorText::quoted(name)));
        m_creating = project;
        m_creator->create(project.id, name);
    });
    dialog->open();
}

void ServiceAccountActions::onCreated(const Project &project, const ServiceAccountCreateOutcome &outcome)
{
    ServiceAccountNameDialog *dialog = m_nameDialog;
    if (outcome.created) {
        const CreatedServiceAccount &made = *outcome.created;
        Q_EMIT created(project.id, made.account);
        Q_EMIT statusMessage(tr("Created service account %1").arg(ProjectErrorText::quoted(made.account.name)));
        if (dialog)
            dialog->finish();
        if (made.apiKey)
            showKey(made.account, *made.apiKey);
        return;
    }
    if (outcome.madeWithoutKey) {
        qCDebug(lcUi) << "service account made, its answer lost:" << outcome.madeWithoutKey->id;
        Q_EMIT created(project.id, *outcome.madeWithoutKey);
        if (dialog) {
            dialog->showMadeWithoutKey(
                tr("OpenAI created service account %1, but its answer, which carried the API key, "
                   "was lost. The key cannot be shown again: delete this service account and "
                   "create a new one to get a key.")
                    .arg(ProjectErrorText::quoted(outcome.madeWithoutKey->name)),
                outcome.error.requestId());
        }
        return;
    }
    qCDebug(lcUi) << "service account create failed:" << int(outcome.error.kind()) << outcome.error.requestId();
    if (!dialog)
        return;
    QString message;
    if (outcome.checkedNotMade) {
        message = tr("OpenAI did not answer clearly, and no such service account was found in %1 "
                     "afterwards: nothing was created. You can try again.")
                      .arg(ProjectErrorText::quoted(projectName(project)))
            + QLatin1Char('\n') + outcome.error.userMessageWithoutRequestId();
    } else if (outcome.error.kind() == ApiError::Kind::OutcomeUnknown) {
        message = tr("OpenAI did not confirm whether the service account was created, and checking "
                     "afterwards did not settle it. Create looks again before it sends anything, "
                     "so trying again does not make it twice.")
            + QLatin1Char('\n') + outcome.error.userMessageWithoutRequestId();
    } else {
        message = outcome.error.userMessageWithoutRequestId();
    }
    dialog->showError(message, outcome.error.requestId());
}

void ServiceAccountActions::showKey(const ServiceAccount &account, const ServiceAccountKey &key)
{
    auto *dialog = new OneTimeKeyDialog(account, key, m_clipboard, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_keyDialog = dialog;
    dialog->open();
}

void ServiceAccountActions::deleteServiceAccount()
{
    if (!m_project || m_project->isArchived() || m_selected.size() != 1 || raiseOpenDialog())
        return;
    const Project project = *m_project;
    auto *dialog = new DeleteServiceAccountDialog(m_selected.first(), projectName(project), m_dialogParent);
    OrganizationDialogs::mark(dialog);
    m_deleteDialog = dialog;
    connect(dialog, &DeleteServiceAccountDialog::deleteRequested, this,
            [this, dialog, project] { startDelete(dialog, project); });
    dialog->open();
}

void ServiceAccountActions::startDelete(DeleteServiceAccountDialog *dialog, const Project &project)
{
    if (m_call)
        return;
    dialog->setBusy(true);
    const ServiceAccount account = dialog->account();
    QPointer<DeleteServiceAccountDialog> guard(dialog);
    m_call = m_api->deleteServiceAccount(project.id, account.id, this,
                                         [this, guard, account, projectId = project.id](const ApiResult<Deletion> &result) {
        m_call.clear();
        if (!result.ok()) {
            qCDebug(lcUi) << "service account delete failed:" << int(result.error().kind())
                          << result.error().requestId();
            if (guard)
                guard->showError(result.error().userMessageWithoutRequestId(), result.error().requestId());
            return;
        }
        Q_EMIT deleted(projectId, account.id);
        Q_EMIT statusMessage(tr("Deleted service account %1").arg(ProjectErrorText::quoted(account.name)));
        if (guard)
            guard->finish();
    });
    if (m_call) {
        connect(m_call, &ApiCall::waiting, dialog, [guard](auto delay, const ApiError &reason) {
            if (guard)
                guard->setWaitingText(ProjectErrorText::waiting(delay, reason));
        });
    }
}
