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
#include "accessibilitycheck.h"
#include "adminapiclient.h"
#include "adminkeydialog.h"
#include "appsettings.h"
#include "archivedialog.h"
#include "barchart.h"
#include "coststab.h"
#include "darkpalette.h"
#include "exportdialog.h"
#include "listexporter.h"
#include "icons.h"
#include "keystore.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "addmemberdialog.h"
#include "memberactions.h"
#include "memberchangedialog.h"
#include "projectworkspace.h"
#include "resourcestore.h"
#include "workspacetabs.h"
#include "projectfiltermodel.h"
#include "projectnamedialog.h"
#include "projectspend.h"
#include "projecttablemodel.h"
#include "ratelimitstab.h"      // rate limits (issue #17)
#include "resourcestore.h"      // rate limits (issue #17)
#include "setratelimitsdialog.h" // rate limits (issue #17)
#include "sandboxcosts.h"
#include "sandboxserver.h"
#include "session.h"
#include "spendcontroller.h"
#include "spenddock.h"
#include "translations.h"
// Connections (issue #18 item 3)
#include "connectionsdialog.h"
#include "connectionsetup.h"
#include "connectionstore.h"
#include "listingcache.h"
#include <QTemporaryDir>
// Add connection checks the key (issue #18, verify)
#include "messagearea.h"
#include <QProgressBar>
#include <QTcpServer>

#include <QAction>
#include <QComboBox>
#include <QListView>
#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QMessageBox> // the Credentials block
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
    // ---- Project workspace (issue #16) ----
    void workspace_data();
    void workspace();
    void memberDialogs_data();
    void memberDialogs();
    // Issue #16 items 3 and 4: service account and API key dialogs (the Credentials block).
    void newServiceAccount_data();
    void newServiceAccount();
    void serviceAccountKey_data();
    void serviceAccountKey();
    void deleteServiceAccount_data();
    void deleteServiceAccount();
    void deleteApiKeys_data();
    void deleteApiKeys();
    // Rate limits (issue #17): the workspace tab and the Set rate limits dialog.
    void rateLimitsTab_data();
    void rateLimitsTab();
    void setRateLimits_data();
    void setRateLimits();
    // Issue #19 (costsui): the Costs tab, the spend column's states, the top spenders dock.
    void costsTab_data();
    void costsTab();
    void spend_data();
    void spend();
    // Export (issue #18)
    void exportDialog_data();
    void exportDialog();
    // Connections (issue #18 item 3)
    void connections_data();
    void connections();
    // Add connection checks the key first (issue #18, verify): busy, refused, unreachable
    void connectionsKeyCheck_data();
    void connectionsKeyCheck();

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

// ---- Project workspace (issue #16) ------------------------------------------------------------
// The details dock's tabs on the sandbox's big project (250 members, 150 keys), and the
// Members tab's dialogs.

namespace {

QString membersPath(const QString &projectId)
{
    return projectPath(projectId) + QStringLiteral("/users");
}

/// Opens the window on 30 projects, selects the big one and shows the tab @p tabName.
ResourceListTab *openOnWorkspaceTab(Fixture &f, const char *tabName, const QString &projectId = {})
{
    f.server.seed(30, 2);
    f.openWithKey();
    if (!f.waitForAllProjects())
        return nullptr;
    const QString id = projectId.isEmpty() ? f.server.resourcesOf().bigProjectId() : projectId;
    f.selectProject(id);
    auto *tab = static_cast<ResourceListTab *>(f.window->workspace()->tab(QString::fromLatin1(tabName)));
    f.window->workspace()->setCurrentWidget(tab);
    return tab;
}

bool waitForRows(ResourceListTab *tab)
{
    return QTest::qWaitFor([tab] {
        return tab->currentModel() && tab->currentModel()->hasStarted() && !tab->currentModel()->isLoading();
    }, Timeout);
}

} // namespace

void TestLayout::workspace_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("workspace-members") << QStringLiteral("Workspace, a project's members");
    QTest::newRow("workspace-service-accounts") << QStringLiteral("Workspace, a project's service accounts");
    QTest::newRow("workspace-api-keys")
        << QStringLiteral("Workspace, a project's API keys by last use, the stalest first");
    QTest::newRow("workspace-loading") << QStringLiteral("Workspace, the members loading");
    QTest::newRow("workspace-rate-limit") << QStringLiteral("Workspace, the members waiting after a rate limit");
    QTest::newRow("workspace-error")
        << QStringLiteral("Workspace, the members refused with a 400-character message and a request id");
    QTest::newRow("workspace-archived") << QStringLiteral("Workspace, an archived project: read-only");
    QTest::newRow("workspace-exporting")
        << QStringLiteral("Workspace, the members' remaining pages loading for an export: Cancel Export");
}

