// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// orgdesk-sandbox: the sandbox as a process, for the offline demo, benchmarks and manual tests.
// Prints "orgdesk-sandbox listening on http://127.0.0.1:PORT/v1" as its first line and
// "control token: TOKEN" as its second.

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

/// An organization of --organization NAME=KEY[,active=N][,archived=M][,seed=S].
struct OrganizationSpec
{
    QString name;
    QString key;
    int active = 0;
    int archived = 0;
    quint32 seed = 1;
};

std::optional<OrganizationSpec> organizationFromSpec(const QString &spec, QString *error)
{
    const QStringList fields = spec.split(QLatin1Char(','));
    OrganizationSpec organization;
    const qsizetype equals = fields.constFirst().indexOf(QLatin1Char('='));
    organization.name = fields.constFirst().left(equals).trimmed();
    organization.key = equals < 0 ? QString() : fields.constFirst().mid(equals + 1).trimmed();
    if (organization.name.isEmpty() || organization.key.isEmpty()) {
        *error = QStringLiteral("it must start with NAME=KEY");
        return std::nullopt;
    }
    for (const QString &field : fields.mid(1)) {
        const QString key = field.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const uint value = field.section(QLatin1Char('='), 1).trimmed().toUInt(&ok);
        if (!ok || (key != QLatin1String("seed") && value > 500000)) {
            *error = QStringLiteral("'%1' needs a non-negative integer").arg(key);
            return std::nullopt;
        }
        if (key == QLatin1String("active")) {
            organization.active = int(value);
        } else if (key == QLatin1String("archived")) {
            organization.archived = int(value);
        } else if (key == QLatin1String("seed")) {
            organization.seed = value;
        } else {
            *error = QStringLiteral("unknown key '%1' (active, archived, seed)").arg(key);
            return std::nullopt;
        }
    }
    return organization;
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
                       "invalid-item, cursor-cycle, empty-more, repeat-rows, close, gzip, "
                       "oversize, redirect. Repeatable."),
        QStringLiteral("SPEC"));
    const QCommandLineOption organization(
        QStringLiteral("organization"),
        QStringLiteral("Add an organization reached with its own admin key, e.g. "
                       "\"second=sk-admin-second,active=20,archived=3,seed=2\". Repeatable."),
        QStringLiteral("NAME=KEY[,active=N][,archived=M][,seed=S]"));
    const QCommandLineOption controlToken(
        QStringLiteral("control-token"),
        QStringLiteral("The token the control endpoint asks for in x-sandbox-token (default: a "
                       "random one, printed on the second line)."),
        QStringLiteral("TOKEN"));
    parser.addOptions({port, adminKey, active, archived, seed, latency, rateLimit,
                       rateLimitWindow, rateLimitRetryAfter, archiveBug, log, fault,
                       organization, controlToken});
    parser.process(app);

    SandboxServer server;
    if (parser.isSet(adminKey))
        server.setAdminKey(parser.value(adminKey));
    bool seedOk = false;
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        fail(QStringLiteral("--seed needs a non-negative integer"));
    server.seed(intOption(parser, active, 0), intOption(parser, archived, 0), seedValue);
    for (const QString &spec : parser.values(organization)) {
        QString error;
        const std::optional<OrganizationSpec> parsed = organizationFromSpec(spec, &error);
        if (!parsed)
            fail(QStringLiteral("invalid --organization \"%1\": %2").arg(spec, error));
        const int before = server.projectCountOf(parsed->name);
        server.addOrganization(parsed->name, parsed->key, parsed->active, parsed->archived,
                               parsed->seed);
        if (before > 0 || server.projectCountOf(parsed->name) == 0)
            fail(QStringLiteral("--organization \"%1\": the name or the key is taken already")
                     .arg(parsed->name));
    }
    if (parser.isSet(controlToken)) {
        if (parser.value(controlToken).isEmpty())
            fail(QStringLiteral("--control-token must not be empty"));
        server.setControlToken(parser.value(controlToken));
    }
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
    std::printf("orgdesk-sandbox listening on %s\ncontrol token: %s\n",
                qPrintable(server.baseUrl().toString()), qPrintable(server.controlToken()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
