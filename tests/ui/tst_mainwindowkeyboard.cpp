// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The main window from the keyboard (issue #15): Tab goes through the window in reading
// order, and when a dialog closes the focus is back in the table, on the row it acted on.

#include "mainwindowfixture.h"

#include "adminkeydialog.h"
#include "archivedialog.h"
#include "projectnamedialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString nameOf(const QWidget *widget)
{
    return widget ? widget->objectName() : QStringLiteral("(nothing)");
}

QString idAt(const Fixture &f, int row)
{
    return f.proxy()->index(row, 0).data(ProjectTableModel::ProjectIdRole).toString();
}

QString currentId(const Fixture &f)
{
    return f.table()->currentIndex().data(ProjectTableModel::ProjectIdRole).toString();
}

/// Waits for the dialog a key opened, and makes it the active window as a window manager
/// would (offscreen there is none).
template <typename T>
T *openDialog(const Fixture &f)
{
    T *dialog = nullptr;
    const bool open = QTest::qWaitFor([&] {
        dialog = f.window->findChild<T *>();
        return dialog && dialog->isVisible();
    }, Timeout);
    if (!open)
        return nullptr;
    dialog->activateWindow();
    return QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, Timeout)
        ? dialog
        : nullptr;
}

/// Once a dialog has closed: the main window is active again (what a window manager does
/// for a dialog's parent; offscreen there is none), and the table has the focus.
bool focusIsBackInTheTable(const Fixture &f)
{
    if (!QApplication::activeWindow())
        f.window->activateWindow();
    return QTest::qWaitFor([&] { return QApplication::focusWidget() == f.table(); }, Timeout);
}

} // namespace

class TestMainWindowKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void tabGoesThroughTheWindowInReadingOrder();
    void afterACreateTheNewRowHasTheFocus();
    void afterARenameTheRenamedRowHasTheFocus();
    void afterAnArchiveTheNextRowHasTheFocus();
    void afterACancelledDialogTheRowItWasAboutHasTheFocus();
    void afterTheAdminKeyDialogTheCurrentRowHasTheFocus();
    void aReloadKeepsTheSelectedRow();

private:
    /// A window with @p count projects, active, the table focused on @p row.
    void openOnRow(Fixture &f, int count, int row);
};

void TestMainWindowKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindowKeyboard::init()
{
    QSettings settings(QStringLiteral("OrgDesk"), QStringLiteral("OrgDesk"));
    settings.clear();
    settings.sync();
}

void TestMainWindowKeyboard::openOnRow(Fixture &f, int count, int row)
{
    f.server.seed(count, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    f.table()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), f.table());
    // Down from the first row, as a user would.
    QTest::keyClick(f.table(), Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(f.table(), Qt::Key_Down);
    QCOMPARE(f.table()->currentIndex().row(), row);
    QCOMPARE(f.window->selectedProjects().size(), 1);
}

void TestMainWindowKeyboard::tabGoesThroughTheWindowInReadingOrder()
{
    Fixture f;
    openOnRow(f, 5, 1);
    auto *search = f.child<QLineEdit>("searchEdit");
    search->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), search);

    QStringList visited;
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << nameOf(QApplication::focusWidget());
        if (QApplication::focusWidget() == search)
            break;
    }
    const QStringList expected = {
        QStringLiteral("projectTable"),       QStringLiteral("nameValue"),
        QStringLiteral("idValue"),            QStringLiteral("statusValue"),
        QStringLiteral("createdValue"),       QStringLiteral("archivedValue"),
        QStringLiteral("externalKeyIdValue"), QStringLiteral("residencyValue"),
        QStringLiteral("copyIdButton"),       QStringLiteral("refreshDetailsButton"),
        QStringLiteral("qt_tabwidget_tabbar"), // the project workspace's tabs (issue #16)
        QStringLiteral("searchEdit"),
    };
    QVERIFY2(visited == expected, qPrintable(visited.join(QStringLiteral(", "))));

    // Backwards from the search: the workspace's tabs, then the details' last button.
    QTest::keyClick(search, Qt::Key_Backtab);
    QCOMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("qt_tabwidget_tabbar"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("refreshDetailsButton"));
}

