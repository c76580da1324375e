// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The Rate limits tab and the Set rate limits dialog (issue #17), driven as a user would
// (keys into the table's editor, buttons), against the in-process sandbox over real HTTP.

#include "mainwindowfixture.h"
#include "messagearea.h"
#include "ratelimitstab.h"
#include "resourcestore.h"
#include "setratelimitsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QString TabModel = u"gpt-4o"_s;

Project projectOf(const SandboxProject &p)
{
    Project project;
    project.id = p.id;
    project.name = p.name;
    project.createdAt = p.createdAt;
    project.archivedAt = p.archivedAt;
    project.status = p.archivedAt ? u"archived"_s : u"active"_s;
    return project;
}

QString limitsPath(const QString &projectId)
{
    return u"/v1/organization/projects/"_s + projectId + u"/rate_limits"_s;
}

} // namespace

class TestRateLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void nothingIsAskedUntilShownAndRowsAreKeptPerProject();
    void aLateAnswerForAnotherProjectIsDropped();
    void searchByModelName();
    void archivedProjectIsReadOnly();
    void editSaveAndRevertThroughTheTable();
    void aRefusedValueStaysWithTheServicesMessage();
    void aFiveHundredAfterTheEffectIsReReadNotResent();
    void exportThenImportThroughThePreview();
    void setRateLimitsOnTenProjectsFromTheWindow();

private:
    bool loadTab(const Project &project);
    QModelIndex cell(const QString &model, RateLimitField field) const;
    /// Types @p text into the cell's editor and presses Return: an acceptable number is
    /// committed (the editor closes); anything else keeps the editor open, and Escape ends it.
    void typeInto(const QModelIndex &index, const QString &text, bool acceptable = true);
    QPushButton *button(const char *name) const { return m_tab->findChild<QPushButton *>(QLatin1String(name)); }
    qint64 served(const QString &projectId, const QString &model, int field);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AdminApiClient> m_client;
    std::unique_ptr<RateLimitsTab> m_tab;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<Project> m_projects; ///< active ones first, newest first; then the archived
};

void TestRateLimits::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRateLimits::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->seed(5, 1, 11);
    QVERIFY(m_sandbox->listen() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AdminApiClient>(m_network.get());
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(adminKey());
    m_client->setRandomSource([] { return 0.999; });
    m_tab = std::make_unique<RateLimitsTab>(m_client.get());
    m_tab->resize(900, 500);
    m_projects.clear();
    QList<Project> archived;
    for (const SandboxProject &p : m_sandbox->projects())
        (p.archivedAt ? archived : m_projects).append(projectOf(p));
    m_projects += archived;
}

void TestRateLimits::cleanup()
{
    m_tester.reset();
    m_tab.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

bool TestRateLimits::loadTab(const Project &project)
{
    m_tab->setProject(project);
    m_tab->show();
    if (!QTest::qWaitForWindowExposed(m_tab.get()))
        return false;
    const bool loaded = QTest::qWaitFor([this] {
        return m_tab->currentModel() && m_tab->currentModel()->pager()->isComplete() && !m_tab->currentModel()->isLoading();
    }, Timeout);
    if (loaded && !m_tester) {
        m_tester = std::make_unique<QAbstractItemModelTester>(m_tab->currentModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    return loaded;
}

QModelIndex TestRateLimits::cell(const QString &model, RateLimitField field) const
{
    auto *table = m_tab->findChild<QTableView *>(u"rateLimitTable"_s);
    QAbstractItemModel *shown = table->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, RateLimitTableModel::ModelColumn).data().toString() == model)
            return shown->index(row, RateLimitTableModel::columnOf(field));
    }
    return {};
}

void TestRateLimits::typeInto(const QModelIndex &index, const QString &text, bool acceptable)
{
    auto *table = m_tab->findChild<QTableView *>(u"rateLimitTable"_s);
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    QPointer<QLineEdit> editor = table->findChild<QLineEdit *>(u"rateLimitEditor"_s);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    if (!acceptable) {
        QCoreApplication::processEvents();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Escape);
    }
    // The view commits (or not) and closes the editor from the event loop.
    QTRY_VERIFY(!editor);
}

