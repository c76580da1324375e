// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "exportdialog.h"
#include "ui_exportdialog.h"

#include "contentfitter.h"
#include "plaintext.h"

#include <QPushButton>

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    PlainText::makeLabelsPlain(this);
    setAccessibleName(windowTitle());
    okButton()->setText(tr("&Export…"));
    m_ui->loadAllCheck->setToolTip(
        tr("Every remaining page is one request against the rate limit; Cancel in the status bar "
           "stops it and the export"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    setCounts(0, 0, true);
    ContentFitter::fitWindow(this);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setCounts(int shown, int loaded, bool complete)
{
    m_ui->shownRadio->setText(tr("&What the table shows: %n project(s), as searched and sorted",
                                 nullptr, shown));
    m_ui->allRadio->setText(tr("Every loa&ded project: %n project(s)", nullptr, loaded));
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
