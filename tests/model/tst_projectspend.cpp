// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The spend column (issue #19): ProjectSpend against the in-process sandbox through the real
// client, the column and the idle filter under QAbstractItemModelTester, and the column's
// words from known totals.

#include "costs.h"
#include "modelharness.h"
#include "projectcolumns.h"
#include "projectspend.h"
#include "sandboxcosts.h"

#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
// The sandbox's clock: 2026-10-01 12:00 UTC, a month after its projects' newest creation.
constexpr qint64 Now = 1790856000;
constexpr qint64 Today = Now - Now % Day;
constexpr int Timeout = 60000;

// What the sandbox says @p project cost over the @p days ending now, worked out from its own
// daily amounts (not from an answer): a day it existed in part, and today so far, count for
// their share of the day.
qint64 expectedMicros(const SandboxProject &project, int days)
{
    qint64 sum = 0;
    for (qint64 day = Today - (days - 1) * Day; day <= Today; day += Day) {
        const qint64 from = std::max(day, project.createdAt);
        const qint64 to = std::min({day + Day, Now, project.archivedAt.value_or(day + Day)});
        if (to <= from)
            continue;
        for (int item = 0; item < SandboxCosts::lineItems().size(); ++item) {
            const qint64 full = SandboxCosts::dailyMicros(project.id, item, day);
            sum += to - from == Day ? full : full * (to - from) / Day;
        }
    }
    return sum;
}

// A parameter of a logged query, its name and value decoded ("group_by[]" is sent encoded).
QString queryValue(const QString &query, const QString &name)
{
    for (const auto &[key, value] : QUrlQuery(query).queryItems(QUrl::FullyDecoded)) {
        if (key == name)
            return value;
    }
    return {};
}

struct SpendHarness : ModelHarness
{
    ProjectSpend spend{&client};

    explicit SpendHarness(int active, int archived = 0)
    {
        sandbox.setClock([] { return Now * 1000; });
        sandbox.seed(active, archived, 7);
        spend.setClock([] { return Now; });
        model.setSpend(&spend);
    }

    bool loadFirstPage()
    {
        model.reload();
        return QTest::qWaitFor([this] { return model.rowCount() > 0 && !model.isLoading(); },
                               Timeout);
    }

    bool loadSpend()
    {
        spend.load();
        return QTest::qWaitFor([this] {
            return spend.state() == ProjectSpend::State::Loaded
                   || spend.state() == ProjectSpend::State::Failed;
        }, Timeout) && spend.isLoaded();
    }

    QVariant cell(int row, int role) const
    {
        return model.index(row, ProjectTableModel::SpendColumn).data(role);
    }
};

} // namespace

class TestProjectSpend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnShowsWhatEachProjectCost();
    void sortsByAmountWithNoCostLowest();
    void idleFilterShowsOnlyActiveProjectsWithoutCost();
    void twoThousandProjectsOverNinetyDaysInThreeRequests();
    void periodChangesTheRequestsAndTheTitle();
    void failureIsASentenceAndTheProjectsStay();
    void newKeyClearsTheSpend();
    void severalCurrenciesAreJoinedNeverAdded();
};

