// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectresourcesapi.h"
#include "resourceseeder.h"
#include "resourcestore.h"
#include "sandboxserver.h"

#include <QDebug>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QString Key = QString::fromLatin1(SandboxServer::DefaultAdminKey);

// Every message logged while a test runs, debug included.
QStringList &loggedMessages()
{
    static QStringList messages;
    return messages;
}

void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    loggedMessages().append(message);
}

template <typename T>
struct Awaited
{
    std::shared_ptr<std::optional<ApiResult<T>>> result = std::make_shared<std::optional<ApiResult<T>>>();

    ProjectResourcesApi::Handler<T> handler() const
    {
        return [result = result](const ApiResult<T> &r) { *result = r; };
    }
    [[nodiscard]] bool ready() const { return result->has_value(); }
    [[nodiscard]] const ApiResult<T> &get() const { return **result; }
};

#define AWAIT(awaited) QTRY_VERIFY_WITH_TIMEOUT((awaited).ready(), 10000)

SandboxFault fault(SandboxFault::Kind kind, int status, const QByteArray &method, const QString &path,
                   bool afterEffect = false)
{
    SandboxFault f;
    f.kind = kind;
    f.status = status;
    f.method = method;
    f.path = path;
    f.afterEffect = afterEffect;
    return f;
}

} // namespace

class TestProjectResourcesApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void membersPageThrough250InThreeRequests();
    void listsAskAsTheServiceExpects();
    void organizationUsersFilteredByEmail();
    void addChangeRemoveMember();
    void addingSomeoneOutsideTheOrganization();
    void addWhoseAnswerIsLostIsConfirmed();
    void removingTwiceIsDone();
    void unknownProjectIsNotFound();
    void archivedProjectRefusesChanges();
    void idsAreOnePathSegment();
    void emptyIdIsRefusedWithoutARequest();
    void createServiceAccountShowsItsKeyOnce();
    void createServiceAccountIsNeverRepeated();
    void deleteServiceAccountTakesItsKeys();
    void apiKeysListEveryKey();
    void serviceAccountKeyCannotBeDeletedAlone();
    void rateLimitsListAndUpdate();
    void rateLimitAboveTheOrganizationsMaximum();
    void rateLimitUpdateWhoseAnswerIsLostIsReRead();
    void eachOperationHasItsOwnBucket();

private:
    QString big() const { return m_sandbox->resourcesOf().bigProjectId(); }
    QString path(const QString &suffix) const { return u"/v1/organization/projects/"_s + big() + suffix; }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AdminApiClient> m_client;
    std::unique_ptr<ProjectResourcesApi> m_api;
};

void TestProjectResourcesApi::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->seed(6, 2, 4);
    QVERIFY(m_sandbox->listen() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AdminApiClient>(m_network.get());
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(Key);
    m_client->setRandomSource([] { return 0.999; });
    m_api = std::make_unique<ProjectResourcesApi>(m_client.get());
    QVERIFY(!big().isEmpty());
}

void TestProjectResourcesApi::cleanup()
{
    m_api.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

void TestProjectResourcesApi::membersPageThrough250InThreeRequests()
{
    QSet<QString> ids;
    PageQuery query;
    for (int page = 0; page < 5; ++page) {
        Awaited<ProjectUserPage> members;
        m_api->listMembers(big(), query, this, members.handler());
        AWAIT(members);
        QVERIFY2(members.get().ok(), qPrintable(members.get().error().userMessage()));
        for (const ProjectUser &user : members.get().value().items)
            ids.insert(user.id);
        if (!members.get().value().hasMore)
            break;
        query.after = members.get().value().nextCursor;
    }
    QCOMPARE(ids.size(), ResourceSeeder::BigProjectMembers);
    const QList<SandboxRequest> log = m_sandbox->requests();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).path, path(u"/users"_s));
    QCOMPARE(log.at(0).query, u"limit=100"_s);
    QVERIFY(log.at(1).query.startsWith(u"after=user_"_s));
    QVERIFY(log.at(2).query.endsWith(u"&limit=100"_s));
    QCOMPARE(log.at(0).method, QByteArray("GET"));
}

