// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The sandbox against a plain QNetworkAccessManager, over real HTTP on loopback: every rule of
// the API it imitates, every fault it can inject, its control endpoint and its executable.

#include "projectstore.h"
#include "sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

#include <functional>
#include <memory>
#include <optional>

namespace {

const QByteArray adminKey = QByteArray(SandboxServer::DefaultAdminKey);
const QByteArray wrongKey = QByteArrayLiteral("sk-admin-WRONGWRONGWRONG-0000000000");
const QByteArray projectKey = QByteArrayLiteral("sk-proj-abcdefABCDEF0123456789");
const QString listPath = QStringLiteral("/v1/organization/projects");
constexpr qint64 startMs = 1790000000000; // 2026-09-21, after the seeding anchor

QByteArray bearer(const QByteArray &key)
{
    return "Bearer " + key;
}

QString projectPath(const QString &id)
{
    return listPath + QLatin1Char('/') + id;
}

QString archivePath(const QString &id)
{
    return projectPath(id) + QStringLiteral("/archive");
}

QByteArray nameBody(const QString &name)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson();
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// What the client got for one request.
struct Answer
{
    int status = -1; ///< -1: no HTTP status (network error or no answer in time)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false;
    QByteArray body;
    QJsonDocument json;
    QList<QNetworkReply::RawHeaderPair> headers;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    [[nodiscard]] bool hasHeader(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    [[nodiscard]] QJsonObject object() const { return json.object(); }
    [[nodiscard]] QJsonObject errorObject() const
    {
        return json.object().value(QLatin1String("error")).toObject();
    }
    [[nodiscard]] QJsonArray data() const
    {
        return json.object().value(QLatin1String("data")).toArray();
    }
};

/// Whether @p answer is what a client gets for a body cut off after its headers: a network
/// error, or, in a race of Qt 6.4's HTTP/1 code (about once in 300 under load: the socket is
/// already closed when Qt reads the bytes), a "successful" reply with fewer bytes than its
/// Content-Length announced. Either way the whole body never arrives.
bool cutShort(const Answer &answer)
{
    if (answer.error == QNetworkReply::RemoteHostClosedError)
        return true;
    return answer.error == QNetworkReply::NoError && answer.hasHeader("content-length")
        && answer.body.size() < answer.header("content-length").toLongLong();
}

/// Empty when @p answer carries the API's error shape; otherwise what is wrong.
QString errorShapeProblem(const Answer &answer)
{
    if (!answer.json.isObject())
        return QStringLiteral("not a JSON object: ") + QString::fromUtf8(answer.body);
    if (answer.object().keys() != strings({"error"}))
        return QStringLiteral("top-level keys are not just 'error': ")
            + QString::fromUtf8(answer.body);
    const QJsonObject error = answer.errorObject();
    if (error.keys() != strings({"code", "message", "param", "type"}))
        return QStringLiteral("error keys: ") + error.keys().join(QLatin1Char(','));
    if (!error.value(QLatin1String("message")).isString()
        || error.value(QLatin1String("message")).toString().isEmpty())
        return QStringLiteral("message is not a non-empty string");
    if (!error.value(QLatin1String("type")).isString())
        return QStringLiteral("type is not a string");
    for (const char *key : {"param", "code"}) {
        const QJsonValue value = error.value(QLatin1String(key));
        if (!value.isString() && !value.isNull())
            return QStringLiteral("%1 is neither a string nor null").arg(QLatin1String(key));
    }
    return {};
}

/// Empty when @p answer has a well-formed x-request-id and the expected content type.
QString headerProblem(const Answer &answer,
                      const QByteArray &contentType = QByteArrayLiteral("application/json"))
{
    static const QRegularExpression requestId(QStringLiteral("^req_[0-9a-f]{32}$"));
    const QString id = QString::fromLatin1(answer.header("x-request-id"));
    if (!requestId.match(id).hasMatch())
        return QStringLiteral("bad x-request-id '%1'").arg(id);
    if (!answer.header("content-type").startsWith(contentType)) {
        return QStringLiteral("content-type '%1', expected '%2'")
            .arg(QString::fromLatin1(answer.header("content-type")),
                 QString::fromLatin1(contentType));
    }
    return {};
}

/// Empty when @p object is a well-formed Project; otherwise what is wrong.
QString projectShapeProblem(const QJsonObject &object)
{
    static const QRegularExpression id(QStringLiteral("^proj_[A-Za-z0-9]{24}$"));
    if (object.keys() != strings({"archived_at", "created_at", "id", "name", "object", "status"}))
        return QStringLiteral("keys: ") + object.keys().join(QLatin1Char(','));
    if (!id.match(object.value(QLatin1String("id")).toString()).hasMatch())
        return QStringLiteral("bad id ") + object.value(QLatin1String("id")).toString();
    if (object.value(QLatin1String("object")).toString() != QLatin1String("organization.project"))
        return QStringLiteral("bad object");
    if (!object.value(QLatin1String("created_at")).isDouble())
        return QStringLiteral("created_at is not a number");
    const QJsonValue archivedAt = object.value(QLatin1String("archived_at"));
    const QString status = object.value(QLatin1String("status")).toString();
    if (archivedAt.isNull() ? status != QLatin1String("active")
                            : status != QLatin1String("archived"))
        return QStringLiteral("status '%1' does not fit archived_at").arg(status);
    if (!archivedAt.isNull()
        && archivedAt.toInteger() <= object.value(QLatin1String("created_at")).toInteger())
        return QStringLiteral("archived_at is not after created_at");
    return {};
}

QStringList idsOf(const QJsonArray &projects)
{
    QStringList ids;
    for (const QJsonValue &project : projects)
        ids.append(project.toObject().value(QLatin1String("id")).toString());
    return ids;
}

QStringList idsOf(const QList<SandboxProject> &projects, bool includeArchived = true)
{
    QStringList ids;
    for (const SandboxProject &project : projects) {
        if (includeArchived || !project.archivedAt)
            ids.append(project.id);
    }
    return ids;
}

/// "?limit=N", with "&after=" @p after unless it is empty.
QString pageQuery(int limit, const QString &after)
{
    QString query = QStringLiteral("?limit=%1").arg(limit);
    if (!after.isEmpty())
        query += QStringLiteral("&after=") + after;
    return query;
}

bool looksLikeProjectId(const QJsonValue &value)
{
    static const QRegularExpression id(QStringLiteral("^proj_[A-Za-z0-9]{24}$"));
    return value.isString() && id.match(value.toString()).hasMatch();
}

/// The whole of one gzip member, inflated by zlib (which checks the CRC32 and the length in
/// the trailer); nothing if @p data is not exactly one complete, valid gzip member.
std::optional<QByteArray> gunzip(const QByteArray &data)
{
    z_stream zip{};
    if (inflateInit2(&zip, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    zip.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zip.avail_in = uInt(data.size());
    QByteArray inflated;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    int result = Z_OK;
    while (result == Z_OK) {
        zip.next_out = reinterpret_cast<Bytef *>(buffer.data());
        zip.avail_out = uInt(buffer.size());
        result = inflate(&zip, Z_NO_FLUSH);
        inflated.append(buffer.constData(), buffer.size() - qsizetype(zip.avail_out));
    }
    const bool complete = result == Z_STREAM_END && zip.avail_in == 0;
    inflateEnd(&zip);
    return complete ? std::optional<QByteArray>(inflated) : std::nullopt;
}

/// A figure of /proc/<pid>/status in KiB ("VmHWM", the peak resident memory...); -1 where
/// /proc cannot tell.
qint64 procStatusKiB(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

/// Starts the sandbox executable with @p arguments; the two lines it prints once it listens
/// (fewer if it printed them not in time).
QStringList startExecutable(QProcess &process, const QStringList &arguments)
{
    process.setProgram(QStringLiteral(ORGDESK_SANDBOX_EXECUTABLE));
    process.setArguments(arguments);
    process.start();
    QStringList lines;
    if (!process.waitForStarted(20000))
        return lines;
    while (lines.size() < 2
           && QTest::qWaitFor([&process] { return process.canReadLine(); }, 20000))
        lines.append(QString::fromUtf8(process.readLine()));
    return lines;
}

/// The port in the executable's first line, exactly as scripts parse it; 0 if it is not so.
int portOfFirstLine(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^orgdesk-sandbox listening on http://127\\.0\\.0\\.1:(\\d+)/v1\\n$"));
    return pattern.match(line).captured(1).toInt();
}

} // namespace

class tst_Sandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void authorization_data();
    void authorization();
    void customAdminKey();
    void logNeverContainsAKey();

    void listValidation_data();
    void listValidation();
    void listEnvelopeAndDefaults();
    void listHidesArchivedUnlessAsked();
    void emptyPageHasNullIds();
    void paginationWalk_data();
    void paginationWalk();
    void sameSecondIsOrderedById();

    void create();
    void createRejects_data();
    void createRejects();
    void retrieve();
    void modify();
    void modifyRejects_data();
    void modifyRejects();
    void archive();
    void archiveRejects_data();
    void archiveRejects();

    void unknownRoutesAndWrongMethods_data();
    void unknownRoutesAndWrongMethods();
    void everyAnswerHasARequestId();
    void requestLog();

    void faultKinds_data();
    void faultKinds();
    void noResponseLetsTheClientTimeOut();
    void faultCountAndMatching();
    void faultAfterEffect_data();
    void faultAfterEffect();
    void faultSpecParsing_data();
    void faultSpecParsing();
    void faultWithAChosenMessage();

    void latencyDelaysWithoutBlocking();
    void latencyAnswerToAClientThatLeft();
    void destroyedWithAParkedConnection();

    void rateLimit_data();
    void rateLimit();
    void archiveBug();

    void controlEndpoint();
    void controlGuard_data();
    void controlGuard();
    void controlGuardWithoutHost();
    void controlToken();
    void controlOrganizations();

    void organizationsAreSeparate();
    void organizationsNeverShareIds();
    void organizationsRefuseTakenNamesAndKeys();
    void rateLimitPerOrganization();

    void cursorCycle_data();
    void cursorCycle();
    void emptyPageWithMore();
    void repeatRows();
    void closeAfterReadingThePost_data();
    void closeAfterReadingThePost();
    void closeAfterEffect();
    void gzip_data();
    void gzip();
    void gzipMeetsQtsRatioGuard();
    void oversize();
    void streamedBodiesStayOutOfMemory_data();
    void streamedBodiesStayOutOfMemory();
    void redirect_data();
    void redirect();
    void statusFaultParam();

    void seedingIsDeterministic();
    void seededOrganizationLooksReal();
    void tenThousandProjects();
    void fiftyThousandProjects();

    void executable();
    void executableOptions();

private:
    /// One request to @p url; waits for the answer (or a network error) at most 30 s.
    Answer callUrl(const QByteArray &method, const QUrl &url, const QByteArray &body,
                   const QByteArray &authorization, int transferTimeoutMs = 0,
                   const QByteArray &userAgent = QByteArrayLiteral("tst_sandbox/1.0"),
                   const Headers &extraHeaders = {});
    /// One request to the in-process sandbox, with the admin key unless told otherwise.
    Answer call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                const QByteArray &authorization = bearer(adminKey));
    QNetworkReply *send(const QByteArray &method, const QString &pathAndQuery,
                        const QByteArray &body = {});
    /// One control request with the control token and the sandbox's own Host, never a key.
    Answer control(const QByteArray &method, const QString &path, const QByteArray &body = {});
    /// The URL of @p pathAndQuery on the in-process sandbox.
    QUrl urlOf(const QString &pathAndQuery) const;
    /// Walks every page with limit 100; nothing if a page fails.
    std::optional<QStringList> walk(bool includeArchived, int *pages = nullptr);

    qint64 m_now = startMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SandboxServer> m_server;
};

void tst_Sandbox::init()
{
    m_now = startMs;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<SandboxServer>();
    m_server->setClock([this] { return m_now; });
    QVERIFY(m_server->listen() != 0);
    QCOMPARE(m_server->baseUrl(),
             QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->port())));
}

void tst_Sandbox::cleanup()
{
    m_server.reset();
    m_network.reset();
}

Answer tst_Sandbox::callUrl(const QByteArray &method, const QUrl &url, const QByteArray &body,
                            const QByteArray &authorization, int transferTimeoutMs,
                            const QByteArray &userAgent, const Headers &extraHeaders)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setRawHeader("User-Agent", userAgent);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);

    Answer answer;
    answer.finished = reply->isFinished();
    if (!answer.finished)
        reply->abort();
    answer.error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    answer.status = status.isValid() ? status.toInt() : -1;
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body);
    answer.headers = reply->rawHeaderPairs();
    return answer;
}

QUrl tst_Sandbox::urlOf(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(pathAndQuery));
}

Answer tst_Sandbox::call(const QByteArray &method, const QString &pathAndQuery,
                         const QByteArray &body, const QByteArray &authorization)
{
    return callUrl(method, urlOf(pathAndQuery), body, authorization);
}

QNetworkReply *tst_Sandbox::send(const QByteArray &method, const QString &pathAndQuery,
                                 const QByteArray &body)
{
    QNetworkRequest request(urlOf(pathAndQuery));
    request.setRawHeader("Authorization", bearer(adminKey));
    return m_network->sendCustomRequest(request, method, body);
}

Answer tst_Sandbox::control(const QByteArray &method, const QString &path,
                            const QByteArray &body)
{
    return callUrl(method, urlOf(path), body, {}, 0, QByteArrayLiteral("tst_sandbox/1.0"),
                   {{"x-sandbox-token", m_server->controlToken().toLatin1()}});
}

std::optional<QStringList> tst_Sandbox::walk(bool includeArchived, int *pages)
{
    QStringList ids;
    QString after;
    int pageCount = 0;
    for (;;) {
        QString query
            = QStringLiteral("?limit=100&include_archived=%1")
                  .arg(includeArchived ? QStringLiteral("true") : QStringLiteral("false"));
        if (!after.isEmpty())
            query += QStringLiteral("&after=") + after;
        const Answer page = call("GET", listPath + query);
        if (page.status != 200 || pageCount > 10000)
            return std::nullopt;
        ++pageCount;
        const QJsonArray data = page.data();
        ids += idsOf(data);
        if (!page.object().value(QLatin1String("has_more")).toBool())
            break;
        after = page.object().value(QLatin1String("last_id")).toString();
        if (data.isEmpty() || after != ids.last())
            return std::nullopt;
    }
    if (pages)
        *pages = pageCount;
    return ids;
}

// --- Authorization --------------------------------------------------------------------------

void tst_Sandbox::authorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("authCase");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("no Authorization header")
        << QByteArray() << 401 << QStringLiteral("missing") << QString()
        << QStringLiteral("didn't provide an API key");
    QTest::newRow("Basic scheme") << QByteArrayLiteral("Basic dXNlcjpwYXNzd29yZA==") << 401
                                  << QStringLiteral("malformed") << QString()
                                  << QStringLiteral("didn't provide an API key");
    QTest::newRow("Bearer without a key")
        << QByteArrayLiteral("Bearer") << 401 << QStringLiteral("malformed") << QString()
        << QStringLiteral("didn't provide an API key");
    QTest::newRow("wrong admin key")
        << bearer(wrongKey) << 401 << QStringLiteral("wrong") << QStringLiteral("invalid_api_key")
        << QStringLiteral("Incorrect API key provided");
    QTest::newRow("admin key with a typo")
        << bearer(adminKey + "x") << 401 << QStringLiteral("wrong")
        << QStringLiteral("invalid_api_key") << QStringLiteral("Incorrect API key provided");
    QTest::newRow("project key") << bearer(projectKey) << 403 << QStringLiteral("project-key")
                                 << QString()
                                 << QStringLiteral("Missing scopes: api.management.read");
    QTest::newRow("admin key") << bearer(adminKey) << 200 << QStringLiteral("ok") << QString()
                               << QString();
    QTest::newRow("admin key, lower-case scheme") << QByteArray("bearer " + adminKey) << 200
                                                  << QStringLiteral("ok") << QString() << QString();
}

