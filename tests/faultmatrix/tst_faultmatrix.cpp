// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The fault matrix (issue #13): every user operation, through the real window and dialogs,
// against every fault the sandbox can make. For each cell: the user gets a sentence they can
// act on (with the request id when the service sent one) or the operation succeeds after its
// retries; nothing typed is lost; no project is created twice; the models stay valid
// (QAbstractItemModelTester); nothing is left busy.
//
// With ORGDESK_FAULT_MATRIX=path the outcome of every cell is written there as a Markdown
// table (scripts/fault-matrix writes docs/fault-matrix.md).

#include "adminapiclient.h"
#include "adminkeydialog.h"
#include "archivedialog.h"
#include "coststab.h"
#include "errorbanner.h"
#include "keystore.h"
#include "mainwindow.h"
#include "messagearea.h"
#include "projectfiltermodel.h"
#include "projectnamedialog.h"
#include "projectspend.h"
#include "projecttablemodel.h"
#include "sandboxcosts.h"
#include "sandboxserver.h"
#include "session.h"
#include "spendcontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using FaultKind = SandboxFault::Kind;

namespace {

constexpr int Timeout = 30000;
const QString ListPath = u"/v1/organization/projects"_s;
const QString TypedName = u"Fault matrix: typed name"_s;

/// What one operation ended with, as the user saw it.
struct Outcome
{
    bool done = false;       ///< the operation succeeded (perhaps after retries)
    QString sentence;        ///< what the user was told when it did not
    QString requestIdShown;  ///< the request id shown with it
    QString note;            ///< anything else worth a word in the matrix
};

/// One window against one sandbox, with the settings that keep faults fast: short timeouts,
/// the shortest backoff, a one-second rate-limit window.
struct Cell
{
    SandboxServer server;
    QNetworkAccessManager network;
    AdminApiClient client{&network};
    KeyStore keyStore;
    Session session{&client, &keyStore};
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    Cell()
    {
        server.seed(250, 5, 3);
        server.listen();
        client.setBaseUrl(server.baseUrl());
        client.setTimeout(700ms);
        client.setRandomSource([] { return 0.999; });
        client.setRateLimitWindow(1s);
        server.setRateLimit(0, false);
        keyStore.setService(u"OrgDesk tst_faultmatrix"_s);
        keyStore.setRetryDelay(0ms);
        window = std::make_unique<MainWindow>(&client, &session, &network);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            window->projectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            window->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->resize(1000, 700);
        window->show();
    }

    [[nodiscard]] ProjectTableModel *model() const { return window->projectModel(); }
    [[nodiscard]] QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }
    [[nodiscard]] ErrorBanner *banner() const { return window->findChild<ErrorBanner *>(); }

    bool start()
    {
        session.start(QString::fromLatin1(SandboxServer::DefaultAdminKey));
        return QTest::qWaitFor([this] { return model()->rowCount() > 0 && !model()->isLoading(); },
                               Timeout);
    }

    /// The first @p count active projects other than the Default project, selected.
    QList<Project> select(int count)
    {
        QList<Project> chosen;
        const QList<Project> all = model()->projects();
        for (const Project &p : all) {
            if (!p.isArchived() && p.name != "Default project"_L1 && chosen.size() < count)
                chosen.append(p);
        }
        QItemSelection selection;
        for (const Project &p : std::as_const(chosen)) {
            const QModelIndex index =
                window->filterModel()->mapFromSource(model()->index(model()->rowOf(p.id), 0));
            selection.select(index, index);
        }
        window->findChild<QTableView *>(u"projectTable"_s)->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return chosen;
    }

    /// The banner's message once the model is idle again: its error, or none.
    Outcome listOutcome(int rowsBefore)
    {
        if (!QTest::qWaitFor([this] { return !model()->isLoading() && !model()->isLoadingAll(); },
                             Timeout)) {
            return {false, u"(still loading)"_s, {}, {}};
        }
        if (!banner()->isVisible())
            return {true, {}, {}, u"%1 rows"_s.arg(model()->rowCount() - rowsBefore)};
        return {false, banner()->message(), banner()->requestId(), {}};
    }
};