void TestMainWindowKeyboard::afterACreateTheNewRowHasTheFocus()
{
    Fixture f;
    openOnRow(f, 5, 2);
    // From the search field: the focus goes to the new project, not back to the search.
    auto *search = f.child<QLineEdit>("searchEdit");
    search->setFocus(Qt::TabFocusReason);
    QTest::keyClick(search, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = openDialog<ProjectNameDialog>(f);
    QVERIFY(dialog);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Made from the keyboard"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->findChild<ProjectNameDialog *>(), Timeout);

    QVERIFY(focusIsBackInTheTable(f));
    const std::optional<Project> current = f.model()->project(currentId(f));
    QVERIFY(current);
    QCOMPARE(current->name, QStringLiteral("Made from the keyboard"));
    QCOMPARE(f.window->selectedProjects().size(), 1);
}

void TestMainWindowKeyboard::afterARenameTheRenamedRowHasTheFocus()
{
    Fixture f;
    openOnRow(f, 5, 3);
    const QString id = idAt(f, 3);
    QTest::keyClick(f.table(), Qt::Key_F2);
    auto *dialog = openDialog<ProjectNameDialog>(f);
    QVERIFY(dialog);
    QWidget *nameEdit = QApplication::focusWidget();
    QCOMPARE(nameOf(nameEdit), QStringLiteral("nameEdit"));
    QTest::keyClick(nameEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(nameEdit, QStringLiteral("Renamed from the keyboard"));
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->findChild<ProjectNameDialog *>(), Timeout);

    QVERIFY(focusIsBackInTheTable(f));
    QCOMPARE(currentId(f), id);
    QCOMPARE(f.model()->project(id)->name, QStringLiteral("Renamed from the keyboard"));
}

void TestMainWindowKeyboard::afterAnArchiveTheNextRowHasTheFocus()
{
    Fixture f;
    openOnRow(f, 5, 1);
    const QString archived = idAt(f, 1);
    const QString next = idAt(f, 2);
    QTest::keyClick(f.table(), Qt::Key_Delete);
    auto *dialog = openDialog<ArchiveDialog>(f);
    QVERIFY(dialog);
    auto *confirmEdit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QCOMPARE(nameOf(confirmEdit), QStringLiteral("confirmEdit"));
    // As typed, though QTest types ASCII only and the sandbox's names are not all ASCII.
    confirmEdit->insert(f.model()->project(archived)->name);
    QTest::keyClick(dialog->findChild<QPushButton *>(QStringLiteral("archiveButton")), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->findChild<ArchiveDialog *>(), Timeout);

    // Archived projects are hidden: the row has left the table, and the one below it takes its
    // place (Qt alone would pick the one above).
    QVERIFY(f.model()->project(archived)->isArchived());
    QCOMPARE(f.proxy()->mapFromSource(f.model()->index(f.model()->rowOf(archived), 0)).isValid(), false);
    QVERIFY(focusIsBackInTheTable(f));
    QCOMPARE(currentId(f), next);
    QCOMPARE(f.window->selectedProjects().size(), 1);
    QCOMPARE(f.window->selectedProjects().constFirst().id, next);
}

void TestMainWindowKeyboard::afterACancelledDialogTheRowItWasAboutHasTheFocus()
{
    Fixture f;
    openOnRow(f, 5, 2);
    const QString id = idAt(f, 2);
    const int rows = f.model()->rowCount();
    auto *search = f.child<QLineEdit>("searchEdit");
    search->setFocus(Qt::TabFocusReason);
    QTest::keyClick(search, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(openDialog<ProjectNameDialog>(f));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->findChild<ProjectNameDialog *>(), Timeout);

    QVERIFY(focusIsBackInTheTable(f));
    QCOMPARE(currentId(f), id);
    QCOMPARE(f.model()->rowCount(), rows); // nothing was created
}

void TestMainWindowKeyboard::afterTheAdminKeyDialogTheCurrentRowHasTheFocus()
{
    Fixture f;
    openOnRow(f, 5, 4);
    const QString id = idAt(f, 4);
    auto *search = f.child<QLineEdit>("searchEdit");
    search->setFocus(Qt::TabFocusReason);
    f.action("adminKeyAction")->trigger();
    QVERIFY(openDialog<AdminKeyDialog>(f));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->findChild<AdminKeyDialog *>(), Timeout);

    QVERIFY(focusIsBackInTheTable(f));
    QCOMPARE(currentId(f), id);
}

// F5 merges the pages into the rows in place: the selected project stays selected and current.
void TestMainWindowKeyboard::aReloadKeepsTheSelectedRow()
{
    Fixture f;
    openOnRow(f, 5, 3);
    const QString id = idAt(f, 3);
    QSignalSpy reloaded(f.model(), &ProjectTableModel::reloaded);
    QTest::keyClick(f.table(), Qt::Key_F5);
    QVERIFY(reloaded.wait(Timeout));
    QCOMPARE(currentId(f), id);
    QCOMPARE(f.window->selectedProjects().size(), 1);
    QCOMPARE(f.window->selectedProjects().constFirst().id, id);
}

QTEST_MAIN(TestMainWindowKeyboard)
#include "tst_mainwindowkeyboard.moc"
