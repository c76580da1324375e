// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// Every window and dialog in every state it can be in, laid out at the scale of the run
// (CMake runs this test at 100 % and at 200 %), at its own size and at the smallest size it
// allows, and checked for text that is cut off, widgets outside their window, siblings on top
// of each other and a request id that cannot be read or copied (see layoutcheck.h), and for
// labels read aloud as something else than the text they show (see accessibilitycheck.h).
//
// The windows are opened as the application opens them, from the main window's actions, with
// the real client against the in-process sandbox over HTTP and the real keychain of
// scripts/with-keyring. With ORGDESK_GALLERY_DIR set, each state is also saved there as a PNG,
// with an index (README.md): scripts/gallery writes docs/ui-states/ that way.

#include "aboutdialog.h"
#include "accessibilitycheck.h"
#include "adminapiclient.h"
#include "adminkeydialog.h"
#include "appsettings.h"
#include "archivedialog.h"
#include "darkpalette.h"
#include "exportdialog.h"
#include "icons.h"
#include "keystore.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "projectfiltermodel.h"
#include "projectnamedialog.h"
#include "projecttablemodel.h"
#include "sandboxserver.h"
#include "session.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int Timeout = 30000;
const QString ProjectsPath = QStringLiteral("/v1/organization/projects");
const QString ProjectKey = QStringLiteral("sk-proj-abc123-5f0e6d7c8b");

// 128 characters, the most a name may have.
const QString LongName = QStringLiteral(
    "Customer Support Assistant for the Northern European Retail Banking Division, Production "
    "Deployment with Audit Logging (2026 Q3)");

// 400 characters, as long as the service's longest messages.
const QString LongMessage = QStringLiteral(
    "Your request could not be completed because the organization has reached a limit that "
    "applies to its current usage tier. This message is long on purpose, as some of the "
    "service's own messages are, explaining in detail which limit was reached, where an owner "
    "can raise it in the dashboard, who in the organization may do so, and how long a change "
    "often takes before the same request can be sent again.");

QString projectPath(const QString &id)
{
    return ProjectsPath + QLatin1Char('/') + id;
}

QString archivePath(const QString &id)
{
    return projectPath(id) + QStringLiteral("/archive");
}

SandboxFault faultOn(const QByteArray &method, const QString &path, int status)
{
    SandboxFault fault;
    fault.method = method;
    fault.path = path;
    fault.status = status;
    fault.shouldRetry = false;
    return fault;
}

SandboxFault longMessageOn(const QByteArray &method, const QString &path)
{
    SandboxFault fault = faultOn(method, path, 400);
    fault.message = LongMessage;
    return fault;
}

SandboxFault rateLimitOn(const QByteArray &method, const QString &path)
{
    SandboxFault fault = faultOn(method, path, 429);
    fault.shouldRetry.reset();
    fault.retryAfterMs = 20000; // long enough to look at; the fixture goes before it ends
    return fault;
}

/// The main window against one sandbox organization, with the real client, session and
/// keychain, as main.cpp wires them.
struct Fixture
{
    SandboxServer server;
    QNetworkAccessManager network;
    AdminApiClient client{&network};
    KeyStore keyStore;
    Session session{&client, &keyStore};
    std::unique_ptr<MainWindow> window; // last: goes first

    Fixture()
    {
        server.listen();
        client.setBaseUrl(server.baseUrl());
        client.setRandomSource([] { return 0.0; });
        client.setRateLimitWindow(2s);
        client.setTimeout(10s);
        // Never the application's own keychain entries; nothing is ever stored under this one.
        keyStore.setService(QStringLiteral("OrgDesk tst_layout"));
        keyStore.setRetryDelay(0ms);
    }