void TestLayout::workspace()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    QString requestId;
    const char *tabName = state == u"workspace-service-accounts" ? "serviceAccountsTab"
                          : state == u"workspace-api-keys"       ? "apiKeysTab"
                                                                 : "membersTab";
    if (state == u"workspace-archived") {
        f.server.seed(30, 2);
        QString id;
        for (const SandboxProject &p : f.server.projects()) {
            if (p.archivedAt)
                id = p.id;
        }
        f.openWithKey();
        QVERIFY(f.waitForAllProjects());
        f.trigger("showArchivedAction");
        QVERIFY(f.waitForAllProjects());
        QVERIFY(QTest::qWaitFor([&] { return f.model()->rowOf(id) >= 0; }, Timeout));
        f.selectProject(id);
        auto *tab = static_cast<ResourceListTab *>(f.window->workspace()->tab(QString::fromLatin1(tabName)));
        f.window->workspace()->setCurrentWidget(tab);
        QVERIFY(waitForRows(tab));
        check(f.window.get(), description);
        return;
    }
    // The big project's id is known once seeded: faults are set before the tab is shown.
    f.server.seed(30, 2);
    const QString big = f.server.resourcesOf().bigProjectId();
    if (state == u"workspace-loading")
        f.server.addFault([&] { SandboxFault fault; fault.kind = SandboxFault::Kind::NoResponse;
                                fault.path = membersPath(big); return fault; }());
    else if (state == u"workspace-rate-limit")
        f.server.addFault(rateLimitOn("GET", membersPath(big)));
    else if (state == u"workspace-error")
        f.server.addFault(longMessageOn("GET", membersPath(big)));
    ResourceListTab *tab = openOnWorkspaceTab(f, tabName, big);
    QVERIFY(tab);
    if (state == u"workspace-loading") {
        QVERIFY(QTest::qWaitFor([&] { return f.server.requestCount("GET", membersPath(big)) > 0; }, Timeout));
    } else if (state == u"workspace-rate-limit") {
        // The words before the countdown, in the language the test runs in.
        const QString waiting = ResourceListTab::tr("Waiting for OpenAI's rate limit: next try in %n s", nullptr, 1)
                                    .section(QLatin1Char(':'), 0, 0);
        QVERIFY(QTest::qWaitFor([&] { return tab->statusText().startsWith(waiting); }, Timeout));
    } else {
        QVERIFY(waitForRows(tab));
        if (state == u"workspace-error")
            requestId = f.requestIdOf("GET", membersPath(big), 400);
        if (state == u"workspace-api-keys")
            tab->tableView()->sortByColumn(4, Qt::AscendingOrder);
        tab->tableView()->selectRow(1);
    }
    QTemporaryDir exportDir;
    if (state == u"workspace-exporting") {
        // The second page never answers: the export waits for it, as it would under the rate limit.
        f.server.addFault([&] { SandboxFault fault; fault.kind = SandboxFault::Kind::NoResponse;
                                fault.path = membersPath(big); return fault; }());
        tab->exporter()->exportTo(exportDir.filePath(QStringLiteral("members.csv")), ExportDialog::Scope::AllLoaded,
                                  ProjectExport::Format::Csv, true);
        QVERIFY(QTest::qWaitFor([&] { return f.server.requestCount("GET", membersPath(big)) == 2; }, Timeout));
    }
    check(f.window.get(), description, requestId);
}

void TestLayout::memberDialogs_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("add-member-picking")
        << QStringLiteral("Add member, the organization's people searched and one picked");
    QTest::newRow("add-member-busy") << QStringLiteral("Add member, being added");
    QTest::newRow("add-member-not-in-organization")
        << QStringLiteral("Add member, an email of someone outside the organization refused");
    QTest::newRow("change-role") << QStringLiteral("Change role, a member about to become an owner");
    QTest::newRow("remove-member") << QStringLiteral("Remove member, the confirmation");
    QTest::newRow("remove-member-error")
        << QStringLiteral("Remove member, refused with a 400-character message and a request id");
}

