// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectactions.h"

#include "adminapiclient.h"
#include "archivedialog.h"
#include "bulkarchiver.h"
#include "organizationdialogs.h"
#include "projecterrortext.h"
#include "projectnamedialog.h"
#include "projectrules.h"
#include "projecttablemodel.h"
#include "uilogging.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class ProjectActions::Private
{
public:
    Private(ProjectActions *q, AdminApiClient *client, ProjectTableModel *model, QWidget *parent)
        : q(q), client(client), model(model), dialogParent(parent)
    {
    }

    /// Brings an already open dialog to the front instead of opening a second one.
    [[nodiscard]] bool raiseOpenDialog() const;
    [[nodiscard]] QStringList loadedNames(const QString &exceptId = {}) const;
    void startCreate(ProjectNameDialog *dialog, const QString &name);
    void startRename(ProjectNameDialog *dialog, const Project &project, const QString &name);
    void startArchive(ArchiveDialog *dialog);
    void archiveFinished(ArchiveDialog *dialog, const BulkArchiveSummary &summary);
    /// Shows @p delay in @p dialog (a name or archive dialog) until it is over.
    template<typename Dialog>
    void showWaiting(const QPointer<Dialog> &dialog, std::chrono::milliseconds delay,
                     const ApiError &reason);

    ProjectActions *q;
    QPointer<AdminApiClient> client;
    QPointer<ProjectTableModel> model;
    QPointer<QWidget> dialogParent;
    QPointer<ProjectNameDialog> nameDialog;
    QPointer<ArchiveDialog> archiveDialog;
    QPointer<ApiCall> call;
    QPointer<BulkArchiver> archiver;
    int waitGeneration = 0;
};

ProjectActions::ProjectActions(AdminApiClient *client, ProjectTableModel *model,
                               QWidget *dialogParent)
    : QObject(dialogParent)
    , d(std::make_unique<Private>(this, client, model, dialogParent))
{
}

ProjectActions::~ProjectActions()
{
    if (d->call)
        d->call->cancel();
}

void ProjectActions::createProject()
{
    if (d->raiseOpenDialog() || !d->client)
        return;
    auto *dialog = new ProjectNameDialog(ProjectNameDialog::Mode::Create, d->dialogParent);
    OrganizationDialogs::mark(dialog);
    dialog->setExistingNames(d->loadedNames());
    connect(dialog, &ProjectNameDialog::submitted, this,
            [this, dialog](const QString &name) { d->startCreate(dialog, name); });
    d->nameDialog = dialog;
    connect(dialog, &QDialog::finished, this, &ProjectActions::dialogClosed);
    dialog->open();
}

void ProjectActions::renameProject(const Project &project)
{
    // The main window disables Rename for archived projects; this guards the other callers.
    if (!ProjectRules::canChange(project)) {
        Q_EMIT statusMessage(tr("%1 is archived, and archived projects cannot be renamed.")
                                 .arg(ProjectErrorText::quoted(project)));
        return;
    }
    if (d->raiseOpenDialog() || !d->client)
        return;
    auto *dialog = new ProjectNameDialog(ProjectNameDialog::Mode::Rename, d->dialogParent);
    OrganizationDialogs::mark(dialog);
    dialog->setExistingNames(d->loadedNames(project.id));
    dialog->setOriginalName(project.name);
    connect(dialog, &ProjectNameDialog::submitted, this,
            [this, dialog, project](const QString &name) {
                d->startRename(dialog, project, name);
            });
    d->nameDialog = dialog;
    connect(dialog, &QDialog::finished, this, &ProjectActions::dialogClosed);
    dialog->open();
}

void ProjectActions::archiveProjects(const QList<Project> &projects)
{
    QList<Project> active;
    QSet<QString> seen;
    for (const Project &project : projects) {
        if (ProjectRules::canChange(project) && !seen.contains(project.id)) {
            seen.insert(project.id);
            active.append(project);
        }
    }
    if (active.isEmpty()) {
        if (!projects.isEmpty())
            Q_EMIT statusMessage(tr("Only active projects can be archived."));
        return;
    }
    if (d->raiseOpenDialog() || !d->client)
        return;
    auto *dialog = new ArchiveDialog(active, d->dialogParent);
    OrganizationDialogs::mark(dialog);
    connect(dialog, &ArchiveDialog::archiveRequested, this,
            [this, dialog] { d->startArchive(dialog); });
    d->archiveDialog = dialog;
    connect(dialog, &QDialog::finished, this, &ProjectActions::dialogClosed);
    dialog->open();
}

bool ProjectActions::Private::raiseOpenDialog() const
{
    return OrganizationDialogs::raiseFirstOpen({nameDialog, archiveDialog});
}

QStringList ProjectActions::Private::loadedNames(const QString &exceptId) const
{
    QStringList names;
    if (!model)
        return names;
    const QList<Project> projects = model->projects();
    for (const Project &project : projects) {
        if (project.id != exceptId && !project.name.isEmpty())
            names.append(project.name.trimmed());
    }
    return names;
}