void tst_Sandbox::authorization()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, authCase);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    const Answer list = call("GET", listPath, {}, header);
    QCOMPARE(list.status, status);
    QVERIFY2(headerProblem(list).isEmpty(), qPrintable(headerProblem(list)));
    QCOMPARE(m_server->requests().constLast().authorization, authCase);
    if (status != 200) {
        QVERIFY2(errorShapeProblem(list).isEmpty(), qPrintable(errorShapeProblem(list)));
        QCOMPARE(list.errorObject().value(QLatin1String("code")).toString(), code);
        QCOMPARE(list.errorObject().value(QLatin1String("code")).isNull(), code.isNull());
        QVERIFY2(
            list.errorObject().value(QLatin1String("message")).toString().contains(messagePart),
            list.body.constData());
    }

    // The same goes for a write, and a refused one changes nothing.
    const int before = m_server->projectCount();
    const Answer create = call("POST", listPath, nameBody(QStringLiteral("Auth check")), header);
    QCOMPARE(create.status, status);
    QCOMPARE(m_server->projectCount(), before + (status == 200 ? 1 : 0));
    QCOMPARE(m_server->requests().constLast().authorization, authCase);
}

void tst_Sandbox::customAdminKey()
{
    const QByteArray custom = QByteArrayLiteral("sk-admin-custom-key-for-this-test");
    m_server->setAdminKey(QString::fromLatin1(custom));
    QCOMPARE(call("GET", listPath, {}, bearer(custom)).status, 200);
    const Answer old = call("GET", listPath, {}, bearer(adminKey));
    QCOMPARE(old.status, 401);
    QCOMPARE(old.errorObject().value(QLatin1String("code")).toString(),
             QStringLiteral("invalid_api_key"));
}

void tst_Sandbox::logNeverContainsAKey()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const QList<QByteArray> keys{adminKey, wrongKey, projectKey};
    for (const QByteArray &key : keys) {
        call("GET", listPath + QStringLiteral("?limit=5"), {}, bearer(key));
        call("POST", listPath, nameBody(QStringLiteral("Named after ") + QString::fromLatin1(key)),
             bearer(key));
        // A key pasted into a cursor or a header other than Authorization.
        call("GET", listPath + QStringLiteral("?after=") + QString::fromLatin1(key), {},
             bearer(key));
        callUrl("GET",
                QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(listPath)),
                {}, bearer(key), 0, "agent " + key);
    }
    const QList<SandboxRequest> log = m_server->requests();
    QCOMPARE(log.size(), 12);
    QCOMPARE(handled.size(), 12);

    const auto fieldsOf = [](const SandboxRequest &request) {
        return QStringList{QString::fromLatin1(request.method),
                           request.path,
                           request.query,
                           QString::fromUtf8(request.body),
                           request.authorization,
                           request.userAgent,
                           request.contentType,
                           request.requestId,
                           request.at.toString(Qt::ISODateWithMs)};
    };
    QList<SandboxRequest> everything = log;
    for (const QList<QVariant> &signal : std::as_const(handled))
        everything.append(signal.constFirst().value<SandboxRequest>());
    const Answer logged = control("GET", QStringLiteral("/__sandbox/requests"));
    QCOMPARE(logged.status, 200);
    QCOMPARE(logged.data().size(), 12);

    for (const QByteArray &key : keys) {
        const QString text = QString::fromLatin1(key);
        for (const SandboxRequest &request : std::as_const(everything)) {
            for (const QString &field : fieldsOf(request))
                QVERIFY2(!field.contains(text), qPrintable(QStringLiteral("logged: ") + field));
        }
        QVERIFY2(!logged.body.contains(key), logged.body.constData());
    }
    // The redaction leaves a trace, so a reader knows something was there.
    QVERIFY(log.at(1).body.contains("[redacted]"));
    QVERIFY(log.at(3).userAgent.contains(QStringLiteral("[redacted]")));
}

// --- List -----------------------------------------------------------------------------------

void tst_Sandbox::listValidation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("param"); // null: the request is valid
    QTest::addColumn<QString>("code");

    const QString limit = QStringLiteral("limit");
    const QString after = QStringLiteral("after");
    const QString archived = QStringLiteral("include_archived");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << limit
                             << QStringLiteral("integer_below_min_value");
    QTest::newRow("limit -5") << QStringLiteral("limit=-5") << limit
                              << QStringLiteral("integer_below_min_value");
    QTest::newRow("limit 101") << QStringLiteral("limit=101") << limit
                               << QStringLiteral("integer_above_max_value");
    QTest::newRow("limit beyond 64 bits") << QStringLiteral("limit=99999999999999999999999")
                                          << limit << QStringLiteral("integer_above_max_value");
    QTest::newRow("limit text") << QStringLiteral("limit=abc") << limit
                                << QStringLiteral("invalid_type");
    QTest::newRow("limit decimal")
        << QStringLiteral("limit=2.5") << limit << QStringLiteral("invalid_type");
    QTest::newRow("limit empty") << QStringLiteral("limit=") << limit
                                 << QStringLiteral("invalid_type");
    QTest::newRow("limit with a plus sign")
        << QStringLiteral("limit=%2B5") << limit << QStringLiteral("invalid_type");
    QTest::newRow("after unknown id") << QStringLiteral("after=proj_doesnotexist0000000000")
                                      << after << QStringLiteral("invalid_value");
    QTest::newRow("after empty") << QStringLiteral("after=") << after
                                 << QStringLiteral("invalid_value");
    QTest::newRow("include_archived TRUE")
        << QStringLiteral("include_archived=TRUE") << archived << QStringLiteral("invalid_value");
    QTest::newRow("include_archived 1")
        << QStringLiteral("include_archived=1") << archived << QStringLiteral("invalid_value");
    QTest::newRow("include_archived yes")
        << QStringLiteral("include_archived=yes") << archived << QStringLiteral("invalid_value");
    QTest::newRow("include_archived empty")
        << QStringLiteral("include_archived=") << archived << QStringLiteral("invalid_value");

    QTest::newRow("limit 1") << QStringLiteral("limit=1") << QString() << QString();
    QTest::newRow("limit 100") << QStringLiteral("limit=100") << QString() << QString();
    QTest::newRow("include_archived true")
        << QStringLiteral("include_archived=true") << QString() << QString();
    QTest::newRow("include_archived false")
        << QStringLiteral("include_archived=false") << QString() << QString();
    QTest::newRow("all three") << QStringLiteral("limit=7&include_archived=true&after=%1")
                               << QString() << QString();
    QTest::newRow("unknown parameter ignored")
        << QStringLiteral("order=asc") << QString() << QString();
}

void tst_Sandbox::listValidation()
{
    QFETCH(QString, query);
    QFETCH(QString, param);
    QFETCH(QString, code);

    m_server->seed(10, 2, 1);
    if (query.contains(QLatin1String("%1")))
        query = query.arg(m_server->projects().constFirst().id);
    const Answer answer = call("GET", listPath + QLatin1Char('?') + query);
    QVERIFY2(headerProblem(answer).isEmpty(), qPrintable(headerProblem(answer)));
    if (param.isNull()) {
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object().value(QLatin1String("object")).toString(), QStringLiteral("list"));
        return;
    }
    QCOMPARE(answer.status, 400);
    QVERIFY2(errorShapeProblem(answer).isEmpty(), qPrintable(errorShapeProblem(answer)));
    const QJsonObject error = answer.errorObject();
    QCOMPARE(error.value(QLatin1String("type")).toString(),
             QStringLiteral("invalid_request_error"));
    QCOMPARE(error.value(QLatin1String("param")).toString(), param);
    QCOMPARE(error.value(QLatin1String("code")).toString(), code);
}

void tst_Sandbox::listEnvelopeAndDefaults()
{
    m_server->seed(30, 5, 2);
    const Answer answer = call("GET", listPath);
    QCOMPARE(answer.status, 200);
    QVERIFY2(headerProblem(answer).isEmpty(), qPrintable(headerProblem(answer)));
    const QJsonObject list = answer.object();
    QCOMPARE(list.keys(), strings({"data", "first_id", "has_more", "last_id", "object"}));
    QCOMPARE(list.value(QLatin1String("object")).toString(), QStringLiteral("list"));
    const QJsonArray data = answer.data();
    QCOMPARE(data.size(), 20); // the default limit
    QCOMPARE(list.value(QLatin1String("has_more")).toBool(), true);
    QCOMPARE(list.value(QLatin1String("first_id")).toString(),
             data.first().toObject().value(QLatin1String("id")).toString());
    QCOMPARE(list.value(QLatin1String("last_id")).toString(),
             data.last().toObject().value(QLatin1String("id")).toString());
    for (const QJsonValue &project : data) {
        const QString problem = projectShapeProblem(project.toObject());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(idsOf(data), idsOf(m_server->projects(), false).mid(0, 20));

    // The JSON says what the store holds.
    const QJsonObject first = data.first().toObject();
    const SandboxProject stored = *m_server->project(first.value(QLatin1String("id")).toString());
    QCOMPARE(first.value(QLatin1String("name")).toString(), stored.name);
    QCOMPARE(first.value(QLatin1String("created_at")).toInteger(), stored.createdAt);
}

void tst_Sandbox::listHidesArchivedUnlessAsked()
{
    m_server->seed(3, 4, 3);
    const Answer active = call("GET", listPath);
    QCOMPARE(active.status, 200);
    QCOMPARE(active.data().size(), 4); // three plus the Default project
    for (const QJsonValue &project : active.data())
        QCOMPARE(project.toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("active"));

    const Answer all = call("GET", listPath + QStringLiteral("?include_archived=true"));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.data().size(), 8);
    int archived = 0;
    for (const QJsonValue &value : all.data()) {
        const QJsonObject project = value.toObject();
        const QString problem = projectShapeProblem(project);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        archived += project.value(QLatin1String("status")).toString() == QLatin1String("archived");
    }
    QCOMPARE(archived, 4);
    QCOMPARE(idsOf(all.data()), idsOf(m_server->projects()));
}

void tst_Sandbox::emptyPageHasNullIds()
{
    m_server->seed(5, 0, 4);
    const QString oldest = m_server->projects().constLast().id;
    const Answer answer = call("GET", listPath + QStringLiteral("?after=") + oldest);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.data().isEmpty());
    QVERIFY(answer.object().value(QLatin1String("first_id")).isNull());
    QVERIFY(answer.object().value(QLatin1String("last_id")).isNull());
    QCOMPARE(answer.object().value(QLatin1String("has_more")).toBool(), false);

    // A cursor on an archived project still works while archived ones are hidden.
    const SandboxProject hidden
        = m_server->addProject(QStringLiteral("Hidden"), startMs / 1000 - 50, true);
    const Answer afterHidden = call("GET", listPath + QStringLiteral("?after=") + hidden.id);
    QCOMPARE(afterHidden.status, 200);
    QCOMPARE(idsOf(afterHidden.data()), idsOf(m_server->projects(), false));
}

void tst_Sandbox::paginationWalk_data()
{
    QTest::addColumn<bool>("includeArchived");
    QTest::newRow("active only") << false;
    QTest::newRow("with archived") << true;
}

void tst_Sandbox::paginationWalk()
{
    QFETCH(bool, includeArchived);
    m_server->seed(250, 40, 3);
    int pages = 0;
    const std::optional<QStringList> ids = walk(includeArchived, &pages);
    QVERIFY(ids);
    const QStringList expected = idsOf(m_server->projects(), includeArchived);
    QCOMPARE(expected.size(), includeArchived ? 291 : 251);
    QCOMPARE(*ids, expected);
    QCOMPARE(QSet<QString>(ids->cbegin(), ids->cend()).size(), ids->size());
    QCOMPARE(pages, 3);

    // Newest first, ties by id.
    const QList<SandboxProject> all = m_server->projects();
    for (qsizetype i = 1; i < all.size(); ++i) {
        const SandboxProject &newer = all.at(i - 1);
        const SandboxProject &older = all.at(i);
        QVERIFY(newer.createdAt > older.createdAt
                || (newer.createdAt == older.createdAt && newer.id < older.id));
    }
}

void tst_Sandbox::sameSecondIsOrderedById()
{
    const qint64 second = startMs / 1000 - 100;
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(m_server->addProject(QStringLiteral("Twin %1").arg(i), second).id);
    ids.sort();
    QStringList seen;
    QString after;
    for (int i = 0; i < 10; ++i) {
        const Answer page
            = call("GET",
                   listPath + QStringLiteral("?limit=1")
                       + (after.isEmpty() ? QString() : QStringLiteral("&after=") + after));
        QCOMPARE(page.status, 200);
        seen += idsOf(page.data());
        if (!page.object().value(QLatin1String("has_more")).toBool())
            break;
        after = page.object().value(QLatin1String("last_id")).toString();
    }
    QCOMPARE(seen.mid(0, 5), ids);
    QCOMPARE(seen.size(), 6); // and the Default project last
}

// --- Create, retrieve, modify, archive ------------------------------------------------------

void tst_Sandbox::create()
{
    m_server->seed(5, 1, 5);
    const QString name = QStringLiteral("Billing API — staging (EU) ✓");
    const Answer created = call("POST", listPath, nameBody(name));
    QCOMPARE(created.status, 200); // not 201, like the real service
    QVERIFY2(headerProblem(created).isEmpty(), qPrintable(headerProblem(created)));
    const QJsonObject project = created.object();
    QVERIFY2(projectShapeProblem(project).isEmpty(), qPrintable(projectShapeProblem(project)));
    QCOMPARE(project.value(QLatin1String("name")).toString(), name);
    QCOMPARE(project.value(QLatin1String("created_at")).toInteger(), startMs / 1000);
    QVERIFY(project.value(QLatin1String("archived_at")).isNull());
    QCOMPARE(project.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(m_server->projectCount(), 8);

    const QString id = project.value(QLatin1String("id")).toString();
    const Answer retrieved = call("GET", projectPath(id));
    QCOMPARE(retrieved.status, 200);
    QCOMPARE(retrieved.object(), project);
    QCOMPARE(m_server->project(id)->name, name);

    const Answer list = call("GET", listPath + QStringLiteral("?limit=1"));
    QCOMPARE(idsOf(list.data()), QStringList{id});

    // Names are not unique; ids are.
    const Answer again = call("POST", listPath, nameBody(name));
    QCOMPARE(again.status, 200);
    QVERIFY(again.object().value(QLatin1String("id")).toString() != id);
}

void tst_Sandbox::createRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("code");

    const QString name = QStringLiteral("name");
    QTest::newRow("no name") << QByteArrayLiteral("{}") << name
                             << QStringLiteral("missing_required_parameter");
    QTest::newRow("other field only") << QByteArrayLiteral("{\"title\":\"X\"}") << name
                                      << QStringLiteral("missing_required_parameter");
    QTest::newRow("name null") << QByteArrayLiteral("{\"name\":null}") << name
                               << QStringLiteral("invalid_type");
    QTest::newRow("name number") << QByteArrayLiteral("{\"name\":42}") << name
                                 << QStringLiteral("invalid_type");
    QTest::newRow("name array") << QByteArrayLiteral("{\"name\":[\"a\"]}") << name
                                << QStringLiteral("invalid_type");
    QTest::newRow("name empty") << QByteArrayLiteral("{\"name\":\"\"}") << name
                                << QStringLiteral("empty_string");
    QTest::newRow("name blank") << QByteArrayLiteral("{\"name\":\"  \\t \\n\"}") << name
                                << QStringLiteral("empty_string");
    QTest::newRow("malformed JSON")
        << QByteArrayLiteral("{\"name\": \"Half") << QString() << QString();
    QTest::newRow("JSON array") << QByteArrayLiteral("[\"name\"]") << QString() << QString();
    QTest::newRow("form encoded") << QByteArrayLiteral("name=Project") << QString() << QString();
    QTest::newRow("no body") << QByteArray() << QString() << QString();
}

