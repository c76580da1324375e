// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "exportfile.h"

#include "appsettings.h"
#include "exportwriter.h"
#include "organizationdialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

QFileDialog *ExportFile::saveDialog(QWidget *parent, const QString &title, const QString &name,
                                    ProjectExport::Format format)
{
    const bool csv = format == ProjectExport::Format::Csv;
    QString folder = AppSettings().exportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = name + (csv ? QStringLiteral(".csv") : QStringLiteral(".json"));

    auto *dialog = new QFileDialog(parent, title, QDir(folder).filePath(fileName));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    OrganizationDialogs::mark(dialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->setNameFilters({csv ? QCoreApplication::translate("ExportFile", "CSV files (*.csv)") : QCoreApplication::translate("ExportFile", "JSON files (*.json)"),
                            QCoreApplication::translate("ExportFile", "All files (*)")});
    return dialog;
}

void ExportFile::rememberFolder(const QString &path)
{
    AppSettings settings;
    settings.setExportFolder(QFileInfo(path).absolutePath());
    settings.sync();
}

void ExportFile::showError(QWidget *parent, const ExportResult &result)
{
    auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("ExportFile", "Export failed"), result.error,
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("exportErrorBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