void ProjectActions::Private::startCreate(ProjectNameDialog *dialog, const QString &name)
{
    dialog->setBusy(true, ProjectActions::tr("Creating %1…").arg(ProjectErrorText::quoted(name)));
    QPointer<ProjectNameDialog> guard(dialog);
    // The context is ProjectActions, not the dialog: a project that was created must reach
    // the model even if its dialog is gone by then.
    call = client->createProject(name, q, [this, guard, name](const ApiResult<Project> &result) {
        call.clear();
        if (!result.ok()) {
            qCDebug(lcUi) << "create failed:" << int(result.error().kind())
                                      << result.error().requestId();
            if (guard)
                guard->showError(ProjectErrorText::forCreate(name, result.error()),
                                 result.error().requestId());
            return;
        }
        const Project &project = result.value();
        if (model)
            model->upsert(project);
        // Before the dialog closes, so that the focus returns to the new project's row.
        Q_EMIT q->projectCreated(project.id);
        if (guard)
            guard->finish();
        Q_EMIT q->statusMessage(
            ProjectActions::tr("Created project %1").arg(ProjectErrorText::quoted(project)));
    });
    if (call)
        QObject::connect(call, &ApiCall::waiting, q, [this, guard](auto delay, const ApiError &reason) {
            showWaiting(guard, delay, reason);
        });
}

void ProjectActions::Private::startRename(ProjectNameDialog *dialog, const Project &project,
                                          const QString &name)
{
    dialog->setBusy(true, ProjectActions::tr("Renaming %1 to %2…")
                              .arg(ProjectErrorText::quoted(project),
                                   ProjectErrorText::quoted(name)));
    QPointer<ProjectNameDialog> guard(dialog);
    call = client->renameProject(
        project.id, name, q, [this, guard, project](const ApiResult<Project> &result) {
            call.clear();
            if (!result.ok()) {
                qCDebug(lcUi) << "rename failed:" << int(result.error().kind())
                                          << result.error().requestId();
                if (guard)
                    guard->showError(ProjectErrorText::forRename(project, result.error()),
                                     result.error().requestId());
                return;
            }
            if (model)
                model->upsert(result.value());
            if (guard)
                guard->finish();
            Q_EMIT q->statusMessage(ProjectActions::tr("Renamed %1 to %2")
                                        .arg(ProjectErrorText::quoted(project),
                                             ProjectErrorText::quoted(result.value())));
        });
    if (call)
        QObject::connect(call, &ApiCall::waiting, q, [this, guard](auto delay, const ApiError &reason) {
            showWaiting(guard, delay, reason);
        });
}

void ProjectActions::Private::startArchive(ArchiveDialog *dialog)
{
    if (archiver)
        return;
    auto *run = new BulkArchiver(client, dialog->projects(), q);
    archiver = run;
    dialog->setRunning(true);

    QObject::connect(run, &BulkArchiver::progress, dialog, &ArchiveDialog::setProgress);
    QObject::connect(run, &BulkArchiver::projectArchived, q, [this](const Project &project) {
        // The model updates the row in place, or removes it while archived ones are hidden.
        if (model)
            model->upsert(project);
    });
    QObject::connect(run, &BulkArchiver::projectArchived, dialog, &ArchiveDialog::markArchived);
    QObject::connect(run, &BulkArchiver::projectFailed, dialog,
                     [dialog](const Project &project, const ApiError &error) {
                         dialog->markFailed(project, ProjectErrorText::withRequestId(
                                                         ProjectErrorText::forArchive(project, error),
                                                         error));
                     });
    QObject::connect(dialog, &ArchiveDialog::stopRequested, run, &BulkArchiver::cancel);
    QPointer<ArchiveDialog> guard(dialog);
    QObject::connect(run, &BulkArchiver::waiting, q, [this, guard](auto delay, const ApiError &reason) {
        showWaiting(guard, delay, reason);
    });
    QObject::connect(run, &BulkArchiver::finished, q,
                     [this, guard, run](const BulkArchiveSummary &summary) {
                         run->deleteLater();
                         archiveFinished(guard, summary);
                     });
    run->start();
}

void ProjectActions::Private::archiveFinished(ArchiveDialog *dialog,
                                              const BulkArchiveSummary &summary)
{
    const int total = summary.total();
    if (total == 1) {
        if (!summary.archived.isEmpty()) {
            Q_EMIT q->statusMessage(ProjectActions::tr("Archived project %1")
                                        .arg(ProjectErrorText::quoted(summary.archived.first())));
            if (dialog)
                dialog->finish();
        } else if (!summary.failed.isEmpty()) {
            const BulkArchiveSummary::Failure &failure = summary.failed.first();
            Q_EMIT q->statusMessage(ProjectActions::tr("Project %1 was not archived")
                                        .arg(ProjectErrorText::quoted(failure.project)));
            if (dialog)
                dialog->showError(ProjectErrorText::forArchive(failure.project, failure.error),
                                  failure.error.requestId());
        }
        return;
    }

    QString message = ProjectActions::tr("Archived %1 of %n projects", nullptr, total)
                          .arg(summary.archived.size());
    if (!summary.failed.isEmpty())
        message += ProjectActions::tr("; %n failed", nullptr, int(summary.failed.size()));
    if (!summary.notAttempted.isEmpty()) {
        message += ProjectActions::tr("; stopped before %n", nullptr,
                                      int(summary.notAttempted.size()));
    }
    Q_EMIT q->statusMessage(message);
    if (dialog)
        dialog->showSummary(summary);
}

template<typename Dialog>
void ProjectActions::Private::showWaiting(const QPointer<Dialog> &dialog,
                                          std::chrono::milliseconds delay, const ApiError &reason)
{
    if (!dialog)
        return;
    dialog->setWaitingText(ProjectErrorText::waiting(delay, reason));
    // The call says when it waits, not when it sends again: take the text down then.
    const int generation = ++waitGeneration;
    QTimer::singleShot(delay, q, [this, dialog, generation] {
        if (dialog && generation == waitGeneration)
            dialog->setWaitingText({});
    });
}
