// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "addmemberdialog.h"
#include "workspacetabs.h"

#include <QObject>
#include <QPointer>

class MemberChangeDialog;
class ProjectResourcesApi;
class QAction;

/// The Members tab's actions: Add member…, Change role…, Remove…, each through its dialog,
/// and what the service answered put into the tab's rows in place (no list reload).
///
/// The organization's people, which Add member… offers, are listed once (in the background,
/// when the dialog first opens) and kept until the admin key changes.
class MemberActions : public QObject
{
    Q_OBJECT
public:
    /// Nothing handed in is owned; the actions are added to @p tab's toolbar and menu.
    MemberActions(ProjectResourcesApi *api, MembersTab *tab, QWidget *dialogParent);
    ~MemberActions() override;

    [[nodiscard]] QAction *addAction() const { return m_add; }
    [[nodiscard]] QAction *changeRoleAction() const { return m_changeRole; }
    [[nodiscard]] QAction *removeAction() const { return m_remove; }
    /// The dialog open now, if any (tests, layout pictures).
    [[nodiscard]] QDialog *openDialog() const;
    [[nodiscard]] OrganizationUsersModel *organizationUsers() const { return m_users; }

    void addMember();
    void changeRole();
    void removeMember();
    /// The admin key changed: the organization's people are listed again when next needed.
    void forgetOrganizationUsers();

Q_SIGNALS:
    /// A short account of what was done, for the status bar.
    void statusMessage(const QString &message);

private:
    void updateActions();
    [[nodiscard]] bool raiseOpenDialog() const;
    void startAdd(AddMemberDialog *dialog, const Project &project, const NewMember &member);
    void startChange(MemberChangeDialog *dialog, const Project &project);
    template <typename Dialog>
    void showWaits(const QPointer<ApiCall> &call, Dialog *dialog);

    ProjectResourcesApi *m_api;
    MembersTab *m_tab;
    QPointer<QWidget> m_dialogParent;
    OrganizationUsersModel *m_users = nullptr;
    QAction *m_add;
    QAction *m_changeRole;
    QAction *m_remove;
    QPointer<AddMemberDialog> m_addDialog;
    QPointer<MemberChangeDialog> m_changeDialog;
    QPointer<ApiCall> m_call;
};