void TestProjectResourcesApi::listsAskAsTheServiceExpects()
{
    Awaited<ServiceAccountPage> accounts;
    m_api->listServiceAccounts(big(), PageQuery{{}, 4}, this, accounts.handler());
    AWAIT(accounts);
    QVERIFY(accounts.get().ok());
    QCOMPARE(accounts.get().value().items.size(), 4);
    QVERIFY(accounts.get().value().hasMore);
    QCOMPARE(m_sandbox->requests().constLast().path, path(u"/service_accounts"_s));
    QCOMPARE(m_sandbox->requests().constLast().query, u"limit=4"_s);

    Awaited<ServiceAccountPage> rest;
    m_api->listServiceAccounts(big(), PageQuery{accounts.get().value().nextCursor, 500}, this, rest.handler());
    AWAIT(rest);
    QCOMPARE(rest.get().value().items.size(), ResourceSeeder::BigProjectServiceAccounts - 4);
    QCOMPARE(m_sandbox->requests().constLast().query,
             u"after="_s + accounts.get().value().nextCursor + u"&limit=100"_s); // clamped

    Awaited<RateLimitPage> limits;
    m_api->listRateLimits(big(), PageQuery{u"rl-o3"_s, 2}, this, limits.handler());
    AWAIT(limits);
    QVERIFY(limits.get().ok());
    QCOMPARE(limits.get().value().items.first().model, u"o4-mini"_s);
    QCOMPARE(m_sandbox->requests().constLast().path, path(u"/rate_limits"_s));
    QCOMPARE(m_sandbox->requests().constLast().query, u"after=rl-o3&limit=2"_s);

    const QString member = m_sandbox->projectResources(big()).members.at(7).userId;
    Awaited<ProjectUser> one;
    m_api->retrieveMember(big(), member, this, one.handler());
    AWAIT(one);
    QCOMPARE(one.get().value().id, member);
    QCOMPARE(m_sandbox->requests().constLast().path, path(u"/users/"_s + member));
    QCOMPARE(m_sandbox->requests().size(), 4);
}

void TestProjectResourcesApi::organizationUsersFilteredByEmail()
{
    const QList<SandboxUser> users = m_sandbox->resourcesOf().users();
    QCOMPARE(users.size(), ResourceSeeder::UserCount);
    const QString first = users.at(10).email.toString();
    const QString second = users.at(20).email.toString().toUpper(); // compared case-insensitively
    Awaited<OrganizationUserPage> found;
    m_api->listOrganizationUsers(PageQuery{}, {first, second}, this, found.handler());
    AWAIT(found);
    QVERIFY(found.get().ok());
    QCOMPARE(found.get().value().items.size(), 2);
    QCOMPARE(found.get().value().items.at(0).id, users.at(10).id);
    QCOMPARE(m_sandbox->requests().constLast().path, u"/v1/organization/users"_s);
    QCOMPARE(m_sandbox->requests().constLast().query,
             u"limit=100&emails="_s + QString::fromLatin1(QUrl::toPercentEncoding(first)) + u"&emails="_s
                 + QString::fromLatin1(QUrl::toPercentEncoding(second)));

    // The whole list: 300 users, three of them no person to pick.
    Awaited<OrganizationUserPage> all;
    m_api->listOrganizationUsers(PageQuery{users.at(199).id, 100}, {}, this, all.handler());
    AWAIT(all);
    QVERIFY(all.get().ok());
    QCOMPARE(all.get().value().items.size(), 100);
    QVERIFY(!all.get().value().hasMore);
    const auto people = std::count_if(all.get().value().items.cbegin(), all.get().value().items.cend(),
                                      [](const OrganizationUser &u) { return u.isPerson(); });
    QCOMPARE(people, 97);
}