qint64 TestRateLimits::served(const QString &projectId, const QString &model, int field)
{
    for (const SandboxRateLimit &limit : m_sandbox->projectResources(projectId).rateLimits) {
        if (limit.model == model)
            return limit.values.at(field).value_or(-1);
    }
    return -1;
}

void TestRateLimits::nothingIsAskedUntilShownAndRowsAreKeptPerProject()
{
    m_tab->setProject(m_projects.at(0));
    m_tab->setProject(m_projects.at(1));
    QCOMPARE(m_sandbox->requestCount(), 0);
    QVERIFY(loadTab(m_projects.at(1)));
    QCOMPARE(m_sandbox->requestCount("GET", limitsPath(m_projects.at(1).id)), 1);
    QCOMPARE(m_sandbox->requestCount(), 1);
    RateLimitTableModel *first = m_tab->currentModel();
    QCOMPARE(first->rowCount(), 12);

    m_tab->setProject(m_projects.at(2));
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->currentModel() && m_tab->currentModel()->pager()->isComplete(), Timeout);
    QVERIFY(m_tab->currentModel() != first);
    m_tab->setProject(m_projects.at(1));
    QCOMPARE(m_tab->currentModel(), first);
    QCOMPARE(m_sandbox->requestCount(), 2);
    QVERIFY(m_tab->knownLimits(m_projects.at(1).id));
    // F5 lists again.
    m_tab->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount("GET", limitsPath(m_projects.at(1).id)), 2, Timeout);
}

void TestRateLimits::aLateAnswerForAnotherProjectIsDropped()
{
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    m_tab->setProject(m_projects.at(0)); // its request goes out...
    RateLimitTableModel *left = m_tab->currentModel();
    QVERIFY(left && left->isLoading());
    m_tab->setProject(m_projects.at(1)); // ...and its answer is no longer wanted
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->currentModel() && m_tab->currentModel()->rowCount() == 12, Timeout);
    QCOMPARE(left->rowCount(), 0);
    QVERIFY(!left->isLoading());
    // Coming back asks again.
    m_tab->setProject(m_projects.at(0));
    QTRY_COMPARE_WITH_TIMEOUT(left->rowCount(), 12, Timeout);
}

