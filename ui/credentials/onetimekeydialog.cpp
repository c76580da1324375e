// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "onetimekeydialog.h"
#include "ui_onetimekeydialog.h"

#include "contentfitter.h"
#include "plaintext.h"
#include "projecterrortext.h"
#include "secretclipboard.h"

#include <QFontDatabase>
#include <QMessageBox>
#include <QPushButton>

OneTimeKeyDialog::OneTimeKeyDialog(const ServiceAccount &account, const ServiceAccountKey &key,
                                   SecretClipboard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OneTimeKeyDialog>())
    , m_secret(key.value)
    , m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    PlainText::makeLabelsPlain(this);
    setWindowTitle(tr("Service Account Key"));
    setAccessibleName(windowTitle());
    m_ui->messageLabel->setText(tr("Service account %1 was created with this API key.")
                                    .arg(ProjectErrorText::quoted(account.name)));
    m_ui->warningLabel->setText(
        tr("Copy the key now and keep it somewhere safe. It will not be shown again: OpenAI "
           "keeps only a shortened form of it, and OrgDesk does not keep it at all."));
    QFont bold = m_ui->warningLabel->font();
    bold.setBold(true);
    m_ui->warningLabel->setFont(bold);

    m_ui->keyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->keyEdit->setText(m_secret.reveal());
    m_ui->keyEdit->setCursorPosition(0);
    // The whole key in view where the screen allows; a longer one scrolls, and Copy takes it whole.
    const QFontMetrics metrics = m_ui->keyEdit->fontMetrics();
    const int whole = metrics.horizontalAdvance(m_secret.reveal()) + metrics.averageCharWidth() * 2;
    m_ui->keyEdit->setMinimumWidth(qBound(metrics.averageCharWidth() * 40, whole, metrics.averageCharWidth() * 90));
    m_ui->copyButton->setAccessibleName(tr("Copy the key"));
    m_ui->copiedLabel->hide();

    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    connect(m_ui->copyButton, &QPushButton::clicked, this, &OneTimeKeyDialog::copyKey);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OneTimeKeyDialog::reject);
    m_ui->copyButton->setFocus();
    ContentFitter::fitWindow(this);
}

OneTimeKeyDialog::~OneTimeKeyDialog()
{
    wipe();
}

void OneTimeKeyDialog::copyKey()
{
    if (!m_clipboard || m_secret.isEmpty())
        return;
    m_clipboard->copy(m_secret);
    const int seconds = int(m_clipboard->clearDelay().count() / 1000);
    m_ui->copiedLabel->setText(
        seconds > 0 ? tr("Copied. The clipboard will be cleared in %n seconds if it still holds "
                         "the key.", nullptr, seconds)
                    : tr("Copied. The clipboard will be cleared shortly if it still holds the key."));
    m_ui->copiedLabel->show();
}

void OneTimeKeyDialog::done(int result)
{
    // Every way of closing lands here: Close, Escape, the window's X (through reject()).
    if (m_closing)
        return;
    if (!m_asked) {
        askStored();
        return;
    }
    m_closing = true;
    wipe();
    QDialog::done(result);
}

void OneTimeKeyDialog::askStored()
{
    m_asked = true;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Did you store the key?"),
                                tr("Did you store the key?"), QMessageBox::NoButton, this);
    box->setInformativeText(tr("Once this window is closed, the key cannot be shown again. "
                               "Without it, delete the service account and create a new one."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stored = box->addButton(tr("Yes, Close"), QMessageBox::AcceptRole);
    stored->setObjectName(QStringLiteral("storedButton"));
    QPushButton *back = box->addButton(tr("Go Back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBackButton"));
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    m_question = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, stored](QAbstractButton *clicked) {
        if (clicked == stored)
            done(QDialog::Accepted);
        else
            m_ui->copyButton->setFocus();
    });
    box->open();
}

void OneTimeKeyDialog::wipe()
{
    m_secret.clear();
    if (m_ui && m_ui->keyEdit) {
        // setText() also drops the line edit's undo history, which holds the old text.
        m_ui->keyEdit->setText(QString());
        m_ui->keyEdit->clear();
    }
}