    /// Opens the window with the sandbox's admin key, as OPENAI_ADMIN_KEY would give it.
    void openWithKey()
    {
        open();
        session.start(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    }

    /// Opens the window with no key anywhere: a first start, which opens the key dialog.
    AdminKeyDialog *openWithoutKey()
    {
        open();
        session.start();
        return dialog<AdminKeyDialog>();
    }

    void open()
    {
        window = std::make_unique<MainWindow>(&client, &session, &network);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    bool waitForAllProjects() const
    {
        if (!QTest::qWaitFor([this] { return model()->hasStarted() && !model()->isLoading(); },
                             Timeout))
            return false;
        model()->loadAll();
        return QTest::qWaitFor([this] { return model()->isComplete() && !model()->isLoading(); },
                               Timeout);
    }

    /// Opens the window on ten projects and one named LongName, selects that one and
    /// triggers @p action on it. Returns the project; its id is empty if it never showed.
    SandboxProject openOnLongNamedProject(const char *action)
    {
        server.seed(10, 0);
        const SandboxProject project = server.addProject(LongName, 1780000000);
        openWithKey();
        if (!waitForAllProjects())
            return {};
        selectProject(project.id);
        trigger(action);
        return project;
    }

    ProjectTableModel *model() const { return window->projectModel(); }

    void trigger(const char *action) const
    {
        window->findChild<QAction *>(QLatin1String(action))->trigger();
    }

    /// Selects the first @p count rows as shown.
    void selectRows(int count) const
    {
        ProjectFilterModel *proxy = window->filterModel();
        const QItemSelection rows(proxy->index(0, 0),
                                  proxy->index(count - 1, proxy->columnCount() - 1));
        table()->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    }
    /// Selects the row of project @p id.
    void selectProject(const QString &id) const
    {
        const QModelIndex index
            = window->filterModel()->mapFromSource(model()->index(model()->rowOf(id), 0));
        table()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QTableView *table() const
    {
        return window->findChild<QTableView *>(QStringLiteral("projectTable"));
    }

    template <typename Dialog>
    Dialog *dialog() const
    {
        Dialog *found = nullptr;
        if (!QTest::qWaitFor([&] { return (found = window->findChild<Dialog *>()); }, Timeout))
            return nullptr;
        return QTest::qWaitForWindowExposed(found) ? found : nullptr;
    }

    /// The request id of the last answer to @p method @p path with @p status.
    QString requestIdOf(const QByteArray &method, const QString &path, int status) const
    {
        const QList<SandboxRequest> log = server.requests();
        for (auto it = log.crbegin(); it != log.crend(); ++it) {
            if (it->method == method && it->path == path && it->status == status)
                return it->requestId;
        }
        return {};
    }
};

template <typename T>
T *child(const QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

/// The states shown, in order, for the gallery's index.
struct GalleryEntry
{
    QString file;
    QString description;
};
QList<GalleryEntry> gallery;

// The offscreen platform says so each time a window's minimum or maximum size changes, which
// is what this test makes windows do; anything else goes through to QTest.
QtMessageHandler testHandler = nullptr;
void withoutOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text != QLatin1String("This plugin does not support propagateSizeHints()"))
        testHandler(type, context, text);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void scaleIsAsConfigured();
    void mainWindow_data();
    void mainWindow();
    void newProject_data();
    void newProject();
    void renameProject_data();
    void renameProject();
    void archiveOne_data();
    void archiveOne();
    void archiveFifty_data();
    void archiveFifty();
    void adminKey_data();
    void adminKey();
    void about();
    // Export (issue #18)
    void exportDialog_data();
    void exportDialog();

private:
    /// Checks @p window at its size and at the smallest it allows, and, with @p requestId,
    /// that the id can be read and copied; saves it to the gallery (if there is one) as the
    /// state @p description.
    void check(QWidget *window, const QString &description, const QString &requestId = {});
    [[nodiscard]] static QStringList settledProblems(QWidget *window, const QString &requestId);
    static void saveToGallery(QWidget *window, const QString &description);
};

void TestLayout::initTestCase()
{
    // QTest installs its own handler when it starts: filter in front of it.
    testHandler = qInstallMessageHandler(withoutOffscreenNoise);
    // Settings go to a test location, never the user's OrgDesk.conf.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(AppSettings().fileName().contains(QStringLiteral("qttest")));
    // The language of the run, as the application picks it: tests/i18n runs this with LANGUAGE=de,
    // whose longer words must fit too.
    Translations::install();
    QCOMPARE(LongName.size(), ProjectNameDialog::MaxNameLength);
    QCOMPARE(LongMessage.size(), 400);
    // Without fonts the offscreen platform lays out and draws nothing worth checking.
    QVERIFY2(!QFontDatabase::families().isEmpty(),
             "no fonts: install fontconfig and fonts-dejavu-core (scripts/install-deps)");
}

void TestLayout::init()
{
    QSettings settings(QStringLiteral("OrgDesk"), QStringLiteral("OrgDesk"));
    settings.clear();
    settings.sync();
}

void TestLayout::cleanupTestCase()
{
    const QString dir = qEnvironmentVariable("ORGDESK_GALLERY_DIR");
    if (dir.isEmpty() || gallery.isEmpty())
        return;
    QFile index(QDir(dir).filePath(QStringLiteral("README.md")));
    QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Text));
    // scripts/gallery --dark / --scale 2 picture a few states only, into folders of their own.
    const bool dark = qEnvironmentVariable("ORGDESK_GALLERY_PALETTE") == u"dark";
    const QByteArray scale = qgetenv("ORGDESK_LAYOUT_SCALE").isEmpty()
        ? QByteArray("1") : qgetenv("ORGDESK_LAYOUT_SCALE");
    const bool subset = dark || scale != "1";
    QByteArray arguments = dark ? " --dark" : "";
    if (scale != "1")
        arguments += " --scale " + scale;
    QByteArray text =
        "<!--\nSPDX-FileCopyrightText: 2026 The OrgDesk authors\nSPDX-License-Identifier: MIT\n-->\n"
        "<!-- Written by scripts/gallery from tests/ui/tst_layout.cpp: regenerate, do not edit. -->\n"
        + QByteArray(subset ? "# OrgDesk" : "# OrgDesk in every state")
        + (dark ? " with a dark colour scheme" : "")
        + (scale != "1" ? " at " + QByteArray::number(scale.toDouble() * 100) + " %" : "")
        + "\n\n"
        + (subset ? "The main window, the error banner and one state of each dialog"
                  : "Every window and dialog in every state the layout test drives")
        + ", at the size it takes by itself, at " + QByteArray::number(scale.toDouble() * 100)
        + " % on a 1920 x 1080 offscreen screen with DejaVu Sans"
        + (dark ? ", under the usual Fusion dark colours" : "")
        + ". The test checks each state at 100 % and 200 % and at the window's smallest size "
          "too: no text cut off, nothing outside its window or on top of something else, the "
          "request id whole and selectable. Regenerate with `scripts/gallery" + arguments + "`.\n";
    for (const GalleryEntry &entry : std::as_const(gallery)) {
        text += "\n" + entry.description.toUtf8() + "\n\n![" + entry.description.toUtf8() + "]("
            + entry.file.toUtf8() + ")\n";
    }
    index.write(text);
}

