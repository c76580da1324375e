// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "adminapiclient.h"
#include "archivedialog.h"
#include "bulkarchiver.h"
#include "messagearea.h"
#include "projectactions.h"
#include "projectnamedialog.h"
#include "projecttablemodel.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int Timeout = 30000;
const QString ProjectsPath = QStringLiteral("/v1/organization/projects");

QString projectPath(const QString &id)
{
    return ProjectsPath + QLatin1Char('/') + id;
}

QString archivePath(const QString &id)
{
    return projectPath(id) + QStringLiteral("/archive");
}

/// Why @p error does not show @p requestId on its own line, in view; empty when it does.
QString requestIdProblem(const MessageArea *error, const QString &requestId)
{
    const auto *line = error->findChild<QLabel *>(QStringLiteral("requestIdLabel"));
    if (requestId.isEmpty())
        return QStringLiteral("the sandbox logged no request id");
    if (error->requestId() != requestId || !line->isVisible()
        || line->text() != QStringLiteral("Request ID: ") + requestId)
        return QStringLiteral("request id line: ") + line->text();
    if (error->text().contains(requestId))
        return QStringLiteral("the id is said twice: ") + error->text();
    return {};
}

/// Everything a dialog test needs, wired as the application wires it.
struct Fixture
{
    Fixture()
    {
        if (server.listen() == 0)
            return;
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
        client.setRandomSource([] { return 0.0; });
        client.setRateLimitWindow(2s);
        client.setTimeout(10s);
        window.resize(800, 600);
        window.show();
    }

    SandboxServer server;
    QNetworkAccessManager network;
    AdminApiClient client{&network};
    ProjectTableModel model{&client};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QWidget window;
    ProjectActions actions{&client, &model, &window};
};

} // namespace

/// The create, rename and archive dialogs, driven with key and mouse clicks through
/// ProjectActions against the sandbox, the real client and the real model.
class TestProjectDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // New project
    void nameDialogCountsAndValidates();
    void duplicateNameWarnsWithoutBlocking();
    void createSuccess();
    void createErrorKeepsInput_data();
    void createErrorKeepsInput();
    void createRateLimitedShowsWaitThenSucceeds();
    void listWaitStaysOutOfBusyCreateDialog();
    void doubleEnterMakesOneProject();
    void createWithLostAnswerNeverDuplicates_data();
    void createWithLostAnswerNeverDuplicates();

    // Rename
    void renameUnchangedSendsNothing();
    void renameUpdatesRowInPlace();
    void renameArchivedProjectKeepsInput();
    void renameDefaultProjectSaysSoPlainly();

    // Archive
    void archiveOneNeedsTheExactName_data();
    void archiveOneNeedsTheExactName();
    void archiveOneWithTheRightName_data();
    void archiveOneWithTheRightName();
    void archiveDefaultProjectSaysSoPlainly();
    void archiveBugIsReportedAsSuccess();
    void bulkArchiveWithFailureInTheMiddle();
    void bulkArchiveStopsBetweenProjects();
    void archivedProjectsAreRefused();

private:
    void loadModel();
    [[nodiscard]] Project addLoadedProject(const QString &name, qint64 createdAt = 1700000000);
    [[nodiscard]] ProjectNameDialog *openNameDialog();
    [[nodiscard]] ArchiveDialog *openArchiveDialog();
    [[nodiscard]] int projectsNamed(const QString &name) const;
    [[nodiscard]] QString requestIdOf(const QByteArray &method, const QString &path) const;

    std::unique_ptr<Fixture> m;
};

void TestProjectDialogs::init()
{
    m = std::make_unique<Fixture>();
    QVERIFY(m->server.port() != 0);
    QVERIFY(QTest::qWaitForWindowExposed(&m->window));
}

void TestProjectDialogs::cleanup()
{
    m.reset();
}

void TestProjectDialogs::loadModel()
{
    m->model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(m->model.isComplete() && !m->model.isLoading(), Timeout);
}

Project TestProjectDialogs::addLoadedProject(const QString &name, qint64 createdAt)
{
    const SandboxProject added = m->server.addProject(name, createdAt);
    if (m->model.hasStarted())
        m->model.reload();
    m->model.loadAll();
    // Callers check the id: a project that never showed up comes back empty.
    if (!QTest::qWaitFor([&] { return m->model.rowOf(added.id) >= 0; }, Timeout))
        return {};
    return m->model.project(added.id).value_or(Project());
}

