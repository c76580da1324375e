// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
// The sandbox's project workspace endpoints against a plain QNetworkAccessManager, over real
// HTTP on loopback: the choices tests/sandbox/README.md documents for the spec's open questions.
#include "resourceseeder.h"
#include "resourcestore.h"
#include "sandboxserver.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = -1;
    QJsonObject json;
    QByteArray allow;
    [[nodiscard]] QJsonArray data() const { return json.value(u"data"_s).toArray(); }
    [[nodiscard]] QString message() const { return json.value(u"error"_s).toObject().value(u"message"_s).toString(); }
    [[nodiscard]] QString code() const { return json.value(u"error"_s).toObject().value(u"code"_s).toString(); }
};

} // namespace

class TestSandboxResources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void seedingIsDeterministic();
    void usersFilteredByEitherEmailsForm();
    void absentAndNullNamesStayApart();
    void routesAndMethods();
    void membersOfAnArchivedProject();
    void defaultProjectKeepsItsMembers();
    void addMemberChoices();
    void removedMembersKeysBecomeInactive();
    void rateLimitsPageBothWays();
    void rateLimitUpdateIsAllOrNothing();
    void createWithoutKey();
    void faultsAndRateLimitApply();

private:
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {});
    QString projectPath(const QString &suffix) const
    {
        return u"/v1/organization/projects/"_s + m_sandbox->resourcesOf().bigProjectId() + suffix;
    }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSandboxResources::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->seed(5, 2, 9);
    QVERIFY(m_sandbox->listen() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxResources::cleanup()
{
    m_network.reset();
    m_sandbox.reset();
}

Answer TestSandboxResources::call(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QUrl url(u"http://127.0.0.1:%1"_s.arg(m_sandbox->port()));
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + QByteArray(SandboxServer::DefaultAdminKey));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(10000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    answer.allow = reply->rawHeader("allow");
    reply->deleteLater();
    return answer;
}

void TestSandboxResources::seedingIsDeterministic()
{
    SandboxServer again;
    again.seed(5, 2, 9);
    QCOMPARE(again.resourcesOf().bigProjectId(), m_sandbox->resourcesOf().bigProjectId());
    QCOMPARE(again.resourcesOf().users().at(42).id, m_sandbox->resourcesOf().users().at(42).id);
    const QString big = m_sandbox->resourcesOf().bigProjectId();
    QCOMPARE(again.projectResources(big).apiKeys.constLast().id, m_sandbox->projectResources(big).apiKeys.constLast().id);
    QCOMPARE(m_sandbox->projectResources(big).members.size(), ResourceSeeder::BigProjectMembers);
    QCOMPARE(m_sandbox->projectResources(big).apiKeys.size(), ResourceSeeder::BigProjectApiKeys);
    // The big project is the newest active one besides the Default project.
    const auto projects = m_sandbox->projects();
    const auto newest = std::find_if(projects.cbegin(), projects.cend(),
                                     [](const SandboxProject &p) { return !p.isDefault && !p.archivedAt; });
    QCOMPARE(newest->id, big);

    SandboxServer other;
    other.seed(5, 2, 10);
    QVERIFY(other.resourcesOf().users().at(42).id != m_sandbox->resourcesOf().users().at(42).id);
}

void TestSandboxResources::usersFilteredByEitherEmailsForm()
{
    const QList<SandboxUser> users = m_sandbox->resourcesOf().users();
    const QString a = users.at(3).email.toString();
    const QString b = users.at(4).email.toString().toUpper();
    const Answer exploded = call("GET", u"/v1/organization/users?emails=%1&emails=%2"_s.arg(a, b));
    QCOMPARE(exploded.status, 200);
    QCOMPARE(exploded.data().size(), 2);
    const Answer brackets = call("GET", u"/v1/organization/users?emails[]=%1"_s.arg(a));
    QCOMPARE(brackets.data().size(), 1);
    QCOMPARE(brackets.data().first().toObject().value(u"id"_s).toString(), users.at(3).id);
    const Answer firstPage = call("GET", u"/v1/organization/users"_s);
    QCOMPARE(firstPage.data().size(), 20); // the default limit
    QVERIFY(firstPage.json.value(u"has_more"_s).toBool());
}

void TestSandboxResources::absentAndNullNamesStayApart()
{
    const Answer users = call("GET", u"/v1/organization/users?limit=100"_s);
    const QJsonArray data = users.data();
    QVERIFY(data.at(5).toObject().contains(u"name"_s));
    QVERIFY(data.at(5).toObject().value(u"name"_s).isNull());
    QVERIFY(!data.at(7).toObject().contains(u"name"_s));
    QVERIFY(data.at(8).toObject().value(u"name"_s).isString());
    QVERIFY(!data.at(8).toObject().contains(u"is_default"_s));

    const Answer limits = call("GET", projectPath(u"/rate_limits"_s));
    for (const QJsonValue &limit : limits.data()) {
        for (const QString &field : limit.toObject().keys())
            QVERIFY2(!limit.toObject().value(field).isNull(), qPrintable(field));
    }
}

void TestSandboxResources::routesAndMethods()
{
    const Answer wrongMethod = call("PUT", projectPath(u"/users"_s));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.allow, QByteArray("GET, POST"));
    QCOMPARE(call("POST", projectPath(u"/api_keys"_s)).status, 405);
    QCOMPARE(call("GET", projectPath(u"/secrets"_s)).status, 404);
    QCOMPARE(call("GET", projectPath(u"/users/a/b"_s)).code(), u"unknown_url"_s);
    const Answer unknownProject = call("GET", u"/v1/organization/projects/proj_nope/users"_s);
    QCOMPARE(unknownProject.status, 404);
    QCOMPARE(unknownProject.code(), u"not_found"_s);
    QCOMPARE(call("GET", projectPath(u"/users?limit=101"_s)).code(), u"integer_above_max_value"_s);
    QCOMPARE(call("GET", projectPath(u"/users?after=user_nope"_s)).code(), u"invalid_value"_s);
    QCOMPARE(call("GET", projectPath(u"/api_keys?owner_project_access=all"_s)).code(), u"invalid_value"_s);
}

