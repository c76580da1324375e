// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "memberchangedialog.h"
#include "ui_memberchangedialog.h"

#include "contentfitter.h"
#include "displaytext.h"
#include "plaintext.h"

#include <QPushButton>

MemberChangeDialog::MemberChangeDialog(Mode mode, const ProjectUser &member, const Project &project,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberChangeDialog>())
    , m_mode(mode)
    , m_member(member)
{
    m_ui->setupUi(this);
    const QString person = DisplayText::isolated(personText(member));
    const QString projectName = DisplayText::isolated(project.name.isEmpty() ? project.id : project.name);
    m_ui->roleCombo->addItem(tr("Member"), QStringLiteral("member"));
    m_ui->roleCombo->addItem(tr("Owner"), QStringLiteral("owner"));
    if (mode == Mode::ChangeRole) {
        setWindowTitle(tr("Change Role"));
        m_ui->questionLabel->setText(tr("The role of %1 in the project %2:").arg(person, projectName));
        const int current = m_ui->roleCombo->findData(member.role);
        // Another role than the two the service documents: no choice is made for the user.
        m_ui->roleCombo->setCurrentIndex(current);
        okButton()->setText(tr("&Change Role"));
    } else {
        setWindowTitle(tr("Remove Member"));
        m_ui->questionLabel->setText(
            tr("Remove %1 from the project %2? They lose access to the project; their account in the "
               "organization stays.").arg(person, projectName));
        m_ui->roleLabel->hide();
        m_ui->roleCombo->hide();
        okButton()->setText(tr("&Remove"));
        // Removing is the risky choice: Enter alone does not do it.
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
        okButton()->setAutoDefault(false);
    }
    m_ui->progressLabel->hide();
    m_ui->errorArea->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MemberChangeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MemberChangeDialog::reject);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &MemberChangeDialog::updateState);
    PlainText::makeLabelsPlain(this);
    updateState();
    ContentFitter::fitWindow(this);
}

MemberChangeDialog::~MemberChangeDialog() = default;

QString MemberChangeDialog::personText(const ProjectUser &member)
{
    const QString name = member.name.value();
    const QString email = member.email.value();
    if (!name.isEmpty() && !email.isEmpty())
        return tr("%1 (%2)").arg(name, email);
    if (!name.isEmpty())
        return name;
    return email.isEmpty() ? member.id : email;
}

QString MemberChangeDialog::role() const
{
    if (m_mode == Mode::Remove)
        return m_member.role;
    return m_ui->roleCombo->currentData().toString();
}

void MemberChangeDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_ui->errorArea->hide();
    m_ui->progressLabel->setVisible(busy);
    m_ui->progressLabel->setText(m_mode == Mode::Remove ? tr("Removing…") : tr("Changing the role…"));
    updateState();
}

void MemberChangeDialog::setWaitingText(const QString &text)
{
    if (m_busy)
        m_ui->progressLabel->setText(text);
}

void MemberChangeDialog::showError(MessageArea::Kind kind, const QString &message, const QString &requestId)
{
    setBusy(false);
    m_ui->errorArea->showMessage(kind, message, requestId);
}

void MemberChangeDialog::finish()
{
    m_busy = false;
    QDialog::accept();
}

void MemberChangeDialog::accept()
{
    if (m_busy || !okButton()->isEnabled())
        return;
    setBusy(true);
    Q_EMIT submitted();
}

void MemberChangeDialog::reject()
{
    // The request is on its way; its answer decides. Closing now would hide the outcome.
    if (m_busy)
        return;
    QDialog::reject();
}

void MemberChangeDialog::updateState()
{
    const bool changed = m_mode == Mode::Remove
                         || (m_ui->roleCombo->currentIndex() >= 0 && role() != m_member.role);
    okButton()->setEnabled(!m_busy && changed);
    m_ui->roleCombo->setEnabled(!m_busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
}

QPushButton *MemberChangeDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}