void TestProjectResourcesApi::addChangeRemoveMember()
{
    // Someone in the organization but not in the project.
    const ProjectResources &resources = m_sandbox->projectResources(big());
    QString outsider;
    for (const SandboxUser &user : m_sandbox->resourcesOf().users()) {
        const bool member = std::any_of(resources.members.cbegin(), resources.members.cend(),
                                        [&user](const SandboxMember &m) { return m.userId == user.id; });
        if (!member && !user.isDefault && !user.isServiceAccount) {
            outsider = user.id;
            break;
        }
    }
    QVERIFY(!outsider.isEmpty());

    Awaited<ProjectUser> added;
    m_api->addMember(big(), NewMember{outsider, {}, u"member"_s}, this, added.handler());
    AWAIT(added);
    QVERIFY2(added.get().ok(), qPrintable(added.get().error().userMessage()));
    QCOMPARE(added.get().value().id, outsider);
    QCOMPARE(added.get().value().role, u"member"_s);
    QCOMPARE(m_sandbox->requests().constLast().method, QByteArray("POST"));
    QCOMPARE(m_sandbox->requests().constLast().path, path(u"/users"_s));
    QCOMPARE(QJsonDocument::fromJson(m_sandbox->requests().constLast().body).object(),
             (QJsonObject{{u"role"_s, u"member"_s}, {u"user_id"_s, outsider}}));
    QCOMPARE(m_sandbox->projectResources(big()).members.size(), ResourceSeeder::BigProjectMembers + 1);

    Awaited<ProjectUser> changed;
    m_api->changeMemberRole(big(), outsider, u"owner"_s, this, changed.handler());
    AWAIT(changed);
    QVERIFY(changed.get().ok());
    QCOMPARE(changed.get().value().role, u"owner"_s);
    QCOMPARE(m_sandbox->requests().constLast().path, path(u"/users/"_s + outsider));
    QCOMPARE(m_sandbox->requests().constLast().body, QByteArray(R"({"role":"owner"})"));
    QCOMPARE(m_sandbox->projectResources(big()).members.constLast().role, u"owner"_s);

    Awaited<Deletion> removed;
    m_api->removeMember(big(), outsider, this, removed.handler());
    AWAIT(removed);
    QVERIFY(removed.get().ok());
    QVERIFY(!removed.get().value().alreadyGone);
    QCOMPARE(m_sandbox->requests().constLast().method, QByteArray("DELETE"));
    QCOMPARE(m_sandbox->projectResources(big()).members.size(), ResourceSeeder::BigProjectMembers);
    QCOMPARE(m_sandbox->requests().size(), 3);
}

void TestProjectResourcesApi::addingSomeoneOutsideTheOrganization()
{
    Awaited<ProjectUser> added;
    m_api->addMember(big(), NewMember{{}, u"stranger@elsewhere.example"_s, u"member"_s}, this, added.handler());
    AWAIT(added);
    QVERIFY(!added.get().ok());
    QCOMPARE(added.get().error().kind(), Kind::InvalidRequest);
    QCOMPARE(added.get().error().httpStatus(), 400);
    QVERIFY(ProjectResourcesApi::isNotOrganizationMember(added.get().error()));
    QVERIFY(added.get().error().userMessage().contains(u"stranger@elsewhere.example"_s));
    QCOMPARE(m_sandbox->requests().size(), 1);

    ApiError other(Kind::InvalidRequest);
    other.setHttpStatus(400).setParam(u"role"_s).setApiMessage(u"Invalid value for 'role'"_s);
    QVERIFY(!ProjectResourcesApi::isNotOrganizationMember(other));
}

void TestProjectResourcesApi::addWhoseAnswerIsLostIsConfirmed()
{
    const SandboxUser user = m_sandbox->resourcesOf().users().at(ResourceSeeder::UserCount - 4);
    m_sandbox->projectResources(big()).members.removeIf([&user](const SandboxMember &m) { return m.userId == user.id; });
    m_sandbox->addFault(fault(SandboxFault::Kind::Status, 500, "POST", path(u"/users"_s), true));
    Awaited<ProjectUser> added;
    m_api->addMember(big(), NewMember{user.id, {}, u"owner"_s}, this, added.handler());
    AWAIT(added);
    QVERIFY2(added.get().ok(), qPrintable(added.get().error().userMessage()));
    QCOMPARE(added.get().value().role, u"owner"_s);
    QCOMPARE(m_sandbox->requestCount("POST", path(u"/users"_s)), 1);
    QCOMPARE(m_sandbox->requestCount("GET", path(u"/users/"_s + user.id)), 1);

    // Lost before the effect: the check finds nobody, the original error comes back.
    Awaited<ProjectUser> lost;
    const SandboxUser other = m_sandbox->resourcesOf().users().at(ResourceSeeder::UserCount - 5);
    m_sandbox->projectResources(big()).members.removeIf([&other](const SandboxMember &m) { return m.userId == other.id; });
    m_sandbox->addFault(fault(SandboxFault::Kind::Status, 502, "POST", path(u"/users"_s)));
    m_api->addMember(big(), NewMember{other.id, {}, u"member"_s}, this, lost.handler());
    AWAIT(lost);
    QCOMPARE(lost.get().error().kind(), Kind::Server);
    QCOMPARE(m_sandbox->requestCount("POST", path(u"/users"_s)), 2);
}

