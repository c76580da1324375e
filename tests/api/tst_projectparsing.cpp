// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "project.h"
#include "replyparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProjectParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void project_data();
    void project();
    void roundTrip();
    void page_data();
    void page();
    void pageErrorsCarryTheRequestId();
};

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

void TestProjectParsing::project_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("archived");
    QTest::addColumn<QString>("residency");

    QTest::newRow("active")
        << QByteArray(R"({"id":"proj_a","object":"organization.project","name":"Alpha","created_at":1711471533,"archived_at":null,"status":"active"})")
        << true << u"Alpha"_s << u"active"_s << false << QString();
    QTest::newRow("archived")
        << QByteArray(R"({"id":"proj_a","name":"A","created_at":1,"archived_at":2,"status":"archived"})")
        << true << u"A"_s << u"archived"_s << true << QString();
    QTest::newRow("null name")
        << QByteArray(R"({"id":"proj_a","name":null,"created_at":1,"status":"active"})")
        << true << QString() << u"active"_s << false << QString();
    QTest::newRow("missing status, archived_at set")
        << QByteArray(R"({"id":"proj_a","name":"A","created_at":1,"archived_at":5})")
        << true << u"A"_s << u"archived"_s << true << QString();
    QTest::newRow("missing status, not archived")
        << QByteArray(R"({"id":"proj_a","name":"A","created_at":1})")
        << true << u"A"_s << u"active"_s << false << QString();
    QTest::newRow("unknown status kept")
        << QByteArray(R"({"id":"proj_a","name":"A","created_at":1,"status":"suspended","archived_at":null})")
        << true << u"A"_s << u"suspended"_s << false << QString();
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"id":"proj_a","name":"A","created_at":1,"status":"active","billing":{"x":1},"tags":[1,2]})")
        << true << u"A"_s << u"active"_s << false << QString();
    QTest::newRow("residency")
        << QByteArray(R"({"id":"proj_a","name":"A","created_at":1,"residency":"EU_STORAGE_PROCESSING"})")
        << true << u"A"_s << u"active"_s << false << u"EU_STORAGE_PROCESSING"_s;
    QTest::newRow("geography (older name)")
        << QByteArray(R"({"id":"proj_a","name":"A","created_at":1,"geography":"US"})")
        << true << u"A"_s << u"active"_s << false << u"US"_s;
    QTest::newRow("name of wrong type ignored")
        << QByteArray(R"({"id":"proj_a","name":42,"created_at":1})")
        << true << QString() << u"active"_s << false << QString();
    QTest::newRow("created_at whole float accepted")
        << QByteArray(R"({"id":"proj_a","name":"A","created_at":1711471533.0})")
        << true << u"A"_s << u"active"_s << false << QString();

    const QString none;
    QTest::newRow("id not a string") << QByteArray(R"({"id":12,"name":"A","created_at":1})") << false << none << none << false << none;
    QTest::newRow("id missing") << QByteArray(R"({"name":"A","created_at":1})") << false << none << none << false << none;
    QTest::newRow("id empty") << QByteArray(R"({"id":"","name":"A","created_at":1})") << false << none << none << false << none;
    QTest::newRow("created_at fractional") << QByteArray(R"({"id":"p","created_at":1.5})") << false << none << none << false << none;
    QTest::newRow("created_at string") << QByteArray(R"({"id":"p","created_at":"1711471533"})") << false << none << none << false << none;
    QTest::newRow("created_at missing") << QByteArray(R"({"id":"p"})") << false << none << none << false << none;
    QTest::newRow("archived_at string") << QByteArray(R"({"id":"p","created_at":1,"archived_at":"yesterday"})") << false << none << none << false << none;
    QTest::newRow("array, not object") << QByteArray(R"([{"id":"p","created_at":1}])") << false << none << none << false << none;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><title>Login</title></html>") << false << none << none << false << none;
    QTest::newRow("empty") << QByteArray() << false << none << none << false << none;
    QTest::newRow("truncated") << QByteArray(R"({"id":"proj_a","name":"Al)") << false << none << none << false << none;
    QTest::newRow("null") << QByteArray("null") << false << none << none << false << none;
}

void TestProjectParsing::project()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const ApiResult<Project> result = ReplyParser::project(body, u"req_p"_s);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
        QCOMPARE(result.error().requestId(), u"req_p"_s);
        QVERIFY(!result.error().detail().isEmpty());
        return;
    }
    QCOMPARE(result.value().id, u"proj_a"_s);
    QTEST(result.value().name, "name");
    QTEST(result.value().status, "status");
    QTEST(result.value().isArchived(), "archived");
    QTEST(result.value().residency, "residency");
}

void TestProjectParsing::roundTrip()
{
    const auto parsed = Project::fromJson(json(R"({"id":"proj_x","object":"organization.project","name":"X",
        "created_at":100,"archived_at":200,"status":"archived","external_key_id":"key_1","residency":"EU"})"));
    QVERIFY(parsed);
    QCOMPARE(parsed->archivedAt, std::optional<qint64>(200));
    QCOMPARE(parsed->externalKeyId, u"key_1"_s);
    QCOMPARE(Project::fromJson(parsed->toJson()), parsed);
}

