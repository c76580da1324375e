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
#include "addmemberdialog.h"
#include "adminkeydialog.h"
#include "appsettings.h"
// The Credentials block (issue #16):
#include "apikeyactions.h"
#include "deleteapikeysdialog.h"
#include "deleteserviceaccountdialog.h"
#include "onetimekeydialog.h"
#include "projectresourcesapi.h"
#include "resourcestore.h"
#include "serviceaccountactions.h"
#include "serviceaccountnamedialog.h"
// (end of the Credentials block's headers)
#include "archivedialog.h"
#include "coststab.h"
#include "errorbanner.h"
#include "keystore.h"
#include "listexporter.h"        // a workspace tab's export (issue #18)
#include "mainwindow.h"
#include "memberactions.h"
#include "memberchangedialog.h"
#include "messagearea.h"
#include "projectfiltermodel.h"
#include "projectnamedialog.h"
#include "projectspend.h"
#include "projecttablemodel.h"
#include "projectworkspace.h"
#include "resourcestore.h"
#include "ratelimitstab.h"      // rate limits (issue #17)
#include "resourcestore.h"      // rate limits (issue #17)
#include "setratelimitsdialog.h" // rate limits (issue #17)
#include "sandboxcosts.h"
#include "sandboxserver.h"
#include "session.h"
#include "spendcontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMap>
#include <QNetworkAccessManager>
#include <QPlainTextEdit> // the Credentials block
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableView>
#include <QTreeWidget>
#include <QTest>
// Add connection's key check (issue #18, verify)
#include "connectionsdialog.h"
#include "connectionstore.h"
#include <QProgressBar>

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
        // Every cell starts as a first start would: the window before saved its "Show archived".
        AppSettings().setShowArchived(false);
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

// ---- Project workspace: members (issue #16) ---------------------------------------------------
// Listing a project's members, adding one (picked from the organization's people), changing a
// role and removing one, each through the Members tab of the window's project workspace.

MembersTab *openMembersTab(Cell &cell, const QString &projectId)
{
    if (cell.model()->rowOf(projectId) < 0)
        return nullptr;
    const QModelIndex index = cell.window->filterModel()->mapFromSource(
        cell.model()->index(cell.model()->rowOf(projectId), 0));
    cell.window->findChild<QTableView *>(u"projectTable"_s)->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *tab = static_cast<MembersTab *>(cell.window->workspace()->tab(u"membersTab"_s));
    cell.window->workspace()->setCurrentWidget(tab);
    return tab;
}

bool membersListed(MembersTab *tab)
{
    return QTest::qWaitFor([tab] {
        return tab->currentModel() && tab->currentModel()->hasStarted() && !tab->currentModel()->isLoading();
    }, Timeout);
}

/// The big project's Members tab open and listed, its second member selected.
QList<Project> prepareMembers(Cell &cell)
{
    const QString big = cell.server.resourcesOf().bigProjectId();
    MembersTab *tab = openMembersTab(cell, big);
    if (!tab || !membersListed(tab))
        return {};
    tab->tableView()->setFocus();
    tab->tableView()->selectRow(1);
    return {*cell.model()->project(big)};
}

QString membersPath(const QList<Project> &t, const QString &userId = {})
{
    return projectPath(t, "/users"_L1) + (userId.isEmpty() ? QString() : u'/' + userId);
}

QString selectedMemberId(Cell &cell)
{
    const QList<ProjectUser> rows = static_cast<MembersTab *>(cell.window->workspace()->tab(u"membersTab"_s))->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().id;
}

Outcome runMemberChange(Cell &cell, const char *action)
{
    cell.window->findChild<QAction *>(QLatin1String(action))->trigger();
    if (!cell.window->findChild<MemberChangeDialog *>())
        return {false, u"(no dialog)"_s, {}, {}};
    auto *dialog = cell.window->findChild<MemberChangeDialog *>();
    if (auto *role = dialog->findChild<QComboBox *>(u"roleCombo"_s); role->isVisible())
        role->setCurrentIndex(role->currentIndex() == 0 ? 1 : 0);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    return dialogOutcome<MemberChangeDialog>(cell, [](MemberChangeDialog *d) { return d->isBusy(); }, nullptr, {});
}