void tst_Sandbox::createRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, param);
    QFETCH(QString, code);

    const int before = m_server->projectCount();
    const Answer answer = call("POST", listPath, body);
    QCOMPARE(answer.status, 400);
    QVERIFY2(headerProblem(answer).isEmpty(), qPrintable(headerProblem(answer)));
    QVERIFY2(errorShapeProblem(answer).isEmpty(), qPrintable(errorShapeProblem(answer)));
    const QJsonObject error = answer.errorObject();
    QCOMPARE(error.value(QLatin1String("type")).toString(),
             QStringLiteral("invalid_request_error"));
    QCOMPARE(error.value(QLatin1String("param")).isNull(), param.isNull());
    QCOMPARE(error.value(QLatin1String("param")).toString(), param);
    QCOMPARE(error.value(QLatin1String("code")).toString(), code);
    QCOMPARE(m_server->projectCount(), before);
}

void tst_Sandbox::retrieve()
{
    m_server->seed(4, 2, 6);
    for (const SandboxProject &project : m_server->projects()) {
        const Answer answer = call("GET", projectPath(project.id));
        QCOMPARE(answer.status, 200);
        QVERIFY2(projectShapeProblem(answer.object()).isEmpty(),
                 qPrintable(projectShapeProblem(answer.object())));
        QCOMPARE(answer.object().value(QLatin1String("id")).toString(), project.id);
        QCOMPARE(answer.object().value(QLatin1String("name")).toString(), project.name);
        QCOMPARE(answer.object().value(QLatin1String("status")).toString(),
                 project.archivedAt ? QStringLiteral("archived") : QStringLiteral("active"));
    }
    const Answer missing
        = call("GET", projectPath(QStringLiteral("proj_000000000000000000000000")));
    QCOMPARE(missing.status, 404);
    QVERIFY2(headerProblem(missing).isEmpty(), qPrintable(headerProblem(missing)));
    QVERIFY2(errorShapeProblem(missing).isEmpty(), qPrintable(errorShapeProblem(missing)));
    QCOMPARE(missing.errorObject().value(QLatin1String("code")).toString(),
             QStringLiteral("not_found"));
}

void tst_Sandbox::modify()
{
    const SandboxProject project
        = m_server->addProject(QStringLiteral("Old name"), startMs / 1000 - 3600);
    const Answer renamed
        = call("POST", projectPath(project.id), nameBody(QStringLiteral("New name")));
    QCOMPARE(renamed.status, 200);
    QVERIFY2(headerProblem(renamed).isEmpty(), qPrintable(headerProblem(renamed)));
    QVERIFY2(projectShapeProblem(renamed.object()).isEmpty(),
             qPrintable(projectShapeProblem(renamed.object())));
    QCOMPARE(renamed.object().value(QLatin1String("id")).toString(), project.id);
    QCOMPARE(renamed.object().value(QLatin1String("name")).toString(), QStringLiteral("New name"));
    QCOMPARE(renamed.object().value(QLatin1String("created_at")).toInteger(), project.createdAt);
    QCOMPARE(m_server->project(project.id)->name, QStringLiteral("New name"));
    const Answer list = call("GET", listPath + QStringLiteral("?limit=1"));
    QCOMPARE(list.data().first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("New name"));
}

void tst_Sandbox::modifyRejects_data()
{
    QTest::addColumn<QString>("target"); // default, archived, unknown, active
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("param");

    const QByteArray valid = nameBody(QStringLiteral("Renamed"));
    QTest::newRow("Default project")
        << QStringLiteral("default") << valid << 400 << QString() << QString();
    QTest::newRow("archived project") << QStringLiteral("archived") << valid << 400
                                      << QStringLiteral("project_archived") << QString();
    QTest::newRow("unknown project")
        << QStringLiteral("unknown") << valid << 404 << QStringLiteral("not_found") << QString();
    QTest::newRow("blank name") << QStringLiteral("active") << nameBody(QStringLiteral(" ")) << 400
                                << QStringLiteral("empty_string") << QStringLiteral("name");
    QTest::newRow("no name") << QStringLiteral("active") << QByteArrayLiteral("{}") << 400
                             << QStringLiteral("missing_required_parameter")
                             << QStringLiteral("name");
    QTest::newRow("malformed JSON")
        << QStringLiteral("active") << QByteArrayLiteral("{") << 400 << QString() << QString();
}

void tst_Sandbox::modifyRejects()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, param);

    m_server->seed(3, 2, 7);
    const QList<SandboxProject> all = m_server->projects();
    QString id = QStringLiteral("proj_unknown000000000000000");
    for (const SandboxProject &project : all) {
        if ((target == QLatin1String("default") && project.isDefault)
            || (target == QLatin1String("archived") && project.archivedAt)
            || (target == QLatin1String("active") && !project.archivedAt && !project.isDefault))
            id = project.id;
    }
    const QString oldName = m_server->project(id) ? m_server->project(id)->name : QString();

    const Answer answer = call("POST", projectPath(id), body);
    QCOMPARE(answer.status, status);
    QVERIFY2(headerProblem(answer).isEmpty(), qPrintable(headerProblem(answer)));
    QVERIFY2(errorShapeProblem(answer).isEmpty(), qPrintable(errorShapeProblem(answer)));
    const QJsonObject error = answer.errorObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), code);
    QCOMPARE(error.value(QLatin1String("param")).toString(), param);
    if (target == QLatin1String("default"))
        QVERIFY(error.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("Default project")));
    if (target == QLatin1String("archived")) {
        QCOMPARE(error.value(QLatin1String("message")).toString(),
                 QStringLiteral("Project '%1' is archived. You can only update an active project.")
                     .arg(id));
    }
    if (m_server->project(id))
        QCOMPARE(m_server->project(id)->name, oldName);
}

void tst_Sandbox::archive()
{
    m_server->seed(3, 0, 8);
    const SandboxProject project
        = m_server->addProject(QStringLiteral("To archive"), startMs / 1000 - 7200);
    m_now += 5000;
    const Answer archived = call("POST", archivePath(project.id));
    QCOMPARE(archived.status, 200);
    QVERIFY2(headerProblem(archived).isEmpty(), qPrintable(headerProblem(archived)));
    QVERIFY2(projectShapeProblem(archived.object()).isEmpty(),
             qPrintable(projectShapeProblem(archived.object())));
    QCOMPARE(archived.object().value(QLatin1String("status")).toString(),
             QStringLiteral("archived"));
    QCOMPARE(archived.object().value(QLatin1String("archived_at")).toInteger(), m_now / 1000);
    QCOMPARE(m_server->project(project.id)->archivedAt.value_or(-1), m_now / 1000);

    QCOMPARE(call("GET", projectPath(project.id)).object(), archived.object());
    QVERIFY(!idsOf(call("GET", listPath).data()).contains(project.id));
    QVERIFY(idsOf(call("GET", listPath + QStringLiteral("?include_archived=true")).data())
                .contains(project.id));
}

void tst_Sandbox::archiveRejects_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("already archived")
        << QStringLiteral("archived") << 400 << QStringLiteral("project_archived");
    QTest::newRow("Default project") << QStringLiteral("default") << 400 << QString();
    QTest::newRow("unknown project")
        << QStringLiteral("unknown") << 404 << QStringLiteral("not_found");
}

void tst_Sandbox::archiveRejects()
{
    QFETCH(QString, target);
    QFETCH(int, status);
    QFETCH(QString, code);

    m_server->seed(2, 1, 9);
    QString id = QStringLiteral("proj_unknown000000000000000");
    std::optional<qint64> archivedAt;
    for (const SandboxProject &project : m_server->projects()) {
        if ((target == QLatin1String("default") && project.isDefault)
            || (target == QLatin1String("archived") && project.archivedAt)) {
            id = project.id;
            archivedAt = project.archivedAt;
        }
    }
    m_now += 60000;
    const Answer answer = call("POST", archivePath(id));
    QCOMPARE(answer.status, status);
    QVERIFY2(headerProblem(answer).isEmpty(), qPrintable(headerProblem(answer)));
    QVERIFY2(errorShapeProblem(answer).isEmpty(), qPrintable(errorShapeProblem(answer)));
    QCOMPARE(answer.errorObject().value(QLatin1String("code")).toString(), code);
    if (target == QLatin1String("archived")) {
        QCOMPARE(answer.errorObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("Project '%1' is archived. You can only update an active project.")
                     .arg(id));
    }
    if (target == QLatin1String("default"))
        QVERIFY(answer.errorObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("Default project")));
    if (m_server->project(id))
        QCOMPARE(m_server->project(id)->archivedAt.value_or(-1),
                 archivedAt.value_or(-1)); // untouched
}

// --- Routes, headers and the request log ----------------------------------------------------

void tst_Sandbox::unknownRoutesAndWrongMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // %1: an existing project id
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");

    QTest::newRow("unknown path") << QByteArrayLiteral("GET")
                                  << QStringLiteral("/v1/organization/invites") << 404
                                  << QByteArray();
    QTest::newRow("root") << QByteArrayLiteral("GET") << QStringLiteral("/") << 404 << QByteArray();
    QTest::newRow("without /v1") << QByteArrayLiteral("GET")
                                 << QStringLiteral("/organization/projects") << 404 << QByteArray();
    QTest::newRow("trailing slash")
        << QByteArrayLiteral("GET") << QStringLiteral("/v1/organization/projects/") << 404
        << QByteArray();
    QTest::newRow("prefix of a word")
        << QByteArrayLiteral("GET") << QStringLiteral("/v1/organization/projectsx") << 404
        << QByteArray();
    QTest::newRow("unarchive") << QByteArrayLiteral("POST")
                               << QStringLiteral("/v1/organization/projects/%1/unarchive") << 404
                               << QByteArray();
    QTest::newRow("below archive")
        << QByteArrayLiteral("POST") << QStringLiteral("/v1/organization/projects/%1/archive/now")
        << 404 << QByteArray();
    QTest::newRow("PUT on the list")
        << QByteArrayLiteral("PUT") << QStringLiteral("/v1/organization/projects") << 405
        << QByteArrayLiteral("GET, POST");
    QTest::newRow("DELETE on the list")
        << QByteArrayLiteral("DELETE") << QStringLiteral("/v1/organization/projects") << 405
        << QByteArrayLiteral("GET, POST");
    QTest::newRow("DELETE a project")
        << QByteArrayLiteral("DELETE") << QStringLiteral("/v1/organization/projects/%1") << 405
        << QByteArrayLiteral("GET, POST");
    QTest::newRow("PATCH a project")
        << QByteArrayLiteral("PATCH") << QStringLiteral("/v1/organization/projects/%1") << 405
        << QByteArrayLiteral("GET, POST");
    QTest::newRow("GET on archive")
        << QByteArrayLiteral("GET") << QStringLiteral("/v1/organization/projects/%1/archive") << 405
        << QByteArrayLiteral("POST");
}

void tst_Sandbox::unknownRoutesAndWrongMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);

    const QString id = m_server->projects().constFirst().id;
    if (path.contains(QLatin1String("%1")))
        path = path.arg(id);
    const int before = m_server->projectCount();
    const Answer answer = call(method, path, nameBody(QStringLiteral("X")));
    QCOMPARE(answer.status, status);
    QVERIFY2(headerProblem(answer).isEmpty(), qPrintable(headerProblem(answer)));
    QVERIFY2(errorShapeProblem(answer).isEmpty(), qPrintable(errorShapeProblem(answer)));
    QCOMPARE(answer.errorObject().value(QLatin1String("code")).toString(),
             status == 404 ? QStringLiteral("unknown_url") : QStringLiteral("method_not_allowed"));
    QCOMPARE(answer.header("allow"), allow);
    QCOMPARE(m_server->projectCount(), before);
    QCOMPARE(m_server->project(id)->name, QStringLiteral("Default project"));
    QCOMPARE(m_server->requests().constLast().status, status);
}

void tst_Sandbox::everyAnswerHasARequestId()
{
    m_server->seed(3, 1, 10);
    const QString id = m_server->projects().constFirst().id;
    QList<Answer> answers;
    answers.append(call("GET", listPath));
    answers.append(call("GET", listPath + QStringLiteral("?limit=0")));
    answers.append(call("GET", listPath, {}, {}));
    answers.append(call("GET", listPath, {}, bearer(projectKey)));
    answers.append(call("GET", projectPath(QStringLiteral("proj_nope"))));
    answers.append(call("GET", QStringLiteral("/nowhere")));
    answers.append(call("PUT", listPath));
    answers.append(call("POST", listPath, nameBody(QStringLiteral("A"))));
    answers.append(call("POST", projectPath(id), nameBody(QStringLiteral("B"))));
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("status=500")));
    answers.append(call("GET", listPath));
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("kind=empty-body,status=502")));
    answers.append(call("GET", listPath));
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("kind=truncated-json")));
    answers.append(call("GET", listPath));
    m_server->setRateLimit(1, false);
    call("GET", listPath);
    answers.append(call("GET", listPath));
    QCOMPARE(answers.constLast().status, 429);

    QSet<QByteArray> ids;
    const QList<SandboxRequest> log = m_server->requests();
    QSet<QString> logged;
    for (const SandboxRequest &request : log)
        logged.insert(request.requestId);
    for (const Answer &answer : std::as_const(answers)) {
        QVERIFY2(headerProblem(answer).isEmpty(), qPrintable(headerProblem(answer)));
        ids.insert(answer.header("x-request-id"));
        QVERIFY(logged.contains(QString::fromLatin1(answer.header("x-request-id"))));
    }
    QCOMPARE(ids.size(), answers.size());

    // The HTML fault is the one answer that is not JSON.
    m_server->setRateLimit(0, false);
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("kind=html,status=502")));
    const Answer html = call("GET", listPath);
    QVERIFY2(headerProblem(html, "text/html").isEmpty(),
             qPrintable(headerProblem(html, "text/html")));
}

void tst_Sandbox::requestLog()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    m_now = startMs + 1234;
    const QByteArray body = nameBody(QStringLiteral("Logged"));
    const Answer created = call("POST", listPath, body);
    QCOMPARE(created.status, 200);
    const Answer listed
        = call("GET", listPath + QStringLiteral("?limit=5&include_archived=true"), {}, {});
    QCOMPARE(listed.status, 401);

    const QList<SandboxRequest> log = m_server->requests();
    QCOMPARE(log.size(), 2);
    const SandboxRequest &post = log.at(0);
    QCOMPARE(post.method, QByteArrayLiteral("POST"));
    QCOMPARE(post.path, listPath);
    QCOMPARE(post.query, QString());
    QCOMPARE(post.body, body);
    QCOMPARE(post.authorization, QStringLiteral("ok"));
    QCOMPARE(post.userAgent, QStringLiteral("tst_sandbox/1.0"));
    QCOMPARE(post.contentType, QStringLiteral("application/json"));
    QCOMPARE(post.at, QDateTime::fromMSecsSinceEpoch(startMs + 1234, Qt::UTC));
    QCOMPARE(post.status, 200);
    QCOMPARE(post.requestId, QString::fromLatin1(created.header("x-request-id")));

    const SandboxRequest &get = log.at(1);
    QCOMPARE(get.method, QByteArrayLiteral("GET"));
    QCOMPARE(get.query, QStringLiteral("limit=5&include_archived=true"));
    QCOMPARE(get.body, QByteArray());
    QCOMPARE(get.authorization, QStringLiteral("missing"));
    QCOMPARE(get.status, 401);

    QCOMPARE(handled.size(), 2);
    const auto signalled = handled.at(0).constFirst().value<SandboxRequest>();
    QCOMPARE(signalled.requestId, post.requestId);
    QCOMPARE(signalled.status, 200);

    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requestCount("GET"), 1);
    QCOMPARE(m_server->requestCount("POST", listPath), 1);
    QCOMPARE(m_server->requestCount("GET", projectPath(QStringLiteral("x"))), 0);
    QCOMPARE(m_server->requestCount({}, listPath), 2);
    m_server->clearRequests();
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

// --- Faults ---------------------------------------------------------------------------------