void TestLayout::scaleIsAsConfigured()
{
    // CMake runs this test twice; each run must really lay out at its scale.
    const double scale = qEnvironmentVariable("ORGDESK_LAYOUT_SCALE", QStringLiteral("1")).toDouble();
    const QSize devicePixels(1920, 1080); // tests/ui/offscreen-screen.json
    QScreen *screen = QGuiApplication::primaryScreen();
    QCOMPARE(screen->devicePixelRatio(), scale);
    QCOMPARE(qApp->devicePixelRatio(), scale);
    QCOMPARE(screen->geometry().size(), devicePixels / scale);
    QWidget probe;
    probe.show();
    QVERIFY(QTest::qWaitForWindowExposed(&probe));
    QCOMPARE(probe.devicePixelRatioF(), scale);
    QCOMPARE(probe.grab().size(), probe.size() * scale);
}

// ---- The main window --------------------------------------------------------------------------

void TestLayout::mainWindow_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("main-no-key") << QStringLiteral("Main window, first start: no admin key yet");
    QTest::newRow("main-keychain-unavailable")
        << QStringLiteral("Main window, the system keychain unavailable");
    QTest::newRow("main-loading") << QStringLiteral("Main window, the first page loading");
    QTest::newRow("main-load-error")
        << QStringLiteral("Main window, the list refused with a 400-character message and a "
                          "request id");
    QTest::newRow("main-rate-limit") << QStringLiteral("Main window, waiting after a rate limit");
    QTest::newRow("main-projects")
        << QStringLiteral("Main window, projects listed, one with a 128-character name selected");
    QTest::newRow("main-no-matches") << QStringLiteral("Main window, a search that matches nothing");
}

