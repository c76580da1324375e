// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "deleteserviceaccountdialog.h"
#include "ui_deleteserviceaccountdialog.h"

#include "contentfitter.h"
#include "plaintext.h"
#include "projecterrortext.h"

#include <QPushButton>

DeleteServiceAccountDialog::DeleteServiceAccountDialog(const ServiceAccount &account,
                                                       const QString &projectName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteServiceAccountDialog>())
    , m_account(account)
{
    m_ui->setupUi(this);
    PlainText::makeLabelsPlain(this);
    setWindowTitle(tr("Delete Service Account"));
    setAccessibleName(windowTitle());
    const QString quoted = account.name.trimmed().isEmpty() ? account.id
                                                            : ProjectErrorText::quoted(account.name);
    m_ui->messageLabel->setText(tr("Delete service account %1 from %2?")
                                    .arg(quoted, ProjectErrorText::quoted(projectName)));
    QFont bold = m_ui->messageLabel->font();
    bold.setBold(true);
    m_ui->messageLabel->setFont(bold);
    m_ui->consequenceLabel->setText(
        tr("Its API keys stop working at once: whatever uses them (a deployment, a script) "
           "loses access. This cannot be undone."));
    m_ui->confirmLabel->setText(
        tr("To confirm, type the service account's name: %1").arg(expectedConfirmation()));
    m_ui->confirmEdit->setAccessibleDescription(m_ui->confirmLabel->text());

    m_deleteButton = m_ui->buttonBox->addButton(tr("Delete"), QDialogButtonBox::AcceptRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAccessibleName(tr("Delete service account"));
    // Enter must never delete: Cancel is the default.
    m_deleteButton->setAutoDefault(false);
    cancelButton()->setDefault(true);
    cancelButton()->setAccessibleName(tr("Cancel"));
    m_ui->progressBar->hide();
    m_ui->progressLabel->hide();

    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &DeleteServiceAccountDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DeleteServiceAccountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DeleteServiceAccountDialog::reject);
    m_ui->confirmEdit->setFocus();
    updateState();
    // Four paragraphs that wrap, a long name in three of them: narrower than this, a window
    // would be all line breaks.
    setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    ContentFitter::fitWindow(this);
}

DeleteServiceAccountDialog::~DeleteServiceAccountDialog() = default;

QString DeleteServiceAccountDialog::expectedConfirmation() const
{
    const QString name = m_account.name.trimmed();
    return name.isEmpty() ? m_account.id : name;
}

bool DeleteServiceAccountDialog::isConfirmed() const
{
    const QString expected = expectedConfirmation();
    return !expected.isEmpty() && m_ui->confirmEdit->text().trimmed() == expected;
}

void DeleteServiceAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_ui->errorArea->hide();
        m_progressText = tr("Deleting %1…").arg(ProjectErrorText::quoted(expectedConfirmation()));
        m_ui->progressLabel->setText(m_progressText);
    }
    m_ui->progressBar->setVisible(busy);
    m_ui->progressLabel->setVisible(busy);
    updateState();
}

void DeleteServiceAccountDialog::setWaitingText(const QString &text)
{
    if (m_busy)
        m_ui->progressLabel->setText(text.isEmpty() ? m_progressText : text);
}

void DeleteServiceAccountDialog::showError(const QString &message, const QString &requestId)
{
    setBusy(false);
    m_ui->errorArea->showMessage(MessageArea::Kind::Error, message, requestId);
    m_ui->confirmEdit->setFocus();
}

void DeleteServiceAccountDialog::finish()
{
    m_busy = false;
    QDialog::accept();
}

void DeleteServiceAccountDialog::accept()
{
    if (m_busy || !isConfirmed())
        return;
    Q_EMIT deleteRequested();
}

void DeleteServiceAccountDialog::reject()
{
    // A delete in flight is never abandoned: its outcome is shown before the dialog goes.
    if (!m_busy)
        QDialog::reject();
}

void DeleteServiceAccountDialog::updateState()
{
    m_ui->confirmEdit->setReadOnly(m_busy);
    m_deleteButton->setEnabled(!m_busy && isConfirmed());
    cancelButton()->setEnabled(!m_busy);
}

QPushButton *DeleteServiceAccountDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}
