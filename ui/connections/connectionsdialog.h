// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class AdminApiClient;
class ApiError;
class ConnectionStore;
class KeyCheck;
class QNetworkAccessManager;
class QTreeWidgetItem;
class QUrl;
class RequestProgress;
namespace Ui { class ConnectionsDialog; }

/// File → Connections…: the organizations OrgDesk knows, to add, rename and remove.
///
/// Add first asks the connection's own base URL whether it accepts the key (KeyCheck, as the
/// admin key dialog does; Cancel stops it), then stores the key in the keychain; the connection
/// appears only once it is stored. A refused key, a service that cannot be reached or a
/// keychain failure is shown here with everything typed kept, and nothing stored. Remove asks
/// first, naming the connection; its key and its remembered projects go with it. Open with
/// open().
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Nothing is owned. The key check runs on @p network with @p client's timeout and
    /// retries; @p client's own key is never touched.
    ConnectionsDialog(ConnectionStore *store, const AdminApiClient *client,
                      QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    /// Closing (Close, Escape) while a key is checked stops the check.
    void done(int result) override;

private:
    void reload();
    void add();
    void store(const QString &name, const QUrl &url, const QString &key);
    void onCheckFailed(const ApiError &error, const QString &key);
    void cancelCheck();
    void setChecking(bool checking, const QString &text = {});
    void renameSelected();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void askToRemove();
    void remove(const QString &id);
    void showError(const QString &message, const QString &requestId = {});
    void showNotice(const QString &message);
    void updateButtons();
    [[nodiscard]] QString selectedId() const;

    std::unique_ptr<Ui::ConnectionsDialog> m_ui;
    ConnectionStore *m_store;
    KeyCheck *m_check;
    std::unique_ptr<RequestProgress> m_progress;
    bool m_adding = false; ///< the key is checked or stored: the form waits
};