void tst_Sandbox::faultKinds_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status"); // -1: no HTTP answer at all
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("body"); // "error", "html", "cut", "empty", "dropped"
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("retryAfterMs");
    QTest::addColumn<QByteArray>("shouldRetry");

    const QByteArray json = QByteArrayLiteral("application/json");
    QTest::newRow("500 with retry-after")
        << QStringLiteral("status=500,retry-after=2") << 500 << json << QStringLiteral("error")
        << QByteArrayLiteral("2") << QByteArray() << QByteArray();
    QTest::newRow("503 with retry-after-ms and x-should-retry")
        << QStringLiteral("status=503,retry-after-ms=1500,should-retry=false") << 503 << json
        << QStringLiteral("error") << QByteArray() << QByteArrayLiteral("1500")
        << QByteArrayLiteral("false");
    QTest::newRow("429 without retry-after")
        << QStringLiteral("status=429") << 429 << json << QStringLiteral("error") << QByteArray()
        << QByteArray() << QByteArray();
    QTest::newRow("408 asking for a retry")
        << QStringLiteral("status=408,should-retry=true") << 408 << json << QStringLiteral("error")
        << QByteArray() << QByteArray() << QByteArrayLiteral("true");
    QTest::newRow("520, a status without a standard phrase")
        << QStringLiteral("status=520") << 520 << json << QStringLiteral("error") << QByteArray()
        << QByteArray() << QByteArray();
    QTest::newRow("HTML 502 from a proxy")
        << QStringLiteral("kind=html,status=502") << 502 << QByteArrayLiteral("text/html")
        << QStringLiteral("html") << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("HTML 200 from a captive portal")
        << QStringLiteral("html,status=200") << 200 << QByteArrayLiteral("text/html")
        << QStringLiteral("html") << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("truncated JSON")
        << QStringLiteral("kind=truncated-json") << 200 << json << QStringLiteral("cut")
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("empty 502") << QStringLiteral("kind=empty-body,status=502") << 502 << json
                               << QStringLiteral("empty") << QByteArray() << QByteArray()
                               << QByteArray();
    QTest::newRow("empty 200") << QStringLiteral("kind=empty-body,status=200") << 200 << json
                               << QStringLiteral("empty") << QByteArray() << QByteArray()
                               << QByteArray();
    QTest::newRow("dropped mid-body")
        << QStringLiteral("kind=drop-mid-body") << -1 << QByteArray() << QStringLiteral("dropped")
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("a page with an invalid project")
        << QStringLiteral("kind=invalid-item") << 200 << json << QStringLiteral("invalid item")
        << QByteArray() << QByteArray() << QByteArray();
}

void tst_Sandbox::faultKinds()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, retryAfterMs);
    QFETCH(QByteArray, shouldRetry);

    m_server->seed(30, 0, 11);
    QString error;
    const std::optional<SandboxFault> fault = SandboxServer::faultFromSpec(spec, &error);
    QVERIFY2(fault, qPrintable(error));
    m_server->addFault(*fault);
    QCOMPARE(m_server->pendingFaultCount(), 1);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);

    const Answer answer = call("GET", listPath);
    QVERIFY(answer.finished);
    QCOMPARE(m_server->pendingFaultCount(), 0);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.constFirst().constFirst().value<SandboxRequest>().status, qMax(status, 0));
    QCOMPARE(m_server->requests().constLast().status, qMax(status, 0));

    if (body == QLatin1String("dropped")) {
        // The headers promised more than came.
        QVERIFY2(cutShort(answer), QByteArray::number(answer.error).constData());
    } else {
        QCOMPARE(answer.status, status);
        QVERIFY2(headerProblem(answer, contentType).isEmpty(),
                 qPrintable(headerProblem(answer, contentType)));
        QCOMPARE(answer.header("retry-after"), retryAfter);
        QCOMPARE(answer.header("retry-after-ms"), retryAfterMs);
        QCOMPARE(answer.header("x-should-retry"), shouldRetry);
    }
    if (body == QLatin1String("error")) {
        QVERIFY2(errorShapeProblem(answer).isEmpty(), qPrintable(errorShapeProblem(answer)));
        if (status == 429)
            QCOMPARE(answer.errorObject().value(QLatin1String("code")).toString(),
                     QStringLiteral("rate_limit_exceeded"));
        if (status >= 500)
            QCOMPARE(answer.errorObject().value(QLatin1String("type")).toString(),
                     QStringLiteral("server_error"));
    } else if (body == QLatin1String("html")) {
        QVERIFY(answer.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(answer.json.isNull());
    } else if (body == QLatin1String("cut")) {
        QVERIFY(!answer.body.isEmpty());
        QJsonParseError parseError;
        QJsonDocument::fromJson(answer.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);
    } else if (body == QLatin1String("empty")) {
        QVERIFY(answer.body.isEmpty());
        QVERIFY(answer.hasHeader("content-length"));
    } else if (body == QLatin1String("invalid item")) {
        // The real page, envelope and all, with one project that no client should accept.
        const QJsonArray data = answer.data();
        QCOMPARE(data.size(), 20);
        QCOMPARE(answer.object().value(QLatin1String("has_more")).toBool(), true);
        QCOMPARE(answer.object().value(QLatin1String("last_id")).toString(),
                 data.last().toObject().value(QLatin1String("id")).toString());
        QCOMPARE(data.last().toObject().value(QLatin1String("created_at")).toString(),
                 QStringLiteral("yesterday"));
        QVERIFY(data.first().toObject().value(QLatin1String("created_at")).isDouble());
    }

    // Used up: the next request is served normally.
    const Answer next = call("GET", listPath);
    QCOMPARE(next.status, 200);
    QCOMPARE(next.data().size(), 20);
}

void tst_Sandbox::noResponseLetsTheClientTimeOut()
{
    m_server->addFault(
        *SandboxServer::faultFromSpec(QStringLiteral("kind=no-response,method=GET")));
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(listPath));
    const Answer silent = callUrl("GET", url, {}, bearer(adminKey), 1500);
    QVERIFY(silent.finished);
    QVERIFY2(silent.error == QNetworkReply::OperationCanceledError
                 || silent.error == QNetworkReply::TimeoutError,
             QByteArray::number(silent.error).constData());
    QCOMPARE(silent.status, -1);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(m_server->requests().constLast().status, 0);

    const Answer next = call("GET", listPath);
    QCOMPARE(next.status, 200);
}

void tst_Sandbox::faultCountAndMatching()
{
    m_server->seed(2, 0, 12);
    const QString id = m_server->projects().constFirst().id;
    SandboxFault createOnly;
    createOnly.status = 500;
    createOnly.method = "POST";
    createOnly.path = listPath;
    createOnly.count = 2;
    m_server->addFault(createOnly);
    QCOMPARE(m_server->pendingFaultCount(), 2);

    QCOMPARE(call("GET", listPath).status, 200); // other method
    QCOMPARE(call("POST", projectPath(id), nameBody(QStringLiteral("R"))).status,
             200); // other path
    QCOMPARE(m_server->pendingFaultCount(), 2);
    const int before = m_server->projectCount();
    QCOMPARE(call("POST", listPath, nameBody(QStringLiteral("One"))).status, 500);
    QCOMPARE(call("POST", listPath, nameBody(QStringLiteral("Two"))).status, 500);
    QCOMPARE(m_server->projectCount(), before); // the faults came before the work
    QCOMPARE(m_server->pendingFaultCount(), 0);
    QCOMPARE(call("POST", listPath, nameBody(QStringLiteral("Three"))).status, 200);
    QCOMPARE(m_server->projectCount(), before + 1);

    // Method only; path only; the oldest matching fault goes first.
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("status=502,method=get")));
    m_server->addFault(
        *SandboxServer::faultFromSpec(QStringLiteral("status=503,path=") + projectPath(id)));
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("status=504")));
    QCOMPARE(call("POST", projectPath(id), nameBody(QStringLiteral("S"))).status, 503);
    QCOMPARE(call("POST", listPath, nameBody(QStringLiteral("T"))).status, 504);
    QCOMPARE(call("GET", projectPath(id)).status, 502);
    QCOMPARE(call("GET", projectPath(id)).status, 200);

    // Faults come before authorization, as a proxy's answer would.
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("status=500")));
    QCOMPARE(call("GET", listPath, {}, {}).status, 500);

    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("status=500,count=3")));
    m_server->clearFaults();
    QCOMPARE(m_server->pendingFaultCount(), 0);
    QCOMPARE(call("GET", listPath).status, 200);
}

void tst_Sandbox::faultAfterEffect_data()
{
    QTest::addColumn<QString>("operation"); // create, rename, archive
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status"); // -1: a network error

    QTest::newRow("create, then 500")
        << QStringLiteral("create") << QStringLiteral("status") << 500;
    QTest::newRow("create, then dropped")
        << QStringLiteral("create") << QStringLiteral("drop-mid-body") << -1;
    QTest::newRow("create, then silence")
        << QStringLiteral("create") << QStringLiteral("no-response") << -1;
    QTest::newRow("create, then cut JSON")
        << QStringLiteral("create") << QStringLiteral("truncated-json") << 200;
    QTest::newRow("rename, then an HTML 500")
        << QStringLiteral("rename") << QStringLiteral("html") << 500;
    QTest::newRow("archive, then dropped")
        << QStringLiteral("archive") << QStringLiteral("drop-mid-body") << -1;
    QTest::newRow("archive, then an empty 500")
        << QStringLiteral("archive") << QStringLiteral("empty-body") << 500;
}

void tst_Sandbox::faultAfterEffect()
{
    QFETCH(QString, operation);
    QFETCH(QString, kind);
    QFETCH(int, status);

    const SandboxProject project
        = m_server->addProject(QStringLiteral("Target"), startMs / 1000 - 60);
    QString path = listPath;
    QByteArray body = nameBody(QStringLiteral("Created once"));
    if (operation == QLatin1String("rename")) {
        path = projectPath(project.id);
        body = nameBody(QStringLiteral("Renamed once"));
    } else if (operation == QLatin1String("archive")) {
        path = archivePath(project.id);
        body.clear();
    }
    QString error;
    const auto fault = SandboxServer::faultFromSpec(
        QStringLiteral("kind=%1,method=POST,path=%2,after-effect").arg(kind, path), &error);
    QVERIFY2(fault, qPrintable(error));
    QVERIFY(fault->afterEffect);
    m_server->addFault(*fault);

    const int before = m_server->projectCount();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path));
    const Answer answer = callUrl("POST", url, body, bearer(adminKey), 1500);
    QVERIFY(answer.finished);
    if (kind == QLatin1String("drop-mid-body")) {
        // The status line came through; the body did not.
        QVERIFY2(cutShort(answer), QByteArray::number(answer.error).constData());
    } else if (status == -1) {
        QCOMPARE(answer.status, -1);
        QVERIFY(answer.error != QNetworkReply::NoError);
    } else {
        QCOMPARE(answer.status, status);
        if (kind == QLatin1String("truncated-json"))
            QVERIFY(answer.json.isNull());
    }

    // The work was done exactly once although the client never saw it succeed.
    if (operation == QLatin1String("create")) {
        QCOMPARE(m_server->projectCount(), before + 1);
        QCOMPARE(m_server->projects().constFirst().name, QStringLiteral("Created once"));
    } else if (operation == QLatin1String("rename")) {
        QCOMPARE(m_server->project(project.id)->name, QStringLiteral("Renamed once"));
    } else {
        QVERIFY(m_server->project(project.id)->archivedAt);
    }
    QCOMPARE(m_server->requestCount("POST", path), 1);
}

void tst_Sandbox::faultSpecParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<SandboxFault>("expected");

    using Kind = SandboxFault::Kind;
    // A row whose fault is the default one as @p change leaves it.
    const auto valid = [](const char *row, const QString &spec,
                          const std::function<void(SandboxFault &)> &change) {
        SandboxFault fault;
        change(fault);
        QTest::newRow(row) << spec << true << fault;
    };
    valid("status with everything",
          QStringLiteral(
              "status=500,method=POST,path=/v1/organization/projects,count=2,retry-after=1"),
          [](SandboxFault &fault) {
              fault.method = "POST";
              fault.path = listPath;
              fault.count = 2;
              fault.retryAfterSeconds = 1;
          });
    valid("html kind", QStringLiteral("kind=html,status=502"), [](SandboxFault &fault) {
        fault.kind = Kind::Html;
        fault.status = 502;
    });
    valid("bare kind word and after-effect", QStringLiteral("drop-mid-body,after-effect"),
          [](SandboxFault &fault) {
              fault.kind = Kind::DropMidBody;
              fault.afterEffect = true;
          });
    valid("underscores and spaces",
          QStringLiteral(" kind = truncated_json , retry_after_ms=250, should-retry=false"),
          [](SandboxFault &fault) {
              fault.kind = Kind::TruncatedJson;
              fault.retryAfterMs = 250;
              fault.shouldRetry = false;
          });
    valid("lower-case method", QStringLiteral("kind=no-response,method=get"),
          [](SandboxFault &fault) {
              fault.kind = Kind::NoResponse;
              fault.method = "GET";
          });
    valid("explicit after-effect false",
          QStringLiteral("empty-body,status=204,after-effect=false,should-retry=true"),
          [](SandboxFault &fault) {
              fault.kind = Kind::EmptyBody;
              fault.status = 204;
              fault.shouldRetry = true;
          });
    valid("cursor-cycle", QStringLiteral("cursor-cycle,count=10"), [](SandboxFault &fault) {
        fault.kind = Kind::CursorCycle;
        fault.count = 10;
    });
    valid("empty-more, with an underscore", QStringLiteral("kind=empty_more"),
          [](SandboxFault &fault) { fault.kind = Kind::EmptyPageWithMore; });
    valid("repeat-rows", QStringLiteral("repeat-rows"),
          [](SandboxFault &fault) { fault.kind = Kind::RepeatRows; });
    valid("close after the effect", QStringLiteral("close,after-effect"),
          [](SandboxFault &fault) {
              fault.kind = Kind::Close;
              fault.afterEffect = true;
          });
    valid("gzip by default", QStringLiteral("gzip"),
          [](SandboxFault &fault) { fault.kind = Kind::Gzip; });
    valid("gzip, small and random", QStringLiteral("gzip,size-mib=3,compressible=false"),
          [](SandboxFault &fault) {
              fault.kind = Kind::Gzip;
              fault.sizeMib = 3;
              fault.compressible = false;
          });
    valid("oversize, the largest", QStringLiteral("oversize,size_mib=2048"),
          [](SandboxFault &fault) {
              fault.kind = Kind::Oversize;
              fault.sizeMib = 2048;
          });
    valid("redirect somewhere",
          QStringLiteral("redirect,status=307,location=http://example.invalid/v1/x"),
          [](SandboxFault &fault) {
              fault.kind = Kind::Redirect;
              fault.status = 307;
              fault.location = QStringLiteral("http://example.invalid/v1/x");
          });
    valid("status with param", QStringLiteral("status=400,param=name"),
          [](SandboxFault &fault) {
              fault.status = 400;
              fault.param = QStringLiteral("name");
          });

    const auto invalid = [](const char *row, const QString &spec) {
        QTest::newRow(row) << spec << false << SandboxFault();
    };
    invalid("unknown kind", QStringLiteral("kind=explode"));
    invalid("status not a number", QStringLiteral("status=abc"));
    invalid("status out of range", QStringLiteral("status=99"));
    invalid("count zero", QStringLiteral("status=500,count=0"));
    invalid("unknown key", QStringLiteral("status=500,colour=blue"));
    invalid("should-retry maybe", QStringLiteral("should-retry=maybe"));
    invalid("empty", QString());
    invalid("size-mib 0", QStringLiteral("gzip,size-mib=0"));
    invalid("size-mib too large", QStringLiteral("oversize,size-mib=2049"));
    invalid("size-mib not a number", QStringLiteral("oversize,size-mib=lots"));
    invalid("compressible maybe", QStringLiteral("gzip,compressible=maybe"));
}