void TestProjectResourcesApi::removingTwiceIsDone()
{
    const QString member = m_sandbox->projectResources(big()).members.constLast().userId;
    m_sandbox->addFault(fault(SandboxFault::Kind::DropMidBody, 200, "DELETE", path(u"/users/"_s + member), true));
    Awaited<Deletion> removed;
    m_api->removeMember(big(), member, this, removed.handler());
    AWAIT(removed);
    // The first answer was lost after the removal; the repeat found nobody: done all the same.
    QVERIFY2(removed.get().ok(), qPrintable(removed.get().error().userMessage()));
    QVERIFY(removed.get().value().alreadyGone);
    QCOMPARE(removed.get().value().id, member);
    QCOMPARE(m_sandbox->requestCount("DELETE", path(u"/users/"_s + member)), 2);
}

void TestProjectResourcesApi::unknownProjectIsNotFound()
{
    Awaited<ProjectUserPage> members;
    m_api->listMembers(u"proj_doesNotExist"_s, PageQuery{}, this, members.handler());
    AWAIT(members);
    QCOMPARE(members.get().error().kind(), Kind::NotFound);
    QCOMPARE(members.get().error().httpStatus(), 404);
    QVERIFY(!members.get().error().requestId().isEmpty());
}

void TestProjectResourcesApi::archivedProjectRefusesChanges()
{
    const auto projects = m_sandbox->projects();
    const auto archived = std::find_if(projects.cbegin(), projects.cend(), [](const SandboxProject &p) { return p.archivedAt.has_value(); });
    QVERIFY(archived != projects.cend());
    Awaited<CreatedServiceAccount> created;
    m_api->createServiceAccount(archived->id, u"Nightly"_s, this, created.handler());
    AWAIT(created);
    QCOMPARE(created.get().error().kind(), Kind::InvalidRequest);
    QCOMPARE(created.get().error().code(), u"project_archived"_s);

    Awaited<ApiKeyPage> keys; // its keys can still be read
    m_api->listApiKeys(archived->id, PageQuery{}, this, keys.handler());
    AWAIT(keys);
    QVERIFY(keys.get().ok());
}

void TestProjectResourcesApi::idsAreOnePathSegment()
{
    Awaited<Deletion> removed;
    m_api->removeMember(big(), u"../../users?x"_s, this, removed.handler());
    AWAIT(removed);
    // The sandbox logs the decoded path: the '?' arrived inside it, not as a query.
    QCOMPARE(m_sandbox->requests().constLast().path, path(u"/users/../../users?x"_s));
    QCOMPARE(m_sandbox->requests().constLast().query, QString());
    QVERIFY(removed.get().ok()); // a 404: nobody by that id, so nobody to remove
    QVERIFY(removed.get().value().alreadyGone);
}

void TestProjectResourcesApi::emptyIdIsRefusedWithoutARequest()
{
    Awaited<ApiKeyPage> keys;
    QVERIFY(m_api->listApiKeys(QString(), PageQuery{}, this, keys.handler()).isNull());
    AWAIT(keys);
    QCOMPARE(keys.get().error().kind(), Kind::InvalidRequest);
    Awaited<RateLimit> nothing;
    m_api->updateRateLimit(big(), u"rl-gpt-4o"_s, RateLimitChange{}, this, nothing.handler());
    AWAIT(nothing);
    QCOMPARE(nothing.get().error().kind(), Kind::InvalidRequest);
    QCOMPARE(m_sandbox->requests().size(), 0);
}

