// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// orgdesk-bench: runs ONE measurement of OrgDesk against a running orgdesk-sandbox and prints
// one JSON line. scripts/bench starts the sandbox, runs this many times and makes the table.
//
//   orgdesk-bench listing|stall|memory|search|tasks|ratelimit|bulkratelimits --base-url URL [options]
//
// The key comes from --key, else $OPENAI_ADMIN_KEY, else the sandbox's documented key.
// --control-token is the token the sandbox printed at start (its control endpoint wants it).

#include "benchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace {

int intValue(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Its own settings, never those of a real OrgDesk (the window saves its state on close).
    QCoreApplication::setOrganizationName(QStringLiteral("OrgDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("OrgDesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs one OrgDesk measurement against orgdesk-sandbox and prints one JSON line.\n"
        "Commands: %1").arg(Benchmark::commands().join(QLatin1String(", "))));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to measure."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("The sandbox's API base URL."),
                                     QStringLiteral("url"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("The admin key (default: $OPENAI_ADMIN_KEY)."),
                                 QStringLiteral("key"));
    const QCommandLineOption controlToken(QStringLiteral("control-token"),
                                          QStringLiteral("The token the sandbox printed at start, for its "
                                                         "control endpoint (x-sandbox-token)."),
                                          QStringLiteral("token"));
    const QCommandLineOption ui(QStringLiteral("ui"),
                                QStringLiteral("main: the real main window (default); bare: model and "
                                               "filter under a plain QTableView."),
                                QStringLiteral("main|bare"), QStringLiteral("main"));
    const QCommandLineOption expect(QStringLiteral("expect"),
                                    QStringLiteral("Projects a complete listing must hold."),
                                    QStringLiteral("N"), QStringLiteral("-1"));
    const QCommandLineOption query(QStringLiteral("query"), QStringLiteral("What search types."),
                                   QStringLiteral("text"), QStringLiteral("Payments"));
    const QCommandLineOption sortBy(QStringLiteral("sort"),
                                    QStringLiteral("search: sort by this column (ascending) before typing; "
                                                   "default: the window's own order, newest first."),
                                    QStringLiteral("name|id|status|created|archived"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests per window the sandbox allows."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption window(QStringLiteral("rate-limit-window-ms"),
                                    QStringLiteral("The sandbox's rate-limit window; the client paces for it."),
                                    QStringLiteral("ms"), QStringLiteral("60000"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Give up after this long."),
                                     QStringLiteral("s"), QStringLiteral("600"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("export: the file's format."),
                                    QStringLiteral("csv|json"), QStringLiteral("csv"));
    const QCommandLineOption hidden(QStringLiteral("hidden"),
                                    QStringLiteral("Diagnosis: never show the window (nothing is painted)."));
    const QCommandLineOption cacheFile(QStringLiteral("cache-file"),
                                       QStringLiteral("costs: the listing cache's file, kept between "
                                                      "runs as between two starts (issue #19)."),
                                       QStringLiteral("path"));
    parser.addOptions({baseUrl, key, controlToken, ui, expect, query, sortBy, rateLimit, window, timeout,
                       hidden, format, cacheFile});
    parser.process(app);

    BenchOptions options;
    options.command = parser.positionalArguments().value(0);
    if (!Benchmark::commands().contains(options.command)) {
        std::fprintf(stderr, "orgdesk-bench: the command must be one of: %s\n",
                     qPrintable(Benchmark::commands().join(QLatin1String(", "))));
        return 2;
    }
    options.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
    if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty()) {
        std::fprintf(stderr, "orgdesk-bench: --base-url needs the sandbox's URL\n");
        return 2;
    }
    options.key = parser.isSet(key) ? parser.value(key) : qEnvironmentVariable("OPENAI_ADMIN_KEY");
    if (options.key.isEmpty())
        options.key = QStringLiteral("sk-admin-sandbox-0123456789abcdef");
    options.controlToken = parser.value(controlToken);
    if (!AppUnderTest::shapeFromName(parser.value(ui), &options.shape)) {
        std::fprintf(stderr, "orgdesk-bench: --ui is main or bare\n");
        return 2;
    }
    options.expectedProjects = intValue(parser, expect, -1);
    options.query = parser.value(query);
    options.exportJson = parser.value(format) == QLatin1String("json");
    if (parser.isSet(sortBy)) {
        const QStringList columns{QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("status"),
                                  QStringLiteral("created"), QStringLiteral("archived")};
        options.sortColumn = int(columns.indexOf(parser.value(sortBy)));
        if (options.sortColumn < 0) {
            std::fprintf(stderr, "orgdesk-bench: --sort must be one of: %s\n",
                         qPrintable(columns.join(QLatin1String(", "))));
            return 2;
        }
    }
    options.rateLimit = intValue(parser, rateLimit, 0);
    options.rateLimitWindowMs = std::max(1, intValue(parser, window, 60000));
    options.timeoutSeconds = std::max(1, intValue(parser, timeout, 600));
    options.hidden = parser.isSet(hidden);
    options.cacheFile = parser.value(cacheFile);

    Benchmark benchmark(options);
    QTimer::singleShot(0, &benchmark, &Benchmark::start);
    return QApplication::exec();
}