void TestLayout::mainWindow()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    QString requestId;
    if (state == u"main-no-key" || state == u"main-keychain-unavailable") {
        AdminKeyDialog *keyDialog = f.openWithoutKey();
        QVERIFY(keyDialog);
        keyDialog->reject();
        if (state == u"main-keychain-unavailable")
            Q_EMIT f.session.keychainUnavailable(
                KeyStore::tr("No keychain service is running. Install and unlock GNOME Keyring or "
                             "KWallet, or use the key for this session only."));
    } else if (state == u"main-loading") {
        f.server.setLatency(20000);
        f.openWithKey();
        QVERIFY(QTest::qWaitFor([&] { return f.server.requestCount() > 0; }, Timeout));
    } else if (state == u"main-load-error") {
        f.server.addFault(longMessageOn("GET", ProjectsPath));
        f.openWithKey();
        QSignalSpy failed(f.window.get(), &MainWindow::firstPageFailed);
        QVERIFY(failed.wait(Timeout));
        requestId = f.requestIdOf("GET", ProjectsPath, 400);
    } else if (state == u"main-rate-limit") {
        f.server.addFault(rateLimitOn("GET", ProjectsPath));
        QSignalSpy waiting(&f.client, &AdminApiClient::waiting);
        f.openWithKey();
        QVERIFY(waiting.wait(Timeout));
    } else {
        f.server.seed(30, 0);
        const SandboxProject longOne = f.server.addProject(LongName, 1780000000);
        f.openWithKey();
        QVERIFY(f.waitForAllProjects());
        f.selectProject(longOne.id);
        if (state == u"main-no-matches") {
            QTest::keyClicks(child<QLineEdit>(f.window.get(), "searchEdit"),
                             QStringLiteral("a search for something nobody has called a project"));
        }
    }
    check(f.window.get(), description, requestId);
}

// ---- New project ------------------------------------------------------------------------------

void TestLayout::newProject_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("new-project-empty") << QStringLiteral("New project, nothing typed yet");
    QTest::newRow("new-project-typing") << QStringLiteral("New project, a name typed");
    QTest::newRow("new-project-duplicate")
        << QStringLiteral("New project, the name of a project that exists: a warning");
    QTest::newRow("new-project-long-name") << QStringLiteral("New project, a 128-character name");
    QTest::newRow("new-project-busy") << QStringLiteral("New project, being created");
    QTest::newRow("new-project-rate-limit")
        << QStringLiteral("New project, waiting after a rate limit");
    QTest::newRow("new-project-error")
        << QStringLiteral("New project, refused with a 400-character message and a request id");
}

