// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "projectexport.h"

#include <QString>

class QFileDialog;
class QWidget;
struct ExportResult;

/// What every export's window part shares: the save dialog, the folder remembered for the
/// next export, and the message box of a write that failed.
namespace ExportFile {

/// A save dialog titled @p title for a file of @p format called @p name (its extension is
/// added), in the folder the last export used (else Documents). It is deleted on close and
/// closes when the organization changes; the caller connects fileSelected and opens it.
[[nodiscard]] QFileDialog *saveDialog(QWidget *parent, const QString &title, const QString &name,
                                      ProjectExport::Format format);
/// Remembers @p path's folder for the next export's save dialog.
void rememberFolder(const QString &path);
/// Tells, in a window-modal box over @p parent, why @p result was not written.
void showError(QWidget *parent, const ExportResult &result);

} // namespace ExportFile