void TestProjectResourcesApi::createServiceAccountShowsItsKeyOnce()
{
    QLoggingCategory::setFilterRules(u"orgdesk.*.debug=true"_s);
    loggedMessages().clear();
    const QtMessageHandler previous = qInstallMessageHandler(&keepMessage);
    Awaited<CreatedServiceAccount> created;
    m_api->createServiceAccount(big(), u"Deploy bot"_s, this, created.handler());
    AWAIT(created);
    qInstallMessageHandler(previous);
    QVERIFY2(created.get().ok(), qPrintable(created.get().error().userMessage()));
    const CreatedServiceAccount &account = created.get().value();
    QCOMPARE(account.account.name, u"Deploy bot"_s);
    QCOMPARE(account.account.role, u"member"_s);
    QVERIFY(account.apiKey.has_value());
    const QString secret = account.apiKey->value.reveal();
    QVERIFY(secret.startsWith(u"sk-svcacct-"_s));
    QCOMPARE(m_sandbox->requests().constLast().body, QByteArray(R"({"name":"Deploy bot"})"));

    QString debug;
    QDebug(&debug) << account;
    QVERIFY2(!debug.contains(secret.mid(11, 20)), qPrintable(debug));
    // With debug logging on, the request was logged, but never the key.
    QVERIFY(!loggedMessages().isEmpty());
    for (const QString &message : std::as_const(loggedMessages()))
        QVERIFY2(!message.contains(secret.mid(11, 20)), qPrintable(message));
    QVERIFY(!m_sandbox->requests().constLast().body.contains(secret.mid(11, 20).toUtf8()));

    // The project's key list shows the new key, redacted: the value is never served again.
    Awaited<ApiKeyPage> keys;
    m_api->listApiKeys(big(), PageQuery{}, this, keys.handler());
    AWAIT(keys);
    QVERIFY(keys.get().ok());
    QVERIFY(keys.get().value().hasMore);
    Awaited<ApiKeyPage> rest;
    m_api->listApiKeys(big(), PageQuery{keys.get().value().nextCursor, 100}, this, rest.handler());
    AWAIT(rest);
    QVERIFY(rest.get().ok());
    const ApiKey &last = rest.get().value().items.constLast();
    QCOMPARE(last.id, account.apiKey->id);
    QCOMPARE(last.owner.id, account.account.id);
    QVERIFY(last.redactedValue.endsWith(secret.right(4)));
    QVERIFY(!last.redactedValue.contains(secret.mid(11, 20)));
    QVERIFY(!last.isDeletable());
}

void TestProjectResourcesApi::createServiceAccountIsNeverRepeated()
{
    const qsizetype before = m_sandbox->projectResources(big()).serviceAccounts.size();
    m_sandbox->addFault(fault(SandboxFault::Kind::Status, 500, "POST", path(u"/service_accounts"_s), true));
    Awaited<CreatedServiceAccount> created;
    m_api->createServiceAccount(big(), u"Deploy bot"_s, this, created.handler());
    AWAIT(created);
    QCOMPARE(created.get().error().kind(), Kind::OutcomeUnknown);
    QCOMPARE(created.get().error().httpStatus(), 500);
    QCOMPARE(m_sandbox->requestCount("POST", path(u"/service_accounts"_s)), 1);
    QCOMPARE(m_sandbox->projectResources(big()).serviceAccounts.size(), before + 1);

    // A refusal (nothing made) is reported as it is.
    SandboxFault limited = fault(SandboxFault::Kind::Status, 429, "POST", path(u"/service_accounts"_s));
    limited.retryAfterMs = 50;
    m_sandbox->addFault(limited);
    Awaited<CreatedServiceAccount> retried;
    m_api->createServiceAccount(big(), u"Second"_s, this, retried.handler());
    AWAIT(retried);
    QVERIFY(retried.get().ok()); // a 429 did nothing: repeated once, then made
    QCOMPARE(m_sandbox->requestCount("POST", path(u"/service_accounts"_s)), 3);
}

void TestProjectResourcesApi::deleteServiceAccountTakesItsKeys()
{
    const SandboxServiceAccount account = m_sandbox->projectResources(big()).serviceAccounts.first();
    Awaited<Deletion> deleted;
    m_api->deleteServiceAccount(big(), account.id, this, deleted.handler());
    AWAIT(deleted);
    QVERIFY(deleted.get().ok());
    QCOMPARE(m_sandbox->requests().constLast().path, path(u"/service_accounts/"_s + account.id));
    const ProjectResources &after = m_sandbox->projectResources(big());
    QCOMPARE(after.serviceAccounts.size(), ResourceSeeder::BigProjectServiceAccounts - 1);
    QCOMPARE(after.apiKeys.size(), ResourceSeeder::BigProjectApiKeys - 1);
}

