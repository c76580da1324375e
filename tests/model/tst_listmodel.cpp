// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
// The generic paged table every project list uses, with a fake page source (pure logic).
#include "listmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

struct Item
{
    QString id;
    QString name;
};

/// A list of items the test edits, served synchronously in pages of two.
struct FakeService
{
    QList<Item> items;
    int requests = 0;

    ListModel<Item>::Fetch fetch()
    {
        return [this](const QString &after, const ListModel<Item>::Done &done) -> QPointer<ApiCall> {
            ++requests;
            qsizetype first = 0;
            if (!after.isEmpty()) {
                while (first < items.size() && items.at(first).id != after)
                    ++first;
                ++first;
            }
            ListPage<Item> page;
            page.items = items.mid(first, 2);
            page.hasMore = first + 2 < items.size();
            page.nextCursor = page.items.isEmpty() ? QString() : page.items.last().id;
            page.requestId = QStringLiteral("req_%1").arg(requests);
            done(page);
            return nullptr;
        };
    }
};

QList<ListModel<Item>::Column> columns()
{
    return {{QStringLiteral("Name"), [](const Item &item, int role) -> QVariant {
                 return role == Qt::DisplayRole ? QVariant(item.name) : QVariant();
             }},
            {QStringLiteral("ID"), [](const Item &item, int role) -> QVariant {
                 return role == Qt::DisplayRole ? QVariant(item.id) : QVariant();
             }}};
}

QStringList names(const ListModel<Item> &model)
{
    QStringList result;
    for (const Item &item : model.items())
        result << item.name;
    return result;
}

} // namespace

class TestListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesOnDemandAndColumns()
    {
        FakeService service;
        service.items = {{QStringLiteral("a"), QStringLiteral("Ann")}, {QStringLiteral("b"), QStringLiteral("Bob")},
                         {QStringLiteral("c"), QStringLiteral("Cid")}};
        ListModel<Item> model(service.fetch(), columns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(!model.canFetchMore({}));
        model.reload();
        QCOMPARE(names(model), QStringList({QStringLiteral("Ann"), QStringLiteral("Bob")}));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(service.requests, 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("ID"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Cid"));
        QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("c"));
    }

    void aReloadUpdatesInPlaceAndDropsWhatIsGone()
    {
        FakeService service;
        service.items = {{QStringLiteral("a"), QStringLiteral("Ann")}, {QStringLiteral("b"), QStringLiteral("Bob")},
                         {QStringLiteral("c"), QStringLiteral("Cid")}};
        ListModel<Item> model(service.fetch(), columns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.pager()->loadAll();
        QCOMPARE(model.rowCount(), 3);

        service.items[0].name = QStringLiteral("Anne");
        service.items.removeAt(1);
        service.items.append({QStringLiteral("d"), QStringLiteral("Dee")});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.pager()->restart(2);
        QCOMPARE(names(model), QStringList({QStringLiteral("Anne"), QStringLiteral("Cid"), QStringLiteral("Dee")}));
        QCOMPARE(reset.count(), 0);
    }

    void changesMadeHere()
    {
        FakeService service;
        service.items = {{QStringLiteral("a"), QStringLiteral("Ann")}};
        ListModel<Item> model(service.fetch(), columns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.reload();
        model.upsert({QStringLiteral("z"), QStringLiteral("Zed")});
        model.upsert({QStringLiteral("a"), QStringLiteral("Ann B.")});
        QCOMPARE(names(model), QStringList({QStringLiteral("Ann B."), QStringLiteral("Zed")}));
        QCOMPARE(model.rowOf(QStringLiteral("z")), 1);
        model.removeId(QStringLiteral("a"));
        model.removeId(QStringLiteral("nobody"));
        QCOMPARE(names(model), QStringList({QStringLiteral("Zed")}));
    }

    void aChangeMadeDuringAListingSurvivesItsLastPage()
    {
        FakeService service;
        service.items = {{QStringLiteral("a"), QStringLiteral("Ann")}, {QStringLiteral("b"), QStringLiteral("Bob")},
                         {QStringLiteral("c"), QStringLiteral("Cid")}};
        ListModel<Item> model(service.fetch(), columns());
        model.reload();
        // Created here while the listing is under way; the last page was read before it.
        model.upsert({QStringLiteral("n"), QStringLiteral("New")});
        model.upsert({QStringLiteral("a"), QStringLiteral("Ann renamed")});
        model.fetchMore({});
        QCOMPARE(names(model), QStringList({QStringLiteral("Ann renamed"), QStringLiteral("Bob"),
                                            QStringLiteral("New"), QStringLiteral("Cid")}));
    }

    void errorsStopUntilRetry()
    {
        int calls = 0;
        ListModel<Item> model([&calls](const QString &, const ListModel<Item>::Done &done) -> QPointer<ApiCall> {
            if (++calls == 1)
                done(ApiError(ApiError::Kind::Server));
            else
                done(ListPage<Item>{{{QStringLiteral("a"), QStringLiteral("Ann")}}, {}, {}, false, {}});
            return nullptr;
        }, columns());
        QSignalSpy errors(model.pager(), &Pager::errorOccurred);
        model.reload();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(model.lastError().kind(), ApiError::Kind::Server);
        QCOMPARE(model.rowCount(), 0);
        model.pager()->retry();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.lastError().isError());
    }
};

QTEST_GUILESS_MAIN(TestListModel)
#include "tst_listmodel.moc"