void TestLayout::memberDialogs()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    auto *tab = static_cast<MembersTab *>(openOnWorkspaceTab(f, "membersTab"));
    QVERIFY(tab);
    QVERIFY(waitForRows(tab));
    const QString big = f.server.resourcesOf().bigProjectId();
    auto *actions = tab->findChild<MemberActions *>();
    QVERIFY(actions);
    QString requestId;
    if (state.startsWith(u"add-member")) {
        actions->addAction()->trigger();
        auto *dialog = f.dialog<AddMemberDialog>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return actions->organizationUsers()->pager()->isComplete(); }, Timeout));
        if (state == u"add-member-not-in-organization") {
            QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("someone.outside@example.org"));
            QTest::keyClick(child<QLineEdit>(dialog, "emailEdit"), Qt::Key_Return);
            QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, Timeout));
            requestId = f.requestIdOf("POST", membersPath(big), 400);
        } else {
            QTest::keyClicks(child<QLineEdit>(dialog, "searchEdit"), QStringLiteral("a"));
            auto *list = child<QListView>(dialog, "userList");
            list->setCurrentIndex(list->model()->index(0, 0));
            if (state == u"add-member-busy") {
                f.server.setLatency(20000);
                dialog->accept();
                QVERIFY(dialog->isBusy());
            }
        }
        check(dialog, description, requestId);
        return;
    }
    tab->tableView()->setFocus();
    tab->tableView()->selectRow(2);
    if (state == u"change-role") {
        actions->changeRoleAction()->trigger();
        auto *dialog = f.dialog<MemberChangeDialog>();
        QVERIFY(dialog);
        auto *role = child<QComboBox>(dialog, "roleCombo");
        role->setCurrentIndex(role->currentIndex() == 0 ? 1 : 0);
        check(dialog, description);
        return;
    }
    const QString userId = tab->selectedRows().constFirst().id;
    if (state == u"remove-member-error")
        f.server.addFault(longMessageOn("DELETE", membersPath(big) + u'/' + userId));
    actions->removeAction()->trigger();
    auto *dialog = f.dialog<MemberChangeDialog>();
    QVERIFY(dialog);
    if (state == u"remove-member-error") {
        dialog->accept();
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, Timeout));
        requestId = f.requestIdOf("DELETE", membersPath(big) + u'/' + userId, 400);
    }
    check(dialog, description, requestId);
}

// ---- Credentials (issue #16 items 3 and 4) ----------------------------------------------------
// The service account and API key dialogs, opened through their actions as the workspace tabs
// open them, on a window of the main window's size, against the big project of the sandbox.

namespace {

struct CredentialsFixture
{
    SandboxServer server;
    QNetworkAccessManager network;
    AdminApiClient client{&network};
    ProjectResourcesApi api{&client};
    std::unique_ptr<QWidget> host; // last: goes first, its actions and dialogs with it
    ServiceAccountActions *accounts = nullptr;
    ApiKeyActions *keys = nullptr;

    CredentialsFixture()
    {
        server.seed(6, 0);
        server.listen();
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
        client.setRandomSource([] { return 0.0; });
        client.setTimeout(10s);
        host = std::make_unique<QWidget>();
        host->resize(1000, 700);
        host->show();
        accounts = new ServiceAccountActions(&api, host.get(), host.get());
        keys = new ApiKeyActions(&api, host.get(), host.get());
        const SandboxProject stored = *server.project(bigProject());
        Project project;
        project.id = stored.id;
        project.name = stored.name;
        project.createdAt = stored.createdAt;
        project.status = QStringLiteral("active");
        accounts->setProject(project);
        keys->setProject(project);
    }

    [[nodiscard]] QString bigProject() const { return server.resourcesOf().bigProjectId(); }
    [[nodiscard]] QString path(const QString &suffix) const
    {
        return projectPath(bigProject()) + suffix;
    }

    template <typename Dialog>
    Dialog *dialog() const
    {
        Dialog *found = nullptr;
        if (!QTest::qWaitFor([&] { return (found = host->findChild<Dialog *>()) && found->isVisible(); },
                             Timeout))
            return nullptr;
        return QTest::qWaitForWindowExposed(found) ? found : nullptr;
    }

    QString requestIdOf(const QByteArray &method, const QString &requestPath, int status) const
    {
        const QList<SandboxRequest> log = server.requests();
        for (auto it = log.crbegin(); it != log.crend(); ++it) {
            if (it->method == method && it->path == requestPath && it->status == status)
                return it->requestId;
        }
        return {};
    }