/// An operation of the user, and the request of it the fault should hit.
struct Operation
{
    QByteArray method;
    /// The path the fault matches, once the cell is prepared (a project id may be in it).
    std::function<QString(Cell &, const QList<Project> &)> path;
    /// Chooses what it acts on (selected projects), before the fault is queued.
    std::function<QList<Project>(Cell &)> prepare;
    /// Does it, and waits until it has ended one way or another.
    std::function<Outcome(Cell &, const QList<Project> &)> run;
};

QString projectPath(const QList<Project> &targets, QLatin1StringView suffix = {})
{
    return ListPath + u'/' + targets.value(0).id + suffix;
}

// The dialog's outcome: it closed (done), or it shows an error and is no longer busy.
template <typename Dialog, typename Busy>
Outcome dialogOutcome(Cell &cell, const Busy &isBusy, QLineEdit *input, const QString &typed)
{
    QPointer<Dialog> dialog = cell.window->findChild<Dialog *>();
    if (!QTest::qWaitFor([&] { return !dialog || !isBusy(dialog.data()); }, Timeout))
        return {false, u"(still busy)"_s, {}, {}};
    if (!dialog)
        return {true, {}, {}, {}};
    // The sentence in the dialog's error area, and the request id on its own line there.
    Outcome outcome;
    const auto *error = dialog->template findChild<MessageArea *>(u"errorArea"_s);
    if (error && error->isVisible()) {
        outcome.sentence = error->text();
        outcome.requestIdShown = error->requestId();
    }
    if (input && input->text() != typed)
        outcome.note = u"INPUT LOST"_s;
    dialog->reject();
    return outcome;
}

