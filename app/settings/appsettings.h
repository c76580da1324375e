// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

/// What OrgDesk remembers between runs: window geometry and layout, the table's columns and
/// sort, the "Show archived" toggle, whether the details pane is shown, the spend period and
/// the export folder.
///
/// Stored with QSettings under organization "OrgDesk", application "OrgDesk"
/// (~/.config/OrgDesk/OrgDesk.conf on Linux). Never a key or anything that could hold one:
/// there is deliberately no generic setter.
class AppSettings
{
public:
    AppSettings();

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    /// QMainWindow::saveState(): toolbar and dock positions.
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// QHeaderView::saveState(): column widths, order and sort.
    [[nodiscard]] QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);

    /// Whether archived projects are listed (default: no).
    [[nodiscard]] bool showArchived() const;
    void setShowArchived(bool show);

    /// Whether the details pane is visible (default: yes).
    [[nodiscard]] bool detailsPaneVisible() const;
    void setDetailsPaneVisible(bool visible);

    /// The spend column's period in days: 7, 30 (default) or 90; 0: spend off (issue #19).
    [[nodiscard]] int spendPeriodDays() const;
    void setSpendPeriodDays(int days);
    /// The folder the last export was written to (default: none, the file dialog's own).
    [[nodiscard]] QString exportFolder() const;
    void setExportFolder(const QString &folder);

    /// Writes pending changes to disk now (QSettings otherwise does so later).
    void sync();

    /// The file the settings live in (for tests and the README).
    [[nodiscard]] QString fileName() const;

private:
    QSettings m_settings;
};
