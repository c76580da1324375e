// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class AdminApiClient;
class QNetworkAccessManager;
class Session;
namespace Ui { class AdminKeyDialog; }

/// Enter, verify, save, replace or forget the admin key of the current API origin.
///
/// "Verify and save" lists one project with the typed key before anything is stored; the key
/// reaches the session only when the service accepted it. Open with open(), never exec().
/// The dialog grows and shrinks with what it shows (ContentFitter).
class AdminKeyDialog : public QDialog
{
    Q_OBJECT
public:
    /// The check runs on @p network (not owned), the manager @p client uses, through a
    /// short-lived second client so the session's key stays in place for other requests.
    AdminKeyDialog(Session *session, AdminApiClient *client, QNetworkAccessManager *network,
                   QWidget *parent = nullptr);
    ~AdminKeyDialog() override;

    /// While a check runs, Escape or closing the window also cancels it.
    void done(int result) override;

private:
    void verify();
    void cancelCheck();
    void onCancelClicked();
    void askToForget();
    void setChecking(bool checking);
    void showError(const QString &message, const QString &requestId = {});
    void showKeychainProblem(const QString &message);
    void updateHint();
    void updateKeyState();
    void updateButtons();

    std::unique_ptr<Ui::AdminKeyDialog> m_ui;
    class Private;
    std::unique_ptr<Private> d;
};
