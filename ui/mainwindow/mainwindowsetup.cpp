// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "mainwindowsetup.h"
#include "ui_mainwindow.h"

#include "adminapiclient.h"
#include "icons.h"
#include "projecttablemodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QStyledItemDelegate>

#include <functional>

namespace {

// An id is told apart by its start and its end: cut in the middle ("proj_liLg…5pUFOA").
class MiddleElidingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

void MainWindowSetup::decorateActions(Ui::MainWindow &ui)
{
    struct Setup
    {
        QAction *action;
        const char *icon;
        QKeySequence shortcut;
    };
    const Setup setups[] = {
        {ui.newAction, "document-new", QKeySequence::New},
        {ui.renameAction, "edit-rename", QKeySequence(Qt::Key_F2)},
        {ui.archiveAction, "archive-insert", QKeySequence::Delete},
        {ui.copyIdAction, "edit-copy", QKeySequence::Copy},
        {ui.refreshDetailsAction, "view-refresh", {}},
        {ui.refreshAction, "view-refresh", QKeySequence::Refresh},
        {ui.loadAllAction, "go-bottom", {}},
        {ui.showArchivedAction, "orgdesk-archived", {}},
        {ui.findAction, "edit-find", QKeySequence::Find},
        {ui.exportAction, "document-save-as", QKeySequence(Qt::CTRL | Qt::Key_E)},
        {ui.adminKeyAction, "dialog-password", {}},
        {ui.aboutAction, "help-about", {}},
        {ui.quitAction, "application-exit", QKeySequence::Quit},
    };
    for (const Setup &setup : setups) {
        setup.action->setIcon(Icons::themed(QString::fromLatin1(setup.icon)));
        if (!setup.shortcut.isEmpty())
            setup.action->setShortcut(setup.shortcut);
    }
    // Not every platform defines a Quit key (Windows has none).
    if (ui.quitAction->shortcut().isEmpty())
        ui.quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    // Delete and Copy act on the table only: in the search field or a details label they must
    // keep their text-editing meaning.
    for (QAction *action : {ui.archiveAction, ui.copyIdAction, ui.renameAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        ui.projectTable->addAction(action);
    }
    ui.viewMenu->addAction(ui.detailsPane->toggleViewAction());
    ui.detailsPane->toggleViewAction()->setText(QCoreApplication::translate("MainWindow", "&Details pane"));
    ui.viewMenu->addAction(ui.mainToolBar->toggleViewAction());
}

QMenu *MainWindowSetup::contextMenu(Ui::MainWindow &ui, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("projectContextMenu"));
    menu->addActions({ui.newAction, ui.renameAction, ui.archiveAction, ui.setRateLimitsAction});
    menu->addSeparator();
    menu->addActions({ui.copyIdAction, ui.refreshDetailsAction});
    return menu;
}

void MainWindowSetup::arrangeTable(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    // The name is what people read: it keeps room for a few words however narrow the table
    // is (a horizontal scroll bar before an unreadable name); the last column takes what is left.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(60);

    // Wide enough for a real project id and a long date, plus padding for the sort arrow.
    const QFontMetrics metrics(table->font());
    const int padding = 3 * metrics.averageCharWidth() + 16;
    table->setColumnWidth(ProjectTableModel::NameColumn, 24 * metrics.averageCharWidth() + padding);
    // Most of an id; the whole one is in the details, its tooltip and Copy ID.
    table->setItemDelegateForColumn(ProjectTableModel::IdColumn, new MiddleElidingDelegate(table));
    table->setColumnWidth(ProjectTableModel::IdColumn,
                          metrics.horizontalAdvance(QStringLiteral("proj_DyXPEbZner1LOzF9")) + padding);
    // The longest status the column shows: the model's "Archived", as in the last header.
    const QString archived = table->model()->headerData(ProjectTableModel::ArchivedColumn,
                                                        Qt::Horizontal).toString();
    table->setColumnWidth(ProjectTableModel::StatusColumn,
                          metrics.horizontalAdvance(archived) + padding);
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)),
                                                  QLocale::ShortFormat);
    const int dateWidth = metrics.horizontalAdvance(sampleDate) + padding;
    table->setColumnWidth(ProjectTableModel::CreatedColumn, dateWidth);
    table->setColumnWidth(ProjectTableModel::ArchivedColumn, dateWidth);
    table->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    table->sortByColumn(ProjectTableModel::CreatedColumn, Qt::DescendingOrder);
}

// Within a part, Tab follows the order its form made its controls in.
void MainWindowSetup::setTabOrder(Ui::MainWindow &ui)
{
    const auto stopsIn = [](QWidget *part) {
        QList<QWidget *> stops;
        for (QWidget *widget : part->findChildren<QWidget *>()) {
            if (widget->focusPolicy() & Qt::TabFocus)
                stops.append(widget);
        }
        return stops;
    };
    const QList<QWidget *> order = QList<QWidget *>{ui.searchEdit, ui.projectTable}
        + stopsIn(ui.emptyState) + stopsIn(ui.projectDetails) + stopsIn(ui.statusBar)
        + stopsIn(ui.errorBanner);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

QList<QAction *> MainWindowSetup::actionsInMenuOrder(const QMenuBar *menuBar, const QWidget *window)
{
    QList<QAction *> actions;
    const std::function<void(const QList<QAction *> &)> collect
        = [&](const QList<QAction *> &list) {
              for (QAction *action : list) {
                  if (QMenu *menu = action->menu())
                      collect(menu->actions());
                  else
                      actions << action;
              }
          };
    collect(menuBar->actions());
    actions << window->findChildren<QAction *>();
    return actions;
}

void MainWindowSetup::clearSearchOnEscape(Ui::MainWindow &ui)
{
    QLineEdit *search = ui.searchEdit;
    QTableView *table = ui.projectTable;
    auto *clear = new QAction(QCoreApplication::translate("MainWindow", "Clear search"), search);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    search->addAction(clear);
    QObject::connect(clear, &QAction::triggered, search, [search, table] {
        if (search->text().isEmpty())
            table->setFocus();
        else
            search->clear();
    });
}

QString MainWindowSetup::nonStandardHost(const QUrl &baseUrl)
{
    const QUrl standard = AdminApiClient::defaultBaseUrl();
    if (baseUrl.isEmpty() || baseUrl.adjusted(QUrl::StripTrailingSlash)
                                 == standard.adjusted(QUrl::StripTrailingSlash))
        return {};
    QString host = baseUrl.host();
    if (baseUrl.port() != -1)
        host += u':' + QString::number(baseUrl.port());
    return host;
}
