// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "apierror.h"
#include "replyparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindForStatus_data();
    void kindForStatus();
    void isRetryable_data();
    void isRetryable();
    void errorBody_data();
    void errorBody();
    void userMessage_data();
    void userMessage();
    void userMessageNeverShowsAKey();
    void userMessageWithoutRequestId();
    void noErrorHasNoMessage();
};

void TestApiError::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("400") << 400 << Kind::InvalidRequest;
    QTest::newRow("401") << 401 << Kind::Unauthorized;
    QTest::newRow("403") << 403 << Kind::Forbidden;
    QTest::newRow("404") << 404 << Kind::NotFound;
    QTest::newRow("408") << 408 << Kind::Timeout;
    QTest::newRow("409") << 409 << Kind::InvalidRequest;
    QTest::newRow("422") << 422 << Kind::InvalidRequest;
    QTest::newRow("429") << 429 << Kind::RateLimited;
    QTest::newRow("500") << 500 << Kind::Server;
    QTest::newRow("502") << 502 << Kind::Server;
    QTest::newRow("503") << 503 << Kind::Server;
    QTest::newRow("200 is no error") << 200 << Kind::None;
    QTest::newRow("302 not followed") << 302 << Kind::BadResponse;
}

void TestApiError::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QCOMPARE(ApiError::kindForStatus(status), kind);
}

void TestApiError::isRetryable_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("retryable");
    const auto status = [](int s) { return ApiError(ApiError::kindForStatus(s)).setHttpStatus(s); };
    QTest::newRow("400") << status(400) << false;
    QTest::newRow("401") << status(401) << false;
    QTest::newRow("403") << status(403) << false;
    QTest::newRow("404") << status(404) << false;
    QTest::newRow("408") << status(408) << true;
    QTest::newRow("409") << status(409) << true;
    QTest::newRow("422") << status(422) << false;
    QTest::newRow("429") << status(429) << true;
    QTest::newRow("500") << status(500) << true;
    QTest::newRow("504") << status(504) << true;
    QTest::newRow("html 502 from a proxy") << ApiError(Kind::BadResponse).setHttpStatus(502) << true;
    QTest::newRow("html 403 from a proxy") << ApiError(Kind::BadResponse).setHttpStatus(403) << false;
    QTest::newRow("timeout") << ApiError(Kind::Timeout) << true;
    QTest::newRow("connection") << ApiError(Kind::Network) << true;
    QTest::newRow("bad 200 body") << ApiError(Kind::BadResponse).setHttpStatus(200) << false;
    QTest::newRow("insecure url") << ApiError(Kind::InsecureUrl) << false;
    QTest::newRow("cancelled") << ApiError(Kind::Cancelled) << false;
    QTest::newRow("no key") << ApiError(Kind::NoKey) << false;
    QTest::newRow("outcome unknown") << ApiError(Kind::OutcomeUnknown) << false;
}

void TestApiError::isRetryable()
{
    QFETCH(ApiError, error);
    QFETCH(bool, retryable);
    QCOMPARE(error.isRetryable(), retryable);
}

void TestApiError::errorBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("message");

    QTest::newRow("401 invalid key")
        << 401 << QByteArray(R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})")
        << Kind::Unauthorized << u"invalid_request_error"_s << u"invalid_api_key"_s << QString() << u"Incorrect API key provided"_s;
    QTest::newRow("400 archived with param")
        << 400 << QByteArray(R"({"error":{"message":"Project is archived","type":"invalid_request_error","param":"name","code":"project_archived"}})")
        << Kind::InvalidRequest << u"invalid_request_error"_s << u"project_archived"_s << u"name"_s << u"Project is archived"_s;
    QTest::newRow("error as a plain string")
        << 500 << QByteArray(R"({"error":"upstream failed"})")
        << Kind::Server << QString() << QString() << QString() << u"upstream failed"_s;
    QTest::newRow("fields of wrong types ignored")
        << 404 << QByteArray(R"({"error":{"message":7,"type":["x"],"code":{}}})")
        << Kind::NotFound << QString() << QString() << QString() << QString();
    QTest::newRow("html from a proxy")
        << 502 << QByteArray("<html><body>Bad gateway</body></html>")
        << Kind::BadResponse << QString() << QString() << QString() << QString();
    QTest::newRow("empty body")
        << 503 << QByteArray() << Kind::BadResponse << QString() << QString() << QString() << QString();
    QTest::newRow("json without error")
        << 400 << QByteArray(R"({"detail":"nope"})")
        << Kind::BadResponse << QString() << QString() << QString() << QString();
    QTest::newRow("truncated")
        << 429 << QByteArray(R"({"error":{"message":"slow do)")
        << Kind::BadResponse << QString() << QString() << QString() << QString();
}