void TestProjectResourcesApi::apiKeysListEveryKey()
{
    // A member who leaves keeps their key, which the default filter would hide.
    const QString leaver = m_sandbox->projectResources(big()).members.first().userId;
    m_sandbox->projectResources(big()).members.removeFirst();
    QList<ApiKey> keys;
    PageQuery query;
    for (int page = 0; page < 4; ++page) {
        Awaited<ApiKeyPage> listed;
        m_api->listApiKeys(big(), query, this, listed.handler());
        AWAIT(listed);
        QVERIFY(listed.get().ok());
        keys += listed.get().value().items;
        if (!listed.get().value().hasMore)
            break;
        query.after = listed.get().value().nextCursor;
    }
    QCOMPARE(keys.size(), ResourceSeeder::BigProjectApiKeys);
    QCOMPARE(m_sandbox->requests().size(), 2);
    QCOMPARE(m_sandbox->requests().first().query, u"limit=100&owner_project_access=any"_s);
    QVERIFY(std::any_of(keys.cbegin(), keys.cend(), [&leaver](const ApiKey &k) {
        return k.owner.id == leaver && k.ownerProjectAccess == u"inactive"_s;
    }));
    QVERIFY(std::any_of(keys.cbegin(), keys.cend(), [](const ApiKey &k) { return !k.lastUsedAt; }));
    QCOMPARE(std::count_if(keys.cbegin(), keys.cend(), [](const ApiKey &k) { return k.owner.isServiceAccount(); }),
             ResourceSeeder::BigProjectServiceAccounts);
}

void TestProjectResourcesApi::serviceAccountKeyCannotBeDeletedAlone()
{
    const QList<SandboxApiKey> keys = m_sandbox->projectResources(big()).apiKeys;
    const auto accountKey = std::find_if(keys.cbegin(), keys.cend(), [](const SandboxApiKey &k) { return k.ownedByServiceAccount; });
    const auto userKey = std::find_if(keys.cbegin(), keys.cend(), [](const SandboxApiKey &k) { return !k.ownedByServiceAccount; });
    Awaited<Deletion> refused;
    m_api->deleteApiKey(big(), accountKey->id, this, refused.handler());
    AWAIT(refused);
    QCOMPARE(refused.get().error().httpStatus(), 400);
    QVERIFY(refused.get().error().apiMessage().contains(u"service account"_s));

    Awaited<Deletion> deleted;
    m_api->deleteApiKey(big(), userKey->id, this, deleted.handler());
    AWAIT(deleted);
    QVERIFY(deleted.get().ok());
    QCOMPARE(deleted.get().value().id, userKey->id);
    QCOMPARE(m_sandbox->requests().constLast().path, path(u"/api_keys/"_s + userKey->id));
    QCOMPARE(m_sandbox->projectResources(big()).apiKeys.size(), ResourceSeeder::BigProjectApiKeys - 1);
}

void TestProjectResourcesApi::rateLimitsListAndUpdate()
{
    Awaited<RateLimitPage> limits;
    m_api->listRateLimits(big(), PageQuery{}, this, limits.handler());
    AWAIT(limits);
    QVERIFY(limits.get().ok());
    const QList<RateLimit> &items = limits.get().value().items;
    QCOMPARE(items.size(), ResourceSeeder::models().size());
    QVERIFY(!limits.get().value().hasMore);
    // Some models have optional fields, others not: absent, never zero.
    const auto image = std::find_if(items.cbegin(), items.cend(), [](const RateLimit &l) { return l.model == u"gpt-image-1"_s; });
    const auto chat = std::find_if(items.cbegin(), items.cend(), [](const RateLimit &l) { return l.model == u"gpt-4o"_s; });
    QVERIFY(image->has(RateLimitField::ImagesPerMinute));
    QVERIFY(!chat->has(RateLimitField::ImagesPerMinute));
    QVERIFY(chat->has(RateLimitField::BatchInputTokensPerDay));

    RateLimit edited = *chat;
    edited.values[size_t(RateLimitField::TokensPerMinute)] = 1234567;
    Awaited<RateLimit> updated;
    m_api->updateRateLimit(big(), chat->id, RateLimitChange::between(*chat, edited), this, updated.handler());
    AWAIT(updated);
    QVERIFY2(updated.get().ok(), qPrintable(updated.get().error().userMessage()));
    QCOMPARE(updated.get().value().value(RateLimitField::TokensPerMinute), 1234567);
    QCOMPARE(updated.get().value().value(RateLimitField::RequestsPerMinute), chat->value(RateLimitField::RequestsPerMinute));
    QCOMPARE(m_sandbox->requests().constLast().path, path(u"/rate_limits/"_s + chat->id));
    QCOMPARE(m_sandbox->requests().constLast().body, QByteArray(R"({"max_tokens_per_1_minute":1234567})"));
}

