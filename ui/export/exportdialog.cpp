// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "exportdialog.h"
#include "ui_exportdialog.h"

#include "contentfitter.h"
#include "plaintext.h"

#include <QPushButton>

ExportDialog::ExportDialog(QWidget *parent, Subject subject)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_subject(subject)
{
    m_ui->setupUi(this);
    switch (subject) {
    case Subject::Projects:
        break; // the form's own words
    case Subject::Members:
        setWindowTitle(tr("Export Members"));
        m_ui->scopeGroup->setTitle(tr("Members"));
        m_ui->loadAllCheck->setText(tr("&Load all members first"));
        break;
    case Subject::ServiceAccounts:
        setWindowTitle(tr("Export Service Accounts"));
        m_ui->scopeGroup->setTitle(tr("Service accounts"));
        m_ui->loadAllCheck->setText(tr("&Load all service accounts first"));
        break;
    case Subject::ApiKeys:
        setWindowTitle(tr("Export API Keys"));
        m_ui->scopeGroup->setTitle(tr("API keys"));
        m_ui->loadAllCheck->setText(tr("&Load all API keys first"));
        break;
    }
    PlainText::makeLabelsPlain(this);
    setAccessibleName(windowTitle());
    okButton()->setText(tr("&Export…"));
    m_ui->loadAllCheck->setToolTip(
        tr("Every remaining page is one request against the rate limit; Cancel in the status bar "
           "stops it and the export"));
    if (subject != Subject::Projects) {
        m_ui->loadAllCheck->setToolTip(tr("Every remaining page is one request against the rate "
                                          "limit; Cancel Export beside the search stops it and the export"));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    setCounts(0, 0, true);
    ContentFitter::fitWindow(this);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setCounts(int shown, int loaded, bool complete)
{
    switch (m_subject) {
    case Subject::Projects:
        m_ui->shownRadio->setText(tr("&What the table shows: %n project(s), as searched and sorted",
                                     nullptr, shown));
        m_ui->allRadio->setText(tr("Every loa&ded project: %n project(s)", nullptr, loaded));
        break;
    case Subject::Members:
        m_ui->shownRadio->setText(tr("&What the table shows: %n member(s), as searched and sorted",
                                     nullptr, shown));
        m_ui->allRadio->setText(tr("Every loa&ded member: %n member(s)", nullptr, loaded));
        break;
    case Subject::ServiceAccounts:
        m_ui->shownRadio->setText(
            tr("&What the table shows: %n service account(s), as searched and sorted", nullptr, shown));
        m_ui->allRadio->setText(tr("Every loa&ded service account: %n service account(s)", nullptr, loaded));
        break;
    case Subject::ApiKeys:
        m_ui->shownRadio->setText(tr("&What the table shows: %n API key(s), as searched and sorted",
                                     nullptr, shown));
        m_ui->allRadio->setText(tr("Every loa&ded API key: %n API key(s)", nullptr, loaded));
        break;
    }
    m_ui->loadAllCheck->setEnabled(!complete);
    if (complete)
        m_ui->loadAllCheck->setChecked(false);
}

ExportDialog::Scope ExportDialog::scope() const
{
    return m_ui->allRadio->isChecked() ? Scope::AllLoaded : Scope::Shown;
}

ProjectExport::Format ExportDialog::format() const
{
    return m_ui->jsonRadio->isChecked() ? ProjectExport::Format::Json : ProjectExport::Format::Csv;
}

bool ExportDialog::loadAllFirst() const
{
    return m_ui->loadAllCheck->isEnabled() && m_ui->loadAllCheck->isChecked();
}

QPushButton *ExportDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}