void TestSandboxResources::membersOfAnArchivedProject()
{
    const auto projects = m_sandbox->projects();
    const auto archived = std::find_if(projects.cbegin(), projects.cend(), [](const SandboxProject &p) { return p.archivedAt.has_value(); });
    const QString base = u"/v1/organization/projects/"_s + archived->id;
    QCOMPARE(call("GET", base + u"/users"_s).code(), u"project_archived"_s);
    QCOMPARE(call("GET", base + u"/service_accounts"_s).code(), u"project_archived"_s);
    QCOMPARE(call("POST", base + u"/rate_limits/rl-gpt-4o"_s, R"({"max_requests_per_1_minute":5})").code(),
             u"project_archived"_s);
    QCOMPARE(call("GET", base + u"/api_keys"_s).status, 200);
    QCOMPARE(call("GET", base + u"/rate_limits"_s).status, 200);
}

void TestSandboxResources::defaultProjectKeepsItsMembers()
{
    const SandboxProject defaultProject = m_sandbox->projects().constLast();
    QVERIFY(defaultProject.isDefault);
    const QString member = m_sandbox->projectResources(defaultProject.id).members.first().userId;
    const Answer refused = call("DELETE", u"/v1/organization/projects/%1/users/%2"_s.arg(defaultProject.id, member));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.message().contains(u"Default project"_s));
}

void TestSandboxResources::addMemberChoices()
{
    const QList<SandboxUser> users = m_sandbox->resourcesOf().users();
    const SandboxUser &defaultUser = users.at(ResourceSeeder::UserCount - 3);
    QVERIFY(defaultUser.isDefault);
    const Answer notPerson = call("POST", projectPath(u"/users"_s),
                                  QJsonDocument(QJsonObject{{u"user_id"_s, defaultUser.id}, {u"role"_s, u"member"_s}}).toJson());
    QCOMPARE(notPerson.status, 400);
    QVERIFY(notPerson.message().contains(u"member of this organization"_s));

    const QString member = m_sandbox->projectResources(m_sandbox->resourcesOf().bigProjectId()).members.first().userId;
    const Answer twice = call("POST", projectPath(u"/users"_s),
                              QJsonDocument(QJsonObject{{u"user_id"_s, member}, {u"role"_s, u"member"_s}}).toJson());
    QVERIFY(twice.message().contains(u"already a member"_s));
    QCOMPARE(call("POST", projectPath(u"/users"_s), R"({"role":"member"})").code(), u"missing_required_parameter"_s);
    QCOMPARE(call("POST", projectPath(u"/users"_s), R"({"email":"x@example.com","role":"admin"})").code(), u"invalid_value"_s);
    QCOMPARE(call("POST", projectPath(u"/users/"_s + member), R"({"role":null})").code(), u"invalid_value"_s);
}

