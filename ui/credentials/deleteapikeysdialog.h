// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apikey.h"
#include "bulkkeydeleter.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui { class DeleteApiKeysDialog; }
class QListWidgetItem;
class QPushButton;

/// Confirms deleting one or more API keys, then shows the progress and the outcome per key.
///
/// The preview lists every key; a service account's key is marked there and explained (it
/// cannot be deleted alone: it goes with its service account) and is never sent. Cancel is
/// the default button. Delete emits deleteRequested(); the owner runs a BulkKeyDeleter and
/// reports through setProgress(), markDeleted(), markFailed() and showSummary(). While it
/// runs, Stop (Cancel, Escape) stops after the key being deleted.
class DeleteApiKeysDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteApiKeysDialog(const QList<ApiKey> &keys, const QString &projectName, QWidget *parent = nullptr);
    ~DeleteApiKeysDialog() override;

    [[nodiscard]] QList<ApiKey> keys() const { return m_keys; }
    /// How many of keys() can be deleted here (not a service account's).
    [[nodiscard]] int deletableCount() const;
    [[nodiscard]] bool isRunning() const { return m_running; }

    void setRunning(bool running);
    void setProgress(int done, int total, const ApiKey &current);
    void markDeleted(const ApiKey &key, bool alreadyGone);
    void markFailed(const ApiKey &key, const QString &why);
    void setWaitingText(const QString &text);
    /// The final account; only Close remains.
    void showSummary(const BulkKeyDeleteSummary &summary);

    /// How a key is named in the list and the summary: its name, redacted value and owner.
    [[nodiscard]] static QString describe(const ApiKey &key);

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void deleteRequested();
    void stopRequested();

private:
    void updateState();
    [[nodiscard]] QListWidgetItem *itemFor(const ApiKey &key) const;
    [[nodiscard]] QPushButton *cancelButton() const;

    std::unique_ptr<Ui::DeleteApiKeysDialog> m_ui;
    QList<ApiKey> m_keys;
    QPushButton *m_deleteButton = nullptr;
    QString m_progressText;
    bool m_running = false;
    bool m_stopping = false;
    bool m_done = false;
};