void TestRateLimits::searchByModelName()
{
    QVERIFY(loadTab(m_projects.at(0)));
    auto *search = m_tab->findChild<QLineEdit *>(u"rateLimitSearch"_s);
    QTest::keyClicks(search, u"EMBEDDING"_s);
    auto *table = m_tab->findChild<QTableView *>(u"rateLimitTable"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    search->clear();
    QCOMPARE(table->model()->rowCount(), 12);
}

void TestRateLimits::archivedProjectIsReadOnly()
{
    const Project archived = m_projects.constLast();
    QVERIFY(archived.isArchived());
    QVERIFY(loadTab(archived));
    QVERIFY(m_tab->findChild<QLabel *>(u"readOnlyLabel"_s)->isVisible());
    QVERIFY(!(cell(TabModel, RateLimitField::TokensPerMinute).flags() & Qt::ItemIsEditable));
    QVERIFY(!button("saveButton")->isEnabled());
    m_tab->setProject(m_projects.at(0));
    QVERIFY(!m_tab->findChild<QLabel *>(u"readOnlyLabel"_s)->isVisible());
}

void TestRateLimits::editSaveAndRevertThroughTheTable()
{
    const QString id = m_projects.at(0).id;
    QVERIFY(loadTab(m_projects.at(0)));
    QVERIFY(!button("saveButton")->isEnabled());
    typeInto(cell(TabModel, RateLimitField::TokensPerMinute), u"2,500,000"_s);
    QCOMPARE(cell(TabModel, RateLimitField::TokensPerMinute).data().toString(), u"2,500,000"_s);
    QVERIFY(cell(TabModel, RateLimitField::TokensPerMinute).data(RateLimitTableModel::ChangedRole).toBool());
    // Not a number, zero: the cell keeps its value.
    typeInto(cell(TabModel, RateLimitField::RequestsPerMinute), u"0"_s, false);
    QVERIFY(!cell(TabModel, RateLimitField::RequestsPerMinute).data(RateLimitTableModel::ChangedRole).toBool());
    QVERIFY(button("saveButton")->isEnabled());

    m_sandbox->clearRequests();
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    auto *status = m_tab->findChild<QLabel *>(u"rateLimitStatus"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), RateLimitsTab::tr("%n limit(s) saved.", nullptr, 1), Timeout);
    QCOMPARE(m_sandbox->requests().size(), 1);
    QCOMPARE(m_sandbox->requests().constFirst().body, QByteArray(R"({"max_tokens_per_1_minute":2500000})"));
    QCOMPARE(served(id, TabModel, 1), 2500000);

    const QString before = cell(u"o3"_s, RateLimitField::RequestsPerMinute).data().toString();
    typeInto(cell(u"o3"_s, RateLimitField::RequestsPerMinute), u"12"_s);
    QCOMPARE(cell(u"o3"_s, RateLimitField::RequestsPerMinute).data().toString(), u"12"_s);
    QTest::mouseClick(button("revertButton"), Qt::LeftButton);
    QCOMPARE(cell(u"o3"_s, RateLimitField::RequestsPerMinute).data().toString(), before);
    QVERIFY(!button("saveButton")->isEnabled());
    QCOMPARE(m_sandbox->requests().size(), 1);
}

void TestRateLimits::aRefusedValueStaysWithTheServicesMessage()
{
    QVERIFY(loadTab(m_projects.at(0)));
    typeInto(cell(TabModel, RateLimitField::TokensPerMinute), u"30000001"_s);
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    auto *status = m_tab->findChild<QLabel *>(u"rateLimitStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(RateLimitsTab::tr("%n not saved: see the Result column.", nullptr, 1)), Timeout);
    const QModelIndex tokens = cell(TabModel, RateLimitField::TokensPerMinute);
    QCOMPARE(tokens.data().toString(), u"30,000,001"_s);
    const QString result = tokens.siblingAtColumn(RateLimitTableModel::ResultColumn).data().toString();
    QVERIFY2(result.contains(u"30000000"_s), qPrintable(result));
    QVERIFY(button("saveButton")->isEnabled());
    QVERIFY(served(m_projects.at(0).id, TabModel, 1) <= 30000000);
}

void TestRateLimits::aFiveHundredAfterTheEffectIsReReadNotResent()
{
    const QString id = m_projects.at(0).id;
    QVERIFY(loadTab(m_projects.at(0)));
    SandboxFault lost;
    lost.kind = SandboxFault::Kind::Status;
    lost.status = 500;
    lost.method = "POST";
    lost.path = limitsPath(id) + u"/rl-"_s + TabModel;
    lost.afterEffect = true;
    m_sandbox->addFault(lost);
    m_sandbox->clearRequests();
    typeInto(cell(TabModel, RateLimitField::TokensPerMinute), u"4321"_s);
    QTest::mouseClick(button("saveButton"), Qt::LeftButton);
    auto *status = m_tab->findChild<QLabel *>(u"rateLimitStatus"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), RateLimitsTab::tr("%n limit(s) saved.", nullptr, 1), Timeout);
    QCOMPARE(m_sandbox->requestCount("POST"), 1);
    QCOMPARE(m_sandbox->requestCount("GET", limitsPath(id)), 1); // the re-read
    QCOMPARE(served(id, TabModel, 1), 4321);
    QCOMPARE(cell(TabModel, RateLimitField::TokensPerMinute).siblingAtColumn(RateLimitTableModel::ResultColumn).data().toString(),
             u"Saved"_s);
}

