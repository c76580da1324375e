// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "resourcereader.h"

#include <QDebug>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using State = JsonOptional<QString>::State;

Q_DECLARE_METATYPE(State)

class TestResourceParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void projectUser_data();
    void projectUser();
    void organizationUser_data();
    void organizationUser();
    void serviceAccounts();
    void createdServiceAccount_data();
    void createdServiceAccount();
    void oneTimeKeyNeverInDebugOutput();
    void apiKey_data();
    void apiKey();
    void rateLimit_data();
    void rateLimit();
    void rateLimitChange();
    void envelope_data();
    void envelope();
    void badItemNamesItsPosition();
    void deletion_data();
    void deletion();
};

namespace {

QByteArray list(const QByteArray &items, const QByteArray &rest = R"("has_more":false)")
{
    return R"({"object":"list","data":[)" + items + "]," + rest + "}";
}

} // namespace

void TestResourceParsing::projectUser_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<State>("name");
    QTest::addColumn<State>("email");
    QTest::addColumn<QString>("role");

    QTest::newRow("spec example")
        << QByteArray(R"({"object":"organization.project.user","id":"user_abc","name":"First Last","email":"user@example.com","role":"member","added_at":1711471533})")
        << true << State::Present << State::Present << u"member"_s;
    QTest::newRow("null name, absent email")
        << QByteArray(R"({"id":"user_abc","name":null,"role":"owner","added_at":1})")
        << true << State::Null << State::Absent << u"owner"_s;
    QTest::newRow("unknown role kept as text")
        << QByteArray(R"({"id":"user_abc","role":"billing-admin","added_at":1})")
        << true << State::Absent << State::Absent << u"billing-admin"_s;
    QTest::newRow("name of another type reads as absent")
        << QByteArray(R"({"id":"user_abc","name":7,"role":"member","added_at":1})")
        << true << State::Absent << State::Absent << u"member"_s;
    QTest::newRow("no id") << QByteArray(R"({"role":"member","added_at":1})") << false << State::Absent
                           << State::Absent << QString();
    QTest::newRow("added_at as text") << QByteArray(R"({"id":"user_abc","role":"member","added_at":"1"})")
                                      << false << State::Absent << State::Absent << QString();
    QTest::newRow("added_at fractional") << QByteArray(R"({"id":"user_abc","role":"member","added_at":1.5})")
                                         << false << State::Absent << State::Absent << QString();
}

void TestResourceParsing::projectUser()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const ApiResult<ProjectUser> user = ResourceReader::projectUser(body, u"req_1"_s);
    QCOMPARE(user.ok(), ok);
    if (!ok) {
        QCOMPARE(user.error().kind(), ApiError::Kind::BadResponse);
        QCOMPARE(user.error().requestId(), u"req_1"_s);
        QVERIFY(!user.error().detail().isEmpty());
        return;
    }
    QTEST(user.value().name.state(), "name");
    QTEST(user.value().email.state(), "email");
    QTEST(user.value().role, "role");
}

void TestResourceParsing::organizationUser_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<bool>("person");
    QTest::addColumn<State>("role");

    QTest::newRow("spec example")
        << QByteArray(R"({"object":"organization.user","id":"user_abc","name":"First Last","email":"user@example.com","role":"reader","added_at":1711471533})")
        << true << State::Present;
    QTest::newRow("default user") << QByteArray(R"({"id":"user_d","added_at":1,"is_default":true,"role":null})")
                                  << false << State::Null;
    QTest::newRow("service account") << QByteArray(R"({"id":"user_s","added_at":1,"is_service_account":true})")
                                     << false << State::Absent;
    QTest::newRow("explicitly a person")
        << QByteArray(R"({"id":"user_p","added_at":1,"is_service_account":false,"is_default":false,"projects":null})")
        << true << State::Absent;
}

void TestResourceParsing::organizationUser()
{
    QFETCH(QByteArray, item);
    const ApiResult<OrganizationUserPage> page = ResourceReader::organizationUsers(list(item), {});
    QVERIFY2(page.ok(), qPrintable(page.error().detail()));
    QCOMPARE(page.value().items.size(), 1);
    QTEST(page.value().items.first().isPerson(), "person");
    QTEST(page.value().items.first().role.state(), "role");
}