void TestLayout::newProject()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    f.server.seed(10, 0);
    f.openWithKey();
    QVERIFY(f.waitForAllProjects());
    f.trigger("newAction");
    auto *dialog = f.dialog<ProjectNameDialog>();
    QVERIFY(dialog);
    auto *nameEdit = child<QLineEdit>(dialog, "nameEdit");

    QString requestId;
    if (state == u"new-project-typing") {
        QTest::keyClicks(nameEdit, QStringLiteral("Support chatbot"));
    } else if (state == u"new-project-duplicate") {
        QTest::keyClicks(nameEdit, f.model()->projectAt(0).name);
    } else if (state == u"new-project-long-name") {
        QTest::keyClicks(nameEdit, LongName);
    } else if (state == u"new-project-busy") {
        f.server.setLatency(20000);
        QTest::keyClicks(nameEdit, LongName);
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QVERIFY(dialog->isBusy());
    } else if (state == u"new-project-rate-limit") {
        f.server.addFault(rateLimitOn("POST", ProjectsPath));
        QSignalSpy waiting(&f.client, &AdminApiClient::waiting);
        QTest::keyClicks(nameEdit, QStringLiteral("Support chatbot"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QVERIFY(waiting.wait(Timeout));
    } else if (state == u"new-project-error") {
        f.server.addFault(longMessageOn("POST", ProjectsPath));
        QTest::keyClicks(nameEdit, QStringLiteral("Support chatbot"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, Timeout));
        requestId = f.requestIdOf("POST", ProjectsPath, 400);
    }
    check(dialog, description, requestId);
}

// ---- Rename -----------------------------------------------------------------------------------

void TestLayout::renameProject_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("rename-long-name") << QStringLiteral("Rename, a 128-character name to change");
    QTest::newRow("rename-duplicate")
        << QStringLiteral("Rename, to the name of another project: a warning");
    QTest::newRow("rename-error")
        << QStringLiteral("Rename, refused with a 400-character message and a request id");
}

void TestLayout::renameProject()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    const SandboxProject longOne = f.openOnLongNamedProject("renameAction");
    QVERIFY(!longOne.id.isEmpty());
    auto *dialog = f.dialog<ProjectNameDialog>();
    QVERIFY(dialog);
    auto *nameEdit = child<QLineEdit>(dialog, "nameEdit");

    QString requestId;
    if (state == u"rename-duplicate") {
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, f.model()->projectAt(1).name);
    } else if (state == u"rename-error") {
        f.server.addFault(longMessageOn("POST", projectPath(longOne.id)));
        QTest::keyClicks(nameEdit, QStringLiteral("Support chatbot"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, Timeout));
        requestId = f.requestIdOf("POST", projectPath(longOne.id), 400);
    }
    check(dialog, description, requestId);
}

// ---- Archive ----------------------------------------------------------------------------------

void TestLayout::archiveOne_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("archive-confirm")
        << QStringLiteral("Archive a project with a 128-character name, nothing typed yet");
    QTest::newRow("archive-typed") << QStringLiteral("Archive, the project's name typed to confirm");
    QTest::newRow("archive-busy") << QStringLiteral("Archive, being archived");
    QTest::newRow("archive-error")
        << QStringLiteral("Archive, refused with a 400-character message and a request id");
}

void TestLayout::archiveOne()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    const SandboxProject longOne = f.openOnLongNamedProject("archiveAction");
    QVERIFY(!longOne.id.isEmpty());
    auto *dialog = f.dialog<ArchiveDialog>();
    QVERIFY(dialog);
    auto *confirmEdit = child<QLineEdit>(dialog, "confirmEdit");
    auto *archive = child<QPushButton>(dialog, "archiveButton");

    QString requestId;
    if (state != u"archive-confirm")
        QTest::keyClicks(confirmEdit, LongName);
    if (state == u"archive-busy") {
        f.server.setLatency(20000);
        QTest::mouseClick(archive, Qt::LeftButton);
        QVERIFY(dialog->isRunning());
    } else if (state == u"archive-error") {
        f.server.addFault(longMessageOn("POST", archivePath(longOne.id)));
        QTest::mouseClick(archive, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isRunning(); }, Timeout));
        requestId = f.requestIdOf("POST", archivePath(longOne.id), 400);
    }
    check(dialog, description, requestId);
}

void TestLayout::archiveFifty_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("archive-50-confirm") << QStringLiteral("Archive 50 projects, before confirming");
    QTest::newRow("archive-50-busy") << QStringLiteral("Archive 50 projects, under way");
    QTest::newRow("archive-50-rate-limit")
        << QStringLiteral("Archive 50 projects, waiting after a rate limit");
    QTest::newRow("archive-50-summary")
        << QStringLiteral("Archive 50 projects, the summary: 45 archived, 5 refused with long "
                          "messages and request ids");
}