void addMemberOperations(QMap<QString, Operation> &ops)
{
    ops.insert(u"12 members list"_s, {"GET", [](Cell &cell, const QList<Project> &) {
        return ListPath + u'/' + cell.server.resourcesOf().bigProjectId() + u"/users"_s;
    }, [](Cell &) { return QList<Project>(); }, [](Cell &cell, const QList<Project> &) {
        MembersTab *tab = openMembersTab(cell, cell.server.resourcesOf().bigProjectId());
        if (!tab || !membersListed(tab))
            return Outcome{false, u"(still loading)"_s, {}, {}};
        const auto *message = tab->findChild<MessageArea *>(u"listMessage"_s);
        if (message->isVisible())
            return Outcome{false, message->text(), message->requestId(), {}};
        return Outcome{tab->currentModel()->rowCount() > 0, {}, {}, {}};
    }});
    ops.insert(u"13 add member"_s, {"POST", [](Cell &, const QList<Project> &t) { return membersPath(t); },
                                    prepareMembers, [](Cell &cell, const QList<Project> &) {
        cell.window->findChild<QAction *>(u"addMemberAction"_s)->trigger();
        auto *dialog = cell.window->findChild<AddMemberDialog *>();
        if (!dialog)
            return Outcome{false, u"(no dialog)"_s, {}, {}};
        auto *actions = cell.window->findChild<MemberActions *>();
        Pager *users = actions->organizationUsers()->pager();
        if (!QTest::qWaitFor([&] { return users->isComplete() || users->lastError().isError(); }, Timeout))
            return Outcome{false, u"(organization users still loading)"_s, {}, {}};
        if (users->lastError().isError()) { // a cap on every answer: the people cannot be listed
            const QString told = dialog->findChild<QLabel *>(u"usersStatusLabel"_s)->text();
            dialog->reject();
            return Outcome{false, told, users->lastError().requestId(), {}};
        }
        auto *search = dialog->findChild<QLineEdit *>(u"searchEdit"_s);
        const QString typed = u"a"_s;
        QTest::keyClicks(search, typed);
        auto *list = dialog->findChild<QListView *>(u"userList"_s);
        list->setCurrentIndex(list->model()->index(0, 0));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        return dialogOutcome<AddMemberDialog>(cell, [](AddMemberDialog *d) { return d->isBusy(); }, search, typed);
    }});
    ops.insert(u"14 change role"_s, {"POST", [](Cell &cell, const QList<Project> &t) {
        return membersPath(t, selectedMemberId(cell));
    }, prepareMembers, [](Cell &cell, const QList<Project> &) { return runMemberChange(cell, "changeRoleAction"); }});
    ops.insert(u"15 remove member"_s, {"DELETE", [](Cell &cell, const QList<Project> &t) {
        return membersPath(t, selectedMemberId(cell));
    }, prepareMembers, [](Cell &cell, const QList<Project> &) { return runMemberChange(cell, "removeMemberAction"); }});
}

// ---- Rate limits (issue #17): the tab's listing and save, and the bulk change ----------------

QString rateLimitsPath(const QList<Project> &targets)
{
    return projectPath(targets, "/rate_limits"_L1);
}

QString gpt4oPath(const QList<Project> &targets)
{
    return rateLimitsPath(targets) + u"/rl-gpt-4o"_s;
}

/// The Rate limits tab (on its own: the workspace holds it in the window) on @p project,
/// once its listing has ended one way or another.
std::unique_ptr<RateLimitsTab> loadedRateLimitsTab(Cell &cell, const Project &project)
{
    auto tab = std::make_unique<RateLimitsTab>(&cell.client);
    tab->setProject(project);
    tab->show();
    // The outcome is read from the tab whether or not this ended in time.
    const bool settled = QTest::qWaitFor([&] { return tab->currentModel() && !tab->currentModel()->isLoading(); }, Timeout);
    Q_UNUSED(settled);
    return tab;
}

Outcome runRateLimitsList(Cell &cell, const QList<Project> &targets)
{
    auto tab = loadedRateLimitsTab(cell, targets.value(0));
    const auto *error = tab->findChild<MessageArea *>(u"rateLimitError"_s);
    if (!tab->currentModel() || tab->currentModel()->isLoading())
        return {false, u"(still loading)"_s, {}, {}};
    if (error->isVisible())
        return {false, error->text(), error->requestId(), {}};
    return {tab->currentModel()->rowCount() == 12, {}, {}, {}};
}