void TestResourceParsing::serviceAccounts()
{
    const QByteArray body = list(R"({"object":"organization.project.service_account","id":"svc_acct_abc","name":"Nightly batch","role":"none","created_at":1711471533},)"
                                 R"({"id":"svc_acct_def","name":"CI","role":"auditor","created_at":1711471534})",
                                 R"("first_id":"svc_acct_abc","last_id":"svc_acct_def","has_more":true)");
    const ApiResult<ServiceAccountPage> page = ResourceReader::serviceAccounts(body, {}, u"req_2"_s);
    QVERIFY(page.ok());
    QCOMPARE(page.value().items.size(), 2);
    QCOMPARE(page.value().items.at(0).role, u"none"_s);
    QCOMPARE(page.value().items.at(1).role, u"auditor"_s);
    QCOMPARE(page.value().nextCursor, u"svc_acct_def"_s);
    QCOMPARE(page.value().firstId, u"svc_acct_abc"_s);
    QVERIFY(page.value().hasMore);
    QCOMPARE(page.value().requestId, u"req_2"_s);

    const ApiResult<ServiceAccountPage> bad = ResourceReader::serviceAccounts(list(R"({"id":"svc_acct_abc","name":"x"})"), {});
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().detail().contains(u"created_at"_s));
}

void TestResourceParsing::createdServiceAccount_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasKey");

    const QByteArray key = R"("api_key":{"object":"organization.project.service_account.api_key","value":"sk-svcacct-SECRETvalue0123456789","name":"Secret Key","created_at":1711471533,"id":"key_abc"})";
    QTest::newRow("spec example")
        << QByteArray(R"({"object":"organization.project.service_account","id":"svc_acct_abc","name":"Production App","role":"member","created_at":1711471533,)" + key + "}")
        << true << true;
    QTest::newRow("without key (create_service_account_only)")
        << QByteArray(R"({"id":"svc_acct_abc","name":"P","role":"none","created_at":1,"api_key":null})") << true << false;
    QTest::newRow("api_key missing") << QByteArray(R"({"id":"svc_acct_abc","name":"P","role":"member","created_at":1})")
                                     << false << false;
    QTest::newRow("api_key without value")
        << QByteArray(R"({"id":"svc_acct_abc","name":"P","role":"member","created_at":1,"api_key":{"id":"key_abc"}})")
        << false << false;
    // The key can never be read again: an odd account around it does not lose it.
    QTest::newRow("key kept although the account has no id")
        << QByteArray(R"({"name":"P","created_at":"now",)" + key + "}") << true << true;
}

void TestResourceParsing::createdServiceAccount()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, hasKey);
    const ApiResult<CreatedServiceAccount> created = ResourceReader::createdServiceAccount(body, u"req_3"_s);
    QCOMPARE(created.ok(), ok);
    if (!ok) {
        QCOMPARE(created.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY(!created.error().userMessage().contains(u"SECRET"_s));
        return;
    }
    QCOMPARE(created.value().apiKey.has_value(), hasKey);
    if (hasKey) {
        QCOMPARE(created.value().apiKey->value.reveal(), u"sk-svcacct-SECRETvalue0123456789"_s);
        QCOMPARE(created.value().apiKey->id, u"key_abc"_s);
    }
}

void TestResourceParsing::oneTimeKeyNeverInDebugOutput()
{
    const QByteArray body = R"({"id":"svc_acct_abc","name":"Production App","role":"member","created_at":1,)"
                            R"("api_key":{"value":"sk-svcacct-SECRETvalue0123456789","name":"Secret Key","created_at":1,"id":"key_abc"}})";
    const ApiResult<CreatedServiceAccount> created = ResourceReader::createdServiceAccount(body);
    QVERIFY(created.ok());
    QString text;
    QDebug(&text) << created.value() << created.value().apiKey->value << *created.value().apiKey;
    QVERIFY2(!text.contains(u"SECRET"_s), qPrintable(text));
    QVERIFY(text.contains(u"svc_acct_abc"_s)); // the rest is there to debug with
    QVERIFY(text.contains(u"OneTimeSecret(hidden)"_s));

    OneTimeSecret secret = created.value().apiKey->value;
    secret.clear();
    QVERIFY(secret.isEmpty());
    QCOMPARE(created.value().apiKey->value.reveal(), u"sk-svcacct-SECRETvalue0123456789"_s); // a copy's clear is its own
}

