// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class QAction;
namespace Ui { class ShortcutsDialog; }

/// Help → Keyboard shortcuts: every action given to it that has a shortcut, with the keys in
/// the platform's words. Built from the actions themselves, so it cannot drift from them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Lists those of @p actions that have a shortcut, in their order, each once.
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /// @p action's text as a menu shows it: without the mnemonic '&' ("&&" is a '&').
    [[nodiscard]] static QString displayText(const QAction *action);
    /// @p action's shortcuts in the platform's words, the first (main) one first.
    [[nodiscard]] static QString shortcutText(const QAction *action);

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};
