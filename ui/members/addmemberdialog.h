// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "listmodel.h"
#include "project.h"
#include "projectresourcesapi.h"
#include "projectuser.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <memory>

namespace Ui { class AddMemberDialog; }
class OrganizationUserFilter;
class QPushButton;

using OrganizationUsersModel = ListModel<OrganizationUser>;

/// Adds someone to a project: a person picked from the organization's users (listed in the
/// background, filtered as you type, without those already in the project), or an email
/// typed in; as member or owner.
///
/// OK emits submitted() and the dialog stays open, busy, until its owner calls finish() or
/// showError(); what was typed and picked is kept for another try.
class AddMemberDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p users is the organization's people (not owned; it loads all its pages while the
    /// dialog is open); @p memberIds the project's members known so far, which are left out.
    AddMemberDialog(OrganizationUsersModel *users, const QSet<QString> &memberIds, const Project &project,
                    QWidget *parent = nullptr);
    ~AddMemberDialog() override;

    /// The one column of the organization users model: "Name — email".
    [[nodiscard]] static QList<OrganizationUsersModel::Column> organizationUserColumns();

    /// Who to add, as chosen now: the picked user's id, else the email typed.
    [[nodiscard]] NewMember member() const;
    /// The person as the dialog names them in messages.
    [[nodiscard]] QString personText() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// Users offered in the list now (after the search and leaving out members).
    [[nodiscard]] int offeredCount() const;

    void setBusy(bool busy);
    void setWaitingText(const QString &text);
    void showError(const QString &message, const QString &requestId = {});
    void finish();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void submitted(const NewMember &member);

private:
    void updateState();
    void updateUsersStatus();
    [[nodiscard]] std::optional<OrganizationUser> pickedUser() const;
    [[nodiscard]] QPushButton *okButton() const;

    std::unique_ptr<Ui::AddMemberDialog> m_ui;
    // Owned by MemberActions, which may go first when the main window is torn down.
    QPointer<OrganizationUsersModel> m_users;
    OrganizationUserFilter *m_filter;
    bool m_busy = false;
};