Outcome runNameDialog(Cell &cell, QAction *opener, const QString &name)
{
    opener->trigger();
    auto *dialog = cell.window->findChild<ProjectNameDialog *>();
    if (!dialog)
        return {false, u"(no dialog)"_s, {}, {}};
    auto *edit = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    edit->selectAll();
    QTest::keyClicks(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
    return dialogOutcome<ProjectNameDialog>(
        cell, [](ProjectNameDialog *d) { return d->isBusy(); }, edit, name);
}

Outcome runArchiveDialog(Cell &cell, const QList<Project> &targets)
{
    cell.action("archiveAction")->trigger();
    auto *dialog = cell.window->findChild<ArchiveDialog *>();
    if (!dialog)
        return {false, u"(no dialog)"_s, {}, {}};
    auto *confirm = dialog->findChild<QLineEdit *>(u"confirmEdit"_s);
    const QString typed = dialog->expectedConfirmation();
    confirm->insert(typed); // seeded names are not all ASCII: QTest::keyClicks cannot type them
    dialog->findChild<QPushButton *>(u"archiveButton"_s)->click();
    if (targets.size() == 1) {
        return dialogOutcome<ArchiveDialog>(
            cell, [](ArchiveDialog *d) { return d->isRunning(); }, confirm, typed);
    }
    // A bulk archive ends on its summary: each failure on its row, the reason in its tooltip.
    const QPointer<ArchiveDialog> guard(dialog);
    if (!QTest::qWaitFor([&] { return !guard || !guard->isRunning(); }, Timeout))
        return {false, u"(still busy)"_s, {}, {}};
    Outcome outcome{true, {}, {}, {}};
    for (const Project &p : targets) {
        const std::optional<SandboxProject> stored = cell.server.project(p.id);
        outcome.done = outcome.done && stored && stored->archivedAt.has_value();
    }
    if (guard) {
        const auto *list = guard->findChild<QListWidget *>(u"projectList"_s);
        for (int row = 0; list && row < list->count(); ++row) {
            const QListWidgetItem *item = list->item(row);
            if (!item->text().contains("not archived"_L1))
                continue;
            outcome.sentence += item->text() + u' ' + item->toolTip();
            const qsizetype id = item->toolTip().indexOf("req_"_L1);
            if (id >= 0)
                outcome.requestIdShown = item->toolTip().mid(id, 36);
        }
        if (confirm->text() != typed)
            outcome.note = u"INPUT LOST"_s;
        guard->reject();
    }
    return outcome;
}

QMap<QString, Operation> operations()
{
    const auto none = [](Cell &) { return QList<Project>(); };
    const auto list = [](Cell &, const QList<Project> &) { return ListPath; };
    QMap<QString, Operation> ops;
    ops.insert(u"01 first page"_s, {"GET", list, none, [](Cell &cell, const QList<Project> &) {
        cell.session.start(QString::fromLatin1(SandboxServer::DefaultAdminKey));
        QTest::qWait(0);
        return cell.listOutcome(0);
    }});
    ops.insert(u"02 next page"_s, {"GET", list, none, [](Cell &cell, const QList<Project> &) {
        const int before = cell.model()->rowCount();
        cell.model()->fetchMore({});
        return cell.listOutcome(before);
    }});
    ops.insert(u"03 Load all"_s, {"GET", list, none, [](Cell &cell, const QList<Project> &) {
        const int before = cell.model()->rowCount();
        cell.action("loadAllAction")->trigger();
        return cell.listOutcome(before);
    }});
    ops.insert(u"04 reload"_s, {"GET", list, none, [](Cell &cell, const QList<Project> &) {
        cell.action("refreshAction")->trigger();
        return cell.listOutcome(cell.model()->rowCount());
    }});
    ops.insert(u"05 archived toggle"_s, {"GET", list, none, [](Cell &cell, const QList<Project> &) {
        cell.action("showArchivedAction")->trigger();
        return cell.listOutcome(cell.model()->rowCount());
    }});
    ops.insert(u"06 create"_s, {"POST", list, none, [](Cell &cell, const QList<Project> &) {
        return runNameDialog(cell, cell.action("newAction"), TypedName);
    }});
    ops.insert(u"07 rename"_s, {"POST", [](Cell &, const QList<Project> &t) { return projectPath(t); },
                                [](Cell &cell) { return cell.select(1); },
                                [](Cell &cell, const QList<Project> &) {
        return runNameDialog(cell, cell.action("renameAction"), TypedName);
    }});
    ops.insert(u"08 archive"_s, {"POST", [](Cell &, const QList<Project> &t) { return projectPath(t, "/archive"_L1); },
                                 [](Cell &cell) { return cell.select(1); },
                                 [](Cell &cell, const QList<Project> &t) { return runArchiveDialog(cell, t); }});
    ops.insert(u"09 bulk archive"_s, {"POST", [](Cell &, const QList<Project> &t) { return projectPath(t, "/archive"_L1); },
                                      [](Cell &cell) { return cell.select(3); },
                                      [](Cell &cell, const QList<Project> &t) { return runArchiveDialog(cell, t); }});
    ops.insert(u"10 refresh details"_s, {"GET", [](Cell &, const QList<Project> &t) { return projectPath(t); },
                                         [](Cell &cell) { return cell.select(1); },
                                         [](Cell &cell, const QList<Project> &targets) {
        cell.action("refreshDetailsAction")->trigger();
        if (!QTest::qWaitFor([&] { return cell.client.pendingCount() == 0; }, Timeout))
            return Outcome{false, u"(still busy)"_s, {}, {}};
        if (cell.banner()->isVisible())
            return Outcome{false, cell.banner()->message(), cell.banner()->requestId(), {}};
        return Outcome{cell.model()->project(targets.value(0).id).has_value(), {}, {}, {}};
    }});
    ops.insert(u"11 key verify"_s, {"GET", list, none, [](Cell &cell, const QList<Project> &) {
        cell.action("adminKeyAction")->trigger();
        auto *dialog = cell.window->findChild<AdminKeyDialog *>();
        if (!dialog)
            return Outcome{false, u"(no dialog)"_s, {}, {}};
        auto *edit = dialog->findChild<QLineEdit *>(u"keyEdit"_s);
        const QString key = QString::fromLatin1(SandboxServer::DefaultAdminKey);
        edit->clear();
        QTest::keyClicks(edit, key);
        dialog->findChild<QCheckBox *>(u"rememberCheck"_s)->setChecked(false);
        QTest::keyClick(edit, Qt::Key_Return);
        auto *progress = dialog->findChild<QWidget *>(u"progressBar"_s);
        return dialogOutcome<AdminKeyDialog>(
            cell, [progress](AdminKeyDialog *) { return progress->isVisible(); }, edit, key);
    }});
    // Issue #19 (costsui): one project's costs in the Costs tab. The spend column's own costs
    // request, sent after the first page, is over before the fault is set.
    ops.insert(u"12 costs tab"_s, {"GET", [](Cell &, const QList<Project> &) { return SandboxCosts::path(); },
                                   [](Cell &cell) {
        ProjectSpend *spend = cell.window->spendController()->spend();
        // If it never ends, the cell's fault may meet the column's request: the cell says so.
        (void)QTest::qWaitFor([spend] { return spend->state() == ProjectSpend::State::Loaded
                                         || spend->state() == ProjectSpend::State::Failed; },
                        Timeout);
        return cell.select(1);
    },
                                   [](Cell &cell, const QList<Project> &targets) {
        CostsTab tab(&cell.client);
        tab.setProject(targets.value(0));
        tab.show();
        (void)QTest::qWaitFor([&tab] { return tab.state() == CostsTab::State::Loaded
                                        || tab.state() == CostsTab::State::Failed; }, Timeout);
        Outcome outcome;
        outcome.done = tab.state() == CostsTab::State::Loaded;
        if (tab.state() == CostsTab::State::Failed) {
            const auto *message = tab.findChild<MessageArea *>(u"costsError"_s);
            outcome.sentence = message->text();
            outcome.requestIdShown = message->requestId();
        } else if (!outcome.done) {
            outcome.sentence = u"(still loading)"_s;
        }
        return outcome;
    }});
    return ops;
}

struct Fault
{
    SandboxFault fault;
    int maxResponseSize = 0; ///< a client body cap for this cell (0: the default)
    bool postOnly = false;   ///< only for operations that change something
};

SandboxFault make(FaultKind kind, int status, int count = 3)
{
    SandboxFault f;
    f.kind = kind;
    f.status = status;
    f.count = count;
    return f;
}

QMap<QString, Fault> faults()
{
    QMap<QString, Fault> all;
    all.insert(u"a 500"_s, {make(FaultKind::Status, 500)});
    all.insert(u"b 502 HTML"_s, {make(FaultKind::Html, 502)});
    SandboxFault unavailable = make(FaultKind::Status, 503);
    unavailable.retryAfterSeconds = 1;
    all.insert(u"c 503 retry-after"_s, {unavailable});
    all.insert(u"d 429 no retry-after"_s, {make(FaultKind::Status, 429, 1)});
    all.insert(u"e 401"_s, {make(FaultKind::Status, 401, 1)});
    all.insert(u"f 403"_s, {make(FaultKind::Status, 403, 1)});
    all.insert(u"g 404"_s, {make(FaultKind::Status, 404, 1)});
    SandboxFault badParam = make(FaultKind::Status, 400, 1);
    badParam.param = u"name"_s;
    all.insert(u"h 400 with param"_s, {badParam});
    all.insert(u"i truncated JSON"_s, {make(FaultKind::TruncatedJson, 200)});
    all.insert(u"j wrong types"_s, {make(FaultKind::InvalidItem, 200)});
    all.insert(u"k drop mid-body"_s, {make(FaultKind::DropMidBody, 200)});
    all.insert(u"l no answer"_s, {make(FaultKind::NoResponse, 200)});
    all.insert(u"m body over the cap"_s, {SandboxFault(), 600});
    all.insert(u"n cross-origin redirect"_s, {make(FaultKind::Redirect, 302, 1)});
    all.insert(u"o connection closed"_s, {make(FaultKind::Close, 200, 3)});
    for (const QString &name : {u"a 500"_s, u"i truncated JSON"_s, u"k drop mid-body"_s,
                                u"l no answer"_s, u"o connection closed"_s}) {
        Fault after = all.value(name);
        after.fault.afterEffect = true;
        after.fault.count = 1;
        after.postOnly = true;
        all.insert(u"z "_s + name.mid(2) + u", after the change"_s, after);
    }
    return all;
}

QMap<QString, QMap<QString, QString>> g_matrix; // operation -> fault -> outcome

} // namespace

