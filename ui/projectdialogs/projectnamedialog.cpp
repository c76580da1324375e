// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectnamedialog.h"
#include "ui_projectnamedialog.h"

#include "contentfitter.h"
#include "plaintext.h"
#include "projecterrortext.h"

#include <QPushButton>

ProjectNameDialog::ProjectNameDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectNameDialog>())
    , m_mode(mode)
{
    m_ui->setupUi(this);
    m_progress.emplace(m_ui->progressBar, m_ui->progressLabel, m_ui->errorArea);
    PlainText::makeLabelsPlain(this);
    const bool create = mode == Mode::Create;
    setWindowTitle(create ? tr("New Project") : tr("Rename Project"));
    setAccessibleName(windowTitle());
    okButton()->setText(create ? tr("Create") : tr("Rename"));
    okButton()->setAccessibleName(okButton()->text());
    cancelButton()->setAccessibleName(tr("Cancel"));

    m_ui->nameEdit->setMaxLength(MaxNameLength);
    m_ui->nameEdit->setPlaceholderText(create ? tr("e.g. Support chatbot") : QString());
    m_ui->warningLabel->hide();

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ProjectNameDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProjectNameDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProjectNameDialog::reject);
    updateState();
    ContentFitter::fitWindow(this);
}

ProjectNameDialog::~ProjectNameDialog() = default;

void ProjectNameDialog::setOriginalName(const QString &name)
{
    m_originalName = name;
    m_ui->nameEdit->setText(name);
    m_ui->nameEdit->selectAll();
    updateState();
}

void ProjectNameDialog::setExistingNames(const QStringList &names)
{
    m_existingNames = names;
    updateState();
}

QString ProjectNameDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

void ProjectNameDialog::setBusy(bool busy, const QString &progressText)
{
    m_progress->setBusy(busy, progressText);
    updateState();
}

void ProjectNameDialog::setWaitingText(const QString &text)
{
    m_progress->setWaitingText(text);
}

void ProjectNameDialog::showError(const QString &message, const QString &requestId)
{
    setBusy(false);
    m_ui->errorArea->showMessage(MessageArea::Kind::Error, message, requestId);
    m_ui->nameEdit->setFocus();
}

void ProjectNameDialog::finish()
{
    m_progress->setBusy(false);
    QDialog::accept();
}

void ProjectNameDialog::accept()
{
    // Reached by OK, by Enter (OK is the default button) and by QDialogButtonBox: the guard
    // makes a second Enter during a request a no-op even if a key event slips through.
    if (m_progress->isBusy() || !isNameAcceptable())
        return;
    Q_EMIT submitted(name());
}

void ProjectNameDialog::reject()
{
    // Cancel is disabled while a request runs, and Escape or the window's close button land
    // here too. The dialog waits for the answer instead of abandoning it: only the answer
    // tells whether a create or rename already happened (a cancelled create may still create
    // the project, and the user would not know to refresh). The client's timeout bounds the
    // wait, and an unclear create comes back as "outcome unknown", which the dialog explains.
    if (m_progress->isBusy())
        return;
    QDialog::reject();
}

void ProjectNameDialog::updateState()
{
    const QString typed = m_ui->nameEdit->text();
    m_ui->counterLabel->setText(tr("%1 / %2").arg(typed.size()).arg(MaxNameLength));
    m_ui->counterLabel->setAccessibleDescription(
        tr("%1 of at most %2 characters").arg(typed.size()).arg(MaxNameLength));

    const QString trimmed = name();
    const bool duplicate = !trimmed.isEmpty() && trimmed != m_originalName.trimmed()
        && m_existingNames.contains(trimmed, Qt::CaseInsensitive);
    m_ui->warningLabel->setVisible(duplicate);
    if (duplicate) {
        m_ui->warningLabel->setText(tr("A project named %1 already exists. Names are not unique, "
                                       "and projects cannot be deleted.")
                                        .arg(ProjectErrorText::quoted(trimmed)));
    }

    m_ui->nameEdit->setReadOnly(m_progress->isBusy());
    okButton()->setEnabled(!m_progress->isBusy() && isNameAcceptable());
    cancelButton()->setEnabled(!m_progress->isBusy());
}

bool ProjectNameDialog::isNameAcceptable() const
{
    const QString trimmed = name();
    if (trimmed.isEmpty())
        return false;
    return m_mode == Mode::Create || trimmed != m_originalName.trimmed();
}

QPushButton *ProjectNameDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

QPushButton *ProjectNameDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}
