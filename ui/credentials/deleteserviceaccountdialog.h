// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "serviceaccount.h"

#include <QDialog>

#include <memory>

namespace Ui { class DeleteServiceAccountDialog; }
class QPushButton;

/// Confirms deleting a service account, which takes its API keys with it.
///
/// Cancel is the default button; Delete is enabled once the account's name is typed. Delete
/// emits deleteRequested() and the dialog stays busy until finish() or showError() (the typed
/// confirmation kept).
class DeleteServiceAccountDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteServiceAccountDialog(const ServiceAccount &account, const QString &projectName,
                               QWidget *parent = nullptr);
    ~DeleteServiceAccountDialog() override;

    [[nodiscard]] ServiceAccount account() const { return m_account; }
    /// What must be typed: the name, or the id of an account without a name.
    [[nodiscard]] QString expectedConfirmation() const;
    [[nodiscard]] bool isConfirmed() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }

    void setBusy(bool busy);
    void setWaitingText(const QString &text);
    void showError(const QString &message, const QString &requestId = {});
    void finish();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void deleteRequested();

private:
    void updateState();
    [[nodiscard]] QPushButton *cancelButton() const;

    std::unique_ptr<Ui::DeleteServiceAccountDialog> m_ui;
    ServiceAccount m_account;
    QPushButton *m_deleteButton = nullptr;
    QString m_progressText;
    bool m_busy = false;
};