void TestRateLimits::exportThenImportThroughThePreview()
{
    QVERIFY(loadTab(m_projects.at(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"limits.json"_s);
    QVERIFY(m_tab->exportTo(path));

    // Copy project 0's limits to projects 1 and 2.
    SetRateLimitsDialog dialog(m_client.get(), {m_projects.at(1), m_projects.at(2)});
    dialog.setKnownLimits(m_projects.at(0).id, *m_tab->knownLimits(m_projects.at(0).id));
    dialog.show();
    dialog.start();
    QVERIFY(dialog.importFrom(path));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.limiter()->isReading(), Timeout);
    QCOMPARE(dialog.limiter()->plan().size(), 24);
    auto *preview = dialog.findChild<QTreeWidget *>(u"previewList"_s);
    QCOMPARE(preview->topLevelItemCount(), 24);
    const int pending = dialog.limiter()->pendingCount();
    QVERIFY(pending > 0);
    m_sandbox->clearRequests();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"applyButton"_s), Qt::LeftButton);
    auto *summary = dialog.findChild<QPlainTextEdit *>(u"summaryText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), Timeout);
    QCOMPARE(m_sandbox->requestCount("POST"), pending);
    for (const SandboxRateLimit &limit : m_sandbox->projectResources(m_projects.at(0).id).rateLimits) {
        for (int p : {1, 2}) {
            for (int field = 0; field < RateLimitFieldCount; ++field)
                QCOMPARE(served(m_projects.at(p).id, limit.model, field), limit.values.at(field).value_or(-1));
        }
    }

    // Not a template: said so, nothing changes.
    QFile bad(dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"models": 3})");
    bad.close();
    SetRateLimitsDialog other(m_client.get(), {m_projects.at(1)});
    QVERIFY(!other.importFrom(bad.fileName()));
    QVERIFY(other.findChild<MessageArea *>(u"errorArea"_s)->text().contains(u"not an OrgDesk"_s));
}

void TestRateLimits::setRateLimitsOnTenProjectsFromTheWindow()
{
    Fixture f;
    f.server.seed(11, 1, 5);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    QAction *action = f.action("setRateLimitsAction");
    QStringList ids;
    for (const SandboxProject &p : f.server.projects()) {
        if (!p.archivedAt && ids.size() < 10)
            ids << p.id;
    }
    QCOMPARE(ids.size(), 10);
    f.select({});
    QVERIFY(!action->isEnabled());
    f.select(ids);
    QTRY_VERIFY(action->isEnabled());
    f.server.clearRequests();
    action->trigger();
    SetRateLimitsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<SetRateLimitsDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->limiter()->isReading(), Timeout);
    QCOMPARE(f.server.requestCount("GET"), 10);

    auto *modelCombo = dialog->findChild<QComboBox *>(u"modelCombo"_s);
    modelCombo->setCurrentText(TabModel);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(u"tokensPerMinuteCheck"_s), Qt::LeftButton);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"tokensPerMinuteEdit"_s), u"123,456"_s);
    QCOMPARE(dialog->limiter()->pendingCount(), 10);
    auto *preview = dialog->findChild<QTreeWidget *>(u"previewList"_s);
    QCOMPARE(preview->topLevelItemCount(), 10);
    QCOMPARE(preview->topLevelItem(0)->text(3), u"123,456"_s);
    QCOMPARE(f.server.requestCount(), 10); // the preview asks nothing more

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"applyButton"_s), Qt::LeftButton);
    auto *summary = dialog->findChild<QPlainTextEdit *>(u"summaryText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), Timeout);
    QVERIFY2(summary->toPlainText().contains(u"Changed: 10"_s), qPrintable(summary->toPlainText()));
    QCOMPARE(f.server.requestCount("POST"), 10);
    for (const QString &id : std::as_const(ids)) {
        for (const SandboxRateLimit &limit : f.server.projectResources(id).rateLimits) {
            if (limit.model == TabModel)
                QCOMPARE(limit.values.at(1), 123456);
        }
    }
    dialog->reject();
}

QTEST_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
