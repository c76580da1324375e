// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// Issue #19 through the widgets, against the in-process sandbox over real HTTP: the Costs tab
// (lazy, kept per project, late answers dropped, empty and error states, retry), and in the
// main window the spend column after the first page, the period menu, the idle filter feeding
// bulk archive, and the top spenders dock selecting the project of a clicked bar.

#include "archivedialog.h"
#include "barchart.h"
#include "coststab.h"
#include "mainwindowfixture.h"
#include "messagearea.h"
#include "projectspend.h"
#include "sandboxcosts.h"
#include "spendcontroller.h"
#include "spenddock.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr qint64 Now = 1790856000; // 2026-10-01 12:00 UTC
constexpr qint64 Today = Now - Now % Day;

qint64 projectMicros(const QString &id, int days)
{
    qint64 sum = 0;
    for (int item = 0; item < SandboxCosts::lineItems().size(); ++item) {
        for (qint64 day = Today - (days - 1) * Day; day < Today; day += Day)
            sum += SandboxCosts::dailyMicros(id, item, day);
        sum += SandboxCosts::dailyMicros(id, item, Today) * (Now - Today) / Day;
    }
    return sum;
}

QString queryValue(const QString &query, const QString &name)
{
    for (const auto &[key, value] : QUrlQuery(query).queryItems(QUrl::FullyDecoded)) {
        if (key == name)
            return value;
    }
    return {};
}

// The tab alone, against the sandbox's default organization (projects from Sept 1st or older).
struct TabFixture
{
    SandboxServer server;
    QNetworkAccessManager network;
    AdminApiClient client{&network};
    CostsTab tab{&client};

    TabFixture()
    {
        server.setClock([] { return Now * 1000; });
        server.listen();
        server.seed(30, 0, 7);
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(adminKey());
        client.setRandomSource([] { return 0.999; });
        tab.setClock([] { return Now; });
        tab.resize(700, 520);
    }

    int costsRequests() const { return server.requestCount("GET", SandboxCosts::path()); }

    // The project that costs most, and one that costs nothing.
    Project project(bool expensive) const
    {
        std::optional<SandboxProject> best;
        qint64 bestCost = -1;
        for (const SandboxProject &p : server.projects()) {
            const qint64 cost = projectMicros(p.id, 30);
            if ((expensive && cost > bestCost) || (!expensive && cost == 0 && !best)) {
                best = p;
                bestCost = cost;
            }
        }
        Project project;
        project.id = best->id;
        project.name = best->name;
        project.status = u"active"_s;
        return project;
    }
};

} // namespace

class TestCostsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void tabShowsTheDailyChartByLineItem();
    void tabIsLazyAndKeepsWhatItLoaded();
    void lateAnswerIsDropped();
    void emptyState();
    void faultIsASentenceAndRetryWorks();

    void spendNeverDelaysTheFirstPage();
    void periodIsChosenAndRemembered();
    void idleFilterFeedsBulkArchive();
    void clickingABarSelectsTheProject();
};

void TestCostsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCostsView::init()
{
    QSettings(u"OrgDesk"_s, u"OrgDesk"_s).clear();
}

void TestCostsView::tabShowsTheDailyChartByLineItem()
{
    TabFixture f;
    const Project project = f.project(true);
    f.tab.setProject(project);
    f.tab.show();
    QTRY_COMPARE_WITH_TIMEOUT(f.tab.state(), CostsTab::State::Loaded, Timeout);

    QCOMPARE(f.costsRequests(), 1);
    const QString query = f.server.requests().constLast().query;
    QCOMPARE(queryValue(query, u"project_ids[]"_s), project.id);
    QCOMPARE(queryValue(query, u"group_by[]"_s), u"line_item"_s);
    QCOMPARE(queryValue(query, u"limit"_s), u"30"_s);

    BarChart *chart = f.tab.chart();
    QCOMPARE(chart->barCount(), 30);
    QCOMPARE(chart->provisionalBar(), 29);
    QVERIFY(chart->series().size() > 1);
    qint64 total = 0;
    for (int bar = 0; bar < chart->barCount(); ++bar)
        total += chart->barTotal(bar);
    QCOMPARE(total, projectMicros(project.id, 30));
    const QString totalText = f.tab.findChild<QLabel *>(u"costsTotalLabel"_s)->text();
    QCOMPARE(totalText, u"Total over the last 30 days: %1"_s.arg(Money{total, u"usd"_s}.toText()));

    // The most expensive line items, most first, at most five.
    auto *items = f.tab.findChild<QTreeWidget *>(u"lineItemsList"_s);
    QVERIFY(items->isVisible());
    QVERIFY(items->topLevelItemCount() >= 1 && items->topLevelItemCount() <= CostsTab::TopLineItems);
    QCOMPARE(items->topLevelItem(0)->text(0), chart->series().constFirst());
    QVERIFY(chart->barText(29).contains(u"provisional"_s));
}