void TestProjectResourcesApi::rateLimitAboveTheOrganizationsMaximum()
{
    RateLimitChange change;
    change.set(RateLimitField::TokensPerMinute, 30000001);
    Awaited<RateLimit> refused;
    m_api->updateRateLimit(big(), u"rl-gpt-4o"_s, change, this, refused.handler());
    AWAIT(refused);
    QCOMPARE(refused.get().error().kind(), Kind::InvalidRequest);
    QCOMPARE(refused.get().error().httpStatus(), 400);
    QCOMPARE(refused.get().error().param(), u"max_tokens_per_1_minute"_s);
    QVERIFY2(refused.get().error().apiMessage().contains(u"30000000"_s), qPrintable(refused.get().error().apiMessage()));
    QCOMPARE(m_sandbox->requests().size(), 1);

    RateLimitChange notForThisModel;
    notForThisModel.set(RateLimitField::ImagesPerMinute, 5);
    Awaited<RateLimit> alsoRefused;
    m_api->updateRateLimit(big(), u"rl-gpt-4o"_s, notForThisModel, this, alsoRefused.handler());
    AWAIT(alsoRefused);
    QCOMPARE(alsoRefused.get().error().httpStatus(), 400);
}

void TestProjectResourcesApi::rateLimitUpdateWhoseAnswerIsLostIsReRead()
{
    const QString updatePath = path(u"/rate_limits/rl-whisper-1"_s);
    RateLimitChange change;
    change.set(RateLimitField::AudioMegabytesPerMinute, 42);
    m_sandbox->addFault(fault(SandboxFault::Kind::Status, 500, "POST", updatePath, true));
    Awaited<RateLimit> updated;
    m_api->updateRateLimit(big(), u"rl-whisper-1"_s, change, this, updated.handler());
    AWAIT(updated);
    QVERIFY2(updated.get().ok(), qPrintable(updated.get().error().userMessage()));
    QCOMPARE(updated.get().value().value(RateLimitField::AudioMegabytesPerMinute), 42);
    QCOMPARE(m_sandbox->requestCount("POST", updatePath), 1);
    QCOMPARE(m_sandbox->requestCount("GET", path(u"/rate_limits"_s)), 1);

    // Lost before the effect: the re-read shows the old value; the error comes back, not sent again.
    change.set(RateLimitField::AudioMegabytesPerMinute, 43);
    m_sandbox->addFault(fault(SandboxFault::Kind::Status, 503, "POST", updatePath));
    Awaited<RateLimit> failed;
    m_api->updateRateLimit(big(), u"rl-whisper-1"_s, change, this, failed.handler());
    AWAIT(failed);
    QCOMPARE(failed.get().error().kind(), Kind::Server);
    QCOMPARE(m_sandbox->requestCount("POST", updatePath), 2);
    QCOMPARE(m_sandbox->requestCount("GET", path(u"/rate_limits"_s)), 2);
}

void TestProjectResourcesApi::eachOperationHasItsOwnBucket()
{
    // One request a window per endpoint: a members list and a keys list are both admitted.
    m_sandbox->setRateLimit(1, true, 60000);
    Awaited<ProjectUserPage> members;
    Awaited<ApiKeyPage> keys;
    m_api->listMembers(big(), PageQuery{}, this, members.handler());
    m_api->listApiKeys(big(), PageQuery{}, this, keys.handler());
    AWAIT(members);
    AWAIT(keys);
    QVERIFY(members.get().ok());
    QVERIFY(keys.get().ok());
    QCOMPARE(m_sandbox->requests().size(), 2);
}

QTEST_GUILESS_MAIN(TestProjectResourcesApi)
#include "tst_projectresourcesapi.moc"