void TestSandboxResources::removedMembersKeysBecomeInactive()
{
    const ProjectResources &resources = m_sandbox->projectResources(m_sandbox->resourcesOf().bigProjectId());
    const QString member = resources.members.first().userId;
    QVERIFY(call("GET", projectPath(u"/api_keys?owner_project_access=inactive"_s)).data().isEmpty());
    QCOMPARE(call("DELETE", projectPath(u"/users/"_s + member)).status, 200);
    const Answer inactive = call("GET", projectPath(u"/api_keys?owner_project_access=inactive"_s));
    QVERIFY(!inactive.data().isEmpty());
    for (const QJsonValue &key : inactive.data()) {
        QCOMPARE(key.toObject().value(u"owner_project_access"_s).toString(), u"inactive"_s);
        QCOMPARE(key.toObject().value(u"owner"_s).toObject().value(u"user"_s).toObject().value(u"id"_s).toString(), member);
    }
}

void TestSandboxResources::rateLimitsPageBothWays()
{
    const Answer all = call("GET", projectPath(u"/rate_limits"_s));
    QCOMPARE(all.data().size(), ResourceSeeder::models().size()); // default limit 100
    const Answer first = call("GET", projectPath(u"/rate_limits?limit=5"_s));
    QCOMPARE(first.data().size(), 5);
    const QString last = first.json.value(u"last_id"_s).toString();
    const Answer second = call("GET", projectPath(u"/rate_limits?limit=5&after="_s + last));
    QCOMPARE(second.data().first().toObject().value(u"id"_s), all.data().at(5).toObject().value(u"id"_s));
    const Answer back = call("GET", projectPath(u"/rate_limits?limit=5&before="_s + second.json.value(u"first_id"_s).toString()));
    QCOMPARE(back.data(), first.data());
    QVERIFY(!back.json.value(u"has_more"_s).toBool());
    QCOMPARE(call("GET", projectPath(u"/rate_limits?after=rl-o3&before=rl-o3"_s)).status, 400);
}

void TestSandboxResources::rateLimitUpdateIsAllOrNothing()
{
    const QString path = projectPath(u"/rate_limits/rl-gpt-4o"_s);
    const Answer refused = call("POST", path, R"({"max_requests_per_1_minute":7,"max_tokens_per_1_minute":40000000})");
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.message(), u"Invalid 'max_tokens_per_1_minute': 40000000 is above the organization's limit of 30000000 for gpt-4o."_s);
    const Answer unchanged = call("POST", path, "{}");
    QCOMPARE(unchanged.status, 200);
    QVERIFY(unchanged.json.value(u"max_requests_per_1_minute"_s).toInteger() != 7);
    QCOMPARE(call("POST", path, R"({"max_images_per_1_minute":7})").status, 400);
    QCOMPARE(call("POST", path, R"({"max_requests_per_1_minute":0})").code(), u"integer_below_min_value"_s);
    QCOMPARE(call("POST", path, R"({"max_requests_per_1_minute":"7"})").code(), u"invalid_type"_s);
    QCOMPARE(call("POST", path, R"({"model":"gpt-5"})").code(), u"unknown_parameter"_s);
    const Answer changed = call("POST", path, R"({"max_requests_per_1_minute":7})");
    QCOMPARE(changed.json.value(u"max_requests_per_1_minute"_s).toInteger(), 7);
    QCOMPARE(call("POST", projectPath(u"/rate_limits/rl-nope"_s), "{}").status, 404);
}

void TestSandboxResources::createWithoutKey()
{
    const Answer created = call("POST", projectPath(u"/service_accounts"_s),
                                R"({"name":"Reader","create_service_account_only":true})");
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.value(u"role"_s).toString(), u"none"_s);
    QVERIFY(created.json.contains(u"api_key"_s));
    QVERIFY(created.json.value(u"api_key"_s).isNull());
    QCOMPARE(call("POST", projectPath(u"/service_accounts"_s), R"({"name":""})").code(), u"empty_string"_s);
}

void TestSandboxResources::faultsAndRateLimitApply()
{
    SandboxFault invalid;
    invalid.kind = SandboxFault::Kind::InvalidItem;
    invalid.path = projectPath(u"/users"_s);
    m_sandbox->addFault(invalid);
    const Answer spoiled = call("GET", projectPath(u"/users"_s));
    QCOMPARE(spoiled.data().last().toObject().value(u"added_at"_s).toString(), u"yesterday"_s);

    m_sandbox->setRateLimit(2, true, 60000);
    QCOMPARE(call("GET", projectPath(u"/api_keys"_s)).status, 200);
    QCOMPARE(call("GET", projectPath(u"/api_keys"_s)).status, 200);
    const Answer limited = call("GET", projectPath(u"/api_keys"_s));
    QCOMPARE(limited.status, 429);
    QCOMPARE(call("GET", projectPath(u"/rate_limits"_s)).status, 200); // another bucket
    QCOMPARE(m_sandbox->requests().constLast().authorization, u"ok"_s);
}

QTEST_GUILESS_MAIN(TestSandboxResources)
#include "tst_sandboxresources.moc"