void TestCostsView::tabIsLazyAndKeepsWhatItLoaded()
{
    TabFixture f;
    const Project a = f.project(true);
    const Project b = f.project(false);
    f.tab.setProject(a);
    QVERIFY(f.tab.isHidden());
    QCOMPARE(f.tab.state(), CostsTab::State::Loading);
    f.tab.show();
    QTRY_COMPARE_WITH_TIMEOUT(f.tab.state(), CostsTab::State::Loaded, Timeout);
    f.tab.setProject(b);
    QTRY_COMPARE_WITH_TIMEOUT(f.tab.state(), CostsTab::State::Loaded, Timeout);
    QCOMPARE(f.costsRequests(), 2);
    // Back to the first: kept, no request.
    f.tab.setProject(a);
    QCOMPARE(f.tab.state(), CostsTab::State::Loaded);
    QCOMPARE(f.tab.chart()->barCount(), 30);
    // Hidden, another project does not load until shown.
    f.tab.hide();
    Project c = a;
    c.id = f.server.projects().at(5).id;
    f.tab.setProject(c);
    f.tab.setProject(std::nullopt);
    QCOMPARE(f.tab.state(), CostsTab::State::NoProject);
    QCOMPARE(f.costsRequests(), 2);
    // refresh() asks again.
    f.tab.setProject(a);
    f.tab.show();
    f.tab.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(f.tab.state(), CostsTab::State::Loaded, Timeout);
    QCOMPARE(f.costsRequests(), 3);
}