Outcome runRateLimitSave(Cell &cell, const QList<Project> &targets)
{
    // The fault is for the update (POST): the listing (GET) goes through.
    auto tab = loadedRateLimitsTab(cell, targets.value(0));
    RateLimitTableModel *model = tab->currentModel();
    if (!model || model->rowCount() == 0) {
        // A fault that hits every answer (the body cap) stops the listing first.
        const auto *error = tab->findChild<MessageArea *>(u"rateLimitError"_s);
        return {false, error->isVisible() ? error->text() : u"(no rows)"_s, error->requestId(), {}};
    }
    const int row = model->rowOf(u"rl-gpt-4o"_s);
    const QModelIndex tokens = model->index(row, RateLimitTableModel::columnOf(RateLimitField::TokensPerMinute));
    constexpr qint64 typed = 1234567;
    model->setData(tokens, typed);
    QSignalSpy finished(model, &RateLimitTableModel::saveFinished);
    tab->findChild<QPushButton *>(u"saveButton"_s)->click();
    if (!finished.wait(Timeout))
        return {false, u"(still busy)"_s, {}, {}};
    Outcome outcome;
    if (model->rowState(row) == RateLimitTableModel::RowState::Saved) {
        outcome.done = true;
    } else {
        const QString tip = tokens.siblingAtColumn(RateLimitTableModel::ResultColumn).data(Qt::ToolTipRole).toString();
        outcome.sentence = tokens.siblingAtColumn(RateLimitTableModel::ResultColumn).data().toString();
        const qsizetype id = tip.indexOf("req_"_L1);
        if (id >= 0)
            outcome.requestIdShown = tip.mid(id, 36);
    }
    if (tokens.data(Qt::EditRole).toLongLong() != typed)
        outcome.note = u"INPUT LOST"_s;
    return outcome;
}

Outcome runBulkRateLimits(Cell &cell, const QList<Project> &targets)
{
    // The fault is for the first update (POST): the reads (GET) go through.
    cell.action("setRateLimitsAction")->trigger();
    QPointer<SetRateLimitsDialog> dialog = cell.window->findChild<SetRateLimitsDialog *>();
    if (!dialog)
        return {false, u"(no dialog)"_s, {}, {}};
    if (!QTest::qWaitFor([&] { return !dialog->limiter()->isReading(); }, Timeout))
        return {false, u"(still reading)"_s, {}, {}};
    const QString typed = u"1234567"_s;
    dialog->setModel(u"gpt-4o"_s);
    dialog->findChild<QCheckBox *>(u"tokensPerMinuteCheck"_s)->setChecked(true);
    auto *edit = dialog->findChild<QLineEdit *>(u"tokensPerMinuteEdit"_s);
    edit->setText(typed);
    if (dialog->limiter()->pendingCount() == 0) {
        // A fault that hits every answer (the body cap) stops the reads: the preview says so.
        const auto *preview = dialog->findChild<QTreeWidget *>(u"previewList"_s);
        const QString note = preview->topLevelItemCount() > 0 ? preview->topLevelItem(0)->text(4) : QString();
        dialog->reject();
        return {false, note.isEmpty() ? u"(nothing to send)"_s : note, {}, {}};
    }
    dialog->findChild<QPushButton *>(u"applyButton"_s)->click();
    auto *summary = dialog->findChild<QPlainTextEdit *>(u"summaryText"_s);
    if (!QTest::qWaitFor([&] { return !dialog || summary->isVisible(); }, Timeout))
        return {false, u"(still busy)"_s, {}, {}};
    Outcome outcome{true, {}, {}, {}};
    for (const Project &p : targets) {
        for (const SandboxRateLimit &limit : cell.server.projectResources(p.id).rateLimits) {
            if (limit.model == "gpt-4o"_L1)
                outcome.done = outcome.done && limit.values.at(1) == 1234567;
        }
    }
    if (!outcome.done) {
        outcome.sentence = summary->toPlainText();
        const qsizetype id = outcome.sentence.indexOf("req_"_L1);
        if (id >= 0)
            outcome.requestIdShown = outcome.sentence.mid(id, 36);
    }
    if (edit->text() != typed)
        outcome.note = u"INPUT LOST"_s;
    dialog->reject();
    return outcome;
}