void TestProjectSpend::columnShowsWhatEachProjectCost()
{
    SpendHarness h(40);
    QVERIFY(h.loadFirstPage());
    // Before the costs arrive the column is empty, not "—": nothing is known yet.
    QCOMPARE(h.cell(0, Qt::DisplayRole), QVariant());
    QCOMPARE(h.model.index(0, 0).data(ProjectTableModel::IdleRole).toBool(), false);
    QVERIFY(h.loadSpend());

    int idle = 0;
    for (int row = 0; row < h.model.rowCount(); ++row) {
        const Project &project = h.model.projectAt(row);
        const qint64 expected = expectedMicros(*h.sandbox.project(project.id), 30);
        if (expected == 0) {
            ++idle;
            QCOMPARE(h.cell(row, Qt::DisplayRole).toString(), u"—"_s);
            QCOMPARE(h.cell(row, Qt::AccessibleTextRole).toString(), u"No cost"_s);
            QCOMPARE(h.cell(row, ProjectTableModel::SortRole).toLongLong(), -1);
            QVERIFY(h.model.index(row, 0).data(ProjectTableModel::IdleRole).toBool());
        } else {
            QCOMPARE(h.cell(row, ProjectTableModel::SortRole).toLongLong(), expected);
            QCOMPARE(h.cell(row, Qt::DisplayRole).toString(),
                     (Money{expected, u"usd"_s}.toText(QLocale())));
            QVERIFY(!h.model.index(row, 0).data(ProjectTableModel::IdleRole).toBool());
        }
    }
    QVERIFY2(idle > 0 && idle < h.model.rowCount(), qPrintable(QString::number(idle)));
    QCOMPARE(h.model.headerData(ProjectTableModel::SpendColumn, Qt::Horizontal).toString(),
             u"Cost (30 days)"_s);
    // One request for 30 days, grouped by project, for every project at once.
    QCOMPARE(h.sandbox.requestCount("GET", SandboxCosts::path()), 1);
    const QString query = h.sandbox.requests().constLast().query;
    QCOMPARE(queryValue(query, u"group_by[]"_s), u"project_id"_s);
    QCOMPARE(queryValue(query, u"limit"_s), u"30"_s);
    QVERIFY(!query.contains(u"project_ids"_s));
    QCOMPARE(queryValue(query, u"start_time"_s).toLongLong(), Today - 29 * Day);
}

void TestProjectSpend::sortsByAmountWithNoCostLowest()
{
    SpendHarness h(40);
    QVERIFY(h.loadFirstPage());
    QVERIFY(h.loadSpend());
    h.proxy.sort(ProjectTableModel::SpendColumn, Qt::DescendingOrder);
    QList<qint64> shown;
    for (int row = 0; row < h.proxy.rowCount(); ++row) {
        shown << h.proxy.index(row, ProjectTableModel::SpendColumn)
                     .data(ProjectTableModel::SortRole).toLongLong();
    }
    QVERIFY(std::is_sorted(shown.crbegin(), shown.crend()));
    QCOMPARE(shown.constLast(), -1);
    QVERIFY(shown.constFirst() > 0);
    QCOMPARE(h.proxy.index(h.proxy.rowCount() - 1, ProjectTableModel::SpendColumn).data().toString(),
             u"—"_s);
}

void TestProjectSpend::idleFilterShowsOnlyActiveProjectsWithoutCost()
{
    SpendHarness h(40, 6);
    h.model.setIncludeArchived(true);
    h.proxy.setShowArchived(true);
    QVERIFY(h.loadFirstPage());
    h.proxy.setIdleOnly(true);
    // Nothing is idle before the costs are known.
    QCOMPARE(h.proxy.rowCount(), 0);
    QVERIFY(h.loadSpend());

    QStringList expected;
    for (const Project &project : h.model.projects()) {
        if (!project.isArchived() && expectedMicros(*h.sandbox.project(project.id), 30) == 0)
            expected << project.id;
    }
    QVERIFY(!expected.isEmpty());
    QTRY_COMPARE(h.proxy.rowCount(), int(expected.size()));
    for (int row = 0; row < h.proxy.rowCount(); ++row) {
        const QString id = h.proxy.index(row, 0).data(ProjectTableModel::ProjectIdRole).toString();
        QVERIFY2(expected.contains(id), qPrintable(id));
    }
    h.proxy.setIdleOnly(false);
    QCOMPARE(h.proxy.rowCount(), h.model.rowCount());
}

void TestProjectSpend::twoThousandProjectsOverNinetyDaysInThreeRequests()
{
    SpendHarness h(2000);
    h.client.setMaxResponseSize(32 * 1024 * 1024); // the client's default cap, said out loud
    h.spend.setPeriodDays(90);
    QVERIFY(h.loadFirstPage());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(h.loadSpend());
    // 90 daily buckets, 30 a request: three requests, every answer read within the cap (an
    // answer past it would have failed the load).
    QCOMPARE(h.sandbox.requestCount("GET", SandboxCosts::path()), 3);
    QCOMPARE(h.spend.pagesReceived(), 3);
    QVERIFY(h.spend.projectsWithCost() > 1000 && h.spend.projectsWithCost() < 2000);
    qInfo("2,000 projects x 90 days: %d costs requests, %lld ms", h.spend.pagesReceived(),
          qint64(timer.elapsed()));
    // Projects not listed yet (the oldest) have their cost as soon as they are.
    QVERIFY(h.model.rowCount() < 2000);
    const QString id = h.sandbox.projects().constLast().id;
    QCOMPARE(h.spend.totalsOf(id) ? h.spend.totalsOf(id)->total(u"usd"_s).micros : 0,
             expectedMicros(h.sandbox.projects().constLast(), 90));
}