ProjectNameDialog *TestProjectDialogs::openNameDialog()
{
    auto *dialog = m->window.findChild<ProjectNameDialog *>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

ArchiveDialog *TestProjectDialogs::openArchiveDialog()
{
    auto *dialog = m->window.findChild<ArchiveDialog *>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

int TestProjectDialogs::projectsNamed(const QString &name) const
{
    const QList<SandboxProject> projects = m->server.projects();
    return int(std::count_if(projects.cbegin(), projects.cend(),
                             [&](const SandboxProject &p) { return p.name == name; }));
}

QString TestProjectDialogs::requestIdOf(const QByteArray &method, const QString &path) const
{
    const QList<SandboxRequest> log = m->server.requests();
    for (const SandboxRequest &request : log) {
        if (request.method == method && request.path == path)
            return request.requestId;
    }
    return {};
}

// ---- New project ------------------------------------------------------------------------------

void TestProjectDialogs::nameDialogCountsAndValidates()
{
    m->actions.createProject();
    ProjectNameDialog *dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *counter = dialog->findChild<QLabel *>(QStringLiteral("counterLabel"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(nameEdit && counter && buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("Create"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(counter->text(), QStringLiteral("0 / 128"));

    QTest::keyClicks(nameEdit, QStringLiteral("Support chatbot"));
    QCOMPARE(counter->text(), QStringLiteral("15 / 128"));
    QVERIFY(ok->isEnabled());

    nameEdit->clear();
    QTest::keyClicks(nameEdit, QStringLiteral("    "));
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QCOMPARE(m->client.pendingCount(), 0);
    QVERIFY(dialog->isVisible());

    nameEdit->clear();
    QTest::keyClicks(nameEdit, QString(140, QLatin1Char('x')));
    QCOMPARE(nameEdit->text().size(), ProjectNameDialog::MaxNameLength);
    QCOMPARE(counter->text(), QStringLiteral("128 / 128"));

    // Every control can be found by assistive technologies; every label is read as it shows
    // (a name on a label would hide its text, issue #15).
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPushButton *>(widget)
            || qobject_cast<QProgressBar *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty())
            QVERIFY2(label->accessibleName().isEmpty(), qPrintable(label->objectName()));
    }
    QVERIFY(counter->accessibleDescription().contains(QStringLiteral("of at most 128")));

    QTest::keyClick(nameEdit, Qt::Key_Escape);
    QPointer<ProjectNameDialog> guard(dialog);
    QTRY_VERIFY(guard.isNull());
}

void TestProjectDialogs::duplicateNameWarnsWithoutBlocking()
{
    loadModel(); // the Default project
    m->actions.createProject();
    ProjectNameDialog *dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("warningLabel"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok);
    QVERIFY(nameEdit && warning);

    QTest::keyClicks(nameEdit, QStringLiteral("  default PROJECT "));
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(),
             QStringLiteral("A project named “\u2068default PROJECT\u2069” already exists. Names are not "
                            "unique, and projects cannot be deleted."));
    QVERIFY(ok->isEnabled());

    QTest::keyClick(nameEdit, Qt::Key_Backspace);
    QTest::keyClick(nameEdit, Qt::Key_Backspace);
    QVERIFY(!warning->isVisible());
}

void TestProjectDialogs::createSuccess()
{
    loadModel();
    QSignalSpy created(&m->actions, &ProjectActions::projectCreated);
    QSignalSpy status(&m->actions, &ProjectActions::statusMessage);
    QSignalSpy inserted(&m->model, &ProjectTableModel::rowsInserted);

    m->actions.createProject();
    QPointer<ProjectNameDialog> dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTest::keyClicks(nameEdit, QStringLiteral("  Support chatbot  "));
    QTest::keyClick(nameEdit, Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    QCOMPARE(projectsNamed(QStringLiteral("Support chatbot")), 1);
    QCOMPARE(created.size(), 1);
    const QString id = created.constFirst().constFirst().toString();
    QVERIFY(m->server.project(id).has_value());
    QCOMPARE(m->model.rowOf(id), 0);
    QCOMPARE(m->model.projectAt(0).name, QStringLiteral("Support chatbot"));
    QCOMPARE(inserted.size(), 1);
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.constLast().constFirst().toString(),
             QStringLiteral("Created project “\u2068Support chatbot\u2069”"));
}

void TestProjectDialogs::createErrorKeepsInput_data()
{
    QTest::addColumn<int>("faultKind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<bool>("expectRequestId");

    QTest::newRow("400 invalid name")
        << int(SandboxFault::Kind::Status) << 400 << QString() << true;
    QTest::newRow("500 without effect: outcome unknown, refresh first")
        << int(SandboxFault::Kind::Status) << 500 << QStringLiteral("refresh the project list")
        << true;
    QTest::newRow("HTML from a proxy")
        << int(SandboxFault::Kind::Html) << 502 << QStringLiteral("refresh the project list")
        << true;
    QTest::newRow("dropped connection")
        << int(SandboxFault::Kind::DropMidBody) << 200 << QStringLiteral("refresh the project list")
        << true;
}

void TestProjectDialogs::createErrorKeepsInput()
{
    QFETCH(int, faultKind);
    QFETCH(int, status);
    QFETCH(QString, expectedText);
    QFETCH(bool, expectRequestId);

    SandboxFault fault;
    fault.kind = SandboxFault::Kind(faultKind);
    fault.status = status;
    fault.method = "POST";
    fault.path = ProjectsPath;
    m->server.addFault(fault);
    QSignalSpy created(&m->actions, &ProjectActions::projectCreated);

    m->actions.createProject();
    QPointer<ProjectNameDialog> dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *error = dialog->findChild<MessageArea *>(QStringLiteral("errorArea"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok);
    QTest::keyClicks(nameEdit, QStringLiteral("Billing exports"));
    QTest::keyClick(nameEdit, Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(nameEdit->text(), QStringLiteral("Billing exports"));
    QVERIFY(!nameEdit->isReadOnly());
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(error->findChild<QLabel *>(QStringLiteral("messageText"))
                ->textInteractionFlags()
                .testFlag(Qt::TextSelectableByMouse));
    if (!expectedText.isEmpty())
        QVERIFY2(error->text().contains(expectedText), qPrintable(error->text()));
    const QString requestId = requestIdOf("POST", ProjectsPath);
    QVERIFY(!requestId.isEmpty());
    if (expectRequestId)
        QVERIFY2(requestIdProblem(error, requestId).isEmpty(),
                 qPrintable(requestIdProblem(error, requestId)));
    QCOMPARE(projectsNamed(QStringLiteral("Billing exports")), 0);
    QCOMPARE(m->server.requestCount("POST", ProjectsPath), 1); // never sent twice
    QVERIFY(created.isEmpty());
}

void TestProjectDialogs::createRateLimitedShowsWaitThenSucceeds()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 429;
    fault.method = "POST";
    fault.path = ProjectsPath;
    fault.retryAfterMs = 1500;
    m->server.addFault(fault);

    m->actions.createProject();
    QPointer<ProjectNameDialog> dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *progress = dialog->findChild<QLabel *>(QStringLiteral("progressLabel"));

    // Read the label as soon as the client's signal has reached every receiver, the call's
    // own included, long before the wait is over, whatever the machine's speed.
    QStringList shownWhileWaiting;
    connect(&m->client, &AdminApiClient::waiting, this, [&] {
        shownWhileWaiting << (progress->isVisible() ? progress->text() : QString());
    }, Qt::QueuedConnection);

    QTest::keyClicks(nameEdit, QStringLiteral("Rate limited"));
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);

    // The first wait is the retry-after the 429 asked for; the client may pace again after.
    QVERIFY(!shownWhileWaiting.isEmpty());
    QCOMPARE(shownWhileWaiting.constFirst(),
             QStringLiteral("Rate limited by OpenAI — retrying in 2 s"));
    for (const QString &shown : std::as_const(shownWhileWaiting))
        QVERIFY2(shown.startsWith(QStringLiteral("Rate limited by OpenAI — retrying in ")),
                 qPrintable(shown));
    QCOMPARE(projectsNamed(QStringLiteral("Rate limited")), 1);
}

void TestProjectDialogs::listWaitStaysOutOfBusyCreateDialog()
{
    // The create waits 3 s for the rate limit; a page of the table waits 1 s meanwhile.
    SandboxFault createLimited;
    createLimited.status = 429;
    createLimited.method = "POST";
    createLimited.path = ProjectsPath;
    createLimited.retryAfterMs = 3000;
    m->server.addFault(createLimited);
    SandboxFault listLimited = createLimited;
    listLimited.method = "GET";
    listLimited.retryAfterMs = 1000;
    m->server.addFault(listLimited);

    m->actions.createProject();
    QPointer<ProjectNameDialog> dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *progress = dialog->findChild<QLabel *>(QStringLiteral("progressLabel"));
    QHash<QString, QString> shownAfter; // endpoint -> the label once its wait was announced
    connect(&m->client, &AdminApiClient::waiting, this, [&](const QString &endpoint) {
        QMetaObject::invokeMethod(this, [&, endpoint] {
            shownAfter.insert(endpoint, progress->isVisible() ? progress->text() : QString());
        }, Qt::QueuedConnection);
    });

    QTest::keyClicks(nameEdit, QStringLiteral("Busy create"));
    QTest::keyClick(nameEdit, Qt::Key_Return);
    const QString ownWait = QStringLiteral("Rate limited by OpenAI — retrying in 3 s");
    QTRY_COMPARE_WITH_TIMEOUT(shownAfter.value(QStringLiteral("create")), ownWait, Timeout);

    m->model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(shownAfter.contains(QStringLiteral("list")), Timeout);
    QVERIFY(dialog && dialog->isBusy()); // the list waited while the create did
    QCOMPARE(shownAfter.value(QStringLiteral("list")), ownWait);

    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    QCOMPARE(projectsNamed(QStringLiteral("Busy create")), 1);
}

void TestProjectDialogs::doubleEnterMakesOneProject()
{
    m->server.setLatency(300);
    m->actions.createProject();
    QPointer<ProjectNameDialog> dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *progressBar = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok);
    QPushButton *cancel = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Cancel);

    QTest::keyClicks(nameEdit, QStringLiteral("Twice"));
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QVERIFY(dialog->isBusy());
    QVERIFY(progressBar->isVisible());
    QVERIFY(!ok->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(nameEdit->isReadOnly());
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QTest::keyClick(nameEdit, Qt::Key_Escape); // a create in flight is not abandoned
    QVERIFY(dialog->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    QCOMPARE(projectsNamed(QStringLiteral("Twice")), 1);
    QCOMPARE(m->server.requestCount("POST", ProjectsPath), 1);
}

void TestProjectDialogs::createWithLostAnswerNeverDuplicates_data()
{
    QTest::addColumn<int>("faultKind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("timeoutMs");

    QTest::newRow("5xx after the project was made") << int(SandboxFault::Kind::Status) << 503 << 10000;
    QTest::newRow("no answer: client timeout") << int(SandboxFault::Kind::NoResponse) << 200 << 1500;
    QTest::newRow("connection dropped mid-body") << int(SandboxFault::Kind::DropMidBody) << 200 << 10000;
}

void TestProjectDialogs::createWithLostAnswerNeverDuplicates()
{
    QFETCH(int, faultKind);
    QFETCH(int, status);
    QFETCH(int, timeoutMs);

    m->client.setTimeout(std::chrono::milliseconds(timeoutMs));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind(faultKind);
    fault.status = status;
    fault.method = "POST";
    fault.path = ProjectsPath;
    fault.afterEffect = true;
    fault.count = 5; // any resend would meet it too, and make a second project
    m->server.addFault(fault);
    loadModel();
    QSignalSpy created(&m->actions, &ProjectActions::projectCreated);

    m->actions.createProject();
    QPointer<ProjectNameDialog> dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTest::keyClicks(nameEdit, QStringLiteral("Lost answer"));
    QTest::keyClick(nameEdit, Qt::Key_Return);

    // The client finds the project its lost create made, instead of making another.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    QCOMPARE(projectsNamed(QStringLiteral("Lost answer")), 1);
    QCOMPARE(m->server.requestCount("POST", ProjectsPath), 1);
    QCOMPARE(created.size(), 1);
    const QString id = created.constFirst().constFirst().toString();
    QCOMPARE(m->server.project(id)->name, QStringLiteral("Lost answer"));
    QCOMPARE(m->model.rowOf(id), 0);
}

// ---- Rename -----------------------------------------------------------------------------------

void TestProjectDialogs::renameUnchangedSendsNothing()
{
    const Project project = addLoadedProject(QStringLiteral("Alpha"));
    QVERIFY(!project.id.isEmpty());
    m->server.clearRequests();

    m->actions.renameProject(project);
    QPointer<ProjectNameDialog> dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("Rename"));
    QCOMPARE(nameEdit->text(), QStringLiteral("Alpha"));
    QCOMPARE(nameEdit->selectedText(), QStringLiteral("Alpha"));
    QVERIFY(!ok->isEnabled());

    QTest::keyClick(nameEdit, Qt::Key_Return);
    QVERIFY(!dialog->isBusy());
    QCOMPARE(m->client.pendingCount(), 0);

    // Retyped, and with spaces around it: still unchanged.
    QTest::keyClicks(nameEdit, QStringLiteral(" Alpha  "));
    QCOMPARE(nameEdit->text(), QStringLiteral(" Alpha  "));
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QCOMPARE(m->client.pendingCount(), 0);

    QTest::keyClick(nameEdit, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m->server.requestCount("POST", projectPath(project.id)), 0);
    QCOMPARE(m->server.requestCount("POST"), 0);
}

void TestProjectDialogs::renameUpdatesRowInPlace()
{
    const Project project = addLoadedProject(QStringLiteral("Alpha"));
    QVERIFY(!project.id.isEmpty());
    const int row = m->model.rowOf(project.id);
    QSignalSpy changed(&m->model, &ProjectTableModel::dataChanged);
    QSignalSpy reset(&m->model, &ProjectTableModel::modelReset);
    QSignalSpy inserted(&m->model, &ProjectTableModel::rowsInserted);
    QSignalSpy removed(&m->model, &ProjectTableModel::rowsRemoved);
    QSignalSpy status(&m->actions, &ProjectActions::statusMessage);

    m->actions.renameProject(project);
    QPointer<ProjectNameDialog> dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTest::keyClicks(nameEdit, QStringLiteral("Alpha (EU) "));
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);

    QCOMPARE(m->server.project(project.id)->name, QStringLiteral("Alpha (EU)"));
    QCOMPARE(m->model.rowOf(project.id), row);
    QCOMPARE(m->model.data(m->model.index(row, ProjectTableModel::NameColumn)).toString(),
             QStringLiteral("Alpha (EU)"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(m->server.requestCount("POST", projectPath(project.id)), 1);
    QCOMPARE(status.constLast().constFirst().toString(),
             QStringLiteral("Renamed “\u2068Alpha\u2069” to “\u2068Alpha (EU)\u2069”"));
}

void TestProjectDialogs::renameArchivedProjectKeepsInput()
{
    // The table still shows it active; someone archived it in the dashboard meanwhile.
    const Project stale = addLoadedProject(QStringLiteral("Gamma"));
    QVERIFY(!stale.id.isEmpty());
    SandboxProject archivedElsewhere = m->server.addProject(QStringLiteral("Archived elsewhere"),
                                                            1600000000, true);
    Project staleCopy = stale;
    staleCopy.id = archivedElsewhere.id;
    staleCopy.name = archivedElsewhere.name;

    m->actions.renameProject(staleCopy);
    QPointer<ProjectNameDialog> dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *error = dialog->findChild<MessageArea *>(QStringLiteral("errorArea"));
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, QStringLiteral("Gamma 2"));
    QTest::keyClick(nameEdit, Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
    QVERIFY(dialog);
    QCOMPARE(nameEdit->text(), QStringLiteral("Gamma 2"));
    QVERIFY2(error->text().contains(QStringLiteral("archived projects cannot be renamed")),
             qPrintable(error->text()));
    const QString requestId = requestIdOf("POST", projectPath(staleCopy.id));
    QVERIFY2(requestIdProblem(error, requestId).isEmpty(),
             qPrintable(requestIdProblem(error, requestId)));
    QCOMPARE(m->server.project(staleCopy.id)->name, QStringLiteral("Archived elsewhere"));
}

void TestProjectDialogs::renameDefaultProjectSaysSoPlainly()
{
    loadModel();
    const QList<SandboxProject> all = m->server.projects();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [](const SandboxProject &p) { return p.isDefault; });
    QVERIFY(it != all.cend());
    const std::optional<Project> project = m->model.project(it->id);
    QVERIFY(project);

    m->actions.renameProject(*project);
    QPointer<ProjectNameDialog> dialog = openNameDialog();
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *error = dialog->findChild<MessageArea *>(QStringLiteral("errorArea"));
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, QStringLiteral("Main"));
    QTest::keyClick(nameEdit, Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
    QCOMPARE(nameEdit->text(), QStringLiteral("Main"));
    const QStringList lines = error->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("The Default project cannot be renamed or archived."));
    QVERIFY2(lines.value(1).startsWith(QStringLiteral("OpenAI said: ")), qPrintable(error->text()));
    QCOMPARE(lines.size(), 2);
    const QString requestId = requestIdOf("POST", projectPath(project->id));
    QVERIFY2(requestIdProblem(error, requestId).isEmpty(),
             qPrintable(requestIdProblem(error, requestId)));
    QCOMPARE(m->server.project(project->id)->name, project->name);
}

// ---- Archive ----------------------------------------------------------------------------------

void TestProjectDialogs::archiveOneNeedsTheExactName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("archiveEnabled");

    QTest::newRow("nothing typed") << QString() << false;
    QTest::newRow("other case") << QStringLiteral("support bot") << false;
    QTest::newRow("part of the name") << QStringLiteral("Support") << false;
    QTest::newRow("another name") << QStringLiteral("Billing") << false;
    QTest::newRow("right name, but Enter means Cancel") << QStringLiteral("Support Bot") << true;
}

void TestProjectDialogs::archiveOneNeedsTheExactName()
{
    QFETCH(QString, typed);
    QFETCH(bool, archiveEnabled);

    const Project project = addLoadedProject(QStringLiteral("Support Bot"));
    QVERIFY(!project.id.isEmpty());
    m->actions.archiveProjects({project});
    QPointer<ArchiveDialog> dialog = openArchiveDialog();
    QVERIFY(dialog);
    auto *confirmEdit = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    auto *archive = dialog->findChild<QPushButton *>(QStringLiteral("archiveButton"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(confirmEdit && archive && buttons);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel->isDefault());
    QVERIFY(!archive->isDefault());
    QVERIFY(!archive->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("consequenceLabel"))
                ->text()
                .contains(QStringLiteral("cannot be undone")));
    QVERIFY(!dialog->findChild<QListWidget *>(QStringLiteral("projectList"))->isVisible());
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPushButton *>(widget)
            || qobject_cast<QListWidget *>(widget) || qobject_cast<QProgressBar *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget)) {
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        // The warning is read as shown, not as "Consequences" (issue #15).
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty())
            QVERIFY2(label->accessibleName().isEmpty(), qPrintable(label->objectName()));
    }

    QTest::keyClicks(confirmEdit, typed);
    QCOMPARE(archive->isEnabled(), archiveEnabled);
    QVERIFY(cancel->isDefault());
    QTest::keyClick(confirmEdit, Qt::Key_Return);
    QCOMPARE(m->client.pendingCount(), 0);
    QTRY_VERIFY(dialog.isNull()); // Enter pressed Cancel

    QCOMPARE(m->server.requestCount("POST", archivePath(project.id)), 0);
    QVERIFY(!m->server.project(project.id)->archivedAt);
    QVERIFY(m->model.rowOf(project.id) >= 0);
}