    /// Every key of the big project, as the API keys tab would have listed them.
    QList<ApiKey> allKeys()
    {
        QList<ApiKey> found;
        QString after;
        for (int page = 0; page < 5; ++page) {
            std::optional<ApiResult<ApiKeyPage>> listed;
            QObject context;
            api.listApiKeys(bigProject(), PageQuery{after, 100}, &context,
                            [&](const ApiResult<ApiKeyPage> &r) { listed = r; });
            if (!QTest::qWaitFor([&] { return listed.has_value(); }, Timeout) || !listed->ok())
                return found;
            found += listed->value().items;
            if (!listed->value().hasMore)
                break;
            after = listed->value().nextCursor;
        }
        return found;
    }
};

} // namespace

void TestLayout::newServiceAccount_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("service-account-new") << QStringLiteral("New service account, a 128-character name typed");
    QTest::newRow("service-account-new-busy") << QStringLiteral("New service account, being created");
    QTest::newRow("service-account-new-error")
        << QStringLiteral("New service account, refused with a 400-character message and a request id");
    QTest::newRow("service-account-new-key-lost")
        << QStringLiteral("New service account: made, but the answer with its key was lost (a 500 after the effect)");
}

void TestLayout::newServiceAccount()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    CredentialsFixture f;
    f.accounts->newAction()->trigger();
    auto *dialog = f.dialog<ServiceAccountNameDialog>();
    QVERIFY(dialog);
    auto *nameEdit = child<QLineEdit>(dialog, "nameEdit");
    QTest::keyClicks(nameEdit, LongName);
    const QString createPath = f.path(QStringLiteral("/service_accounts"));
    QString requestId;
    if (state == u"service-account-new-busy") {
        f.server.setLatency(20000);
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QVERIFY(dialog->isBusy());
    } else if (state == u"service-account-new-error") {
        f.server.addFault(longMessageOn("POST", createPath));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, Timeout));
        requestId = f.requestIdOf("POST", createPath, 400);
    } else if (state == u"service-account-new-key-lost") {
        SandboxFault lost = faultOn("POST", createPath, 500);
        lost.afterEffect = true;
        f.server.addFault(lost);
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, Timeout));
        requestId = f.requestIdOf("POST", createPath, 500);
    }
    check(dialog, description, requestId);
}

void TestLayout::serviceAccountKey_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("service-account-key") << QStringLiteral("The new service account's key, shown once");
    QTest::newRow("service-account-key-copied") << QStringLiteral("The key, copied to the clipboard");
    QTest::newRow("service-account-key-stored-question")
        << QStringLiteral("Closing the key's window asks once whether the key was stored");
}

void TestLayout::serviceAccountKey()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    CredentialsFixture f;
    f.accounts->newAction()->trigger();
    auto *names = f.dialog<ServiceAccountNameDialog>();
    QVERIFY(names);
    QTest::keyClicks(child<QLineEdit>(names, "nameEdit"), LongName);
    QTest::keyClick(child<QLineEdit>(names, "nameEdit"), Qt::Key_Return);
    auto *dialog = f.dialog<OneTimeKeyDialog>();
    QVERIFY(dialog);
    if (state == u"service-account-key-copied") {
        QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    } else if (state == u"service-account-key-stored-question") {
        dialog->reject();
        QMessageBox *question = dialog->storedQuestion();
        QVERIFY(question);
        QVERIFY(QTest::qWaitForWindowExposed(question));
        check(question, description);
        return;
    }
    check(dialog, description);
}

void TestLayout::deleteServiceAccount_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("service-account-delete") << QStringLiteral("Delete a service account, nothing typed yet");
    QTest::newRow("service-account-delete-busy") << QStringLiteral("Delete a service account, being deleted");
    QTest::newRow("service-account-delete-error")
        << QStringLiteral("Delete a service account, refused with a 400-character message and a request id");
}

void TestLayout::deleteServiceAccount()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    CredentialsFixture f;
    SandboxServiceAccount &stored = f.server.projectResources(f.bigProject()).serviceAccounts.first();
    stored.name = LongName;
    f.accounts->setSelected({ServiceAccount{stored.id, stored.name, stored.role, stored.createdAt}});
    f.accounts->deleteAction()->trigger();
    auto *dialog = f.dialog<DeleteServiceAccountDialog>();
    QVERIFY(dialog);
    const QString deletePath = f.path(QStringLiteral("/service_accounts/") + stored.id);
    QString requestId;
    if (state != u"service-account-delete")
        child<QLineEdit>(dialog, "confirmEdit")->insert(LongName);
    if (state == u"service-account-delete-busy") {
        f.server.setLatency(20000);
        QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
    } else if (state == u"service-account-delete-error") {
        f.server.addFault(longMessageOn("DELETE", deletePath));
        QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, Timeout));
        requestId = f.requestIdOf("DELETE", deletePath, 400);
    }
    check(dialog, description, requestId);
}

