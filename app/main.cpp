// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "adminapiclient.h"
#include "apiorigin.h"
#include "connectionsetup.h"
#include "connectionstore.h"
#include "icons.h"
#include "keystore.h"
#include "listingcache.h"
#include "mainwindow.h"
#include "session.h"
#include "terminationwatcher.h"
#include "translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <chrono>
#include <cstdio>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OrgDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("OrgDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORGDESK_VERSION));
}

struct Options
{
    QCommandLineOption baseUrl{QStringLiteral("base-url"),
                               QCoreApplication::translate("main",
                                   "The Admin API base URL (default: $OPENAI_BASE_URL, else %1). "
                                   "Plain http:// only for loopback addresses.")
                                   .arg(AdminApiClient::defaultBaseUrl().toString()),
                               QStringLiteral("url")};
    QCommandLineOption connection{QStringLiteral("connection"),
                                  QCoreApplication::translate("main",
                                      "Use the connection called <name> (File → Connections…) "
                                      "instead of the one used last."),
                                  QStringLiteral("name")};
    QCommandLineOption quitAfterFirstPage{
        QStringLiteral("quit-after-first-page"),
        QCoreApplication::translate("main",
            "For testing and benchmarks: quit with code 0 as soon as the first page of projects "
            "is shown, or 1 if it cannot be (also ORGDESK_QUIT_AFTER_LOAD=1).")};
    QCommandLineOption quitAfterFirstRows{
        QStringLiteral("quit-after-first-rows"),
        QCoreApplication::translate("main",
            "For benchmarks: quit with code 0 as soon as the first rows are shown, the "
            "remembered ones or the first page, or 1 if none can be. Prints when they were "
            "shown: \"shown-at-ns\" and the monotonic clock.")};
};

void configure(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Manage the projects of an OpenAI organization.\n\n"
                "The admin key comes from $OPENAI_ADMIN_KEY (this session only) or the system "
                "keychain, one per connection; OrgDesk asks for it when there is none."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.baseUrl);
    parser.addOption(options.connection);
    parser.addOption(options.quitAfterFirstPage);
    parser.addOption(options.quitAfterFirstRows);
}

// --help and --version must work without a display, where QApplication cannot start.
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?"
            || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Quiet by default; QT_LOGGING_RULES (e.g. "orgdesk.*.debug=true") still wins.
    QLoggingCategory::setFilterRules(QStringLiteral("orgdesk.*.debug=false"));
    setApplicationNames();
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        Translations::install();
        QCommandLineParser parser;
        const Options options;
        configure(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    // Out of the environment before anything else runs: no child process inherits it.
    const QString environmentKey = Session::takeEnvironmentKey();
    QApplication app(argc, argv);
    Translations::install(); // before any widget: they translate their texts when built
    QGuiApplication::setDesktopFileName(QStringLiteral(ORGDESK_APP_ID));
    Icons::installFallbackTheme();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app/io.github.orgdesk.OrgDesk.svg")));

    QCommandLineParser parser;
    const Options options;
    configure(parser, options);
    parser.process(app);

    QString urlText = parser.value(options.baseUrl);
    if (urlText.isEmpty())
        urlText = qEnvironmentVariable("OPENAI_BASE_URL");
    const QUrl baseUrl = urlText.isEmpty() ? AdminApiClient::defaultBaseUrl()
                                           : QUrl(urlText, QUrl::StrictMode);
    // The client refuses such URLs too; here the user gets a clear word before any window opens.
    if (const QString problem = ApiOrigin::problem(baseUrl); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "orgdesk: base URL %1: %2")
                                    .arg(urlText, problem)));
        return 2;
    }
    const bool quitAfterFirstRows = parser.isSet(options.quitAfterFirstRows);
    const bool quitAfterFirstPage = parser.isSet(options.quitAfterFirstPage)
        || qEnvironmentVariable("ORGDESK_QUIT_AFTER_LOAD") == u"1" || quitAfterFirstRows;

    KeyStore keyStore;
    ConnectionStore connections(&keyStore);
    QString connectionId;
    if (parser.isSet(options.connection)) {
        const QString name = parser.value(options.connection);
        const std::optional<Connection> found = connections.findByName(name);
        if (!found) {
            QStringList known;
            for (const Connection &c : connections.connections())
                known.append(c.name);
            std::fprintf(stderr, "%s\n",
                         qPrintable(known.isEmpty()
                             ? QCoreApplication::translate("main",
                                   "orgdesk: no connection is called \"%1\": there are none yet "
                                   "(File → Connections… adds one).").arg(name)
                             : QCoreApplication::translate("main",
                                   "orgdesk: no connection is called \"%1\". Known: %2.")
                                   .arg(name, known.join(QStringLiteral(", ")))));
            return 2;
        }
        connectionId = found->id;
        if (!environmentKey.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main",
                             "orgdesk: --connection given: OPENAI_ADMIN_KEY is not used.")));
        }
    }

    QNetworkAccessManager network;
    AdminApiClient client(&network);
    client.setBaseUrl(baseUrl);
    Session session(&client, &keyStore);
    // Outlives the window, which writes its last rows into it when it goes. Its thread reads
    // the rows to show first while the window is built and the key is looked for.
    ListingCache cache;
    if (const QString id = ConnectionSetup::startingId(connections, environmentKey, connectionId);
        !id.isEmpty()) {
        cache.readAhead(ConnectionSetup::cacheId(id));
    }
    MainWindow window(&client, &session, &network);
    // The cache is kept per connection; a key from the environment is a connection of its own
    // for this session, so a stored key's projects never show under it (and the other way round).
    ConnectionSetup *connectionSetup = window.installConnections(&connections, &cache);

    if (quitAfterFirstPage) {
        // Queued: the session may answer from inside start(), before the event loop runs.
        auto fail = [](const QString &why) {
            std::fprintf(stderr, "orgdesk: %s\n", qPrintable(why));
            QCoreApplication::exit(1);
        };
        QObject::connect(
            &window, quitAfterFirstRows ? &MainWindow::firstRowsShown : &MainWindow::firstPageShown,
            &app, [&window] {
                // The benchmark's start-to-rows figure ends when they are painted.
                if (auto *table = window.findChild<QAbstractItemView *>(QStringLiteral("projectTable")))
                    table->viewport()->repaint();
                std::printf("shown-at-ns %lld\n", qint64(std::chrono::nanoseconds(
                    std::chrono::steady_clock::now().time_since_epoch()).count()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            }, Qt::QueuedConnection);
        QObject::connect(
            &window, &MainWindow::firstPageFailed, &app,
            [fail](const ApiError &error) { fail(error.userMessage()); }, Qt::QueuedConnection);
        QObject::connect(
            &session, &Session::keyMissing, &app,
            [fail] { fail(QCoreApplication::translate("main", "no admin key (set OPENAI_ADMIN_KEY)")); },
            Qt::QueuedConnection);
        QObject::connect(
            &session, &Session::keychainUnavailable, &app,
            [fail, &session](const QString &message) {
                if (!session.hasKey())
                    fail(message);
            },
            Qt::QueuedConnection);
    }

    // A logout or `kill` closes the window like the user would: settings are saved.
    TerminationWatcher termination;
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &window,
                     [&window] {
                         window.close();
                         QCoreApplication::quit();
                     });

    window.show();
    // After show(): the window is up at once while the keychain is read.
    connectionSetup->start(environmentKey, baseUrl, connectionId);
    return app.exec();
}