void addRateLimitOperations(QMap<QString, Operation> &ops)
{
    const auto one = [](Cell &cell) { return cell.select(1); };
    ops.insert(u"16 rate limits list"_s, {"GET", [](Cell &, const QList<Project> &t) { return rateLimitsPath(t); },
                                          one, runRateLimitsList});
    ops.insert(u"17 rate limit save"_s, {"POST", [](Cell &, const QList<Project> &t) { return gpt4oPath(t); },
                                         one, runRateLimitSave});
    ops.insert(u"18 bulk rate limits"_s, {"POST", [](Cell &, const QList<Project> &t) { return gpt4oPath(t); },
                                          [](Cell &cell) { return cell.select(3); }, runBulkRateLimits});
}

// ---- Add connection (issue #18, verify) -------------------------------------------------------
// File → Connections…, Add: the key is checked with one list request to the connection's own
// base URL before anything is stored. Done: the connection was stored (and is removed again);
// otherwise the dialog says why, everything typed kept and nothing stored.

Outcome runAddConnection(Cell &cell)
{
    const QString name = u"Fault matrix connection"_s;
    const QString url = cell.server.baseUrl().toString();
    const QString key = QString::fromLatin1(SandboxServer::DefaultAdminKey);
    ConnectionStore store(&cell.keyStore);
    auto dialog = std::make_unique<ConnectionsDialog>(&store, &cell.client, &cell.network,
                                                      cell.window.get());
    dialog->open();
    auto *nameEdit = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    auto *urlEdit = dialog->findChild<QLineEdit *>(u"urlEdit"_s);
    auto *keyEdit = dialog->findChild<QLineEdit *>(u"keyEdit"_s);
    nameEdit->setText(name);
    urlEdit->setText(url);
    keyEdit->setText(key);
    dialog->findChild<QPushButton *>(u"addButton"_s)->click();
    const auto *busy = dialog->findChild<QProgressBar *>(u"progressBar"_s);
    if (!QTest::qWaitFor([busy] { return busy->isHidden(); }, Timeout))
        return {false, u"(still busy)"_s, {}, {}};
    Outcome outcome;
    if (const std::optional<Connection> added = store.findByName(name)) {
        outcome.done = true;
        bool removed = false;
        store.remove(added->id, &store, [&removed](const KeyStore::Result &) { removed = true; });
        if (!QTest::qWaitFor([&removed] { return removed; }, Timeout))
            outcome.note = u"(connection not removed)"_s;
        return outcome;
    }
    const auto *message = dialog->findChild<MessageArea *>(u"messageArea"_s);
    if (message->isVisible()) {
        outcome.sentence = message->text();
        outcome.requestIdShown = message->requestId();
    }
    if (nameEdit->text() != name || urlEdit->text() != url || keyEdit->text() != key)
        outcome.note = u"INPUT LOST"_s;
    return outcome;
}

// Every page listed first: a fault on the list path is then the operation's alone, never the
// window's next page (which the table may ask for as the first page arrives).
QList<Project> allListed(Cell &cell)
{
    cell.action("loadAllAction")->trigger();
    (void)cell.listOutcome(0);
    return {};
}

void addConnectionOperations(QMap<QString, Operation> &ops)
{
    ops.insert(u"20 add connection"_s, {"GET", [](Cell &, const QList<Project> &) { return ListPath; },
                                        allListed,
                                        [](Cell &cell, const QList<Project> &) { return runAddConnection(cell); }});
}

// A members tab's Export… with every page first (issue #18): the fault meets the export's
// Load all. Written, the file has every member; failed, the tab says why and no file is left.
Outcome runMembersExport(Cell &cell)
{
    auto *tab = static_cast<MembersTab *>(cell.window->workspace()->tab(u"membersTab"_s));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"members.csv"_s);
    QSignalSpy finished(tab->exporter(), &ListExporter::finished);
    tab->exporter()->exportTo(path, ExportDialog::Scope::AllLoaded, ProjectExport::Format::Csv, true);
    if (!finished.wait(Timeout))
        return {false, u"(the export never ended)"_s, {}, {}};
    const auto result = finished.constFirst().constFirst().value<ExportResult>();
    const int members = int(cell.server.projectResources(cell.server.resourcesOf().bigProjectId()).members.size());
    if (!result.path.isEmpty() && result.ok()) { // a cancelled export ends without a path
        QFile file(path);
        const bool whole = file.open(QIODevice::ReadOnly) && file.readAll().count("\r\n") == members + 1;
        return {whole, whole ? QString() : u"(a file without every member)"_s, {}, {}};
    }
    if (QFile::exists(path))
        return {false, u"(a file was left after a failed export)"_s, {}, {}};
    const auto *message = tab->findChild<MessageArea *>(u"listMessage"_s);
    if (!message->isVisible())
        return {false, result.error, {}, {}};
    return {false, message->text(), message->requestId(), {}};
}

