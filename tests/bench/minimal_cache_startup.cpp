// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The instant-start yardstick (issue #18): the least a Qt Widgets program does to show the
// projects of a listing cache. It opens the SQLite file, reads every row of the connection
// into a QSqlQueryModel, shows them in a QTableView and quits once they are painted. OrgDesk's
// `--quit-after-first-rows` with the same file, while the sandbox answers after 2 s, is timed
// against it, process start to exit.
//
//   orgdesk-minimal-cache-startup --file PATH

#include <QApplication>
#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTimer>

#include <chrono>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("The cache file."),
                                  QStringLiteral("path"));
    parser.addOption(file);
    parser.process(app);

    QTableView view;
    view.resize(1000, 700);
    view.show();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(parser.value(file));
    QSqlQueryModel model;
    if (db.open()) {
        model.setQuery(QStringLiteral("SELECT name, id, status, created_at FROM project "
                                      "WHERE connection = 'environment' ORDER BY position"),
                       db);
        while (model.canFetchMore())
            model.fetchMore(); // every row, as OrgDesk reads them all
    }
    if (model.rowCount() == 0) {
        std::fprintf(stderr, "minimal_cache_startup: no rows: %s\n",
                     qPrintable(model.lastError().text()));
        return 1;
    }
    view.setModel(&model);
    // Queued: after the rows are in; then painted, as OrgDesk does for --quit-after-first-rows.
    QTimer::singleShot(0, qApp, [&view] {
        view.viewport()->repaint(); // shown: painted, as OrgDesk's are when it says so
        std::printf("shown-at-ns %lld\n", qint64(std::chrono::nanoseconds(
            std::chrono::steady_clock::now().time_since_epoch()).count()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return QApplication::exec();
}