void tst_Sandbox::faultSpecParsing()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(SandboxFault, expected);
    QString error;
    const std::optional<SandboxFault> fault = SandboxServer::faultFromSpec(spec, &error);
    QCOMPARE(fault.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(int(fault->kind), int(expected.kind));
    QCOMPARE(fault->status, expected.status);
    QCOMPARE(fault->method, expected.method);
    QCOMPARE(fault->path, expected.path);
    QCOMPARE(fault->count, expected.count);
    QCOMPARE(fault->retryAfterSeconds, expected.retryAfterSeconds);
    QCOMPARE(fault->retryAfterMs, expected.retryAfterMs);
    QCOMPARE(fault->shouldRetry, expected.shouldRetry);
    QCOMPARE(fault->afterEffect, expected.afterEffect);
    QCOMPARE(fault->param, expected.param);
    QCOMPARE(fault->sizeMib, expected.sizeMib);
    QCOMPARE(fault->compressible, expected.compressible);
    QCOMPARE(fault->location, expected.location);
}

void tst_Sandbox::faultWithAChosenMessage()
{
    // The message travels as given, in the API's error shape, for any status and both forms.
    SandboxFault fault;
    fault.status = 400;
    fault.message = QStringLiteral("Your request was refused, explaining why at length: “x”, ") + QString(300, QLatin1Char('y'));
    m_server->addFault(fault);
    const Answer direct = call("GET", listPath);
    QCOMPARE(direct.status, 400);
    QVERIFY2(errorShapeProblem(direct).isEmpty(), qPrintable(errorShapeProblem(direct)));
    QCOMPARE(direct.errorObject().value(QLatin1String("message")).toString(), fault.message);
    QCOMPARE(direct.errorObject().value(QLatin1String("type")).toString(),
             QStringLiteral("invalid_request_error"));

    const std::optional<SandboxFault> spec
        = SandboxServer::faultFromSpec(QStringLiteral("status=503,message=Down for a while"));
    QVERIFY(spec);
    m_server->addFault(*spec);
    const Answer fromSpec = call("GET", listPath);
    QCOMPARE(fromSpec.status, 503);
    QCOMPARE(fromSpec.errorObject().value(QLatin1String("message")).toString(),
             QStringLiteral("Down for a while"));
    QCOMPARE(fromSpec.errorObject().value(QLatin1String("type")).toString(),
             QStringLiteral("server_error"));

    // Without one, the service's usual text.
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("status=503")));
    QCOMPARE(call("GET", listPath).errorObject().value(QLatin1String("message")).toString(),
             QStringLiteral("The server is overloaded or not ready yet."));
}

// --- Latency and lifetime -------------------------------------------------------------------

void tst_Sandbox::latencyDelaysWithoutBlocking()
{
    m_server->seed(3, 0, 13);
    m_server->setLatency(150);
    const Answer delayed = call("GET", listPath);
    QCOMPARE(delayed.status, 200);
    QCOMPARE(delayed.data().size(), 4);
    QCOMPARE(m_server->requests().constLast().status, 200);

    // A long delay holds one answer back while the sandbox goes on serving others.
    m_server->setLatency(60000);
    std::unique_ptr<QNetworkReply> held(send("GET", listPath));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 2, 20000);
    QCOMPARE(m_server->requests().constLast().status, 0); // in flight
    QCOMPARE(control("GET", QStringLiteral("/__sandbox/state")).status, 200);
    QVERIFY(!held->isFinished());

    // Destroying the sandbox with the answer still due closes the connection; nothing leaks.
    m_server.reset();
    QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 20000);
    QVERIFY(held->error() != QNetworkReply::NoError);
}

void tst_Sandbox::latencyAnswerToAClientThatLeft()
{
    m_server->setLatency(3000);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(listPath));
    const Answer gaveUp = callUrl("GET", url, {}, bearer(adminKey), 100);
    QVERIFY(gaveUp.finished);
    QCOMPARE(gaveUp.status, -1);
    // When the answer falls due, nobody is there to take it.
    QVERIFY(handled.wait(20000));
    QCOMPARE(handled.constFirst().constFirst().value<SandboxRequest>().status, 0);
    QCOMPARE(m_server->requests().constLast().status, 0);
    m_server->setLatency(0);
    QCOMPARE(call("GET", listPath).status, 200);
}

void tst_Sandbox::destroyedWithAParkedConnection()
{
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("no-response")));
    std::unique_ptr<QNetworkReply> parked(send("GET", listPath));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 20000);
    QVERIFY(!parked->isFinished());
    m_server.reset();
    QTRY_VERIFY_WITH_TIMEOUT(parked->isFinished(), 20000);
    QVERIFY(parked->error() != QNetworkReply::NoError);
}

// --- Rate limit and the archive bug ---------------------------------------------------------

void tst_Sandbox::rateLimit_data()
{
    QTest::addColumn<bool>("sendRetryAfter");
    QTest::newRow("with retry-after") << true;
    QTest::newRow("without retry-after") << false;
}

void tst_Sandbox::rateLimit()
{
    QFETCH(bool, sendRetryAfter);
    const QString id = m_server->projects().constFirst().id;
    m_server->setRateLimit(2, sendRetryAfter, 60000);
    const auto expectRetryAfter = [sendRetryAfter](const Answer &answer, const char *seconds) {
        return answer.header("retry-after")
            == (sendRetryAfter ? QByteArray(seconds) : QByteArray());
    };

    QCOMPARE(call("GET", listPath).status, 200); // t0
    m_now += 1000;
    QCOMPARE(call("GET", listPath).status, 200); // t0 + 1 s
    m_now += 1000;
    const Answer limited = call("GET", listPath); // t0 + 2 s
    QCOMPARE(limited.status, 429);
    QVERIFY2(headerProblem(limited).isEmpty(), qPrintable(headerProblem(limited)));
    QVERIFY2(errorShapeProblem(limited).isEmpty(), qPrintable(errorShapeProblem(limited)));
    QCOMPARE(limited.errorObject().value(QLatin1String("message")).toString(),
             QStringLiteral("You're making too many requests, please slow down."));
    QCOMPARE(limited.errorObject().value(QLatin1String("type")).toString(),
             QStringLiteral("requests"));
    QCOMPARE(limited.errorObject().value(QLatin1String("code")).toString(),
             QStringLiteral("rate_limit_exceeded"));
    QVERIFY2(expectRetryAfter(limited, "58"), limited.header("retry-after").constData());
    QCOMPARE(m_server->requests().constLast().status, 429);

    // Each endpoint has its own budget.
    QCOMPARE(call("GET", projectPath(id)).status, 200);
    QCOMPARE(call("POST", listPath, nameBody(QStringLiteral("Other endpoint"))).status, 200);

    m_now = startMs + 59500;
    const Answer almost = call("GET", listPath);
    QCOMPARE(almost.status, 429);
    QVERIFY2(expectRetryAfter(almost, "1"), almost.header("retry-after").constData()); // rounded up

    // The refused requests took no slot: the first one frees at t0 + 60 s, the second at 61 s.
    m_now = startMs + 60000;
    QCOMPARE(call("GET", listPath).status, 200);
    const Answer again = call("GET", listPath);
    QCOMPARE(again.status, 429);
    QVERIFY2(expectRetryAfter(again, "1"), again.header("retry-after").constData());
    m_now = startMs + 61000;
    QCOMPARE(call("GET", listPath).status, 200);

    // Requests refused before the limit (no key) do not count either.
    m_server->setRateLimit(1, sendRetryAfter, 60000);
    QCOMPARE(call("GET", listPath, {}, {}).status, 401);
    QCOMPARE(call("GET", listPath, {}, bearer(wrongKey)).status, 401);
    QCOMPARE(call("GET", listPath).status, 200);
    QCOMPARE(call("GET", listPath).status, 429);

    m_server->setRateLimit(0, sendRetryAfter);
    QCOMPARE(call("GET", listPath).status, 200);
}

void tst_Sandbox::archiveBug()
{
    m_server->seed(3, 1, 14);
    m_server->setArchiveBug(true);
    QList<SandboxProject> active;
    QString defaultId;
    QString archivedId;
    for (const SandboxProject &project : m_server->projects()) {
        if (project.isDefault)
            defaultId = project.id;
        else if (project.archivedAt)
            archivedId = project.id;
        else
            active.append(project);
    }
    QCOMPARE(active.size(), 3);

    const Answer buggy = call("POST", archivePath(active.at(0).id));
    QCOMPARE(buggy.status, 400);
    QVERIFY2(errorShapeProblem(buggy).isEmpty(), qPrintable(errorShapeProblem(buggy)));
    QCOMPARE(buggy.errorObject().value(QLatin1String("code")).toString(),
             QStringLiteral("project_archived"));
    QCOMPARE(buggy.errorObject().value(QLatin1String("message")).toString(),
             QStringLiteral("Project '%1' is archived. You can only update an active project.")
                 .arg(active.at(0).id));
    // ... although the archive happened.
    const Answer check = call("GET", projectPath(active.at(0).id));
    QCOMPARE(check.object().value(QLatin1String("status")).toString(), QStringLiteral("archived"));

    // The other answers are unchanged.
    QCOMPARE(
        call("POST", archivePath(archivedId)).errorObject().value(QLatin1String("code")).toString(),
        QStringLiteral("project_archived"));
    const Answer defaultProject = call("POST", archivePath(defaultId));
    QCOMPARE(defaultProject.status, 400);
    QVERIFY(defaultProject.errorObject().value(QLatin1String("code")).isNull());
    QVERIFY(!m_server->project(defaultId)->archivedAt);
    QCOMPARE(call("POST", archivePath(QStringLiteral("proj_nope"))).status, 404);

    m_server->setArchiveBug(false);
    QCOMPARE(call("POST", archivePath(active.at(1).id)).status, 200);
}

// --- Control endpoint -----------------------------------------------------------------------

void tst_Sandbox::controlEndpoint()
{
    const auto control
        = [this](const QByteArray &method, const char *path, const QByteArray &body = {}) {
              return this->control(method, QString::fromLatin1(path), body);
          };
    const auto json = [](const char *text) {
        return QByteArray(text);
    };

    Answer state = control("GET", "/__sandbox/state");
    QCOMPARE(state.status, 200);
    QVERIFY2(headerProblem(state).isEmpty(), qPrintable(headerProblem(state)));
    QCOMPARE(state.object().value(QLatin1String("projects")).toInt(), 1);
    QCOMPARE(state.object().value(QLatin1String("base_url")).toString(),
             m_server->baseUrl().toString());

    // Seed: the same organization as seeding in process.
    state = control("POST", "/__sandbox/seed", json(R"({"active": 12, "archived": 3, "seed": 5})"));
    QCOMPARE(state.status, 200);
    QCOMPARE(state.object().value(QLatin1String("projects")).toInt(), 16);
    QCOMPARE(state.object().value(QLatin1String("active")).toInt(), 13);
    QCOMPARE(state.object().value(QLatin1String("archived")).toInt(), 3);
    SandboxServer twin;
    twin.setClock([this] { return m_now; });
    twin.seed(12, 3, 5);
    QCOMPARE(idsOf(m_server->projects()), idsOf(twin.projects()));
    QCOMPARE(control("POST", "/__sandbox/seed", json(R"({"active": -1})")).status, 400);

    // Faults: one, several, listed, cleared, rejected.
    state = control(
        "POST", "/__sandbox/faults",
        json(
            R"({"kind":"status","status":503,"method":"GET","path":"/v1/organization/projects","count":1,"retry_after":3})"));
    QCOMPARE(state.object().value(QLatin1String("pending_faults")).toInt(), 1);
    QCOMPARE(m_server->pendingFaultCount(), 1);
    const Answer faulted = call("GET", listPath);
    QCOMPARE(faulted.status, 503);
    QCOMPARE(faulted.header("retry-after"), QByteArrayLiteral("3"));
    state = control(
        "POST", "/__sandbox/faults",
        json(
            R"([{"kind":"html","status":502},{"kind":"no-response","count":2,"after_effect":true}])"));
    QCOMPARE(state.object().value(QLatin1String("pending_faults")).toInt(), 3);
    const Answer listed = control("GET", "/__sandbox/faults");
    QCOMPARE(listed.data().size(), 2);
    QCOMPARE(listed.data().at(1).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("no-response"));
    QCOMPARE(listed.data().at(1).toObject().value(QLatin1String("after_effect")).toBool(), true);
    QVERIFY(!listed.data().at(1).toObject().contains(QLatin1String("message")));
    state = control("DELETE", "/__sandbox/faults");
    QCOMPARE(state.object().value(QLatin1String("pending_faults")).toInt(), 0);
    state = control("POST", "/__sandbox/faults",
                    json(R"({"faults":[{"kind":"drop-mid-body","method":"POST"}]})"));
    QCOMPARE(m_server->pendingFaultCount(), 1);
    m_server->clearFaults();
    control("POST", "/__sandbox/faults", json(R"({"status":400,"message":"Long, with commas."})"));
    QCOMPARE(control("GET", "/__sandbox/faults").data().at(0).toObject().value(QLatin1String("message")).toString(),
             QStringLiteral("Long, with commas."));
    QCOMPARE(call("GET", listPath).errorObject().value(QLatin1String("message")).toString(),
             QStringLiteral("Long, with commas."));
    const Answer badFault = control("POST", "/__sandbox/faults", json(R"({"kind":"bogus"})"));
    QCOMPARE(badFault.status, 400);
    QVERIFY2(errorShapeProblem(badFault).isEmpty(), qPrintable(errorShapeProblem(badFault)));
    QCOMPARE(m_server->pendingFaultCount(), 0);

    // Latency.
    state = control("POST", "/__sandbox/latency", json(R"({"ms": 10})"));
    QCOMPARE(state.object().value(QLatin1String("latency_ms")).toInt(), 10);
    const Answer badLatency = control("POST", "/__sandbox/latency", json(R"({"ms": -1})"));
    QCOMPARE(badLatency.status, 400);
    QCOMPARE(badLatency.errorObject().value(QLatin1String("param")).toString(),
             QStringLiteral("ms"));
    control("POST", "/__sandbox/latency", json(R"({"ms": 0})"));

    // Rate limit; control requests are neither limited nor logged.
    m_server->clearRequests();
    state = control("POST", "/__sandbox/rate-limit",
                    json(R"({"requests": 1, "window_ms": 60000, "retry_after": true})"));
    QCOMPARE(state.object()
                 .value(QLatin1String("rate_limit"))
                 .toObject()
                 .value(QLatin1String("requests"))
                 .toInt(),
             1);
    QCOMPARE(call("GET", listPath).status, 200);
    const Answer limited = call("GET", listPath);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArrayLiteral("60"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(control("GET", "/__sandbox/state").status, 200);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(control("DELETE", "/__sandbox/rate-limit").status, 200);
    QCOMPARE(call("GET", listPath).status, 200);

    // Archive bug.
    const QString victim = idsOf(m_server->projects(), false).constFirst();
    state = control("POST", "/__sandbox/archive-bug", json(R"({"enabled": true})"));
    QCOMPARE(state.object().value(QLatin1String("archive_bug")).toBool(), true);
    QCOMPARE(
        call("POST", archivePath(victim)).errorObject().value(QLatin1String("code")).toString(),
        QStringLiteral("project_archived"));
    QVERIFY(m_server->project(victim)->archivedAt);
    QCOMPARE(control("POST", "/__sandbox/archive-bug", json(R"({"enabled": "yes"})")).status, 400);

    // A project added directly.
    const Answer added
        = control("POST", "/__sandbox/projects",
                  json(R"({"name":"Via control","created_at":1600000000,"archived":true})"));
    QCOMPARE(added.status, 200);
    QVERIFY2(projectShapeProblem(added.object()).isEmpty(),
             qPrintable(projectShapeProblem(added.object())));
    const QString addedId = added.object().value(QLatin1String("id")).toString();
    QCOMPARE(m_server->project(addedId)->createdAt, qint64(1600000000));
    QCOMPARE(call("GET", projectPath(addedId)).object().value(QLatin1String("status")).toString(),
             QStringLiteral("archived"));
    QCOMPARE(control("POST", "/__sandbox/projects", json(R"({"name":""})")).status, 400);

    // The request log.
    const Answer log = control("GET", "/__sandbox/requests");
    QCOMPARE(log.status, 200);
    const QJsonArray entries = log.data();
    QCOMPARE(entries.size(), m_server->requestCount());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        QCOMPARE(entry.keys(),
                 strings({"at", "authorization", "body", "content_type", "method",
                          "organization", "path", "query", "request_id", "status",
                          "user_agent"}));
        QCOMPARE(entry.value(QLatin1String("request_id")).toString(),
                 m_server->requests().at(i).requestId);
        QVERIFY(
            !entry.value(QLatin1String("path")).toString().startsWith(QLatin1String("/__sandbox")));
    }
    QCOMPARE(control("DELETE", "/__sandbox/requests").status, 200);
    QCOMPARE(m_server->requestCount(), 0);

    // Reset puts every knob back; the projects stay.
    m_server->setLatency(5);
    m_server->setRateLimit(3, true);
    m_server->addFault(SandboxFault());
    call("GET", listPath);
    state = control("POST", "/__sandbox/reset");
    QCOMPARE(state.status, 200);
    QCOMPARE(state.object().value(QLatin1String("latency_ms")).toInt(), 0);
    QCOMPARE(state.object().value(QLatin1String("pending_faults")).toInt(), 0);
    QCOMPARE(state.object().value(QLatin1String("archive_bug")).toBool(), false);
    QCOMPARE(state.object().value(QLatin1String("requests")).toInt(), 0);
    QCOMPARE(state.object()
                 .value(QLatin1String("rate_limit"))
                 .toObject()
                 .value(QLatin1String("requests"))
                 .toInt(),
             0);
    QCOMPARE(state.object().value(QLatin1String("projects")).toInt(), m_server->projectCount());

    // Errors of the control endpoint itself.
    const Answer unknown = control("GET", "/__sandbox/nothing");
    QCOMPARE(unknown.status, 404);
    QVERIFY2(errorShapeProblem(unknown).isEmpty(), qPrintable(errorShapeProblem(unknown)));
    QVERIFY2(headerProblem(unknown).isEmpty(), qPrintable(headerProblem(unknown)));
    const Answer wrongMethod = control("PUT", "/__sandbox/state");
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("allow"), QByteArrayLiteral("GET"));
    const Answer malformed = control("POST", "/__sandbox/latency", json("{"));
    QCOMPARE(malformed.status, 400);
    QVERIFY2(errorShapeProblem(malformed).isEmpty(), qPrintable(errorShapeProblem(malformed)));
    QCOMPARE(m_server->requestCount(), 0);
}