void TestProjectDialogs::archiveOneWithTheRightName_data()
{
    QTest::addColumn<bool>("showArchived");
    // Either way the model updates the row in place; the filter decides whether it shows.
    QTest::newRow("listing without archived") << false;
    QTest::newRow("listing with archived") << true;
}

void TestProjectDialogs::archiveOneWithTheRightName()
{
    QFETCH(bool, showArchived);
    m->model.setIncludeArchived(showArchived);
    const Project project = addLoadedProject(QStringLiteral("Support Bot"));
    QVERIFY(!project.id.isEmpty());
    const int row = m->model.rowOf(project.id);
    QSignalSpy reset(&m->model, &ProjectTableModel::modelReset);
    QSignalSpy status(&m->actions, &ProjectActions::statusMessage);

    m->actions.archiveProjects({project});
    QPointer<ArchiveDialog> dialog = openArchiveDialog();
    QVERIFY(dialog);
    auto *confirmEdit = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    auto *archive = dialog->findChild<QPushButton *>(QStringLiteral("archiveButton"));
    QTest::keyClicks(confirmEdit, QStringLiteral(" Support Bot "));
    QVERIFY(archive->isEnabled());
    QTest::mouseClick(archive, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    QVERIFY(m->server.project(project.id)->archivedAt.has_value());
    QCOMPARE(m->server.requestCount("POST", archivePath(project.id)), 1);
    QCOMPARE(m->model.rowOf(project.id), row);
    QVERIFY(m->model.project(project.id)->isArchived());
    QVERIFY(m->model.index(row, 0).data(ProjectTableModel::ArchivedRole).toBool());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(status.constLast().constFirst().toString(),
             QStringLiteral("Archived project “\u2068Support Bot\u2069”"));
}

void TestProjectDialogs::archiveDefaultProjectSaysSoPlainly()
{
    loadModel();
    const QList<SandboxProject> all = m->server.projects();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [](const SandboxProject &p) { return p.isDefault; });
    QVERIFY(it != all.cend());
    const std::optional<Project> project = m->model.project(it->id);
    QVERIFY(project);

    m->actions.archiveProjects({*project});
    QPointer<ArchiveDialog> dialog = openArchiveDialog();
    QVERIFY(dialog);
    auto *confirmEdit = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    auto *archive = dialog->findChild<QPushButton *>(QStringLiteral("archiveButton"));
    auto *error = dialog->findChild<MessageArea *>(QStringLiteral("errorArea"));
    QTest::keyClicks(confirmEdit, project->name);
    QTest::mouseClick(archive, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
    QVERIFY(dialog);
    QCOMPARE(confirmEdit->text(), project->name);
    QVERIFY(archive->isEnabled()); // another try is possible
    const QStringList lines = error->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("The Default project cannot be renamed or archived."));
    QVERIFY2(lines.value(1).startsWith(QStringLiteral("OpenAI said: ")), qPrintable(error->text()));
    QCOMPARE(lines.size(), 2);
    const QString requestId = requestIdOf("POST", archivePath(project->id));
    QVERIFY2(requestIdProblem(error, requestId).isEmpty(),
             qPrintable(requestIdProblem(error, requestId)));
    QVERIFY(!m->server.project(project->id)->archivedAt);
    QVERIFY(m->model.rowOf(project->id) >= 0);
}

