// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// orgdesk-sandbox: the sandbox as a process, for the offline demo, benchmarks and manual tests.
// Prints "orgdesk-sandbox listening on http://127.0.0.1:PORT/v1" as its first line.

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "orgdesk-sandbox: %s\n", qPrintable(message));
    std::exit(2);
}

int intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum) {
        fail(QStringLiteral("--%1 needs an integer of at least %2, not '%3'")
                 .arg(option.names().constFirst())
                 .arg(minimum)
                 .arg(parser.value(option)));
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orgdesk-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local stand-in for the OpenAI Admin API's Projects endpoints, on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption adminKey(QStringLiteral("admin-key"),
                                      QStringLiteral("The admin key to accept (default: the "
                                                     "sandbox's documented key)."),
                                      QStringLiteral("KEY"));
    const QCommandLineOption active(QStringLiteral("active"),
                                    QStringLiteral("Active projects to seed besides the Default "
                                                   "project."),
                                    QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption archived(QStringLiteral("archived"),
                                      QStringLiteral("Archived projects to seed."),
                                      QStringLiteral("M"), QStringLiteral("8"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated organization."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Delay before every answer."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests allowed per window and endpoint "
                                                      "(0: no limit)."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rateLimitWindow(QStringLiteral("rate-limit-window-ms"),
                                             QStringLiteral("Length of the rate-limit window."),
                                             QStringLiteral("MS"), QStringLiteral("60000"));
    const QCommandLineOption rateLimitRetryAfter(
        QStringLiteral("rate-limit-retry-after"),
        QStringLiteral("Send retry-after with rate-limit answers."));
    const QCommandLineOption archiveBug(QStringLiteral("archive-bug"),
                                        QStringLiteral("Answer 400 project_archived to archives "
                                                       "that succeed."));
    const QCommandLineOption log(QStringLiteral("log"),
                                 QStringLiteral("Print a line per request to stderr (never a "
                                                "key)."));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Queue a fault, e.g. \"status=500,method=POST,"
                       "path=/v1/organization/projects,count=2,retry-after=1\"; kinds: status, "
                       "html, truncated-json, empty-body, drop-mid-body, no-response, "
                       "invalid-item. "
                       "Repeatable."),
        QStringLiteral("SPEC"));
    parser.addOptions({port, adminKey, active, archived, seed, latency, rateLimit,
                       rateLimitWindow, rateLimitRetryAfter, archiveBug, log, fault});
    parser.process(app);

    SandboxServer server;
    if (parser.isSet(adminKey))
        server.setAdminKey(parser.value(adminKey));
    bool seedOk = false;
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        fail(QStringLiteral("--seed needs a non-negative integer"));
    server.seed(intOption(parser, active, 0), intOption(parser, archived, 0), seedValue);
    server.setLatency(intOption(parser, latency, 0));
    server.setRateLimit(intOption(parser, rateLimit, 0), parser.isSet(rateLimitRetryAfter),
                        intOption(parser, rateLimitWindow, 1));
    server.setArchiveBug(parser.isSet(archiveBug));
    for (const QString &spec : parser.values(fault)) {
        QString error;
        const std::optional<SandboxFault> parsed = SandboxServer::faultFromSpec(spec, &error);
        if (!parsed)
            fail(QStringLiteral("invalid --fault \"%1\": %2").arg(spec, error));
        server.addFault(*parsed);
    }
    if (parser.isSet(log)) {
        QObject::connect(&server, &SandboxServer::requestHandled, &server,
                         [](const SandboxRequest &request) {
                             const QString query = request.query.isEmpty()
                                 ? QString()
                                 : QLatin1Char('?') + request.query;
                             std::fprintf(stderr, "%s %s%s -> %d auth=%s %s\n",
                                          request.method.constData(), qPrintable(request.path),
                                          qPrintable(query), request.status,
                                          qPrintable(request.authorization),
                                          qPrintable(request.requestId));
                         });
    }

    const int requestedPort = intOption(parser, port, 0);
    if (requestedPort > 65535)
        fail(QStringLiteral("--port must be 0..65535"));
    if (server.listen(quint16(requestedPort)) == 0)
        fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(requestedPort));

    // The first line is what scripts and tests wait for; a pipe would otherwise hold it back.
    std::printf("orgdesk-sandbox listening on %s\n",
                qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
