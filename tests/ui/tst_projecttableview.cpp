// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The project table as the window builds it, a QTableView over the ProjectFilterModel:
// pages that arrive below the screen leave what is on screen where it is, and are there when
// scrolled to; rows that sort onto the screen show up there.

#include "projectfiltermodel.h"
#include "projecttablemodel.h"
#include <QTableView>

#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>

namespace {

QString rowName(int row)
{
    return QStringLiteral("m%1").arg(row, 4, 10, QLatin1Char('0'));
}

/// A shown table over the proxy over a source of @p rows projects (what ProjectTableModel
/// answers for the roles the proxy reads), a screenful being about 10 rows.
struct Fixture
{
    QStandardItemModel source{0, ProjectTableModel::ColumnCount};
    ProjectFilterModel proxy;
    QTableView view;

    explicit Fixture(int rows)
    {
        appendPage(rows);
        proxy.setSourceModel(&source);
        view.setModel(&proxy);
        view.horizontalHeader()->setStretchLastSection(true);
        view.verticalHeader()->setDefaultSectionSize(20);
        view.resize(300, 240);
        view.show();
    }

    static QList<QStandardItem *> project(const QString &name)
    {
        QList<QStandardItem *> items;
        for (int column = 0; column < ProjectTableModel::ColumnCount; ++column)
            items.append(new QStandardItem);
        items[ProjectTableModel::NameColumn]->setData(name, Qt::DisplayRole);
        items[ProjectTableModel::NameColumn]->setData(name, ProjectTableModel::SortRole);
        items[ProjectTableModel::IdColumn]->setData(QStringLiteral("proj_") + name, ProjectTableModel::SortRole);
        return items;
    }

    /// Appends @p count rows one by one, as pages of a listing arrive.
    void appendPage(int count)
    {
        const int first = source.rowCount();
        for (int row = first; row < first + count; ++row)
            source.appendRow(project(rowName(row)));
    }

    /// The name in the row at the viewport's top edge.
    QString topText() const { return view.indexAt(QPoint(5, 1)).data().toString(); }
    /// Whether the proxy's @p row is on screen in full, with its own text where it stands.
    bool showsRow(int row) const
    {
        const QModelIndex index = proxy.index(row, ProjectTableModel::NameColumn);
        const QRect rect = view.visualRect(index);
        return view.viewport()->rect().contains(rect) && view.indexAt(rect.center()) == index;
    }
};

} // namespace

class TestProjectTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesBelowTheScreenKeepItStill();
    void appendedRowsAreThereWhenScrolledTo();
    void rowSortedOntoTheScreenIsShown();
};

void TestProjectTableView::pagesBelowTheScreenKeepItStill()
{
    Fixture f(100);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.scrollTo(f.proxy.index(40, 0), QAbstractItemView::PositionAtTop);
    QTRY_COMPARE(f.topText(), rowName(40));
    const int maximum = f.view.verticalScrollBar()->maximum();
    const int value = f.view.verticalScrollBar()->value();

    f.appendPage(100);

    QTRY_VERIFY(f.view.verticalScrollBar()->maximum() > maximum);
    QCOMPARE(f.view.verticalScrollBar()->value(), value);
    QCOMPARE(f.topText(), rowName(40));
    QVERIFY(f.showsRow(40));
}

void TestProjectTableView::appendedRowsAreThereWhenScrolledTo()
{
    Fixture f(100);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    for (int page = 0; page < 5; ++page)
        f.appendPage(100);
    QTRY_VERIFY(f.view.verticalScrollBar()->maximum() > 500); // scrolling is per row
    QCOMPARE(f.topText(), rowName(0));

    QVERIFY(!f.showsRow(599));
    f.view.scrollToBottom();
    QTRY_VERIFY(f.showsRow(599));
    QCOMPARE(f.proxy.index(599, ProjectTableModel::NameColumn).data().toString(), rowName(599));
}

void TestProjectTableView::rowSortedOntoTheScreenIsShown()
{
    Fixture f(100);
    f.view.setSortingEnabled(true);
    f.view.sortByColumn(ProjectTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QTRY_COMPARE(f.topText(), rowName(0));

    // Sorts before everything on screen: it is shown at the top.
    f.source.appendRow(Fixture::project(QStringLiteral("a first")));
    QTRY_COMPARE(f.topText(), QStringLiteral("a first"));
    QVERIFY(f.showsRow(1));

    // Sorts after everything: at the end, where scrolling finds it; the top stays.
    f.source.appendRow(Fixture::project(QStringLiteral("z last")));
    QTRY_COMPARE(f.proxy.index(f.proxy.rowCount() - 1, 0).data().toString(), QStringLiteral("z last"));
    QCOMPARE(f.topText(), QStringLiteral("a first"));
    f.view.scrollToBottom();
    QTRY_VERIFY(f.showsRow(f.proxy.rowCount() - 1));
}

QTEST_MAIN(TestProjectTableView)
#include "tst_projecttableview.moc"