void TestProjectDialogs::archiveBugIsReportedAsSuccess()
{
    const Project project = addLoadedProject(QStringLiteral("Support Bot"));
    QVERIFY(!project.id.isEmpty());
    m->server.setArchiveBug(true);
    QSignalSpy status(&m->actions, &ProjectActions::statusMessage);

    m->actions.archiveProjects({project});
    QPointer<ArchiveDialog> dialog = openArchiveDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("Support Bot"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("archiveButton")),
                      Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    QVERIFY(m->server.project(project.id)->archivedAt.has_value());
    QVERIFY(m->model.project(project.id)->isArchived());
    QCOMPARE(status.constLast().constFirst().toString(),
             QStringLiteral("Archived project “\u2068Support Bot\u2069”"));
    const QList<SandboxRequest> log = m->server.requests();
    const auto archive = std::find_if(log.cbegin(), log.cend(), [&](const SandboxRequest &r) {
        return r.method == "POST" && r.path == archivePath(project.id);
    });
    QVERIFY(archive != log.cend());
    QCOMPARE(archive->status, 400); // the bug really answered
}

void TestProjectDialogs::bulkArchiveWithFailureInTheMiddle()
{
    const Project alpha = addLoadedProject(QStringLiteral("Alpha"), 1700000003);
    const Project beta = addLoadedProject(QStringLiteral("Beta"), 1700000002);
    const Project gamma = addLoadedProject(QStringLiteral("Gamma"), 1700000001);
    QVERIFY(!alpha.id.isEmpty() && !beta.id.isEmpty() && !gamma.id.isEmpty());

    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 500;
    fault.shouldRetry = false;
    fault.method = "POST";
    fault.path = archivePath(beta.id);
    m->server.addFault(fault);
    QSignalSpy status(&m->actions, &ProjectActions::statusMessage);

    m->actions.archiveProjects({alpha, beta, gamma});
    QPointer<ArchiveDialog> dialog = openArchiveDialog();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("projectList"));
    auto *confirmEdit = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    auto *archive = dialog->findChild<QPushButton *>(QStringLiteral("archiveButton"));
    auto *summary = dialog->findChild<QPlainTextEdit *>(QStringLiteral("summaryText"));
    QVERIFY(list && confirmEdit && archive && summary);
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(1)->text(), QStringLiteral("“\u2068Beta\u2069”"));

    QTest::keyClicks(confirmEdit, QStringLiteral("Beta"));
    QVERIFY(!archive->isEnabled());
    confirmEdit->clear();
    QTest::keyClicks(confirmEdit, QStringLiteral("3"));
    QVERIFY(archive->isEnabled());
    QTest::mouseClick(archive, Qt::LeftButton);
    QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), Timeout);

    // The sandbox is the truth: the summary must say exactly what happened there.
    QVERIFY(m->server.project(alpha.id)->archivedAt.has_value());
    QVERIFY(!m->server.project(beta.id)->archivedAt.has_value());
    QVERIFY(m->server.project(gamma.id)->archivedAt.has_value());

    // What failed comes first, then what was archived.
    const QString text = summary->toPlainText();
    const qsizetype archivedAt = text.indexOf(QStringLiteral("Archived:"));
    const qsizetype failedAt = text.indexOf(QStringLiteral("Not archived because of an error:"));
    QVERIFY2(failedAt >= 0 && archivedAt > failedAt, qPrintable(text));
    const QString failedPart = text.mid(failedAt, archivedAt - failedAt);
    const QString archivedPart = text.mid(archivedAt);
    QVERIFY(text.startsWith(QStringLiteral("Archived 2 of 3 projects.")));
    QVERIFY(archivedPart.contains(QStringLiteral("“\u2068Alpha\u2069”")));
    QVERIFY(archivedPart.contains(QStringLiteral("“\u2068Gamma\u2069”")));
    QVERIFY(!archivedPart.contains(QStringLiteral("“\u2068Beta\u2069”")));
    QVERIFY(failedPart.contains(QStringLiteral("“\u2068Beta\u2069”")));
    QVERIFY(!failedPart.contains(QStringLiteral("“\u2068Alpha\u2069”")));
    QVERIFY(!failedPart.contains(QStringLiteral("“\u2068Gamma\u2069”")));
    QVERIFY2(failedPart.contains(QStringLiteral("500")), qPrintable(failedPart));
    const QString betaRequestId = requestIdOf("POST", archivePath(beta.id));
    QVERIFY2(failedPart.contains(QStringLiteral("Request ID: ") + betaRequestId),
             qPrintable(failedPart));
    QCOMPARE(failedPart.count(betaRequestId), 1); // said once

    QCOMPARE(list->item(0)->text(), QStringLiteral("“\u2068Alpha\u2069” — archived"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("“\u2068Beta\u2069” — not archived"));
    QCOMPARE(list->item(2)->text(), QStringLiteral("“\u2068Gamma\u2069” — archived"));
    QCOMPARE(status.constLast().constFirst().toString(),
             QStringLiteral("Archived 2 of 3 projects; 1 failed"));

    // The model followed, row by row.
    QVERIFY(m->model.project(alpha.id)->isArchived());
    QVERIFY(!m->model.project(beta.id)->isArchived());
    QVERIFY(m->model.project(gamma.id)->isArchived());

    QVERIFY(!archive->isVisible());
    QPushButton *close = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                             ->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
}