// --- The control endpoint's guard -----------------------------------------------------------

void tst_Sandbox::controlGuard_data()
{
    QTest::addColumn<QString>("host"); // %1: the sandbox's port, %2: another port
    QTest::addColumn<QString>("token"); // right, none, empty, wrong, upper, longer
    QTest::addColumn<bool>("served");

    const QString right = QStringLiteral("right");
    QTest::newRow("127.0.0.1 and the token") << QStringLiteral("127.0.0.1:%1") << right << true;
    QTest::newRow("localhost and the token") << QStringLiteral("localhost:%1") << right << true;
    QTest::newRow("another name (DNS rebinding)")
        << QStringLiteral("evil.example:%1") << right << false;
    QTest::newRow("another port") << QStringLiteral("127.0.0.1:%2") << right << false;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << right << false;
    QTest::newRow("localhost, no port") << QStringLiteral("localhost") << right << false;
    QTest::newRow("the address as a subdomain")
        << QStringLiteral("127.0.0.1.evil.example:%1") << right << false;
    QTest::newRow("no token") << QStringLiteral("127.0.0.1:%1") << QStringLiteral("none")
                              << false;
    QTest::newRow("empty token") << QStringLiteral("127.0.0.1:%1") << QStringLiteral("empty")
                                 << false;
    QTest::newRow("wrong token") << QStringLiteral("127.0.0.1:%1") << QStringLiteral("wrong")
                                 << false;
    QTest::newRow("token in capitals")
        << QStringLiteral("127.0.0.1:%1") << QStringLiteral("upper") << false;
    QTest::newRow("token and one character more")
        << QStringLiteral("localhost:%1") << QStringLiteral("longer") << false;
}

void tst_Sandbox::controlGuard()
{
    QFETCH(QString, host);
    QFETCH(QString, token);
    QFETCH(bool, served);

    const quint16 port = m_server->port();
    host.replace(QLatin1String("%1"), QString::number(port))
        .replace(QLatin1String("%2"), QString::number(port == 65535 ? 1024 : port + 1));
    const QByteArray right = m_server->controlToken().toLatin1();
    Headers headers{{"Host", host.toLatin1()}};
    if (token == QLatin1String("right"))
        headers.append({"x-sandbox-token", right});
    else if (token == QLatin1String("empty"))
        headers.append({"x-sandbox-token", QByteArray()});
    else if (token == QLatin1String("wrong"))
        headers.append({"x-sandbox-token", QByteArray(right.size(), '0')});
    else if (token == QLatin1String("upper"))
        headers.append({"x-sandbox-token", right.toUpper()});
    else if (token == QLatin1String("longer"))
        headers.append({"x-sandbox-token", right + '0'});
    QVERIFY(right != right.toUpper()); // hex digits a-f are in it, or the row proves nothing

    // Whether the request had an effect shows in the queue of faults.
    const Answer queued = callUrl("POST", urlOf(QStringLiteral("/__sandbox/faults")),
                                  R"({"status":500})", {}, 0, "tst_sandbox/1.0", headers);
    QVERIFY2(headerProblem(queued).isEmpty(), qPrintable(headerProblem(queued)));
    const Answer log = callUrl("GET", urlOf(QStringLiteral("/__sandbox/requests")), {}, {}, 0,
                               "tst_sandbox/1.0", headers);
    if (served) {
        QCOMPARE(queued.status, 200);
        QCOMPARE(m_server->pendingFaultCount(), 1);
        QCOMPARE(log.status, 200);
        return;
    }
    for (const Answer &refused : {queued, log}) {
        QCOMPARE(refused.status, 403);
        QVERIFY2(errorShapeProblem(refused).isEmpty(), qPrintable(errorShapeProblem(refused)));
        QCOMPARE(refused.errorObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("control_forbidden"));
        QVERIFY(!refused.body.contains(right));
    }
    QCOMPARE(m_server->pendingFaultCount(), 0);
    QVERIFY(log.data().isEmpty());
    QCOMPARE(m_server->requestCount(), 0); // and a control request is never logged
}

void tst_Sandbox::controlGuardWithoutHost()
{
    // HTTP/1.0 needs no Host header; QNetworkAccessManager always sends one.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(20000));
    socket.write("GET /__sandbox/state HTTP/1.0\r\nx-sandbox-token: "
                 + m_server->controlToken().toLatin1() + "\r\n\r\n");
    QByteArray answer;
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    while (!answer.contains("}") && (readyRead.wait(20000) || socket.bytesAvailable() > 0))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 403 "), answer.constData());
    QVERIFY(answer.contains("control_forbidden"));
}

void tst_Sandbox::controlToken()
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    QVERIFY2(hex.match(m_server->controlToken()).hasMatch(), qPrintable(m_server->controlToken()));
    SandboxServer other;
    QVERIFY(other.controlToken() != m_server->controlToken());

    const QByteArray old = m_server->controlToken().toLatin1();
    m_server->setControlToken(QStringLiteral("a-token-chosen-by-the-test"));
    QCOMPARE(m_server->controlToken(), QStringLiteral("a-token-chosen-by-the-test"));
    QCOMPARE(control("GET", QStringLiteral("/__sandbox/state")).status, 200);
    QCOMPARE(callUrl("GET", urlOf(QStringLiteral("/__sandbox/state")), {}, {}, 0,
                     "tst_sandbox/1.0", {{"x-sandbox-token", old}})
                 .status,
             403);

    // An empty token would let a request without the header through: refused.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("empty token")));
    m_server->setControlToken(QString());
    QCOMPARE(m_server->controlToken(), QStringLiteral("a-token-chosen-by-the-test"));
    QCOMPARE(call("GET", QStringLiteral("/__sandbox/state"), {}, {}).status, 403);
}

void tst_Sandbox::controlOrganizations()
{
    const QByteArray secondKey = QByteArrayLiteral("sk-admin-second-via-control-0000");
    Answer state = control("POST", QStringLiteral("/__sandbox/organizations"),
                           R"({"name":"second","admin_key":")" + secondKey
                               + R"(","active":4,"archived":1,"seed":3})");
    QCOMPARE(state.status, 200);
    const QJsonArray organizations
        = state.object().value(QLatin1String("organizations")).toArray();
    QCOMPARE(organizations.size(), 2);
    const QJsonObject second = organizations.at(1).toObject();
    QCOMPARE(second.keys(), strings({"active", "archived", "name", "projects"}));
    QCOMPARE(second.value(QLatin1String("name")).toString(), QStringLiteral("second"));
    QCOMPARE(second.value(QLatin1String("projects")).toInt(), 6);
    QCOMPARE(second.value(QLatin1String("active")).toInt(), 5);
    QCOMPARE(second.value(QLatin1String("archived")).toInt(), 1);
    QCOMPARE(organizations.at(0).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("default"));
    QVERIFY2(!state.body.contains(secondKey) && !state.body.contains(adminKey),
             state.body.constData());

    // The same organization as one added in process.
    SandboxServer twin;
    twin.setClock([this] { return m_now; });
    twin.addOrganization(QStringLiteral("second"), QStringLiteral("another-key"), 4, 1, 3);
    QCOMPARE(idsOf(m_server->projectsOf(QStringLiteral("second"))),
             idsOf(twin.projectsOf(QStringLiteral("second"))));
    QCOMPARE(call("GET", listPath, {}, bearer(secondKey)).status, 200);
    QCOMPARE(m_server->requests().constLast().organization, QStringLiteral("second"));

    // Refused: a name or a key taken, a field missing or wrong; the answer never shows a key.
    const auto refused = [this](const QByteArray &body, const char *param) {
        const Answer answer = control("POST", QStringLiteral("/__sandbox/organizations"), body);
        return answer.status == 400 && errorShapeProblem(answer).isEmpty()
            && answer.errorObject().value(QLatin1String("param")).toString()
            == QLatin1String(param)
            && !answer.body.contains("sk-admin");
    };
    QVERIFY(refused(R"({"name":"second","admin_key":"sk-admin-x-000"})", "name"));
    QVERIFY(refused(R"({"name":"third","admin_key":")" + secondKey + "\"}", "admin_key"));
    QVERIFY(refused(R"({"name":"third","admin_key":")" + adminKey + "\"}", "admin_key"));
    QVERIFY(refused(R"({"name":"third"})", "admin_key"));
    QVERIFY(refused(R"({"admin_key":"sk-admin-y-000"})", "name"));
    QVERIFY(refused(R"({"name":"third","admin_key":"sk-admin-y-000","active":-1})", "active"));
    QCOMPARE(m_server->projectCountOf(QStringLiteral("third")), 0);

    // A project added to a named organization.
    const Answer added = control("POST", QStringLiteral("/__sandbox/projects"),
                                 R"({"name":"Into second","organization":"second"})");
    QCOMPARE(added.status, 200);
    QCOMPARE(m_server->projectCountOf(QStringLiteral("second")), 7);
    QCOMPARE(m_server->projectCount(), 1);
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/projects"),
                     R"({"name":"X","organization":"nowhere"})")
                 .errorObject()
                 .value(QLatin1String("param"))
                 .toString(),
             QStringLiteral("organization"));

    // The log says which organization each request was for.
    call("GET", listPath, {}, bearer(wrongKey));
    const QJsonArray log = control("GET", QStringLiteral("/__sandbox/requests")).data();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).toObject().value(QLatin1String("organization")).toString(),
             QStringLiteral("second"));
    QCOMPARE(log.at(1).toObject().value(QLatin1String("organization")).toString(), QString());
}

// --- Organizations --------------------------------------------------------------------------

void tst_Sandbox::organizationsAreSeparate()
{
    const QString second = QStringLiteral("second");
    const QByteArray secondKey = QByteArrayLiteral("sk-admin-second-organization-0000");
    m_server->seed(6, 2, 1);
    m_server->addOrganization(second, QString::fromLatin1(secondKey), 3, 1, 1);
    QCOMPARE(m_server->projectCountOf(second), 5);
    QCOMPARE(m_server->projectCountOf(QStringLiteral("default")), 9);
    QCOMPARE(idsOf(m_server->projectsOf(QStringLiteral("default"))), idsOf(m_server->projects()));
    QVERIFY(m_server->projectsOf(QStringLiteral("nowhere")).isEmpty());
    QCOMPARE(m_server->projectCountOf(QStringLiteral("nowhere")), 0);
    const QList<SandboxProject> secondProjects = m_server->projectsOf(second);
    QCOMPARE(std::count_if(secondProjects.cbegin(), secondProjects.cend(),
                           [](const SandboxProject &project) {
                               return project.isDefault
                                   && project.name == QLatin1String("Default project");
                           }),
             1);

    // Each key lists its own organization, and the log says whose it was.
    const QString all = listPath + QStringLiteral("?include_archived=true");
    QCOMPARE(idsOf(call("GET", all, {}, bearer(secondKey)).data()), idsOf(secondProjects));
    QCOMPARE(m_server->requests().constLast().organization, second);
    QCOMPARE(idsOf(call("GET", all).data()), idsOf(m_server->projects()));
    QCOMPARE(m_server->requests().constLast().organization, QStringLiteral("default"));

    // Another organization's project does not exist for this key.
    SandboxProject target;
    for (const SandboxProject &project : m_server->projects()) {
        if (!project.isDefault && !project.archivedAt)
            target = project;
    }
    QCOMPARE(call("GET", projectPath(target.id), {}, bearer(secondKey)).status, 404);
    QCOMPARE(call("POST", projectPath(target.id), nameBody(QStringLiteral("Taken over")),
                  bearer(secondKey))
                 .status,
             404);
    QCOMPARE(call("POST", archivePath(target.id), {}, bearer(secondKey)).status, 404);
    QCOMPARE(m_server->project(target.id)->name, target.name);
    QVERIFY(!m_server->project(target.id)->archivedAt);

    // A create lands in the key's organization.
    const Answer created = call("POST", listPath, nameBody(QStringLiteral("Made with key two")),
                                bearer(secondKey));
    QCOMPARE(created.status, 200);
    QCOMPARE(m_server->projectCountOf(second), 6);
    QCOMPARE(m_server->projectCount(), 9);
    const SandboxProject added
        = m_server->addProjectTo(second, QStringLiteral("Added in process"), startMs / 1000);
    QVERIFY(idsOf(m_server->projectsOf(second)).contains(added.id));
    QVERIFY(!m_server->project(added.id));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("nowhere")));
    QVERIFY(m_server->addProjectTo(QStringLiteral("nowhere"), QStringLiteral("X"), 0).id.isEmpty());

    // A key that matches no organization is served for none; every key is kept out of the log.
    QCOMPARE(call("GET", listPath, {}, bearer(wrongKey)).status, 401);
    QCOMPARE(m_server->requests().constLast().organization, QString());
    QCOMPARE(call("GET", listPath, {}, bearer(projectKey)).status, 403);
    QCOMPARE(m_server->requests().constLast().organization, QString());
    call("POST", listPath, nameBody(QString::fromLatin1("Named " + secondKey)));
    QVERIFY(!m_server->requests().constLast().body.contains(secondKey));

    // setAdminKey() changes the default organization's key only.
    const QByteArray newDefaultKey = QByteArrayLiteral("sk-admin-new-default-key-0000");
    m_server->setAdminKey(QString::fromLatin1(newDefaultKey));
    QCOMPARE(call("GET", listPath, {}, bearer(secondKey)).status, 200);
    QCOMPARE(m_server->requests().constLast().organization, second);
    QCOMPARE(call("GET", listPath, {}, bearer(newDefaultKey)).status, 200);
    QCOMPARE(m_server->requests().constLast().organization, QStringLiteral("default"));
}