void TestLayout::deleteApiKeys_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("api-keys-delete") << QStringLiteral(
        "Delete 30 API keys, before confirming: two belong to service accounts and are explained");
    QTest::newRow("api-keys-delete-one-account-key")
        << QStringLiteral("Delete API keys with only a service account's key selected: nothing to delete here");
    QTest::newRow("api-keys-delete-busy") << QStringLiteral("Delete 30 API keys, under way");
    QTest::newRow("api-keys-delete-rate-limit") << QStringLiteral("Delete 30 API keys, waiting after a rate limit");
    QTest::newRow("api-keys-delete-summary") << QStringLiteral(
        "Delete 30 API keys, the summary: 3 refused with long messages and request ids, one already gone");
}

void TestLayout::deleteApiKeys()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    CredentialsFixture f;
    const QList<ApiKey> all = f.allKeys();
    QList<ApiKey> chosen;
    QList<ApiKey> accountKeys;
    for (const ApiKey &key : all) {
        if (key.isDeletable() && chosen.size() < 28)
            chosen << key;
        else if (key.owner.isServiceAccount() && accountKeys.size() < 2)
            accountKeys << key;
    }
    QCOMPARE(accountKeys.size(), 2);
    chosen = state == u"api-keys-delete-one-account-key" ? accountKeys.mid(0, 1)
                                                         : accountKeys.mid(0, 1) + chosen + accountKeys.mid(1);
    f.keys->setSelected(chosen);
    f.keys->deleteAction()->trigger();
    auto *dialog = f.dialog<DeleteApiKeysDialog>();
    QVERIFY(dialog);
    const auto keyPath = [&](int i) { return f.path(QStringLiteral("/api_keys/") + chosen.at(i).id); };
    QSignalSpy waiting(&f.client, &AdminApiClient::waiting);
    if (state == u"api-keys-delete-busy") {
        f.server.setLatency(20000);
    } else if (state == u"api-keys-delete-rate-limit") {
        f.server.addFault(rateLimitOn("DELETE", keyPath(3)));
    } else if (state == u"api-keys-delete-summary") {
        for (int i : {4, 11, 20})
            f.server.addFault(longMessageOn("DELETE", keyPath(i)));
        f.server.addFault(faultOn("DELETE", keyPath(7), 404));
    }
    if (state == u"api-keys-delete" || state == u"api-keys-delete-one-account-key") {
        check(dialog, description);
        return;
    }
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    if (state == u"api-keys-delete-busy")
        QVERIFY(dialog->isRunning());
    else if (state == u"api-keys-delete-rate-limit")
        QVERIFY(waiting.wait(Timeout));
    else
        QVERIFY(QTest::qWaitFor([&] { return child<QPlainTextEdit>(dialog, "summaryText")->isVisible(); }, Timeout));
    check(dialog, description);
}

// ---- end of the Credentials block --------------------------------------------------------------

// ---- Rate limits (issue #17) ------------------------------------------------------------------

void TestLayout::rateLimitsTab_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("rate-limits-tab") << QStringLiteral("Rate limits tab: one row per model, \u2014 where a model has no such limit");
    QTest::newRow("rate-limits-tab-edited")
        << QStringLiteral("Rate limits tab: two cells changed, not saved yet");
    QTest::newRow("rate-limits-tab-refused")
        << QStringLiteral("Rate limits tab: one value saved, one refused above the organization's maximum");
    QTest::newRow("rate-limits-tab-archived")
        << QStringLiteral("Rate limits tab: an archived project, read-only");
    QTest::newRow("rate-limits-tab-error")
        << QStringLiteral("Rate limits tab: the listing refused with a 400-character message");
}