void TestProjectDialogs::bulkArchiveStopsBetweenProjects()
{
    QList<Project> projects;
    const QStringList names{QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three"),
                            QStringLiteral("Four")};
    for (int i = 0; i < names.size(); ++i)
        projects << addLoadedProject(names.at(i), 1700000010 - i);
    m->server.setLatency(100);
    QSignalSpy status(&m->actions, &ProjectActions::statusMessage);

    m->actions.archiveProjects(projects);
    QPointer<ArchiveDialog> dialog = openArchiveDialog();
    QVERIFY(dialog);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("4"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("archiveButton")),
                      Qt::LeftButton);

    // Press Stop exactly while the second project is being archived.
    auto *archiver = m->actions.findChild<BulkArchiver *>();
    QVERIFY(archiver);
    QPushButton *stop = buttons->button(QDialogButtonBox::Cancel);
    QCOMPARE(stop->text(), QStringLiteral("Stop"));
    connect(archiver, &BulkArchiver::progress, this, [stop](int done) {
        if (done == 1)
            stop->click();
    });

    auto *summary = dialog->findChild<QPlainTextEdit *>(QStringLiteral("summaryText"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), Timeout);

    QVERIFY(m->server.project(projects.at(0).id)->archivedAt.has_value());
    QVERIFY(m->server.project(projects.at(1).id)->archivedAt.has_value());
    QVERIFY(!m->server.project(projects.at(2).id)->archivedAt.has_value());
    QVERIFY(!m->server.project(projects.at(3).id)->archivedAt.has_value());
    QCOMPARE(m->server.requestCount("POST", archivePath(projects.at(2).id)), 0);
    QCOMPARE(m->server.requestCount("POST", archivePath(projects.at(3).id)), 0);

    const QString text = summary->toPlainText();
    const qsizetype untouchedAt = text.indexOf(QStringLiteral("Left untouched"));
    const qsizetype archivedAt = text.indexOf(QStringLiteral("Archived:"));
    QVERIFY2(untouchedAt > 0 && archivedAt > untouchedAt, qPrintable(text));
    const QString untouched = text.mid(untouchedAt, archivedAt - untouchedAt);
    QVERIFY(untouched.contains(QStringLiteral("“\u2068Three\u2069”")));
    QVERIFY(untouched.contains(QStringLiteral("“\u2068Four\u2069”")));
    QVERIFY(!untouched.contains(QStringLiteral("“\u2068Two\u2069”")));
    QVERIFY(text.mid(archivedAt).contains(QStringLiteral("“\u2068Two\u2069”")));
    QCOMPARE(status.constLast().constFirst().toString(),
             QStringLiteral("Archived 2 of 4 projects; stopped before 2"));
    QVERIFY(m->model.rowOf(projects.at(2).id) >= 0);
}