void TestResourceParsing::apiKey_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<std::optional<qint64>>("lastUsed");
    QTest::addColumn<QString>("ownerType");
    QTest::addColumn<QString>("ownerName");
    QTest::addColumn<bool>("deletable");

    QTest::newRow("service account's, never used")
        << QByteArray(R"({"object":"organization.project.api_key","redacted_value":"sk-abc...def","name":"Production App","created_at":1711471533,"last_used_at":null,"id":"key_def","owner_project_access":"active","owner":{"type":"service_account","service_account":{"id":"svc_acct_abc","name":"Production App","created_at":1711471533,"role":"member"}}})")
        << true << std::optional<qint64>() << u"service_account"_s << u"Production App"_s << false;
    QTest::newRow("user's, used")
        << QByteArray(R"({"redacted_value":"sk-abc...def","name":"laptop","created_at":1,"last_used_at":5,"id":"key_u","owner_project_access":"inactive","owner":{"type":"user","user":{"id":"user_a","email":"a@example.com","name":"Ann","created_at":1,"role":"owner"}}})")
        << true << std::optional<qint64>(5) << u"user"_s << u"Ann"_s << true;
    QTest::newRow("type without its object")
        << QByteArray(R"({"id":"key_x","created_at":1,"last_used_at":null,"owner":{"type":"user"}})")
        << true << std::optional<qint64>() << u"user"_s << QString() << true;
    QTest::newRow("unknown owner type kept")
        << QByteArray(R"({"id":"key_x","created_at":1,"last_used_at":null,"owner":{"type":"workload_identity"}})")
        << true << std::optional<qint64>() << u"workload_identity"_s << QString() << true;
    QTest::newRow("last_used_at as text")
        << QByteArray(R"({"id":"key_x","created_at":1,"last_used_at":"never","owner":{"type":"user"}})")
        << false << std::optional<qint64>() << QString() << QString() << false;
    QTest::newRow("no owner") << QByteArray(R"({"id":"key_x","created_at":1,"last_used_at":null})")
                              << false << std::optional<qint64>() << QString() << QString() << false;
}

void TestResourceParsing::apiKey()
{
    QFETCH(QByteArray, item);
    QFETCH(bool, ok);
    const ApiResult<ApiKeyPage> page = ResourceReader::apiKeys(list(item), {});
    QCOMPARE(page.ok(), ok);
    if (!ok)
        return;
    const ApiKey &key = page.value().items.first();
    QTEST(key.lastUsedAt, "lastUsed");
    QTEST(key.owner.type, "ownerType");
    QTEST(key.owner.name, "ownerName");
    QTEST(key.isDeletable(), "deletable");
}

void TestResourceParsing::rateLimit_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<std::optional<qint64>>("images");
    QTest::addColumn<std::optional<qint64>>("batch");

    QTest::newRow("spec example")
        << QByteArray(R"({"object":"project.rate_limit","id":"rl_ada","model":"ada","max_requests_per_1_minute":600,"max_tokens_per_1_minute":150000,"max_images_per_1_minute":10})")
        << true << std::optional<qint64>(10) << std::optional<qint64>();
    QTest::newRow("only the required fields")
        << QByteArray(R"({"id":"rl-gpt-4o","model":"gpt-4o","max_requests_per_1_minute":1,"max_tokens_per_1_minute":2})")
        << true << std::optional<qint64>() << std::optional<qint64>();
    QTest::newRow("null optional reads as absent")
        << QByteArray(R"({"id":"rl","model":"m","max_requests_per_1_minute":1,"max_tokens_per_1_minute":2,"max_images_per_1_minute":null,"batch_1_day_max_input_tokens":5000000000})")
        << true << std::optional<qint64>() << std::optional<qint64>(5000000000);
    QTest::newRow("optional as text")
        << QByteArray(R"({"id":"rl","model":"m","max_requests_per_1_minute":1,"max_tokens_per_1_minute":2,"max_images_per_1_minute":"10"})")
        << false << std::optional<qint64>() << std::optional<qint64>();
    QTest::newRow("tokens missing")
        << QByteArray(R"({"id":"rl","model":"m","max_requests_per_1_minute":1})")
        << false << std::optional<qint64>() << std::optional<qint64>();
    QTest::newRow("model missing")
        << QByteArray(R"({"id":"rl","max_requests_per_1_minute":1,"max_tokens_per_1_minute":2})")
        << false << std::optional<qint64>() << std::optional<qint64>();
}

void TestResourceParsing::rateLimit()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const ApiResult<RateLimit> limit = ResourceReader::rateLimit(body);
    QCOMPARE(limit.ok(), ok);
    if (!ok)
        return;
    QVERIFY(limit.value().has(RateLimitField::RequestsPerMinute));
    QTEST(limit.value().value(RateLimitField::ImagesPerMinute), "images");
    QTEST(limit.value().value(RateLimitField::BatchInputTokensPerDay), "batch");
    QVERIFY(!limit.value().has(RateLimitField::AudioMegabytesPerMinute));
}