void TestProjectSpend::periodChangesTheRequestsAndTheTitle()
{
    SpendHarness h(20);
    QSignalSpy header(&h.model, &QAbstractItemModel::headerDataChanged);
    h.spend.setPeriodDays(7);
    QVERIFY(!header.isEmpty());
    QCOMPARE(h.spend.state(), ProjectSpend::State::NotLoaded);
    QCOMPARE(h.model.headerData(ProjectTableModel::SpendColumn, Qt::Horizontal).toString(),
             u"Cost (7 days)"_s);
    QVERIFY(h.loadFirstPage());
    QVERIFY(h.loadSpend());
    QCOMPARE(queryValue(h.sandbox.requests().constLast().query, u"start_time"_s).toLongLong(),
             Today - 6 * Day);
    QCOMPARE(h.sandbox.requestCount("GET", SandboxCosts::path()), 1);

    h.spend.setPeriodDays(0);
    QCOMPARE(h.spend.state(), ProjectSpend::State::Off);
    h.spend.load();
    QVERIFY(h.roundTrip());
    QCOMPARE(h.sandbox.requestCount("GET", SandboxCosts::path()), 1);
    QCOMPARE(h.cell(0, Qt::DisplayRole), QVariant());
}

void TestProjectSpend::failureIsASentenceAndTheProjectsStay()
{
    SpendHarness h(20);
    QVERIFY(h.loadFirstPage());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Html;
    fault.status = 200;
    fault.path = SandboxCosts::path();
    h.sandbox.addFault(fault);
    QVERIFY(!h.loadSpend());
    QCOMPARE(h.spend.state(), ProjectSpend::State::Failed);
    const QString tip = h.model.headerData(ProjectTableModel::SpendColumn, Qt::Horizontal,
                                           Qt::ToolTipRole).toString();
    QCOMPARE(tip, u"The costs could not be loaded: "_s + h.spend.error().userMessage());
    QVERIFY2(h.spend.error().userMessage().contains(u"HTML"_s), qPrintable(tip));
    QCOMPARE(h.model.rowCount(), h.sandbox.projectCount());
    QCOMPARE(h.cell(0, Qt::DisplayRole), QVariant());
    // Again, without the fault: loaded.
    QVERIFY(h.loadSpend());
}

void TestProjectSpend::newKeyClearsTheSpend()
{
    SpendHarness h(20);
    QVERIFY(h.loadFirstPage());
    QVERIFY(h.loadSpend());
    QVERIFY(h.spend.projectsWithCost() > 0);
    h.client.setApiKey(u"sk-admin-another"_s);
    QCOMPARE(h.spend.state(), ProjectSpend::State::NotLoaded);
    QCOMPARE(h.spend.projectsWithCost(), 0);
}

void TestProjectSpend::severalCurrenciesAreJoinedNeverAdded()
{
    MoneyTotals totals;
    totals.add(Money{12'750'000, u"usd"_s});
    totals.add(Money{3'000'000, u"eur"_s});
    const QLocale locale;
    const QString text = ProjectColumns::spendData(&totals, true, Qt::DisplayRole).toString();
    const QString expected = Money{3'000'000, u"eur"_s}.toText(locale) + u", "_s
                             + Money{12'750'000, u"usd"_s}.toText(locale);
    QCOMPARE(text, expected);
    // Sorted by the first currency shown.
    QCOMPARE(ProjectColumns::spendSortValue(&totals), 3'000'000);
    QCOMPARE(ProjectColumns::spendSortValue(nullptr), -1);
    QCOMPARE(ProjectColumns::spendData(nullptr, true, Qt::DisplayRole).toString(), u"—"_s);
    QCOMPARE(ProjectColumns::spendData(&totals, false, Qt::DisplayRole), QVariant());
}

QTEST_GUILESS_MAIN(TestProjectSpend)
#include "tst_projectspend.moc"