Q_DECLARE_METATYPE(Outcome)

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cell_data();
    void cell();
    void cleanupTestCase();
};

void TestFaultMatrix::cell_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("fault");
    const QMap<QString, Operation> ops = operations();
    const QMap<QString, Fault> fs = faults();
    for (auto op = ops.cbegin(); op != ops.cend(); ++op) {
        for (auto f = fs.cbegin(); f != fs.cend(); ++f) {
            if (f->postOnly && op->method != "POST")
                continue;
            QTest::addRow("%s × %s", qPrintable(op.key().mid(3)), qPrintable(f.key().mid(2)))
                << op.key() << f.key();
        }
    }
}

void TestFaultMatrix::cell()
{
    QFETCH(QString, operation);
    QFETCH(QString, fault);
    const Operation op = operations().value(operation);
    const Fault f = faults().value(fault);

    Cell cell;
    if (!operation.startsWith("01"_L1))
        QVERIFY(cell.start());
    const QList<Project> targets = op.prepare(cell);
    const int projectsBefore = cell.server.projectCount();
    if (f.maxResponseSize > 0) {
        cell.client.setMaxResponseSize(f.maxResponseSize);
    } else {
        SandboxFault sf = f.fault;
        sf.method = op.method;
        sf.path = op.path(cell, targets);
        cell.server.addFault(sf);
    }

    const Outcome outcome = op.run(cell, targets);

    // Nothing left busy.
    QTRY_COMPARE_WITH_TIMEOUT(cell.client.pendingCount(), 0, Timeout);
    QVERIFY(!cell.model()->isLoading());
    // A sentence the user can act on, with the service's request id when it sent one.
    if (!outcome.done) {
        QVERIFY2(!outcome.sentence.isEmpty() && !outcome.sentence.startsWith(u'('),
                 qPrintable(outcome.sentence));
        const bool serviceAnswered = f.maxResponseSize == 0 && f.fault.kind != FaultKind::DropMidBody
            && f.fault.kind != FaultKind::NoResponse && f.fault.kind != FaultKind::Close;
        if (serviceAnswered)
            QVERIFY2(!outcome.requestIdShown.isEmpty(), qPrintable(outcome.sentence));
    }
    // Nothing typed lost.
    QVERIFY2(outcome.note != "INPUT LOST"_L1, qPrintable(outcome.sentence));
    // No project created twice.
    int named = 0;
    for (const SandboxProject &p : cell.server.projects())
        named += p.name == TypedName && operation.startsWith("06"_L1) ? 1 : 0;
    QVERIFY2(named <= 1, qPrintable(u"%1 projects named alike"_s.arg(named)));
    QVERIFY(cell.server.projectCount() <= projectsBefore + 1);

    QString text = outcome.done ? u"done"_s : u"told"_s;
    if (!outcome.done && !outcome.requestIdShown.isEmpty())
        text += u" + request id"_s;
    if (operation.startsWith("06"_L1) && !outcome.done && named == 1)
        text += u" (created once)"_s;
    g_matrix[operation][fault.mid(2)] = text;
}