void TestLayout::rateLimitsTab()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    f.server.seed(3, 1);
    f.client.setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    SandboxProject shown;
    for (const SandboxProject &p : f.server.projects()) {
        if (bool(p.archivedAt) == (state == u"rate-limits-tab-archived"))
            shown = p;
    }
    Project project;
    project.id = shown.id;
    project.name = shown.name;
    project.createdAt = shown.createdAt;
    project.archivedAt = shown.archivedAt;
    project.status = shown.archivedAt ? QStringLiteral("archived") : QStringLiteral("active");
    const QString path = projectPath(project.id) + QStringLiteral("/rate_limits");
    if (state == u"rate-limits-tab-error")
        f.server.addFault(longMessageOn("GET", path));

    RateLimitsTab tab(&f.client);
    tab.setWindowTitle(QStringLiteral("Rate limits"));
    tab.resize(tab.sizeHint().expandedTo(QSize(900, 480)));
    tab.setProject(project);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QVERIFY(QTest::qWaitFor([&] { return tab.currentModel() && !tab.currentModel()->isLoading(); }, Timeout));
    RateLimitTableModel *model = tab.currentModel();
    QString requestId;
    if (state == u"rate-limits-tab-error")
        requestId = f.requestIdOf("GET", path, 400);
    const auto setTokens = [&](int row, qint64 value) {
        QVERIFY(model->setData(model->index(row, RateLimitTableModel::columnOf(RateLimitField::TokensPerMinute)), value));
    };
    if (state == u"rate-limits-tab-edited") {
        setTokens(0, 1234567);
        setTokens(3, 42);
    } else if (state == u"rate-limits-tab-refused") {
        setTokens(0, 30000001); // gpt-4o: above the organization's 30,000,000
        setTokens(1, 150000);
        QSignalSpy saved(model, &RateLimitTableModel::saveFinished);
        QTest::mouseClick(child<QPushButton>(&tab, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(Timeout));
    }
    check(&tab, description, requestId);
}

void TestLayout::setRateLimits_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("set-rate-limits-preview")
        << QStringLiteral("Set rate limits on 12 projects: the preview, current \u2192 new, archived and unchanged marked");
    QTest::newRow("set-rate-limits-rate-limit")
        << QStringLiteral("Set rate limits on 12 projects, waiting after a rate limit");
    QTest::newRow("set-rate-limits-summary")
        << QStringLiteral("Set rate limits on 12 projects, the summary: changed, unchanged, skipped, failed with reasons");
}

void TestLayout::setRateLimits()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    f.server.seed(11, 2);
    f.client.setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    QList<Project> projects;
    for (const SandboxProject &p : f.server.projects()) {
        Project project;
        project.id = p.id;
        project.name = p.name;
        project.createdAt = p.createdAt;
        project.archivedAt = p.archivedAt;
        project.status = p.archivedAt ? QStringLiteral("archived") : QStringLiteral("active");
        projects.append(project);
    }
    projects = projects.mid(0, 12);
    // One project already has the value.
    f.server.projectResources(projects.at(2).id).rateLimits.first().values.at(1) = 200000;

    SetRateLimitsDialog dialog(&f.client, projects);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.start();
    QVERIFY(QTest::qWaitFor([&] { return !dialog.limiter()->isReading(); }, Timeout));
    dialog.setModel(QStringLiteral("gpt-4o"));
    dialog.setField(RateLimitField::TokensPerMinute, 200000);
    const auto updatePath = [&](int i) {
        return projectPath(projects.at(i).id) + QStringLiteral("/rate_limits/rl-gpt-4o");
    };
    QSignalSpy waiting(&f.client, &AdminApiClient::waiting);
    if (state == u"set-rate-limits-rate-limit") {
        f.server.addFault(rateLimitOn("POST", updatePath(1)));
        QTest::mouseClick(child<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
        QVERIFY(waiting.wait(Timeout));
    } else if (state == u"set-rate-limits-summary") {
        f.server.addFault(longMessageOn("POST", updatePath(4)));
        f.server.addFault(faultOn("POST", updatePath(7), 400));
        QTest::mouseClick(child<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return child<QPlainTextEdit>(&dialog, "summaryText")->isVisible(); }, Timeout));
    }
    check(&dialog, description);
}

// ---- Costs (issue #19) ------------------------------------------------------------------------

void TestLayout::costsTab_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("costs-tab") << QStringLiteral("Costs tab: 30 days of one project by line item");
    QTest::newRow("costs-tab-empty") << QStringLiteral("Costs tab: a project without costs");
    QTest::newRow("costs-tab-error")
        << QStringLiteral("Costs tab: the costs refused with a 400-character message");
}