void TestCostsView::lateAnswerIsDropped()
{
    TabFixture f;
    f.server.setLatency(300);
    const Project a = f.project(true);
    const Project b = f.project(false);
    f.tab.show();
    f.tab.setProject(a); // asked for; its answer would take 300 ms
    QCOMPARE(f.client.pendingCount(), 1);
    f.tab.setProject(b);
    QTRY_COMPARE_WITH_TIMEOUT(f.tab.state(), CostsTab::State::Loaded, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(f.client.pendingCount(), 0, Timeout);
    // b shows (it cost nothing), never a's answer: a's call ended with the switch. Whether its
    // request had reached the service by then depends on timing; its answer never lands.
    const auto requestsFor = [&f](const QString &projectId) {
        int count = 0;
        for (const auto &request : f.server.requests()) {
            if (request.path == SandboxCosts::path()
                && queryValue(request.query, u"project_ids[]"_s) == projectId)
                ++count;
        }
        return count;
    };
    QCOMPARE(requestsFor(b.id), 1);
    QCOMPARE(queryValue(f.server.requests().constLast().query, u"project_ids[]"_s), b.id);
    QCOMPARE(f.tab.chart()->barCount(), 0);
    // a was not kept: selected again, it is asked for again and shown.
    const int aBefore = requestsFor(a.id);
    f.tab.setProject(a);
    QCOMPARE(f.tab.state(), CostsTab::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(f.tab.state(), CostsTab::State::Loaded, Timeout);
    QCOMPARE(f.tab.chart()->barCount(), 30);
    QCOMPARE(requestsFor(a.id), aBefore + 1);
}

void TestCostsView::emptyState()
{
    TabFixture f;
    f.tab.setProject(f.project(false));
    f.tab.show();
    QTRY_COMPARE_WITH_TIMEOUT(f.tab.state(), CostsTab::State::Loaded, Timeout);
    QCOMPARE(f.tab.chart()->barCount(), 0);
    QCOMPARE(f.tab.chart()->emptyText(), u"No costs in the last 30 days"_s);
    QCOMPARE(f.tab.findChild<QLabel *>(u"costsTotalLabel"_s)->text(), u"No costs in the last 30 days"_s);
    QVERIFY(!f.tab.findChild<QTreeWidget *>(u"lineItemsList"_s)->isVisible());
}

void TestCostsView::faultIsASentenceAndRetryWorks()
{
    TabFixture f;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 400;
    fault.message = u"Invalid value for 'project_ids'."_s;
    fault.path = SandboxCosts::path();
    f.server.addFault(fault);
    f.tab.setProject(f.project(true));
    f.tab.show();
    QTRY_COMPARE_WITH_TIMEOUT(f.tab.state(), CostsTab::State::Failed, Timeout);
    auto *message = f.tab.findChild<MessageArea *>(u"costsError"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(u"The costs of this project could not be loaded. "_s),
             qPrintable(message->text()));
    QCOMPARE(message->requestId(), f.server.requests().constLast().requestId);
    QVERIFY(!message->requestId().isEmpty());
    QVERIFY(!f.tab.chart()->isVisible());

    auto *retry = f.tab.findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.tab.state(), CostsTab::State::Loaded, Timeout);
    QVERIFY(!message->isVisible());
    QCOMPARE(f.tab.chart()->barCount(), 30);
}

void TestCostsView::spendNeverDelaysTheFirstPage()
{
    Fixture f;
    f.spendPeriodDays = 30;
    f.server.setClock([] { return Now * 1000; });
    f.server.seed(150, 0, 7);
    f.server.setLatency(50);
    int costsAtFirstPage = -1;
    int rowsAtFirstPage = -1;
    f.open();
    f.window->spendController()->spend()->setClock([] { return Now; });
    QObject::connect(f.window.get(), &MainWindow::firstPageShown, f.window.get(), [&] {
        costsAtFirstPage = f.server.requestCount("GET", SandboxCosts::path());
        rowsAtFirstPage = f.model()->rowCount();
    });
    f.session.start(adminKey());
    ProjectSpend *spend = f.window->spendController()->spend();
    QTRY_COMPARE_WITH_TIMEOUT(spend->state(), ProjectSpend::State::Loaded, Timeout);
    QCOMPARE(costsAtFirstPage, 0);
    QCOMPARE(rowsAtFirstPage, 100);
    // The request log: the first page was answered before the costs were asked for.
    const QList<SandboxRequest> log = f.server.requests();
    const auto firstCosts = std::find_if(log.cbegin(), log.cend(), [](const SandboxRequest &r) {
        return r.path == SandboxCosts::path();
    });
    QVERIFY(firstCosts != log.cend());
    QCOMPARE(log.constFirst().path, ListPath);
    QVERIFY(log.constFirst().at <= firstCosts->at);
    QCOMPARE(f.server.requestCount("GET", SandboxCosts::path()), 1);
    QVERIFY(!f.table()->isColumnHidden(ProjectTableModel::SpendColumn));
    QVERIFY(!f.model()->index(0, ProjectTableModel::SpendColumn).data().toString().isEmpty());
}

void TestCostsView::periodIsChosenAndRemembered()
{
    Fixture f;
    f.spendPeriodDays = 30;
    f.server.setClock([] { return Now * 1000; });
    f.server.seed(20, 0, 7);
    f.open();
    SpendController *spend = f.window->spendController();
    spend->spend()->setClock([] { return Now; });
    QVERIFY(spend->periodAction(30)->isChecked());
    f.session.start(adminKey());
    QTRY_COMPARE_WITH_TIMEOUT(spend->spend()->state(), ProjectSpend::State::Loaded, Timeout);

    QSignalSpy period(spend, &SpendController::periodChanged);
    spend->periodAction(90)->trigger();
    QCOMPARE(period.size(), 1);
    QCOMPARE(period.constFirst().constFirst().toInt(), 90);
    QCOMPARE(f.model()->headerData(ProjectTableModel::SpendColumn, Qt::Horizontal).toString(),
             u"Cost (90 days)"_s);
    QTRY_COMPARE_WITH_TIMEOUT(spend->spend()->state(), ProjectSpend::State::Loaded, Timeout);
    QCOMPARE(f.server.requestCount("GET", SandboxCosts::path()), 1 + 3);
    QCOMPARE(AppSettings().spendPeriodDays(), 90);

    spend->periodAction(0)->trigger();
    QVERIFY(f.table()->isColumnHidden(ProjectTableModel::SpendColumn));
    QVERIFY(!spend->idleOnlyAction()->isEnabled());
    QCOMPARE(AppSettings().spendPeriodDays(), 0);
    f.window->close();

    // A new window starts with the period remembered.
    Fixture again;
    again.spendPeriodDays.reset(); // what the window before chose
    again.open();
    QVERIFY(again.window->spendController()->periodAction(0)->isChecked());
    QVERIFY(again.table()->isColumnHidden(ProjectTableModel::SpendColumn));
}

void TestCostsView::idleFilterFeedsBulkArchive()
{
    Fixture f;
    f.spendPeriodDays = 30;
    f.server.setClock([] { return Now * 1000; });
    f.server.seed(24, 0, 7);
    f.open();
    SpendController *spend = f.window->spendController();
    spend->spend()->setClock([] { return Now; });
    f.session.start(adminKey());
    QTRY_COMPARE_WITH_TIMEOUT(spend->spend()->state(), ProjectSpend::State::Loaded, Timeout);

    spend->idleOnlyAction()->trigger();
    QStringList idle;
    for (const Project &p : f.model()->projects()) {
        if (projectMicros(p.id, 30) == 0)
            idle << p.id;
    }
    QVERIFY(idle.size() >= 2);
    QCOMPARE(f.proxy()->rowCount(), int(idle.size()));
    QCOMPARE(f.child<QLabel>("spendStatusLabel")->text(),
             u"%1 idle projects shown"_s.arg(idle.size()));

    // Two of them, archived through the usual action.
    const QStringList chosen = idle.mid(0, 2);
    f.select(chosen);
    QVERIFY(f.action("archiveAction")->isEnabled());
    f.action("archiveAction")->trigger();
    auto *dialog = f.window->findChild<ArchiveDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit *>(u"confirmEdit"_s)->insert(dialog->expectedConfirmation());
    dialog->findChild<QPushButton *>(u"archiveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(f.server.project(chosen.at(0))->archivedAt
                                 && f.server.project(chosen.at(1))->archivedAt, Timeout);
    // Archived projects are not idle (nor shown without "Show archived").
    QTRY_COMPARE_WITH_TIMEOUT(f.proxy()->rowCount(), int(idle.size()) - 2, Timeout);
}

void TestCostsView::clickingABarSelectsTheProject()
{
    Fixture f;
    f.spendPeriodDays = 30;
    f.server.setClock([] { return Now * 1000; });
    f.server.seed(40, 0, 7);
    f.open();
    SpendController *spend = f.window->spendController();
    spend->spend()->setClock([] { return Now; });
    spend->dock()->toggleViewAction()->trigger();
    QVERIFY(spend->dock()->isVisible());
    f.session.start(adminKey());
    BarChart *chart = spend->dock()->chart();
    QTRY_VERIFY_WITH_TIMEOUT(chart->barCount() > 0 && chart->isVisible(), Timeout);
    QCOMPARE(chart->orientation(), Qt::Horizontal);
    QCOMPARE(chart->barCount(), SpendDock::TopCount);
    const SpendDock::Entry second = spend->dock()->entries().at(1);
    // Named as the table names it, most first.
    QCOMPARE(second.name, f.model()->project(second.projectId)->name);
    QVERIFY(spend->dock()->entries().at(0).micros >= second.micros);

    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(1).center());
    QTRY_COMPARE(f.window->selectedProjects().size(), 1);
    QCOMPARE(f.window->selectedProjects().constFirst().id, second.projectId);
}

QTEST_MAIN(TestCostsView)
#include "tst_costsview.moc"