void TestFaultMatrix::cleanupTestCase()
{
    const QString path = qEnvironmentVariable("ORGDESK_FAULT_MATRIX");
    if (path.isEmpty() || g_matrix.isEmpty())
        return;
    QStringList columns;
    for (const QString &f : faults().keys())
        columns << f.mid(2);
    QString md = u"<!-- Generated by tests/faultmatrix (scripts/fault-matrix); do not edit. -->\n"
                 u"# Fault matrix\n\n"
                 u"Every user operation against every fault the sandbox makes, through the real "
                 u"window (`tst_faultmatrix`). **done**: the operation succeeded (retries or the "
                 u"after-the-fact check repaired it); **told**: the user got a sentence saying "
                 u"what happened (**+ request id** when the service sent one). In every cell: "
                 u"nothing typed was lost, no project was created twice, the models stayed valid "
                 u"and nothing was left busy. — : not applicable. See [reliability.md](reliability.md).\n\n"_s;
    md += u"| Operation | "_s + columns.join(u" | "_s) + u" |\n|---|"_s + u"---|"_s.repeated(columns.size()) + u'\n';
    for (auto row = g_matrix.cbegin(); row != g_matrix.cend(); ++row) {
        md += u"| "_s + row.key().mid(3);
        for (const QString &column : std::as_const(columns))
            md += u" | "_s + row->value(column, u"—"_s);
        md += u" |\n"_s;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(md.toUtf8());
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
