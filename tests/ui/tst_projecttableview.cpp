// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The project table's view: rows appended below the screen cost a scroll-bar update, not a
// repaint; every other change still gets Qt's full layout, and what is on screen is right.

#include "projecttableview.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

namespace {

/// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

QString rowText(int row)
{
    return QStringLiteral("row %1").arg(row);
}

/// A shown view over a one-column model of @p rows rows, a screenful being about 10 rows.
struct Fixture
{
    QStandardItemModel model;
    ProjectTableView view;
    std::unique_ptr<PaintCounter> paints;

    explicit Fixture(int rows)
    {
        append(rows);
        view.setModel(&model);
        view.horizontalHeader()->setStretchLastSection(true);
        view.verticalHeader()->setDefaultSectionSize(20);
        view.resize(300, 240);
        view.show();
        paints = std::make_unique<PaintCounter>(view.viewport());
    }

    void append(int count)
    {
        const int first = model.rowCount();
        for (int row = first; row < first + count; ++row)
            model.appendRow(new QStandardItem(rowText(row)));
    }

    /// Appends @p count rows in one insertion, as a page of a listing arrives.
    void appendPage(int count)
    {
        const int first = model.rowCount();
        QList<QStandardItem *> items;
        for (int row = first; row < first + count; ++row)
            items.append(new QStandardItem(rowText(row)));
        model.invisibleRootItem()->appendRows(items);
    }

    /// Lets pending layouts and paints happen, then starts counting afresh.
    bool settle()
    {
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        QTest::qWait(50);
        paints->count = 0;
        return true;
    }

    /// The text of the row at the viewport's top edge.
    QString topText() const { return view.indexAt(QPoint(5, 1)).data().toString(); }
    /// Whether @p row is on screen in full.
    bool shows(int row) const
    {
        return view.viewport()->rect().contains(view.visualRect(model.index(row, 0)));
    }
    /// Whether @p row is on screen in full, with its own text where it stands.
    bool showsText(int row) const
    {
        const QPoint centre = view.visualRect(model.index(row, 0)).center();
        return shows(row) && view.indexAt(centre).data().toString() == rowText(row);
    }
};

} // namespace

class TestProjectTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageBelowTheScreenIsNotRepainted();
    void appendedRowsAreThereWhenScrolledTo();
    void rowsThatFillTheScreenArePainted();
    void rowsInsertedOnScreenArePainted();
    void anotherChangeBeforeTheLayoutGetsAFullOne();
    void sortedProxyInsertingOnScreenIsPainted();
    void newModelIsLaidOut();
};

void TestProjectTableView::pageBelowTheScreenIsNotRepainted()
{
    Fixture f(100);
    QVERIFY(f.settle());
    const int maximum = f.view.verticalScrollBar()->maximum();
    const int spared = f.view.layoutsSpared();

    f.appendPage(100);

    QTRY_VERIFY(f.view.verticalScrollBar()->maximum() > maximum);
    QTest::qWait(50);
    QCOMPARE(f.view.layoutsSpared(), spared + 1);
    QCOMPARE(f.paints->count, 0);
    QCOMPARE(f.topText(), rowText(0));
}

void TestProjectTableView::appendedRowsAreThereWhenScrolledTo()
{
    Fixture f(100);
    QVERIFY(f.settle());
    for (int page = 0; page < 5; ++page) {
        f.appendPage(100);
        QTest::qWait(10);
    }
    QTRY_VERIFY(f.view.verticalScrollBar()->maximum() > 500); // scrolling is per row
    QVERIFY(f.view.layoutsSpared() >= 1);

    QVERIFY(!f.shows(599));
    f.view.scrollToBottom();
    QTRY_VERIFY(f.paints->count > 0);
    QVERIFY(f.showsText(599));
}

void TestProjectTableView::rowsThatFillTheScreenArePainted()
{
    Fixture f(3);
    QVERIFY(f.settle());
    const int spared = f.view.layoutsSpared();

    f.appendPage(20);

    QTRY_VERIFY(f.paints->count > 0);
    QCOMPARE(f.view.layoutsSpared(), spared);
    QVERIFY(f.showsText(3));
}

void TestProjectTableView::rowsInsertedOnScreenArePainted()
{
    Fixture f(100);
    QVERIFY(f.settle());
    const int spared = f.view.layoutsSpared();

    f.model.insertRow(0, new QStandardItem(QStringLiteral("newest")));

    QTRY_VERIFY(f.paints->count > 0);
    QCOMPARE(f.view.layoutsSpared(), spared);
    QCOMPARE(f.topText(), QStringLiteral("newest"));
}

void TestProjectTableView::anotherChangeBeforeTheLayoutGetsAFullOne()
{
    Fixture f(100);
    QVERIFY(f.settle());
    const int spared = f.view.layoutsSpared();

    // Both before the view's delayed layout runs.
    f.appendPage(100);
    f.model.removeRow(0);

    QTRY_VERIFY(f.paints->count > 0);
    QCOMPARE(f.view.layoutsSpared(), spared);
    QCOMPARE(f.topText(), rowText(1));

    // A font change after an append is laid out in full too.
    QVERIFY(f.settle());
    f.appendPage(100);
    QFont font = f.view.font();
    font.setPointSize(font.pointSize() + 4);
    f.view.setFont(font);
    QTRY_VERIFY(f.paints->count > 0);
    QCOMPARE(f.view.layoutsSpared(), spared);
}

void TestProjectTableView::sortedProxyInsertingOnScreenIsPainted()
{
    // As in the window: the view shows a sorted proxy, where a page lands wherever it sorts.
    QStandardItemModel source;
    for (int row = 0; row < 100; ++row)
        source.appendRow(new QStandardItem(QStringLiteral("m%1").arg(row, 3, 10, QLatin1Char('0'))));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    ProjectTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(0, Qt::AscendingOrder);
    view.resize(300, 240);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    PaintCounter paints(view.viewport());
    QTest::qWait(50);
    paints.count = 0;
    const int spared = view.layoutsSpared();

    // Sorts before everything on screen.
    source.appendRow(new QStandardItem(QStringLiteral("a first")));

    QTRY_VERIFY(paints.count > 0);
    QCOMPARE(view.layoutsSpared(), spared);
    QCOMPARE(view.indexAt(QPoint(5, 1)).data().toString(), QStringLiteral("a first"));

    // Sorts after everything: below the screen, no repaint.
    QTest::qWait(50);
    paints.count = 0;
    source.appendRow(new QStandardItem(QStringLiteral("z last")));
    QTRY_COMPARE(view.layoutsSpared(), spared + 1);
    QTest::qWait(50);
    QCOMPARE(paints.count, 0);
    view.scrollToBottom();
    const QModelIndex last = proxy.index(proxy.rowCount() - 1, 0);
    QCOMPARE(last.data().toString(), QStringLiteral("z last"));
    QTRY_VERIFY(view.viewport()->rect().contains(view.visualRect(last)));
}

void TestProjectTableView::newModelIsLaidOut()
{
    Fixture f(100);
    QVERIFY(f.settle());
    f.appendPage(100); // a scroll-bar-only layout is pending...
    QStandardItemModel other;
    other.appendRow(new QStandardItem(QStringLiteral("other")));
    const int spared = f.view.layoutsSpared();

    f.view.setModel(&other); // ...but a new model needs all of it

    QTRY_VERIFY(f.paints->count > 0);
    QCOMPARE(f.view.layoutsSpared(), spared);
    QCOMPARE(f.topText(), QStringLiteral("other"));
    f.view.setModel(nullptr);
}

QTEST_MAIN(TestProjectTableView)
#include "tst_projecttableview.moc"
