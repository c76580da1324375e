// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class ConnectionStore;
class QTreeWidgetItem;
namespace Ui { class ConnectionsDialog; }

/// File → Connections…: the organizations OrgDesk knows, to add, rename and remove.
///
/// Add stores the key in the keychain first; the connection appears only once it is stored,
/// and a keychain failure is shown here with everything typed kept. Remove asks first, naming
/// the connection; its key and its remembered projects go with it. Open with open().
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p store is not owned.
    explicit ConnectionsDialog(ConnectionStore *store, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

private:
    void reload();
    void add();
    void renameSelected();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void askToRemove();
    void remove(const QString &id);
    void showError(const QString &message);
    void showNotice(const QString &message);
    void updateButtons();
    [[nodiscard]] QString selectedId() const;

    std::unique_ptr<Ui::ConnectionsDialog> m_ui;
    ConnectionStore *m_store;
    bool m_adding = false;
};