void TestProjectParsing::page_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<bool>("hasMore");

    const QByteArray two = R"([{"id":"proj_1","name":"One","created_at":2},{"id":"proj_2","name":null,"created_at":1}])";
    QTest::newRow("last_id used")
        << QByteArray(R"({"object":"list","data":)" + two + R"(,"first_id":"proj_1","last_id":"proj_2","has_more":true})")
        << QString() << true << 2 << u"proj_2"_s << true;
    QTest::newRow("last_id missing: last item's id")
        << QByteArray(R"({"object":"list","data":)" + two + R"(,"has_more":true})")
        << QString() << true << 2 << u"proj_2"_s << true;
    QTest::newRow("last_id null: last item's id")
        << QByteArray(R"({"data":)" + two + R"(,"last_id":null,"has_more":false})")
        << QString() << true << 2 << u"proj_2"_s << false;
    QTest::newRow("last page")
        << QByteArray(R"({"object":"list","data":)" + two + R"(,"last_id":"proj_2","has_more":false})")
        << u"proj_0"_s << true << 2 << u"proj_2"_s << false;
    QTest::newRow("empty last page")
        << QByteArray(R"({"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false})")
        << u"proj_9"_s << true << 0 << QString() << false;
    QTest::newRow("object mismatch ignored")
        << QByteArray(R"({"object":"something","data":)" + two + R"(,"has_more":false})")
        << QString() << true << 2 << u"proj_2"_s << false;
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"data":)" + two + R"(,"has_more":false,"total":2,"x":{}})")
        << QString() << true << 2 << u"proj_2"_s << false;

    const QString none;
    QTest::newRow("has_more with an empty page") << QByteArray(R"({"data":[],"has_more":true})") << none << false << 0 << none << false;
    QTest::newRow("has_more with the same cursor")
        << QByteArray(R"({"data":)" + two + R"(,"last_id":"proj_2","has_more":true})") << u"proj_2"_s << false << 0 << none << false;
    QTest::newRow("has_more with an empty last_id and no items")
        << QByteArray(R"({"data":[],"last_id":"","has_more":true})") << none << false << 0 << none << false;
    QTest::newRow("has_more missing") << QByteArray(R"({"data":)" + two + "}") << none << false << 0 << none << false;
    QTest::newRow("has_more a string") << QByteArray(R"({"data":)" + two + R"(,"has_more":"false"})") << none << false << 0 << none << false;
    QTest::newRow("data not an array") << QByteArray(R"({"data":{"id":"proj_1"},"has_more":false})") << none << false << 0 << none << false;
    QTest::newRow("data missing") << QByteArray(R"({"has_more":false})") << none << false << 0 << none << false;
    QTest::newRow("item without an id")
        << QByteArray(R"({"data":[{"id":"proj_1","created_at":1},{"name":"x","created_at":1}],"has_more":false})") << none << false << 0 << none << false;
    QTest::newRow("item id a number")
        << QByteArray(R"({"data":[{"id":5,"created_at":1}],"has_more":false})") << none << false << 0 << none << false;
    QTest::newRow("item not an object") << QByteArray(R"({"data":["proj_1"],"has_more":false})") << none << false << 0 << none << false;
    // The envelope gives a cursor, the page is refused all the same.
    QTest::newRow("has_more with an invalid item")
        << QByteArray(R"({"data":[{"id":"proj_1","created_at":"yesterday"}],"last_id":"proj_1","has_more":true})")
        << none << false << 0 << u"proj_1"_s << true;
    QTest::newRow("html") << QByteArray("<html><body>Sign in to the Wi-Fi</body></html>") << none << false << 0 << none << false;
    QTest::newRow("empty") << QByteArray("") << none << false << 0 << none << false;
    QTest::newRow("whitespace") << QByteArray(" \n") << none << false << 0 << none << false;
    QTest::newRow("truncated") << QByteArray(R"({"object":"list","data":[{"id":"proj_1","na)") << none << false << 0 << none << false;
    QTest::newRow("top-level array") << QByteArray("[]") << none << false << 0 << none << false;
}

void TestProjectParsing::page()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, after);
    QFETCH(bool, ok);
    const ApiResult<ProjectPage> result = ReplyParser::page(body, after);
    QCOMPARE(result.ok(), ok);

    QString why;
    if (!ReplyParser::jsonObject(body, &why)) {
        QVERIFY(!ok);
        QVERIFY(!why.isEmpty());
    }
    if (ok) {
        QFETCH(QString, cursor);
        QFETCH(bool, hasMore);
        QCOMPARE(result.value().hasMore, hasMore);
        if (hasMore)
            QCOMPARE(result.value().nextCursor, cursor);
    }

    if (!ok) {
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY(!result.error().detail().isEmpty());
        QVERIFY(result.error().userMessage().contains(result.error().detail()));
        return;
    }
    QTEST(int(result.value().projects.size()), "count");
    QTEST(result.value().nextCursor, "cursor");
    QTEST(result.value().hasMore, "hasMore");
}

void TestProjectParsing::pageErrorsCarryTheRequestId()
{
    const auto result = ReplyParser::page("<html></html>", {}, u"req_html"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().requestId(), u"req_html"_s);
    QVERIFY(result.error().userMessage().contains(u"req_html"_s));
    QVERIFY(result.error().userMessage().contains(u"HTML"_s));
}

QTEST_GUILESS_MAIN(TestProjectParsing)
#include "tst_projectparsing.moc"
