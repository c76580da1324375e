// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class AdminApiClient;
class Session;
namespace Ui { class AdminKeyDialog; }

/// Enter, verify, save, replace or forget the admin key of the current API origin.
///
/// "Verify and save" lists one project with the typed key before anything is stored; the key
/// reaches the session only when the service accepted it. Open with open(), never exec().
class AdminKeyDialog : public QDialog
{
    Q_OBJECT
public:
    AdminKeyDialog(Session *session, AdminApiClient *client, QWidget *parent = nullptr);
    ~AdminKeyDialog() override;

private:
    std::unique_ptr<Ui::AdminKeyDialog> m_ui;
    class Private;
    std::unique_ptr<Private> d;
};