void TestLayout::costsTab()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    f.server.seed(30, 0);
    f.client.setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    // The project that cost most over the last 30 days, or one that cost nothing.
    const qint64 today = QDateTime::currentSecsSinceEpoch() / 86400 * 86400;
    const auto cost = [today](const QString &id) {
        qint64 sum = 0;
        for (qint64 day = today - 29 * 86400; day < today; day += 86400) {
            for (int item = 0; item < SandboxCosts::lineItems().size(); ++item)
                sum += SandboxCosts::dailyMicros(id, item, day);
        }
        return sum;
    };
    Project project;
    qint64 chosen = -1;
    for (const SandboxProject &p : f.server.projects()) {
        const qint64 c = cost(p.id);
        if ((state == u"costs-tab-empty") ? (c == 0 && chosen < 0) : c > chosen) {
            chosen = c;
            project.id = p.id;
            project.name = p.name;
        }
    }
    QString requestId;
    if (state == u"costs-tab-error")
        f.server.addFault(longMessageOn("GET", SandboxCosts::path()));
    CostsTab tab(&f.client);
    tab.resize(640, 520);
    tab.setProject(project);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QVERIFY(QTest::qWaitFor([&] { return tab.state() == CostsTab::State::Loaded
                                         || tab.state() == CostsTab::State::Failed; }, Timeout));
    if (state == u"costs-tab-error") {
        QCOMPARE(tab.state(), CostsTab::State::Failed);
        requestId = f.requestIdOf("GET", SandboxCosts::path(), 400);
    }
    check(&tab, description, requestId);
}

void TestLayout::spend_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("spend-column")
        << QStringLiteral("Main window, sorted by 30-day cost, the top spenders dock open");
    QTest::newRow("spend-loading") << QStringLiteral("Main window, costs loading");
    QTest::newRow("spend-failed") << QStringLiteral("Main window, costs refused");
    QTest::newRow("spend-idle") << QStringLiteral("Main window, only idle projects");
}

void TestLayout::spend()
{
    QFETCH(QString, description);
    const QString state = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    f.server.seed(30, 0);
    if (state == u"spend-loading") {
        SandboxFault silent = faultOn("GET", SandboxCosts::path(), 200);
        silent.kind = SandboxFault::Kind::NoResponse;
        f.server.addFault(silent);
    } else if (state == u"spend-failed") {
        f.server.addFault(longMessageOn("GET", SandboxCosts::path()));
    }
    f.open();
    SpendController *spend = f.window->spendController();
    if (state == u"spend-column")
        spend->dock()->show();
    f.session.start(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    const auto reached = [&] {
        const ProjectSpend::State s = spend->spend()->state();
        return state == u"spend-loading" ? s == ProjectSpend::State::Loading
             : state == u"spend-failed"  ? s == ProjectSpend::State::Failed
                                         : s == ProjectSpend::State::Loaded;
    };
    QVERIFY(QTest::qWaitFor(reached, Timeout));
    if (state == u"spend-column") {
        f.table()->sortByColumn(ProjectTableModel::SpendColumn, Qt::DescendingOrder);
        QVERIFY(QTest::qWaitFor([&] { return spend->dock()->chart()->barCount() > 0; }, Timeout));
    } else if (state == u"spend-idle") {
        spend->idleOnlyAction()->trigger();
    }
    check(f.window.get(), description);
}

// ---- Export (issue #18) -----------------------------------------------------------------------

void TestLayout::exportDialog_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("export-dialog")
        << QStringLiteral("Export, the listing not complete: Load all first can be chosen");
    QTest::newRow("export-dialog-complete")
        << QStringLiteral("Export, every project loaded and a search applied");
    QTest::newRow("export-dialog-api-keys")
        << QStringLiteral("Export… of a project's API keys: the first page of 150 loaded");
}

void TestLayout::exportDialog()
{
    QFETCH(QString, description);
    const bool complete = QByteArray(QTest::currentDataTag()).endsWith("complete");
    Fixture f;
    if (QByteArray(QTest::currentDataTag()).endsWith("api-keys")) {
        ResourceListTab *tab = openOnWorkspaceTab(f, "apiKeysTab");
        QVERIFY(tab);
        QVERIFY(waitForRows(tab));
        tab->exporter()->action()->trigger();
        auto *dialog = f.dialog<ExportDialog>();
        QVERIFY(dialog);
        check(dialog, description);
        return;
    }
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

// ---- Connections (issue #18 item 3) ----------------------------------------------------------

void TestLayout::connections_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("connections-dialog")
        << QStringLiteral("File → Connections…: two organizations, a third being added");
    QTest::newRow("connections-dialog-error")
        << QStringLiteral("Connections: the name is taken; everything typed is kept");
    QTest::newRow("connections-switcher")
        << QStringLiteral("The connection switcher in the toolbar; the window title names the connection");
}

namespace {

/// What the window's connections need: a throwaway listing cache and the connection store.
/// They outlive the window, as in main.cpp: the window goes first when the parts do.
struct ConnectionParts
{
    ConnectionParts(KeyStore *keys, std::unique_ptr<MainWindow> &window) : store(keys), window(window) {}
    ~ConnectionParts() { window.reset(); }
    QTemporaryDir cacheDir;
    ListingCache cache{cacheDir.filePath(QStringLiteral("listings.sqlite"))};
    ConnectionStore store;
    std::unique_ptr<MainWindow> &window;
};

} // namespace

