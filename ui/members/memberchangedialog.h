// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "messagearea.h"
#include "project.h"
#include "projectuser.h"

#include <QDialog>

#include <memory>

namespace Ui { class MemberChangeDialog; }
class QPushButton;

/// Changes one member's role, or confirms removing them, naming the person and the project.
///
/// The dialog only asks: OK emits submitted() and stays open, busy, until its owner calls
/// finish() or showError() (the choice kept, another try possible).
class MemberChangeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { ChangeRole, Remove };

    MemberChangeDialog(Mode mode, const ProjectUser &member, const Project &project, QWidget *parent = nullptr);
    ~MemberChangeDialog() override;

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] ProjectUser member() const { return m_member; }
    /// The role chosen ("owner" or "member"; the member's own role when removing).
    [[nodiscard]] QString role() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }

    void setBusy(bool busy);
    void setWaitingText(const QString &text);
    void showError(MessageArea::Kind kind, const QString &message, const QString &requestId = {});
    void finish();

    void accept() override;
    void reject() override;

    /// "Ada Lovelace (ada@example.com)", or whichever of the two the service gave.
    [[nodiscard]] static QString personText(const ProjectUser &member);

Q_SIGNALS:
    void submitted();

private:
    void updateState();
    [[nodiscard]] QPushButton *okButton() const;

    std::unique_ptr<Ui::MemberChangeDialog> m_ui;
    Mode m_mode;
    ProjectUser m_member;
    bool m_busy = false;
};
