// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "memberactions.h"

#include "addmemberdialog.h"
#include "displaytext.h"
#include "memberchangedialog.h"
#include "organizationdialogs.h"
#include "projectresourcesapi.h"
#include "projectrules.h"

#include <QAction>
#include <QTableView>

namespace {

QString projectText(const Project &project)
{
    return DisplayText::isolated(project.name.isEmpty() ? project.id : project.name);
}

bool isDefaultProject(const Project &project)
{
    return project.name == ProjectRules::defaultProjectName();
}

} // namespace

MemberActions::MemberActions(ProjectResourcesApi *api, MembersTab *tab, QWidget *dialogParent)
    : QObject(tab)
    , m_api(api)
    , m_tab(tab)
    , m_dialogParent(dialogParent)
    , m_add(new QAction(QIcon::fromTheme(QStringLiteral("list-add-user")), tr("&Add Member…"), this))
    , m_changeRole(new QAction(tr("Change &Role…"), this))
    , m_remove(new QAction(QIcon::fromTheme(QStringLiteral("list-remove-user")), tr("Re&move…"), this))
{
    m_add->setObjectName(QStringLiteral("addMemberAction"));
    m_add->setToolTip(tr("Add someone from the organization to this project"));
    m_changeRole->setObjectName(QStringLiteral("changeRoleAction"));
    m_changeRole->setToolTip(tr("Make the selected member an owner or a member"));
    m_remove->setObjectName(QStringLiteral("removeMemberAction"));
    m_remove->setToolTip(tr("Remove the selected member from this project"));
    // Delete acts on the members table only, like the project table's.
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    for (QAction *action : {m_add, m_changeRole, m_remove})
        tab->addToolBarAction(action);

    connect(m_add, &QAction::triggered, this, &MemberActions::addMember);
    connect(m_changeRole, &QAction::triggered, this, &MemberActions::changeRole);
    connect(m_remove, &QAction::triggered, this, &MemberActions::removeMember);
    connect(tab, &ResourceListTab::selectionChanged, this, &MemberActions::updateActions);
    connect(tab->tableView(), &QAbstractItemView::doubleClicked, this, &MemberActions::changeRole);
    updateActions();
}

MemberActions::~MemberActions()
{
    if (m_call)
        m_call->cancel();
}

QDialog *MemberActions::openDialog() const
{
    if (m_addDialog)
        return m_addDialog;
    return m_changeDialog;
}

void MemberActions::updateActions()
{
    const bool writable = m_tab->project() && !m_tab->isReadOnly();
    const int selected = int(m_tab->selectedRows().size());
    m_add->setEnabled(writable);
    m_changeRole->setEnabled(writable && selected == 1);
    m_remove->setEnabled(writable && selected == 1);
}

bool MemberActions::raiseOpenDialog() const
{
    return OrganizationDialogs::raiseFirstOpen({openDialog()});
}

void MemberActions::forgetOrganizationUsers()
{
    if (m_addDialog)
        m_addDialog->close();
    delete m_users;
    m_users = nullptr;
}

void MemberActions::addMember()
{
    const std::optional<Project> project = m_tab->project();
    if (!project || m_tab->isReadOnly() || raiseOpenDialog())
        return;
    if (!m_users) {
        m_users = new OrganizationUsersModel(
            [this](const QString &after, const OrganizationUsersModel::Done &done) {
                PageQuery page;
                page.after = after;
                return m_api->listOrganizationUsers(page, {}, m_users, done);
            },
            AddMemberDialog::organizationUserColumns(), this);
    }
    QSet<QString> memberIds;
    if (MembersTab::Model *members = m_tab->rowsOf(project->id)) {
        for (const ProjectUser &member : members->items())
            memberIds.insert(member.id);
    }
    auto *dialog = new AddMemberDialog(m_users, memberIds, *project, m_dialogParent);
    OrganizationDialogs::mark(dialog);
    connect(dialog, &AddMemberDialog::submitted, this,
            [this, dialog, project = *project](const NewMember &member) { startAdd(dialog, project, member); });
    m_addDialog = dialog;
    dialog->open();
}