void TestLayout::connections()
{
    QFETCH(QString, description);
    const QByteArray tag = QTest::currentDataTag();
    Fixture f;
    f.server.seed(12, 0);
    ConnectionParts parts(&f.keyStore, f.window);
    ListingCache &cache = parts.cache;
    ConnectionStore &store = parts.store;
    const auto add = [&](const QString &name, const QUrl &url, const QString &key) {
        QString id;
        bool done = false;
        store.add(name, url, key, &store, [&](const KeyStore::Result &, const Connection &c) {
            id = c.id;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, Timeout))
            qWarning("adding a connection timed out");
        return id;
    };
    const QString production = add(QStringLiteral("Production"), f.server.baseUrl(),
                                   QString::fromLatin1(SandboxServer::DefaultAdminKey));
    const QString staging = add(QStringLiteral("Staging (EU data residency)"),
                                QUrl(QStringLiteral("https://gateway.example.com/openai/v1")),
                                QStringLiteral("sk-admin-layout-staging"));
    QVERIFY(!production.isEmpty() && !staging.isEmpty());
    f.open();
    ConnectionSetup *setup = f.window->installConnections(&store, &cache);
    setup->start({}, f.server.baseUrl(), production);
    QVERIFY(QTest::qWaitFor([&] { return f.model()->rowCount() > 0 && !f.model()->isLoading(); },
                            Timeout));
    if (tag == "connections-switcher") {
        check(f.window.get(), description);
    } else {
        f.trigger("connectionsAction");
        auto *dialog = f.dialog<ConnectionsDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"),
                         tag.endsWith("error") ? QStringLiteral("production")
                                               : QStringLiteral("Research lab"));
        QTest::keyClicks(child<QLineEdit>(dialog, "keyEdit"), QStringLiteral("sk-admin-typed"));
        if (tag.endsWith("error"))
            child<QPushButton>(dialog, "addButton")->click();
        check(dialog, description);
        dialog->close();
    }
    // Nothing stays under the test's keychain service.
    for (const QString &id : {production, staging}) {
        bool removed = false;
        store.remove(id, &store, [&](const KeyStore::Result &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, Timeout));
    }
}

// ---- Add connection checks the key first (issue #18, verify) ---------------------------------

void TestLayout::connectionsKeyCheck_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("connections-checking")
        << QStringLiteral("Connections: the key is being checked with the connection's service; Cancel stops it");
    QTest::newRow("connections-key-refused")
        << QStringLiteral("Connections: the service refused the key (401); everything typed is kept, nothing stored");
    QTest::newRow("connections-unreachable")
        << QStringLiteral("Connections: the service cannot be reached; edit and Add again, nothing stored");
}

void TestLayout::connectionsKeyCheck()
{
    QFETCH(QString, description);
    const QByteArray tag = QTest::currentDataTag();
    Fixture f;
    f.server.seed(12, 0);
    ConnectionParts parts(&f.keyStore, f.window); // no connection: nothing is stored by this test
    ListingCache &cache = parts.cache;
    ConnectionStore &store = parts.store;
    f.open();
    f.window->installConnections(&store, &cache);
    f.trigger("connectionsAction");
    auto *dialog = f.dialog<ConnectionsDialog>();
    QVERIFY(dialog);
    QString url = f.server.baseUrl().toString();
    if (tag == "connections-unreachable") {
        QTcpServer closed; // a loopback port nobody listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        url = QStringLiteral("http://127.0.0.1:%1/v1").arg(closed.serverPort());
    }
    if (tag == "connections-checking")
        f.server.setLatency(30000);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Research lab"));
    child<QLineEdit>(dialog, "urlEdit")->setText(url);
    QTest::keyClicks(child<QLineEdit>(dialog, "keyEdit"), QStringLiteral("sk-admin-typed"));
    child<QPushButton>(dialog, "addButton")->click();
    auto *busy = child<QProgressBar>(dialog, "progressBar");
    auto *message = child<MessageArea>(dialog, "messageArea");
    if (tag == "connections-checking") {
        QVERIFY(busy->isVisible());
        check(dialog, description);
    } else {
        QVERIFY(QTest::qWaitFor([&] { return busy->isHidden() && message->isVisible(); }, Timeout));
        check(dialog, description, message->requestId());
    }
    dialog->close();
    QCOMPARE(store.connections().size(), qsizetype(0));
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