void TestResourceParsing::rateLimitChange()
{
    RateLimit current;
    current.id = u"rl-gpt-4o"_s;
    current.values = {600, 150000, std::nullopt, std::nullopt, std::nullopt, 1000};
    RateLimit edited = current;
    edited.values[1] = 90000;
    edited.values[5] = 2000;
    const RateLimitChange change = RateLimitChange::between(current, edited);
    QCOMPARE(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"batch_1_day_max_input_tokens":2000,"max_tokens_per_1_minute":90000})"));
    QVERIFY(!change.isAppliedTo(current));
    QVERIFY(change.isAppliedTo(edited));
    QVERIFY(RateLimitChange::between(current, current).isEmpty());
    QCOMPARE(rateLimitFieldNamed(u"max_images_per_1_minute"), RateLimitField::ImagesPerMinute);
    QCOMPARE(rateLimitFieldNamed(u"model"), std::nullopt);
}

void TestResourceParsing::envelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("sentAfter");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("next");

    const QByteArray two = R"({"id":"svc_a","name":"A","role":"member","created_at":1},{"id":"svc_b","name":"B","role":"member","created_at":2})";
    QTest::newRow("last_id") << list(two, R"("first_id":"svc_a","last_id":"svc_b","has_more":true)") << QString() << true << u"svc_b"_s;
    QTest::newRow("last_id null: the last item's id") << list(two, R"("last_id":null,"has_more":true)") << QString() << true << u"svc_b"_s;
    QTest::newRow("empty last page") << list({}, R"("first_id":null,"last_id":null,"has_more":false)") << u"svc_b"_s << true << QString();
    QTest::newRow("has_more missing") << list(two, R"("last_id":"svc_b")") << QString() << false << QString();
    QTest::newRow("has_more as text") << list(two, R"("has_more":"true")") << QString() << false << QString();
    QTest::newRow("the same cursor again") << list(two, R"("last_id":"svc_b","has_more":true)") << u"svc_b"_s << false << QString();
    QTest::newRow("more without a cursor") << list({}, R"("has_more":true)") << QString() << false << QString();
    QTest::newRow("data not an array") << QByteArray(R"({"data":{},"has_more":false})") << QString() << false << QString();
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QString() << false << QString();
    QTest::newRow("cut off") << list(two).left(40) << QString() << false << QString();
    QTest::newRow("empty") << QByteArray() << QString() << false << QString();
}

void TestResourceParsing::envelope()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, sentAfter);
    QFETCH(bool, ok);
    const ApiResult<ServiceAccountPage> page = ResourceReader::serviceAccounts(body, sentAfter, u"req_9"_s);
    QCOMPARE(page.ok(), ok);
    if (!ok) {
        QCOMPARE(page.error().kind(), ApiError::Kind::BadResponse);
        QCOMPARE(page.error().requestId(), u"req_9"_s);
        QVERIFY(!page.error().detail().isEmpty());
        return;
    }
    QTEST(page.value().nextCursor, "next");
}

void TestResourceParsing::badItemNamesItsPosition()
{
    const QByteArray body = list(R"({"id":"user_a","role":"member","added_at":1},{"id":"user_b","role":"member"},7)");
    const ApiResult<ProjectUserPage> page = ResourceReader::projectUsers(body, {});
    QVERIFY(!page.ok());
    QCOMPARE(page.error().detail(), u"item 1: project user user_b without an integer \"added_at\""_s);
    const ApiResult<ProjectUserPage> notAnObject = ResourceReader::projectUsers(list("7"), {});
    QCOMPARE(notAnObject.error().detail(), u"item 0: an entry that is not an object"_s);
}

void TestResourceParsing::deletion_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("deleted") << QByteArray(R"({"object":"organization.project.user.deleted","id":"user_abc","deleted":true})") << true;
    QTest::newRow("not deleted") << QByteArray(R"({"object":"organization.project.user.deleted","id":"user_abc","deleted":false})") << false;
    QTest::newRow("no deleted field") << QByteArray(R"({"id":"user_abc"})") << false;
    QTest::newRow("empty body") << QByteArray() << false;
}

void TestResourceParsing::deletion()
{
    QFETCH(QByteArray, body);
    const ApiResult<Deletion> deleted = ResourceReader::deletion(body, u"req_d"_s);
    QTEST(deleted.ok(), "ok");
    if (deleted.ok()) {
        QCOMPARE(deleted.value().id, u"user_abc"_s);
        QVERIFY(!deleted.value().alreadyGone);
    }
}

QTEST_GUILESS_MAIN(TestResourceParsing)
#include "tst_resourceparsing.moc"
