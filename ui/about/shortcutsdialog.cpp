// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"
#include "ui_shortcutsdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);

    QSet<const QAction *> listed;
    for (const QAction *action : actions) {
        if (!action || action->shortcuts().isEmpty() || listed.contains(action))
            continue;
        listed.insert(action);
        const int row = m_ui->shortcutTable->rowCount();
        m_ui->shortcutTable->insertRow(row);
        auto *name = new QTableWidgetItem(displayText(action));
        name->setIcon(action->icon());
        name->setToolTip(action->toolTip());
        m_ui->shortcutTable->setItem(row, 0, name);
        m_ui->shortcutTable->setItem(row, 1, new QTableWidgetItem(shortcutText(action)));
    }
    QHeaderView *header = m_ui->shortcutTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->shortcutTable->resizeRowsToContents();
    if (m_ui->shortcutTable->rowCount() > 0)
        m_ui->shortcutTable->setCurrentCell(0, 0);

    QPushButton *closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    closeButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QString ShortcutsDialog::displayText(const QAction *action)
{
    const QString text = action->text();
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&x" shows x underlined; "&&" shows one '&'
        shown += text.at(i);
    }
    return shown;
}

QString ShortcutsDialog::shortcutText(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &shortcut : shortcuts)
        keys << shortcut.toString(QKeySequence::NativeText);
    //: between two shortcuts of one action, as in "F5, Ctrl+R"
    return keys.join(tr(", "));
}