void TestProjectDialogs::archivedProjectsAreRefused()
{
    m->model.setIncludeArchived(true);
    const Project active = addLoadedProject(QStringLiteral("Active one"), 1700000002);
    const SandboxProject stored = m->server.addProject(QStringLiteral("Archived one"),
                                                       1700000001, true);
    m->model.reload();
    loadModel();
    QTRY_VERIFY_WITH_TIMEOUT(m->model.rowOf(stored.id) >= 0, Timeout);
    const Project archived = *m->model.project(stored.id);
    QVERIFY(archived.isArchived());
    QSignalSpy status(&m->actions, &ProjectActions::statusMessage);

    m->actions.renameProject(archived);
    QVERIFY(!m->window.findChild<ProjectNameDialog *>());
    m->actions.archiveProjects({archived});
    QVERIFY(!m->window.findChild<ArchiveDialog *>());
    QCOMPARE(status.size(), 2);

    // Mixed: only the active one is offered.
    m->actions.archiveProjects({archived, active});
    QPointer<ArchiveDialog> dialog = openArchiveDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->projects().size(), 1);
    QCOMPARE(dialog->projects().constFirst().id, active.id);
    QCOMPARE(dialog->expectedConfirmation(), QStringLiteral("Active one"));
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m->server.requestCount("POST"), 0);
}

QTEST_MAIN(TestProjectDialogs)
#include "tst_projectdialogs.moc"
