// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "serviceaccountnamedialog.h"
#include "ui_serviceaccountnamedialog.h"

#include "contentfitter.h"
#include "plaintext.h"
#include "projecterrortext.h"

#include <QPushButton>

ServiceAccountNameDialog::ServiceAccountNameDialog(const QString &projectName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServiceAccountNameDialog>())
{
    m_ui->setupUi(this);
    m_progress.emplace(m_ui->progressBar, m_ui->progressLabel, m_ui->errorArea);
    PlainText::makeLabelsPlain(this);
    setWindowTitle(tr("New Service Account"));
    setAccessibleName(windowTitle());
    okButton()->setText(tr("Create"));
    okButton()->setAccessibleName(okButton()->text());
    cancelButton()->setAccessibleName(tr("Cancel"));
    m_ui->nameEdit->setMaxLength(MaxNameLength);
    m_ui->nameEdit->setPlaceholderText(tr("e.g. Nightly batch"));
    m_ui->hintLabel->setText(
        tr("The service account joins %1 as a member, with one API key. The key is shown once, "
           "right after it is created.")
            .arg(ProjectErrorText::quoted(projectName)));

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ServiceAccountNameDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServiceAccountNameDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ServiceAccountNameDialog::reject);
    updateState();
    ContentFitter::fitWindow(this);
}

ServiceAccountNameDialog::~ServiceAccountNameDialog() = default;

QString ServiceAccountNameDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

void ServiceAccountNameDialog::setBusy(bool busy, const QString &progressText)
{
    m_progress->setBusy(busy, progressText);
    updateState();
}

void ServiceAccountNameDialog::setWaitingText(const QString &text)
{
    m_progress->setWaitingText(text);
}

void ServiceAccountNameDialog::showError(const QString &message, const QString &requestId)
{
    setBusy(false);
    m_ui->errorArea->showMessage(MessageArea::Kind::Error, message, requestId);
    m_ui->nameEdit->setFocus();
}

void ServiceAccountNameDialog::showMadeWithoutKey(const QString &message, const QString &requestId)
{
    m_done = true;
    setBusy(false);
    m_ui->errorArea->showMessage(MessageArea::Kind::Warning, message, requestId);
    m_ui->hintLabel->hide();
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    close->setFocus();
    updateState();
}

void ServiceAccountNameDialog::finish()
{
    m_progress->setBusy(false);
    m_done = true;
    QDialog::accept();
}

void ServiceAccountNameDialog::accept()
{
    if (m_progress->isBusy() || m_done || name().isEmpty())
        return;
    Q_EMIT submitted(name());
}

void ServiceAccountNameDialog::reject()
{
    // The answer says whether the account (and its one-time key) was made: wait for it.
    if (m_progress->isBusy())
        return;
    QDialog::reject();
}

void ServiceAccountNameDialog::updateState()
{
    m_ui->nameEdit->setReadOnly(m_progress->isBusy() || m_done);
    if (QPushButton *ok = okButton())
        ok->setEnabled(!m_progress->isBusy() && !m_done && !name().isEmpty());
    if (QPushButton *cancel = cancelButton())
        cancel->setEnabled(!m_progress->isBusy());
}

QPushButton *ServiceAccountNameDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

QPushButton *ServiceAccountNameDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}
