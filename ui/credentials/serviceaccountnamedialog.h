// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "requestprogress.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui { class ServiceAccountNameDialog; }
class QPushButton;

/// Asks for the name of a new service account.
///
/// Create emits submitted() and the dialog stays open, busy, until its owner calls finish()
/// (made: the key dialog follows), showError() (the name kept for another try) or
/// showMadeWithoutKey() (an unclear answer, but the account exists: only Close remains).
/// While busy the name is read-only and the dialog cannot be closed: the answer says whether
/// the account was made.
class ServiceAccountNameDialog : public QDialog
{
    Q_OBJECT
public:
    /// Longer names are refused by the line edit (the API documents no limit).
    static constexpr int MaxNameLength = 128;

    explicit ServiceAccountNameDialog(const QString &projectName, QWidget *parent = nullptr);
    ~ServiceAccountNameDialog() override;

    /// The name as typed, trimmed.
    [[nodiscard]] QString name() const;
    [[nodiscard]] bool isBusy() const { return m_progress->isBusy(); }

    void setBusy(bool busy, const QString &progressText = {});
    /// The client waits before sending again: shown under the progress bar while busy.
    void setWaitingText(const QString &text);
    void showError(const QString &message, const QString &requestId = {});
    /// The account was made but its key was lost: says so; only Close remains.
    void showMadeWithoutKey(const QString &message, const QString &requestId = {});
    /// Closes the dialog as accepted.
    void finish();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void submitted(const QString &name);

private:
    void updateState();
    [[nodiscard]] QPushButton *okButton() const;
    [[nodiscard]] QPushButton *cancelButton() const;

    std::unique_ptr<Ui::ServiceAccountNameDialog> m_ui;
    std::optional<RequestProgress> m_progress; ///< made with the form
    bool m_done = false;
};