void tst_Sandbox::organizationsNeverShareIds()
{
    m_server->seed(300, 30, 1);
    m_server->addOrganization(QStringLiteral("a"), QStringLiteral("sk-admin-a-000000"), 300, 30, 1);
    m_server->addOrganization(QStringLiteral("b"), QStringLiteral("sk-admin-b-000000"), 300, 30, 1);
    QSet<QString> ids;
    for (const char *name : {"default", "a", "b"}) {
        const QStringList own = idsOf(m_server->projectsOf(QLatin1String(name)));
        QCOMPARE(own.size(), 331);
        ids.unite(QSet<QString>(own.cbegin(), own.cend()));
    }
    QCOMPARE(ids.size(), 3 * 331);

    // The same name and seed make the same organization in any sandbox.
    SandboxServer other;
    other.addOrganization(QStringLiteral("a"), QStringLiteral("sk-admin-other-000"), 300, 30, 1);
    QCOMPARE(idsOf(other.projectsOf(QStringLiteral("a"))),
             idsOf(m_server->projectsOf(QStringLiteral("a"))));

    // Random ids could still meet by chance: a new id skips those another organization holds.
    // Shown with two stores whose random numbers are the same.
    ProjectStore first;
    ProjectStore second;
    second.setTakenElsewhere([&first](const QString &id) { return first.contains(id); });
    QRandomGenerator firstRandom(7);
    QRandomGenerator secondRandom(7);
    for (int i = 0; i < 50; ++i) {
        SandboxProject project;
        project.id = first.newId(firstRandom);
        first.insert(project);
    }
    for (int i = 0; i < 50; ++i) {
        SandboxProject project;
        project.id = second.newId(secondRandom);
        QVERIFY(!first.contains(project.id));
        second.insert(project);
    }
}

void tst_Sandbox::organizationsRefuseTakenNamesAndKeys()
{
    m_server->addOrganization(QStringLiteral("second"), QStringLiteral("sk-admin-second-000"), 2);
    QCOMPARE(m_server->projectCountOf(QStringLiteral("second")), 3);
    const auto expectWarning = [] {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("addOrganization")));
    };
    expectWarning();
    m_server->addOrganization(QStringLiteral("second"), QStringLiteral("sk-admin-other-000"), 9);
    QCOMPARE(m_server->projectCountOf(QStringLiteral("second")), 3);
    expectWarning();
    m_server->addOrganization(QStringLiteral("third"), QString::fromLatin1(adminKey));
    expectWarning();
    m_server->addOrganization(QStringLiteral("third"), QStringLiteral("sk-admin-second-000"));
    expectWarning();
    m_server->addOrganization(QString(), QStringLiteral("sk-admin-fourth-000"));
    expectWarning();
    m_server->addOrganization(QStringLiteral("fourth"), QString());
    QCOMPARE(m_server->projectCountOf(QStringLiteral("third")), 0);
    QCOMPARE(m_server->projectCountOf(QStringLiteral("fourth")), 0);
    QCOMPARE(call("GET", listPath).status, 200);
    QCOMPARE(m_server->requests().constLast().organization, QStringLiteral("default"));
}

void tst_Sandbox::rateLimitPerOrganization()
{
    const QByteArray secondKey = QByteArrayLiteral("sk-admin-second-rate-limit-000");
    m_server->addOrganization(QStringLiteral("second"), QString::fromLatin1(secondKey));
    m_server->setRateLimit(1, true, 60000);
    QCOMPARE(call("GET", listPath).status, 200);
    QCOMPARE(call("GET", listPath).status, 429);
    // Another organization's admin limit is its own.
    QCOMPARE(call("GET", listPath, {}, bearer(secondKey)).status, 200);
    QCOMPARE(call("GET", listPath, {}, bearer(secondKey)).status, 429);
    m_now += 60000;
    QCOMPARE(call("GET", listPath, {}, bearer(secondKey)).status, 200);
    QCOMPARE(call("GET", listPath).status, 200);
}

// --- Faults: listings that never end, closed connections, bodies too large, redirects ------

void tst_Sandbox::cursorCycle_data()
{
    QTest::addColumn<int>("active");
    QTest::addColumn<bool>("realRows");
    QTest::newRow("thirty projects: pages of ten") << 30 << true;
    QTest::newRow("two projects: split in half") << 1 << true;
    QTest::newRow("only the Default project: made-up rows") << 0 << false;
}

void tst_Sandbox::cursorCycle()
{
    QFETCH(int, active);
    QFETCH(bool, realRows);
    m_server->seed(active, 0, 15);
    const QStringList known = idsOf(m_server->projects());
    m_server->addFault(*SandboxServer::faultFromSpec(
        QStringLiteral("cursor-cycle,method=GET,path=%1,count=10").arg(listPath)));

    // A client that follows the cursors as a well-behaved one would.
    QStringList cursors;
    for (int i = 0; i < 10; ++i) {
        const Answer page
            = call("GET", listPath + pageQuery(10, cursors.isEmpty() ? QString() : cursors.last()));
        QCOMPARE(page.status, 200);
        const QJsonArray data = page.data();
        QVERIFY(!data.isEmpty() && data.size() <= 10);
        QCOMPARE(page.object().value(QLatin1String("has_more")).toBool(), true);
        QCOMPARE(page.object().value(QLatin1String("first_id")).toString(), idsOf(data).first());
        QCOMPARE(page.object().value(QLatin1String("last_id")).toString(), idsOf(data).last());
        for (const QJsonValue &row : data) {
            QVERIFY2(projectShapeProblem(row.toObject()).isEmpty(),
                     qPrintable(projectShapeProblem(row.toObject())));
            QCOMPARE(known.contains(row.toObject().value(QLatin1String("id")).toString()),
                     realRows);
        }
        cursors.append(page.object().value(QLatin1String("last_id")).toString());
    }
    QCOMPARE(m_server->pendingFaultCount(), 0);

    // A, B, A, B...
    QVERIFY(cursors.at(0) != cursors.at(1));
    for (qsizetype i = 2; i < cursors.size(); ++i)
        QCOMPARE(cursors.at(i), cursors.at(i % 2));
    if (active == 30) {
        QCOMPARE(cursors.at(0), known.at(9));
        QCOMPARE(cursors.at(1), known.at(19));
    }
    // Used up: B is a cursor like any other (or an unknown id, for made-up rows).
    const Answer next = call("GET", listPath + QStringLiteral("?limit=10&after=") + cursors.at(1));
    QCOMPARE(next.status, realRows ? 200 : 400);
}

void tst_Sandbox::emptyPageWithMore()
{
    m_server->seed(5, 0, 16);
    m_server->addFault(
        *SandboxServer::faultFromSpec(QStringLiteral("empty-more,method=GET,count=3")));
    QSet<QString> seen;
    QString after;
    for (int i = 0; i < 3; ++i) {
        const Answer page = call("GET", listPath + pageQuery(5, after));
        QCOMPARE(page.status, 200);
        QVERIFY(page.data().isEmpty());
        QCOMPARE(page.object().value(QLatin1String("has_more")).toBool(), true);
        for (const char *key : {"first_id", "last_id"}) {
            const QJsonValue id = page.object().value(QLatin1String(key));
            QVERIFY2(looksLikeProjectId(id), page.body.constData());
            QVERIFY(!m_server->project(id.toString()));
        }
        after = page.object().value(QLatin1String("last_id")).toString();
        QVERIFY2(!seen.contains(after), qPrintable(after)); // fresh each time
        seen.insert(after);
    }
    // Used up: the made-up cursor is refused like any unknown id.
    const Answer refused = call("GET", listPath + QStringLiteral("?after=") + after);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorObject().value(QLatin1String("param")).toString(),
             QStringLiteral("after"));
}

void tst_Sandbox::repeatRows()
{
    m_server->seed(12, 0, 17);
    const QStringList firstPage = idsOf(m_server->projects(), false).mid(0, 5);
    m_server->addFault(*SandboxServer::faultFromSpec(
        QStringLiteral("repeat-rows,method=GET,path=%1,count=4").arg(listPath)));
    QSet<QString> cursors;
    QString after;
    for (int i = 0; i < 4; ++i) {
        // The cursor handed out last time is taken as `after` while the fault lasts.
        const Answer page = call("GET", listPath + pageQuery(5, after));
        QCOMPARE(page.status, 200);
        QCOMPARE(idsOf(page.data()), firstPage);
        QCOMPARE(page.object().value(QLatin1String("has_more")).toBool(), true);
        QCOMPARE(page.object().value(QLatin1String("first_id")).toString(), firstPage.first());
        const QJsonValue cursor = page.object().value(QLatin1String("last_id"));
        QVERIFY2(looksLikeProjectId(cursor), page.body.constData());
        after = cursor.toString();
        QVERIFY(!m_server->project(after)); // never a row the client has seen
        QVERIFY(!cursors.contains(after));
        cursors.insert(after);
    }
    QCOMPARE(m_server->pendingFaultCount(), 0);
    QCOMPARE(call("GET", listPath + QStringLiteral("?after=") + after).status, 400);
}

void tst_Sandbox::closeAfterReadingThePost_data()
{
    QTest::addColumn<bool>("keptAlive");
    QTest::addColumn<int>("closes");
    QTest::newRow("on a new connection") << false << 1;
    QTest::newRow("on a kept-alive connection") << true << 1;
    QTest::newRow("every arrival closed") << false << 9;
    QTest::newRow("every arrival closed, kept-alive") << true << 9;
}

void tst_Sandbox::closeAfterReadingThePost()
{
    // Settles a transport fact: does Qt's HTTP stack send a POST again when the connection
    // closes before any byte of the answer?
    QFETCH(bool, keptAlive);
    QFETCH(int, closes);
    if (keptAlive)
        QCOMPARE(call("GET", listPath).status, 200); // the connection the POST will reuse
    m_server->clearRequests();
    m_server->addFault(*SandboxServer::faultFromSpec(
        QStringLiteral("close,method=POST,path=%1,count=%2").arg(listPath).arg(closes)));
    const int before = m_server->projectCount();

    QNetworkRequest request(urlOf(listPath));
    request.setRawHeader("Authorization", bearer(adminKey));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = nameBody(QStringLiteral("Posted once"));
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));

    const QList<SandboxRequest> posts = m_server->requests();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    qInfo("POSTs that arrived: %d; the reply: HTTP status %s, error %d (%s)", int(posts.size()),
          status.isValid() ? qPrintable(status.toString()) : "none", int(reply->error()),
          qPrintable(reply->errorString()));
    // Each arrival was read completely; the first one was closed without an answer.
    QVERIFY(!posts.isEmpty());
    for (const SandboxRequest &post : posts) {
        QCOMPARE(post.method, QByteArrayLiteral("POST"));
        QCOMPARE(post.body, body);
    }
    QCOMPARE(posts.constFirst().status, 0);

    // Qt 6.4 sends a POST once more, as it would a GET, when the connection closes before any
    // answer, new connection or kept-alive alike: two arrive for one post(). The second is
    // served (and creates the project) unless it is closed too; then the reply fails. Whoever
    // relies on "one post(), one create" must make Qt unable to send it again.
    QCOMPARE(posts.size(), 2);
    QCOMPARE(m_server->pendingFaultCount(), closes - 2 > 0 ? closes - 2 : 0);
    if (closes == 1) {
        QCOMPARE(posts.at(1).status, 200);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(status.toInt(), 200);
        QCOMPARE(m_server->projectCount(), before + 1);
    } else {
        QCOMPARE(posts.at(1).status, 0);
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
        QVERIFY(!status.isValid());
        QCOMPARE(m_server->projectCount(), before);
    }
}

void tst_Sandbox::closeAfterEffect()
{
    const SandboxProject project
        = m_server->addProject(QStringLiteral("Before"), startMs / 1000 - 60);
    // As many uses as Qt sends (see closeAfterReadingThePost), so that every arrival is closed.
    m_server->addFault(*SandboxServer::faultFromSpec(
        QStringLiteral("close,method=POST,path=%1,count=2,after-effect")
            .arg(projectPath(project.id))));
    const Answer answer = call("POST", projectPath(project.id), nameBody(QStringLiteral("After")));
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, -1);
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_server->requestCount("POST", projectPath(project.id)), 2);
    for (const SandboxRequest &request : m_server->requests())
        QCOMPARE(request.status, 0);
    // The rename happened before the connection was closed.
    QCOMPARE(m_server->project(project.id)->name, QStringLiteral("After"));
}

void tst_Sandbox::gzip_data()
{
    QTest::addColumn<bool>("compressible");
    QTest::newRow("one repeated character (~1000x)") << true;
    QTest::newRow("random hex digits (~2x)") << false;
}

void tst_Sandbox::gzip()
{
    QFETCH(bool, compressible);
    constexpr qsizetype size = 2 * 1024 * 1024;
    m_server->addFault(*SandboxServer::faultFromSpec(
        QStringLiteral("gzip,method=GET,size-mib=2,compressible=%1")
            .arg(compressible ? QStringLiteral("true") : QStringLiteral("false"))));

    // With Accept-Encoding set by hand, Qt hands the body over as it came.
    const Answer answer = callUrl("GET", urlOf(listPath), {}, bearer(adminKey), 0,
                                  "tst_sandbox/1.0", {{"Accept-Encoding", "gzip"}});
    QCOMPARE(answer.status, 200);
    QVERIFY2(headerProblem(answer).isEmpty(), qPrintable(headerProblem(answer)));
    QCOMPARE(answer.header("content-encoding"), QByteArrayLiteral("gzip"));
    QVERIFY(answer.body.startsWith("\x1f\x8b\x08")); // gzip, deflate
    const std::optional<QByteArray> inflated = gunzip(answer.body);
    QVERIFY2(inflated, "not one complete gzip member with a valid CRC32 and length");
    QCOMPARE(inflated->size(), size);
    QCOMPARE(qFromLittleEndian<quint32>(answer.body.constData() + answer.body.size() - 4),
             quint32(size)); // ISIZE

    // A valid list whose one project's name takes up the room.
    QJsonParseError error;
    const QJsonObject list = QJsonDocument::fromJson(*inflated, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(list.value(QLatin1String("object")).toString(), QStringLiteral("list"));
    const QJsonArray data = list.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 1);
    QVERIFY2(projectShapeProblem(data.first().toObject()).isEmpty(),
             qPrintable(projectShapeProblem(data.first().toObject())));
    const QString name = data.first().toObject().value(QLatin1String("name")).toString();
    QVERIFY(name.size() > size - 400);
    if (compressible) {
        QCOMPARE(name.count(name.front()), name.size());
        QVERIFY2(answer.body.size() < size / 500, qPrintable(QString::number(answer.body.size())));
    } else {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
        QVERIFY(hex.match(name).hasMatch());
        QVERIFY(name.count(name.front()) < name.size() / 8);
        QVERIFY2(answer.body.size() > size / 3 && answer.body.size() < size,
                 qPrintable(QString::number(answer.body.size())));
    }
    QCOMPARE(m_server->requests().constLast().status, 200);
    QCOMPARE(call("GET", listPath).status, 200);
}

void tst_Sandbox::gzipMeetsQtsRatioGuard()
{
    // What the two flavours are for, shown with Qt's own decompression (no Accept-Encoding set
    // by hand): Qt 6.4 gives up on a body that inflates ~1000x after some MiB, while a 2x body
    // of 64 MiB comes through whole (streamedBodiesStayOutOfMemory), so only the client's own
    // size cap can stop that one.
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("gzip,method=GET")));
    std::unique_ptr<QNetworkReply> reply(send("GET", listPath));
    qint64 received = 0;
    connect(reply.get(), &QNetworkReply::readyRead, this,
            [&] { received += reply->readAll().size(); });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(60000));
    received += reply->readAll().size();
    qInfo("Qt inflated %lld bytes, then: error %d (%s)", received, int(reply->error()),
          qPrintable(reply->errorString()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->error(), QNetworkReply::UnknownContentError);
    QVERIFY(received < 16 * 1024 * 1024);
    QCOMPARE(call("GET", listPath).status, 200);
}