void TestLayout::archiveFifty()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    f.server.seed(60, 0);
    f.openWithKey();
    QVERIFY(f.waitForAllProjects());
    f.selectRows(50);
    f.trigger("archiveAction");
    auto *dialog = f.dialog<ArchiveDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->projects().size(), 50);
    const QList<Project> projects = dialog->projects();

    if (state != u"archive-50-confirm")
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), QStringLiteral("50"));
    if (state == u"archive-50-busy") {
        f.server.setLatency(20000);
    } else if (state == u"archive-50-rate-limit") {
        f.server.addFault(rateLimitOn("POST", archivePath(projects.at(3).id)));
    } else if (state == u"archive-50-summary") {
        for (int i : {4, 17, 18, 33, 49}) {
            f.server.addFault(i % 2 ? longMessageOn("POST", archivePath(projects.at(i).id))
                                    : faultOn("POST", archivePath(projects.at(i).id), 500));
        }
    }
    QSignalSpy waiting(&f.client, &AdminApiClient::waiting);
    if (state != u"archive-50-confirm")
        QTest::mouseClick(child<QPushButton>(dialog, "archiveButton"), Qt::LeftButton);
    if (state == u"archive-50-busy")
        QVERIFY(dialog->isRunning());
    else if (state == u"archive-50-rate-limit")
        QVERIFY(waiting.wait(Timeout));
    else if (state == u"archive-50-summary")
        QVERIFY(QTest::qWaitFor(
            [&] { return child<QPlainTextEdit>(dialog, "summaryText")->isVisible(); }, Timeout));
    check(dialog, description);
}

// ---- Admin key --------------------------------------------------------------------------------

void TestLayout::adminKey_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("admin-key-empty") << QStringLiteral("Admin key, first start: nothing typed");
    QTest::newRow("admin-key-typing") << QStringLiteral("Admin key, an admin key typed (hidden)");
    QTest::newRow("admin-key-project-key-hint")
        << QStringLiteral("Admin key, a project key typed: the hint");
    QTest::newRow("admin-key-project-key-refused")
        << QStringLiteral("Admin key, the project key refused by the service (403): one sentence "
                          "and the request id");
    QTest::newRow("admin-key-busy") << QStringLiteral("Admin key, the key being checked");
    QTest::newRow("admin-key-error")
        << QStringLiteral("Admin key, the check refused with a 400-character message and a "
                          "request id");
    QTest::newRow("admin-key-keychain-unavailable")
        << QStringLiteral("Admin key, the system keychain unavailable");
}

void TestLayout::adminKey()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    AdminKeyDialog *dialog = f.openWithoutKey();
    QVERIFY(dialog);
    auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
    auto *verify = child<QPushButton>(dialog, "verifyButton");
    const auto verifyAndWait = [&] {
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(!keyEdit->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return keyEdit->isEnabled(); }, Timeout));
    };

    QString requestId;
    if (state == u"admin-key-typing") {
        QTest::keyClicks(keyEdit, QString::fromLatin1(SandboxServer::DefaultAdminKey));
    } else if (state == u"admin-key-project-key-hint") {
        QTest::keyClicks(keyEdit, ProjectKey);
    } else if (state == u"admin-key-project-key-refused") {
        QTest::keyClicks(keyEdit, ProjectKey);
        verifyAndWait();
        requestId = f.requestIdOf("GET", ProjectsPath, 403);
    } else if (state == u"admin-key-busy") {
        f.server.setLatency(20000);
        QTest::keyClicks(keyEdit, QString::fromLatin1(SandboxServer::DefaultAdminKey));
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(!keyEdit->isEnabled());
    } else if (state == u"admin-key-error") {
        f.server.addFault(longMessageOn("GET", ProjectsPath));
        QTest::keyClicks(keyEdit, QString::fromLatin1(SandboxServer::DefaultAdminKey));
        verifyAndWait();
        requestId = f.requestIdOf("GET", ProjectsPath, 400);
    } else if (state == u"admin-key-keychain-unavailable") {
        // What the session says when the keychain cannot be used (tst_session makes that
        // happen for real, in a process without a Secret Service).
        Q_EMIT f.session.keychainUnavailable(
            KeyStore::tr("No keychain service is running. Install and unlock GNOME Keyring or "
                         "KWallet, or use the key for this session only."));
    }
    check(dialog, description, requestId);
}

