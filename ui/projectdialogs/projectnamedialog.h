// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "requestprogress.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ui { class ProjectNameDialog; }
class QPushButton;

/// Asks for a project name, for a new project or a rename.
///
/// The dialog only collects and checks the name: OK emits submitted() and the dialog stays
/// open, busy, until its owner calls finish() (success) or showError() (failure, the name
/// kept). While busy the name is read-only and OK disabled, so Enter twice sends one request.
/// The dialog grows and shrinks with what it shows (ContentFitter).
class ProjectNameDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Rename };

    /// Longer names are refused by the line edit. The API documents no limit; 128 keeps a
    /// name readable in the dashboard and in reports.
    static constexpr int MaxNameLength = 128;

    explicit ProjectNameDialog(Mode mode, QWidget *parent = nullptr);
    ~ProjectNameDialog() override;

    /// Rename: the current name, prefilled and selected. OK stays disabled until it changes.
    void setOriginalName(const QString &name);
    /// Names of the loaded projects, for the (non-blocking) duplicate-name warning. For a
    /// rename, leave out the project being renamed.
    void setExistingNames(const QStringList &names);

    /// The name as typed, trimmed.
    [[nodiscard]] QString name() const;
    [[nodiscard]] bool isBusy() const { return m_progress->isBusy(); }

    /// A request is running (@p progressText says which) or no longer running.
    void setBusy(bool busy, const QString &progressText = {});
    /// The client waits before sending again: shown under the progress bar while busy.
    void setWaitingText(const QString &text);
    /// The request failed: shows @p message and the service's @p requestId, ends busy, keeps
    /// the name.
    void showError(const QString &message, const QString &requestId = {});
    /// The request succeeded: closes the dialog as accepted.
    void finish();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// OK with a valid name; the dialog is busy until finish() or showError().
    void submitted(const QString &name);

private:
    void updateState();
    [[nodiscard]] bool isNameAcceptable() const;
    [[nodiscard]] QPushButton *okButton() const;
    [[nodiscard]] QPushButton *cancelButton() const;

    std::unique_ptr<Ui::ProjectNameDialog> m_ui;
    Mode m_mode;
    QString m_originalName;
    QStringList m_existingNames;
    std::optional<RequestProgress> m_progress; ///< made with the form
};