void TestApiError::errorBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    const ApiError e = ReplyParser::error(status, body, QStringLiteral("req_123"));
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.requestId(), QStringLiteral("req_123"));
    QTEST(e.type(), "type");
    QTEST(e.code(), "code");
    QTEST(e.param(), "param");
    QTEST(e.apiMessage(), "message");
    QVERIFY(e.userMessage().contains(QStringLiteral("req_123")));
}

void TestApiError::userMessage_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QStringList>("phrases");
    const auto status = [](int s) { return ApiError(ApiError::kindForStatus(s)).setHttpStatus(s); };
    QTest::newRow("401") << status(401) << QStringList{u"admin key was rejected"_s, u"(401)"_s, u"Admin key"_s};
    QTest::newRow("403 project key")
        << status(403).setApiMessage(u"Missing scopes: api.management.read"_s)
        << QStringList{u"(403)"_s, u"admin key"_s, u"api.management"_s, u"Missing scopes"_s};
    QTest::newRow("404") << status(404) << QStringList{u"(404)"_s, u"refresh"_s};
    QTest::newRow("400 archived") << status(400).setCode(u"project_archived"_s)
                                  << QStringList{u"archived"_s, u"(400)"_s};
    QTest::newRow("400 default project")
        << status(400).setApiMessage(u"The Default project cannot be modified."_s)
        << QStringList{u"Default project cannot be renamed or archived"_s};
    QTest::newRow("400 other") << status(400).setApiMessage(u"Name too long"_s)
                               << QStringList{u"refused"_s, u"(400)"_s, u"Name too long"_s};
    QTest::newRow("429") << status(429) << QStringList{u"OpenAI is rate limiting requests"_s};
    QTest::newRow("500") << status(500) << QStringList{u"(500)"_s, u"Try again"_s};
    QTest::newRow("network") << ApiError(Kind::Network, u"Connection refused"_s)
                             << QStringList{u"could not reach"_s, u"Connection refused"_s};
    QTest::newRow("timeout") << ApiError(Kind::Timeout) << QStringList{u"did not answer in time"_s};
    QTest::newRow("bad response")
        << ApiError(Kind::BadResponse, u"an HTML page instead of JSON"_s).setRequestId(u"req_9"_s)
        << QStringList{u"OpenAI answered with something that is not valid API data (an HTML page instead of JSON)"_s,
                       u"req_9"_s};
    QTest::newRow("insecure") << ApiError(Kind::InsecureUrl, u"http://example.com"_s)
                              << QStringList{u"http://example.com"_s, u"https://"_s};
    QTest::newRow("outcome unknown")
        << ApiError(Kind::OutcomeUnknown)
        << QStringList{u"OrgDesk could not confirm whether the project was created. Refresh the list before trying again."_s};
    QTest::newRow("no key") << ApiError(Kind::NoKey) << QStringList{u"No admin key"_s};
}

void TestApiError::userMessage()
{
    QFETCH(ApiError, error);
    QFETCH(QStringList, phrases);
    const QString message = error.userMessage();
    for (const QString &phrase : std::as_const(phrases))
        QVERIFY2(message.contains(phrase), qPrintable(message + u" lacks: "_s + phrase));
}

void TestApiError::userMessageNeverShowsAKey()
{
    const ApiError e = ApiError(Kind::Unauthorized)
                           .setHttpStatus(401)
                           .setApiMessage(u"Incorrect API key provided: sk-admin-abcdef0123456789. Find it at..."_s)
                           .setDetail(u"key sk-proj-zyx987654321"_s);
    const QString message = e.userMessage();
    QVERIFY(!message.contains(u"abcdef0123456789"_s));
    QVERIFY(!message.contains(u"zyx987654321"_s));
    QVERIFY(message.contains(u"Incorrect API key provided"_s));
}

void TestApiError::userMessageWithoutRequestId()
{
    const ApiError e = ApiError(Kind::InvalidRequest)
                           .setHttpStatus(400)
                           .setApiMessage(u"Name too long"_s)
                           .setRequestId(u"req_abc123"_s);
    const QString whole = e.userMessage();
    const QString withoutId = e.userMessageWithoutRequestId();
    QVERIFY(whole.contains(u"req_abc123"_s));
    QVERIFY(!withoutId.contains(u"req_abc123"_s));
    QVERIFY(!withoutId.contains(u"Request ID"_s));
    QVERIFY2(whole.startsWith(withoutId), qPrintable(whole + u" / "_s + withoutId));
    QVERIFY(withoutId.contains(u"Name too long"_s));
    QCOMPARE(e.requestId(), u"req_abc123"_s); // the error itself keeps its id
}

void TestApiError::noErrorHasNoMessage()
{
    QVERIFY(ApiError().userMessage().isEmpty());
    QVERIFY(!ApiError().isError());
    QVERIFY(ApiError(Kind::Server).isError());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
