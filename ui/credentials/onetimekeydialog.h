// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "serviceaccount.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include <memory>

namespace Ui { class OneTimeKeyDialog; }

class SecretClipboard;

/// Shows a new service account's API key, the one time the service ever sends it.
///
/// The key is selectable, in a monospace font, with Copy (through SecretClipboard: marked as a
/// secret, cleared later). The first attempt to close (Close, Escape, the window's X) asks
/// "Did you store the key?"; Go Back returns to the key, and the next close does not ask
/// again. When the dialog closes, the key is wiped from its widgets and from memory here; the
/// owner deletes the dialog (WA_DeleteOnClose).
class OneTimeKeyDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p clipboard is not owned; it outlives the dialog (the clipboard is cleared later).
    OneTimeKeyDialog(const ServiceAccount &account, const ServiceAccountKey &key,
                     SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~OneTimeKeyDialog() override;

    /// The question asked on the first close, while it is open.
    [[nodiscard]] QMessageBox *storedQuestion() const { return m_question; }
    [[nodiscard]] bool hasAsked() const { return m_asked; }

    void done(int result) override;

private:
    void copyKey();
    void askStored();
    void wipe();

    std::unique_ptr<Ui::OneTimeKeyDialog> m_ui;
    OneTimeSecret m_secret;
    QPointer<SecretClipboard> m_clipboard;
    QPointer<QMessageBox> m_question;
    bool m_asked = false;
    bool m_closing = false;
};