// ---- About ------------------------------------------------------------------------------------

void TestLayout::about()
{
    Fixture f;
    f.openWithKey();
    f.trigger("aboutAction");
    auto *dialog = f.dialog<AboutDialog>();
    QVERIFY(dialog);
    check(dialog, QStringLiteral("About OrgDesk"));
}

// ---- Export (issue #18) -----------------------------------------------------------------------

void TestLayout::exportDialog_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("export-dialog")
        << QStringLiteral("Export, the listing not complete: Load all first can be chosen");
    QTest::newRow("export-dialog-complete")
        << QStringLiteral("Export, every project loaded and a search applied");
}

void TestLayout::exportDialog()
{
    QFETCH(QString, description);
    const bool complete = QByteArray(QTest::currentDataTag()).endsWith("complete");
    Fixture f;
    f.server.seed(complete ? 40 : 150, 0);
    f.openWithKey();
    if (complete) {
        QVERIFY(f.waitForAllProjects());
        f.window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("a"));
    } else {
        QVERIFY(QTest::qWaitFor([&] { return f.model()->rowCount() > 0 && !f.model()->isLoading(); },
                                Timeout));
    }
    f.trigger("exportAction");
    auto *dialog = f.dialog<ExportDialog>();
    QVERIFY(dialog);
    check(dialog, description);
}

// ---- Checking ---------------------------------------------------------------------------------

void TestLayout::check(QWidget *window, const QString &description, const QString &requestId)
{
    QStringList found = settledProblems(window, requestId);
    // What is shown is what is read, in every state (issue #15).
    found << AccessibilityCheck::labelProblems(window);
    saveToGallery(window, description);

    // The smallest size the window lets a person give it.
    const QSize smallest = window->minimumSize().expandedTo(window->minimumSizeHint());
    window->resize(smallest);
    const QStringList atSmallest = settledProblems(window, requestId);
    for (const QString &problem : atSmallest) {
        found << QStringLiteral("at the smallest size (%1 x %2): %3")
                     .arg(smallest.width())
                     .arg(smallest.height())
                     .arg(problem);
    }
    QVERIFY2(found.isEmpty(), qPrintable(QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
}

QStringList TestLayout::settledProblems(QWidget *window, const QString &requestId)
{
    const auto problems = [&] {
        QStringList found = LayoutCheck::problems(window);
        if (!requestId.isEmpty()) {
            const QString idProblem = LayoutCheck::requestIdProblem(window, requestId);
            if (!idProblem.isEmpty())
                found << idProblem;
        }
        return found;
    };
    // Layouts settle through posted events: wait for that, not for a fixed time. A window
    // that stays wrong is reported as it is after a second.
    QCoreApplication::sendPostedEvents();
    if (QTest::qWaitFor([&] { return problems().isEmpty(); }, 1000))
        return {};
    return problems();
}

void TestLayout::saveToGallery(QWidget *window, const QString &description)
{
    const QString dir = qEnvironmentVariable("ORGDESK_GALLERY_DIR");
    if (dir.isEmpty())
        return;
    const char *tag = QTest::currentDataTag();
    const QString file = QString::fromLatin1(tag ? tag : QTest::currentTestFunction())
        + QStringLiteral(".png");
    QVERIFY(QDir().mkpath(dir));
    // The best compression: the gallery lives in the repository.
    QVERIFY(window->grab().toImage().save(QDir(dir).filePath(file), "PNG", 0));
    gallery.append({file, description});
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Icons::installFallbackTheme(); // as main.cpp: the icons show without an icon theme
    // scripts/gallery --dark: every state under a dark colour scheme, as a dark theme gives it.
    if (qEnvironmentVariable("ORGDESK_GALLERY_PALETTE") == u"dark")
        QApplication::setPalette(DarkPalette::palette());
    QCoreApplication::setOrganizationName(QStringLiteral("OrgDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("OrgDesk"));
    TestLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layout.moc"
