// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QAction;
class QMenu;
class QMenuBar;
class QTableView;
class QWidget;
namespace Ui { class MainWindow; }

/// What the main window's form needs once, after setupUi(), that a .ui file cannot say:
/// themed icons with fallbacks, the platform's standard shortcuts, the table's columns, the
/// tab order across its parts. No state, no connections to the window.
namespace MainWindowSetup {

/// Icons and standard shortcuts on every action; Delete, Copy and F2 act on the table only.
void decorateActions(Ui::MainWindow &ui);
/// "127.0.0.1:8080" for any base URL but the real service's, so that a window pointed at the
/// sandbox or a gateway is never mistaken for the real organization; else empty.
[[nodiscard]] QString nonStandardHost(const QUrl &baseUrl);
/// Esc in the search field clears it; a second Esc goes back to the table.
void clearSearchOnEscape(Ui::MainWindow &ui);
/// The table's context menu: the actions on the selected projects.
[[nodiscard]] QMenu *contextMenu(Ui::MainWindow &ui, QWidget *parent);
/// Column widths: room for a name, most of a project id (cut in the middle), a long date;
/// newest first.
void arrangeTable(QTableView *table);
/// Search, table, empty state, details, status bar, then the banner just above the search.
void setTabOrder(Ui::MainWindow &ui);
/// The actions of @p menuBar in menu order, then those of @p window no menu shows.
[[nodiscard]] QList<QAction *> actionsInMenuOrder(const QMenuBar *menuBar, const QWidget *window);

} // namespace MainWindowSetup