void addExportOperations(QMap<QString, Operation> &ops)
{
    ops.insert(u"24 export members"_s, {"GET", [](Cell &, const QList<Project> &t) { return membersPath(t); },
                                         prepareMembers,
                                         [](Cell &cell, const QList<Project> &) { return runMembersExport(cell); }});
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
    ops.insert(u"05 archived toggle"_s, {"GET", list, allListed, [](Cell &cell, const QList<Project> &) {
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
    ops.insert(u"11 key verify"_s, {"GET", list, allListed, [](Cell &cell, const QList<Project> &) {
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
    addMemberOperations(ops); // the project workspace's member operations (issue #16)
    addRateLimitOperations(ops); // issue #17
    addConnectionOperations(ops); // issue #18: Add connection checks the key first
    addExportOperations(ops);     // issue #18: a workspace tab's export, every page first
    // Issue #19 (costsui): one project's costs in the Costs tab. The spend column's own costs
    // request, sent after the first page, is over before the fault is set.
    ops.insert(u"19 costs tab"_s, {"GET", [](Cell &, const QList<Project> &) { return SandboxCosts::path(); },
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
    // Issue #16 items 3 and 4 (the Credentials block).
    void credentialsCell_data();
    void credentialsCell();
    void cleanupTestCase();
};

namespace {

/// ORGDESK_FAULT_MATRIX_OPERATIONS=FIRST-LAST (two-digit numbers of the operations) runs only
/// those: ctest runs the matrix in parts, side by side, each within its time limit.
bool selected(const QString &operation)
{
    const QString range = qEnvironmentVariable("ORGDESK_FAULT_MATRIX_OPERATIONS");
    if (range.isEmpty())
        return true;
    const int number = operation.left(2).toInt();
    return number >= range.section(u'-', 0, 0).toInt() && number <= range.section(u'-', 1, 1).toInt();
}

} // namespace

void TestFaultMatrix::cell_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("fault");
    const QMap<QString, Operation> ops = operations();
    const QMap<QString, Fault> fs = faults();
    for (auto op = ops.cbegin(); op != ops.cend(); ++op) {
        if (!selected(op.key()))
            continue;
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

// ---- Credentials (issue #16 items 3 and 4) ----------------------------------------------------
// The service account and API key operations against every fault, through their actions and
// dialogs on a window of their own (the workspace tabs host them). Same rules as the cells
// above, and: no service account made twice, the typed name or confirmation kept.

namespace {

const QString TypedAccountName = u"Fault matrix: service account"_s;

struct CredentialsCell
{
    SandboxServer server;
    QNetworkAccessManager network;
    AdminApiClient client{&network};
    ProjectResourcesApi api{&client};
    std::unique_ptr<QWidget> host; // last: goes first, with the actions and dialogs
    ServiceAccountActions *accounts = nullptr;
    ApiKeyActions *keys = nullptr;

    CredentialsCell()
    {
        server.seed(6, 0, 3);
        server.listen();
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
        client.setTimeout(700ms);
        client.setRandomSource([] { return 0.999; });
        client.setRateLimitWindow(1s);
        host = std::make_unique<QWidget>();
        host->resize(900, 600);
        host->show();
        accounts = new ServiceAccountActions(&api, host.get(), host.get());
        accounts->setClipboardClearDelay(100ms);
        keys = new ApiKeyActions(&api, host.get(), host.get());
        const SandboxProject stored = *server.project(big());
        Project project;
        project.id = stored.id;
        project.name = stored.name;
        project.status = u"active"_s;
        accounts->setProject(project);
        keys->setProject(project);
    }

    [[nodiscard]] QString big() const { return server.resourcesOf().bigProjectId(); }
    [[nodiscard]] QString path(const QString &suffix) const { return ListPath + u'/' + big() + suffix; }
    [[nodiscard]] int accountsNamed(const QString &name)
    {
        const QList<SandboxServiceAccount> all = server.projectResources(big()).serviceAccounts;
        return int(std::count_if(all.cbegin(), all.cend(), [&](const SandboxServiceAccount &a) { return a.name == name; }));
    }
    /// The first three user keys, as the API keys tab would list them (straight from the store).
    [[nodiscard]] QList<ApiKey> userKeys()
    {
        QList<ApiKey> found;
        for (const SandboxApiKey &stored : server.projectResources(big()).apiKeys) {
            if (stored.ownedByServiceAccount || found.size() == 3)
                continue;
            ApiKey key;
            key.id = stored.id;
            key.name = stored.name;
            key.redactedValue = stored.redactedValue;
            key.owner.type = u"user"_s;
            key.owner.id = stored.ownerId;
            found << key;
        }
        return found;
    }
};

Outcome messageOutcome(const QWidget *dialog)
{
    Outcome outcome;
    const auto *error = dialog->findChild<MessageArea *>(u"errorArea"_s);
    if (error && error->isVisible()) {
        outcome.sentence = error->text();
        outcome.requestIdShown = error->requestId();
    }
    return outcome;
}

Outcome runCreateServiceAccount(CredentialsCell &cell)
{
    cell.accounts->newAction()->trigger();
    QPointer<ServiceAccountNameDialog> dialog = cell.host->findChild<ServiceAccountNameDialog *>();
    if (!dialog)
        return {false, u"(no dialog)"_s, {}, {}};
    auto *edit = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    QTest::keyClicks(edit, TypedAccountName);
    QTest::keyClick(edit, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return !dialog || !dialog->isBusy(); }, Timeout))
        return {false, u"(still busy)"_s, {}, {}};
    if (!dialog) {
        // Made: its key is shown once; close that window as a user would.
        auto *keyDialog = cell.host->findChild<OneTimeKeyDialog *>();
        if (!keyDialog)
            return {false, u"(no key dialog)"_s, {}, {}};
        keyDialog->reject();
        keyDialog->storedQuestion()->findChild<QPushButton *>(u"storedButton"_s)->click();
        return {true, {}, {}, {}};
    }
    Outcome outcome = messageOutcome(dialog);
    if (edit->text() != TypedAccountName)
        outcome.note = u"INPUT LOST"_s;
    else if (!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok))
        outcome.note = u"made, key lost"_s;
    dialog->reject();
    return outcome;
}

Outcome runDeleteServiceAccount(CredentialsCell &cell)
{
    const SandboxServiceAccount stored = cell.server.projectResources(cell.big()).serviceAccounts.first();
    cell.accounts->setSelected({ServiceAccount{stored.id, stored.name, stored.role, stored.createdAt}});
    cell.accounts->deleteAction()->trigger();
    QPointer<DeleteServiceAccountDialog> dialog = cell.host->findChild<DeleteServiceAccountDialog *>();
    if (!dialog)
        return {false, u"(no dialog)"_s, {}, {}};
    auto *confirm = dialog->findChild<QLineEdit *>(u"confirmEdit"_s);
    confirm->insert(dialog->expectedConfirmation());
    dialog->findChild<QPushButton *>(u"deleteButton"_s)->click();
    if (!QTest::qWaitFor([&] { return !dialog || !dialog->isBusy(); }, Timeout))
        return {false, u"(still busy)"_s, {}, {}};
    if (!dialog)
        return {true, {}, {}, {}};
    Outcome outcome = messageOutcome(dialog);
    if (confirm->text() != dialog->expectedConfirmation())
        outcome.note = u"INPUT LOST"_s;
    dialog->reject();
    return outcome;
}

Outcome runDeleteApiKeys(CredentialsCell &cell, const QList<ApiKey> &keys)
{
    cell.keys->setSelected(keys);
    cell.keys->deleteAction()->trigger();
    QPointer<DeleteApiKeysDialog> dialog = cell.host->findChild<DeleteApiKeysDialog *>();
    if (!dialog)
        return {false, u"(no dialog)"_s, {}, {}};
    dialog->findChild<QPushButton *>(u"deleteButton"_s)->click();
    if (!QTest::qWaitFor([&] { return dialog && dialog->findChild<QPlainTextEdit *>(u"summaryText"_s)->isVisible(); },
                         Timeout))
        return {false, u"(still busy)"_s, {}, {}};
    // Each failure on its row, the reason in its tooltip.
    Outcome outcome{true, {}, {}, {}};
    const auto *list = dialog->findChild<QListWidget *>(u"keyList"_s);
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (!item->text().endsWith("not deleted"_L1) && !item->text().endsWith("left untouched"_L1))
            continue;
        outcome.done = false;
        outcome.sentence += item->text() + u' ' + item->toolTip();
        const qsizetype id = item->toolTip().indexOf("req_"_L1);
        if (id >= 0)
            outcome.requestIdShown = item->toolTip().mid(id, 36);
    }
    dialog->reject();
    return outcome;
}

} // namespace

void TestFaultMatrix::credentialsCell_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("fault");
    const QMap<QString, Fault> fs = faults();
    for (const QString &op : {u"21 new service account"_s, u"22 delete service account"_s, u"23 delete API keys"_s}) {
        for (auto f = fs.cbegin(); f != fs.cend(); ++f)
            QTest::addRow("%s × %s", qPrintable(op.mid(3)), qPrintable(f.key().mid(2))) << op << f.key();
    }
}

void TestFaultMatrix::credentialsCell()
{
    QFETCH(QString, operation);
    QFETCH(QString, fault);
    const Fault f = faults().value(fault);
    CredentialsCell cell;
    const QList<ApiKey> keys = cell.userKeys();
    const int accountsBefore = int(cell.server.projectResources(cell.big()).serviceAccounts.size());
    SandboxFault sf = f.fault;
    if (operation.startsWith("21"_L1)) {
        sf.method = "POST";
        sf.path = cell.path(u"/service_accounts"_s);
    } else if (operation.startsWith("22"_L1)) {
        sf.method = "DELETE";
        sf.path = cell.path(u"/service_accounts/"_s + cell.server.projectResources(cell.big()).serviceAccounts.first().id);
    } else {
        sf.method = "DELETE";
        sf.path = cell.path(u"/api_keys/"_s + keys.value(1).id); // the middle one of three
    }
    if (f.maxResponseSize > 0)
        cell.client.setMaxResponseSize(f.maxResponseSize);
    else
        cell.server.addFault(sf);

    const Outcome outcome = operation.startsWith("21"_L1) ? runCreateServiceAccount(cell)
        : operation.startsWith("22"_L1)                   ? runDeleteServiceAccount(cell)
                                                          : runDeleteApiKeys(cell, keys);

    QTRY_COMPARE_WITH_TIMEOUT(cell.client.pendingCount(), 0, Timeout);
    if (!outcome.done) {
        QVERIFY2(!outcome.sentence.isEmpty() && !outcome.sentence.startsWith(u'('), qPrintable(outcome.sentence));
        const bool serviceAnswered = f.maxResponseSize == 0 && f.fault.kind != FaultKind::DropMidBody
            && f.fault.kind != FaultKind::NoResponse && f.fault.kind != FaultKind::Close;
        if (serviceAnswered)
            QVERIFY2(!outcome.requestIdShown.isEmpty(), qPrintable(outcome.sentence));
    }
    QVERIFY2(outcome.note != "INPUT LOST"_L1, qPrintable(outcome.sentence));
    // Never a service account made twice.
    QVERIFY(cell.accountsNamed(TypedAccountName) <= 1);
    QVERIFY(cell.server.projectResources(cell.big()).serviceAccounts.size() <= accountsBefore + 1);
    if (outcome.note == "made, key lost"_L1)
        QCOMPARE(cell.accountsNamed(TypedAccountName), 1);

    QString text = outcome.done ? u"done"_s : u"told"_s;
    if (!outcome.done && !outcome.requestIdShown.isEmpty())
        text += u" + request id"_s;
    if (!outcome.note.isEmpty())
        text += u" ("_s + outcome.note + u')';
    g_matrix[operation][fault.mid(2)] = text;
}

// ---- end of the Credentials block --------------------------------------------------------------

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