void tst_Sandbox::oversize()
{
    constexpr qint64 mib = 1024 * 1024;
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("oversize,size-mib=3")));
    const Answer answer = call("GET", listPath);
    QCOMPARE(answer.status, 200);
    QVERIFY2(headerProblem(answer).isEmpty(), qPrintable(headerProblem(answer)));
    QCOMPARE(answer.header("content-length"), QByteArray::number(3 * mib));
    QCOMPARE(answer.body.size(), 3 * mib);
    QJsonParseError error;
    const QJsonObject list = QJsonDocument::fromJson(answer.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(list.value(QLatin1String("data")).toArray().size(), 1);

    // A client that gives up at the first bytes: the sandbox stops and serves the next.
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("oversize")));
    std::unique_ptr<QNetworkReply> reply(send("GET", listPath));
    QSignalSpy readyRead(reply.get(), &QNetworkReply::readyRead);
    QVERIFY(readyRead.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 64 * mib);
    reply->abort();
    QCOMPARE(call("GET", listPath).status, 200);
}

void tst_Sandbox::streamedBodiesStayOutOfMemory_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("sizeMib");
    QTest::newRow("oversize") << QStringLiteral("oversize,size-mib=128") << 128;
    QTest::newRow("gzip of random hex") << QStringLiteral("gzip,size-mib=64,compressible=false")
                                        << 64;
}

void tst_Sandbox::streamedBodiesStayOutOfMemory()
{
    QFETCH(QString, spec);
    QFETCH(int, sizeMib);
    // The executable, so that its own peak memory says what the sandbox held of the body.
    QProcess process;
    const auto stop = qScopeGuard([&process] {
        process.kill();
        process.waitForFinished(20000);
    });
    // Under AddressSanitizer (the asan preset) freed memory waits in a 256 MiB quarantine
    // before it is reused, which would count every streamed piece. A small quarantine keeps
    // the peak about what the sandbox holds; other builds ignore the variable.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       (asan.isEmpty() ? QString() : asan + u':')
                           + QStringLiteral("quarantine_size_mb=1:thread_local_quarantine_size_kb=64"));
    process.setProcessEnvironment(environment);
    const QStringList lines = startExecutable(
        process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fault"), spec});
    QCOMPARE(lines.size(), 2);
    const int port = portOfFirstLine(lines.constFirst());
    QVERIFY2(port > 0, qPrintable(lines.constFirst()));
    const qint64 before = procStatusKiB(process.processId(), "VmHWM");
    // Linux (CI and every developer machine here) has it; elsewhere this fails, never skips.
    QVERIFY2(before >= 0, "the sandbox's /proc/<pid>/status could not be read");

    // The client takes what comes at once (Qt inflates the gzip one).
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(listPath)));
    request.setRawHeader("Authorization", bearer(adminKey));
    std::unique_ptr<QNetworkReply> reply(m_network->get(request));
    qint64 received = 0;
    connect(reply.get(), &QNetworkReply::readyRead, this,
            [&] { received += reply->readAll().size(); });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(120000));
    received += reply->readAll().size();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(received, qint64(sizeMib) * 1024 * 1024);
    const qint64 growth = procStatusKiB(process.processId(), "VmHWM") - before;
    qInfo("the sandbox's peak grew by %lld KiB", growth);
    QVERIFY2(growth < 16 * 1024, qPrintable(QStringLiteral("the sandbox's peak grew by %1 KiB "
                                                           "for a %2 MiB body")
                                                .arg(growth)
                                                .arg(sizeMib)));
}

void tst_Sandbox::redirect_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("location"); // %1: the sandbox's port

    const QString otherOrigin
        = QStringLiteral("http://127.0.0.2:%1/v1/organization/projects?limit=3&after=x");
    QTest::newRow("default: 302 to another origin") << QStringLiteral("redirect") << 302
                                                    << otherOrigin;
    QTest::newRow("307") << QStringLiteral("redirect,status=307") << 307 << otherOrigin;
    QTest::newRow("a status that is no redirect: 302")
        << QStringLiteral("redirect,status=500") << 302 << otherOrigin;
    QTest::newRow("301 to a given place")
        << QStringLiteral("kind=redirect,status=301,location=https://example.invalid/v1/x") << 301
        << QStringLiteral("https://example.invalid/v1/x");
}

void tst_Sandbox::redirect()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QString, location);
    m_server->addFault(*SandboxServer::faultFromSpec(spec));
    QNetworkRequest request(urlOf(listPath + QStringLiteral("?limit=3&after=x")));
    request.setRawHeader("Authorization", bearer(adminKey));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_network->get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    location.replace(QLatin1String("%1"), QString::number(m_server->port()));
    QCOMPARE(QString::fromUtf8(reply->rawHeader("location")), location);
    QCOMPARE(m_server->requests().constLast().status, status);
}

void tst_Sandbox::statusFaultParam()
{
    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("status=400,param=name")));
    const Answer named = call("POST", listPath, nameBody(QStringLiteral("Fine name")));
    QCOMPARE(named.status, 400);
    QVERIFY2(errorShapeProblem(named).isEmpty(), qPrintable(errorShapeProblem(named)));
    QCOMPARE(named.errorObject().value(QLatin1String("param")).toString(), QStringLiteral("name"));
    QCOMPARE(m_server->projectCount(), 1);

    m_server->addFault(*SandboxServer::faultFromSpec(QStringLiteral("status=400")));
    QVERIFY(call("POST", listPath, nameBody(QStringLiteral("X")))
                .errorObject()
                .value(QLatin1String("param"))
                .isNull());

    // The same through the control endpoint, and listed with it.
    const QByteArray faults = R"([{"status":422,"param":"name"},
        {"kind":"gzip","size_mib":3,"compressible":false},
        {"kind":"redirect","status":307,"location":"http://x.invalid/"}])";
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/faults"), faults).status, 200);
    const QJsonArray listed = control("GET", QStringLiteral("/__sandbox/faults")).data();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).toObject().value(QLatin1String("param")).toString(),
             QStringLiteral("name"));
    QCOMPARE(listed.at(1).toObject().value(QLatin1String("size_mib")).toInt(), 3);
    QCOMPARE(listed.at(1).toObject().value(QLatin1String("compressible")).toBool(true), false);
    QCOMPARE(listed.at(2).toObject().value(QLatin1String("location")).toString(),
             QStringLiteral("http://x.invalid/"));
    QCOMPARE(call("POST", listPath, nameBody(QStringLiteral("Y")))
                 .errorObject()
                 .value(QLatin1String("param"))
                 .toString(),
             QStringLiteral("name"));
    QCOMPARE(control("POST", QStringLiteral("/__sandbox/faults"), R"({"kind":"gzip","size_mib":0})")
                 .status,
             400);
}

// --- Seeding and size -----------------------------------------------------------------------

void tst_Sandbox::seedingIsDeterministic()
{
    const auto snapshot = [](const QList<SandboxProject> &projects) {
        QStringList lines;
        for (const SandboxProject &project : projects) {
            lines.append(QStringLiteral("%1|%2|%3|%4|%5")
                             .arg(project.id, project.name)
                             .arg(project.createdAt)
                             .arg(project.archivedAt.value_or(-1))
                             .arg(project.isDefault));
        }
        return lines;
    };
    m_server->addProject(QStringLiteral("Gone after seeding"), startMs / 1000);
    m_server->seed(50, 10, 42);
    SandboxServer other;
    other.seed(50, 10, 42); // another clock, another day: the same organization
    QCOMPARE(snapshot(m_server->projects()), snapshot(other.projects()));

    other.seed(50, 10, 43);
    const QStringList a = snapshot(m_server->projects());
    const QStringList b = snapshot(other.projects());
    QCOMPARE(b.size(), a.size());
    const QStringList firstIds = idsOf(m_server->projects());
    const QSet<QString> idsA(firstIds.cbegin(), firstIds.cend());
    for (const SandboxProject &project : other.projects())
        QVERIFY(!idsA.contains(project.id));
    QVERIFY(a != b);
}

void tst_Sandbox::seededOrganizationLooksReal()
{
    m_server->seed(300, 60, 7);
    const QList<SandboxProject> projects = m_server->projects();
    QCOMPARE(projects.size(), 361);
    QCOMPARE(m_server->projectCount(), 361);

    const SandboxProject &oldest = projects.constLast();
    QVERIFY(oldest.isDefault);
    QCOMPARE(oldest.name, QStringLiteral("Default project"));
    QVERIFY(!oldest.archivedAt);
    int defaults = 0;
    int archived = 0;
    QSet<QString> names;
    QSet<QString> ids;
    static const QRegularExpression idPattern(QStringLiteral("^proj_[A-Za-z0-9]{24}$"));
    for (const SandboxProject &project : projects) {
        defaults += project.isDefault;
        names.insert(project.name);
        ids.insert(project.id);
        QVERIFY2(idPattern.match(project.id).hasMatch(), qPrintable(project.id));
        QVERIFY(!project.name.trimmed().isEmpty());
        QVERIFY(project.createdAt <= startMs / 1000);
        if (project.archivedAt) {
            ++archived;
            QVERIFY(*project.archivedAt > project.createdAt);
            QVERIFY(*project.archivedAt <= startMs / 1000);
        }
    }
    QCOMPARE(defaults, 1);
    QCOMPARE(archived, 60);
    QCOMPARE(ids.size(), projects.size());
    QVERIFY2(names.size() > 250, qPrintable(QString::number(names.size()))); // varied
    const qint64 span
        = projects.constFirst().createdAt - projects.at(projects.size() - 2).createdAt;
    QVERIFY(span > 2 * 365 * 24 * 3600); // over years
    QVERIFY(span <= 3 * 366 * 24 * 3600);
}

void tst_Sandbox::tenThousandProjects()
{
    m_server->seed(10000, 2000, 9);
    QCOMPARE(m_server->projectCount(), 12001);
    int pages = 0;
    const std::optional<QStringList> active = walk(false, &pages);
    QVERIFY(active);
    QCOMPARE(pages, 101);
    QCOMPARE(active->size(), 10001);
    QCOMPARE(*active, idsOf(m_server->projects(), false));
    const std::optional<QStringList> all = walk(true);
    QVERIFY(all);
    QCOMPARE(*all, idsOf(m_server->projects()));
}

void tst_Sandbox::fiftyThousandProjects()
{
    m_server->seed(50000, 0, 11);
    const QStringList ids = idsOf(m_server->projects());
    QCOMPARE(ids.size(), 50001);
    const Answer middle
        = call("GET", listPath + QStringLiteral("?limit=100&after=") + ids.at(25000));
    QCOMPARE(middle.status, 200);
    QCOMPARE(idsOf(middle.data()), ids.mid(25001, 100));
    QCOMPARE(middle.object().value(QLatin1String("has_more")).toBool(), true);
    const Answer last = call("GET", listPath + QStringLiteral("?limit=100&after=") + ids.at(49950));
    QCOMPARE(idsOf(last.data()), ids.mid(49951));
    QCOMPARE(last.object().value(QLatin1String("has_more")).toBool(), false);

    // Changes at this size keep the order: a new project comes first, an archived one leaves.
    const Answer created = call("POST", listPath, nameBody(QStringLiteral("Newest")));
    const QString newId = created.object().value(QLatin1String("id")).toString();
    QCOMPARE(call("POST", archivePath(ids.at(1))).status, 200);
    const Answer first = call("GET", listPath + QStringLiteral("?limit=3"));
    QCOMPARE(idsOf(first.data()), (QStringList{newId, ids.at(0), ids.at(2)}));
}

// --- The executable -------------------------------------------------------------------------

void tst_Sandbox::executable()
{
    QProcess process;
    const QByteArray key = QByteArrayLiteral("sk-admin-process-test-0000");
    QSignalSpy finished(&process, &QProcess::finished);
    const QStringList lines = startExecutable(
        process,
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--active"),
         QStringLiteral("3"), QStringLiteral("--archived"), QStringLiteral("2"),
         QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--admin-key"),
         QString::fromLatin1(key), QStringLiteral("--fault"),
         QStringLiteral("status=503,method=GET,path=/v1/organization/projects,count=1"),
         QStringLiteral("--log")});
    QCOMPARE(lines.size(), 2);
    const int port = portOfFirstLine(lines.at(0));
    QVERIFY2(port > 0, qPrintable(lines.at(0)));
    static const QRegularExpression tokenLine(QStringLiteral("^control token: ([0-9a-f]{32})\\n$"));
    const QRegularExpressionMatch token = tokenLine.match(lines.at(1));
    QVERIFY2(token.hasMatch(), qPrintable(lines.at(1)));
    const QUrl list(
        QStringLiteral("http://127.0.0.1:%1/v1/organization/projects?include_archived=true")
            .arg(port));

    QCOMPARE(callUrl("GET", list, {}, bearer(key)).status, 503); // the --fault
    const Answer answer = callUrl("GET", list, {}, bearer(key));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.data().size(), 6);
    QCOMPARE(callUrl("GET", list, {}, bearer(adminKey)).status, 401);

    // The control endpoint wants the printed token.
    const QUrl state(QStringLiteral("http://127.0.0.1:%1/__sandbox/state").arg(port));
    QCOMPARE(callUrl("GET", state, {}, {}).status, 403);
    QCOMPARE(callUrl("GET", state, {}, {}, 0, "tst_sandbox/1.0",
                     {{"x-sandbox-token", token.captured(1).toLatin1()}})
                 .status,
             200);

    process.kill();
    QVERIFY(finished.wait(20000) || !finished.isEmpty());
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("GET /v1/organization/projects?include_archived=true -> 200 auth=ok"),
             log.constData());
    QVERIFY(!log.contains(key));
}

void tst_Sandbox::executableOptions()
{
    QProcess process;
    const QByteArray secondKey = QByteArrayLiteral("sk-admin-second-process-0000");
    const QStringList lines = startExecutable(
        process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--active"),
                  QStringLiteral("0"), QStringLiteral("--archived"), QStringLiteral("0"),
                  QStringLiteral("--organization"),
                  QStringLiteral("second=%1,active=4,archived=2,seed=3")
                      .arg(QString::fromLatin1(secondKey)),
                  QStringLiteral("--control-token"), QStringLiteral("chosen-control-token")});
    QCOMPARE(lines.size(), 2);
    const int port = portOfFirstLine(lines.at(0));
    QVERIFY2(port > 0, qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("control token: chosen-control-token\n"));

    const QUrl list(QStringLiteral("http://127.0.0.1:%1%2?include_archived=true")
                        .arg(port)
                        .arg(listPath));
    SandboxServer twin;
    twin.addOrganization(QStringLiteral("second"), QStringLiteral("another-key"), 4, 2, 3);
    QCOMPARE(idsOf(callUrl("GET", list, {}, bearer(secondKey)).data()),
             idsOf(twin.projectsOf(QStringLiteral("second"))));
    QCOMPARE(callUrl("GET", list, {}, bearer(adminKey)).data().size(), 1);
    const Answer state
        = callUrl("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/__sandbox/state").arg(port)), {},
                  {}, 0, "tst_sandbox/1.0", {{"x-sandbox-token", "chosen-control-token"}});
    QCOMPARE(state.status, 200);
    QCOMPARE(state.object().value(QLatin1String("organizations")).toArray().size(), 2);
    process.kill();
    process.waitForFinished(20000);

    // Refused at start: a bad --organization, a name or key taken, an empty token.
    const QList<QStringList> refused{
        {QStringLiteral("--organization"), QStringLiteral("second")},
        {QStringLiteral("--organization"), QStringLiteral("second=k1,colour=blue")},
        {QStringLiteral("--organization"), QStringLiteral("second=k1,active=-3")},
        {QStringLiteral("--organization"), QStringLiteral("default=k1")},
        {QStringLiteral("--organization"), QStringLiteral("b=k1"), QStringLiteral("--organization"),
         QStringLiteral("c=k1")},
        {QStringLiteral("--control-token"), QString()},
    };
    for (const QStringList &arguments : refused) {
        QProcess bad;
        bad.start(QStringLiteral(ORGDESK_SANDBOX_EXECUTABLE),
                  QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        QVERIFY(bad.waitForFinished(20000));
        QVERIFY2(bad.exitCode() == 2, qPrintable(arguments.join(QLatin1Char(' '))));
        QVERIFY(bad.readAllStandardOutput().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_Sandbox)
#include "tst_sandbox.moc"