void MemberActions::startAdd(AddMemberDialog *dialog, const Project &project, const NewMember &member)
{
    const QString person = DisplayText::isolated(dialog->personText());
    m_call = m_api->addMember(project.id, member, dialog,
                              [this, dialog, project, person](const ApiResult<ProjectUser> &result) {
        if (!result.ok()) {
            const ApiError &error = result.error();
            QString message = error.userMessageWithoutRequestId();
            if (ProjectResourcesApi::isNotOrganizationMember(error)) {
                message += u'\n'
                           + tr("%1 is not a member of the organization. Invite them to the organization "
                                "first; once they have joined, they can be added to the project.").arg(person);
            }
            dialog->showError(message, error.requestId());
            return;
        }
        m_tab->upsert(project.id, result.value());
        dialog->finish();
        Q_EMIT statusMessage(tr("%1 was added to %2.").arg(person, projectText(project)));
    });
    showWaits(m_call, dialog);
}

void MemberActions::changeRole()
{
    const std::optional<Project> project = m_tab->project();
    const QList<ProjectUser> selected = m_tab->selectedRows();
    if (!project || m_tab->isReadOnly() || selected.size() != 1 || raiseOpenDialog())
        return;
    auto *dialog = new MemberChangeDialog(MemberChangeDialog::Mode::ChangeRole, selected.constFirst(),
                                          *project, m_dialogParent);
    OrganizationDialogs::mark(dialog);
    connect(dialog, &MemberChangeDialog::submitted, this,
            [this, dialog, project = *project] { startChange(dialog, project); });
    m_changeDialog = dialog;
    dialog->open();
}

void MemberActions::removeMember()
{
    const std::optional<Project> project = m_tab->project();
    const QList<ProjectUser> selected = m_tab->selectedRows();
    if (!project || m_tab->isReadOnly() || selected.size() != 1 || raiseOpenDialog())
        return;
    auto *dialog = new MemberChangeDialog(MemberChangeDialog::Mode::Remove, selected.constFirst(),
                                          *project, m_dialogParent);
    OrganizationDialogs::mark(dialog);
    connect(dialog, &MemberChangeDialog::submitted, this,
            [this, dialog, project = *project] { startChange(dialog, project); });
    m_changeDialog = dialog;
    dialog->open();
}

void MemberActions::startChange(MemberChangeDialog *dialog, const Project &project)
{
    const ProjectUser member = dialog->member();
    const QString person = DisplayText::isolated(MemberChangeDialog::personText(member));
    // The Default project's rules are the service's: its answer is shown as a sentence.
    const MessageArea::Kind errorKind = isDefaultProject(project) ? MessageArea::Kind::Information
                                                                  : MessageArea::Kind::Error;
    auto fail = [dialog, errorKind](const ApiError &error) {
        const bool asSaid = errorKind == MessageArea::Kind::Information && !error.apiMessage().isEmpty();
        dialog->showError(errorKind, asSaid ? error.apiMessage() : error.userMessageWithoutRequestId(),
                          error.requestId());
    };
    if (dialog->mode() == MemberChangeDialog::Mode::Remove) {
        m_call = m_api->removeMember(project.id, member.id, dialog,
                                     [this, dialog, project, member, person, fail](const ApiResult<Deletion> &result) {
            if (!result.ok()) {
                fail(result.error());
                return;
            }
            m_tab->removeId(project.id, member.id);
            dialog->finish();
            Q_EMIT statusMessage(tr("%1 was removed from %2.").arg(person, projectText(project)));
        });
    } else {
        m_call = m_api->changeMemberRole(project.id, member.id, dialog->role(), dialog,
                                         [this, dialog, project, person, fail](const ApiResult<ProjectUser> &result) {
            if (!result.ok()) {
                fail(result.error());
                return;
            }
            m_tab->upsert(project.id, result.value());
            dialog->finish();
            Q_EMIT statusMessage(tr("The role of %1 in %2 is now: %3.")
                                     .arg(person, projectText(project),
                                          WorkspaceTabs::roleText(result.value().role)));
        });
    }
    showWaits(m_call, dialog);
}

template <typename Dialog>
void MemberActions::showWaits(const QPointer<ApiCall> &call, Dialog *dialog)
{
    if (!call)
        return;
    connect(call, &ApiCall::waiting, dialog, [dialog](std::chrono::milliseconds delay, const ApiError &reason) {
        const int seconds = int((delay.count() + 999) / 1000);
        dialog->setWaitingText(reason.kind() == ApiError::Kind::RateLimited
                                   ? tr("Waiting for OpenAI's rate limit: next try in %n s", nullptr, seconds)
                                   : tr("The request failed: next try in %n s", nullptr, seconds));
    });
}
