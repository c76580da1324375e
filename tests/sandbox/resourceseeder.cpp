// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "resourceseeder.h"

#include <algorithm>
#include <numeric>

namespace {

constexpr const char *firstNames[] = {
    "Amira", "Bjørn", "Chloé", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Inès", "José",
    "Kwame", "Léa", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Søren", "Tomás",
    "Uma", "Viktor", "Wen", "Xavier", "Yara", "Zoltán",
};
constexpr const char *lastNames[] = {
    "Okafor", "Lindqvist", "Moreau", "Petrov", "García", "Haddad", "Kim", "Tanaka", "Dubois",
    "Silva", "Mensah", "Rossi", "Fernández", "Nowak", "Berg", "Sharma", "Lefèvre", "Costa",
    "Jensen", "Alvarez", "Iyer", "Novák", "Chen", "Müller", "O'Brien", "Kowalski",
};
constexpr const char *serviceAccountNames[] = {
    "Nightly batch", "CI pipeline", "Production App", "Support bot", "Evals runner",
    "Data export", "Search indexer", "Staging deploy", "Slack integration", "Report generator",
};
constexpr const char *keyNames[] = {
    "laptop", "notebook experiments", "prod", "staging", "local dev", "CI", "demo", "analysis",
};

constexpr qint64 Day = 24 * 3600;

const QString Letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

template <typename T, size_t N>
QString pick(QRandomGenerator &random, const T (&words)[N])
{
    return QString::fromUtf8(words[random.bounded(int(N))]);
}

QString randomText(QRandomGenerator &random, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += Letters.at(random.bounded(int(Letters.size())));
    return text;
}

// "Bjørn Lindqvist" -> "bjrn.lindqvist": what is left of the name in plain ASCII letters.
QString emailPart(const QString &name)
{
    QString ascii;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            ascii += c;
    }
    return ascii;
}

// FNV-1a of the UTF-8 text: the same number on every machine, unlike qHash.
quint32 textHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const char byte : text.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

qint64 between(QRandomGenerator &random, qint64 from, qint64 to)
{
    return to <= from ? from : from + qint64(random.bounded(quint64(to - from)));
}

SandboxApiKey userKey(QRandomGenerator &random, const QString &userId, qint64 from, qint64 anchor)
{
    SandboxApiKey key;
    key.id = ResourceStore::newId(QStringLiteral("key_"), random);
    key.name = pick(random, keyNames);
    key.redactedValue = QStringLiteral("sk-proj-...") + randomText(random, 4);
    key.createdAt = between(random, from, anchor);
    // One key in five has never been used.
    if (random.bounded(5) != 0)
        key.lastUsedAt = between(random, key.createdAt, anchor + Day);
    key.ownerId = userId;
    return key;
}

SandboxServiceAccount serviceAccount(QRandomGenerator &random, int index, qint64 from, qint64 anchor)
{
    SandboxServiceAccount account;
    account.id = ResourceStore::newId(QStringLiteral("svc_acct_"), random);
    account.name = QString::fromUtf8(serviceAccountNames[index % int(std::size(serviceAccountNames))]);
    account.role = QStringLiteral("member");
    account.createdAt = between(random, from, anchor);
    return account;
}

SandboxApiKey serviceAccountKey(QRandomGenerator &random, const SandboxServiceAccount &account, qint64 anchor)
{
    SandboxApiKey key = userKey(random, account.id, account.createdAt, anchor);
    key.name = QStringLiteral("Secret Key");
    key.redactedValue = QStringLiteral("sk-svcacct-...") + randomText(random, 4);
    key.createdAt = account.createdAt;
    key.ownedByServiceAccount = true;
    return key;
}

// The organization's maximum, or for about one model in three a lower value chosen for
// this project.
QList<SandboxRateLimit> rateLimits(QRandomGenerator &random)
{
    QList<SandboxRateLimit> limits;
    for (const ResourceSeeder::ModelLimits &model : ResourceSeeder::models()) {
        SandboxRateLimit limit;
        limit.model = QString::fromLatin1(model.model);
        limit.id = QStringLiteral("rl-") + limit.model;
        limit.values = model.maximum;
        if (random.bounded(3) == 0) {
            for (std::optional<qint64> &value : limit.values) {
                if (value)
                    *value = std::max<qint64>(1, *value >> (1 + random.bounded(3)));
            }
        }
        limits.append(limit);
    }
    return limits;
}

} // namespace

namespace ResourceSeeder {

const QList<ModelLimits> &models()
{
    constexpr std::nullopt_t none = std::nullopt;
    static const QList<ModelLimits> table = {
        // requests/min, tokens/min, images/min, audio MB/min, requests/day, batch tokens/day
        {"gpt-4o", {10000, 30000000, none, none, none, 5000000000}},
        {"gpt-4o-mini", {30000, 150000000, none, none, none, 15000000000}},
        {"gpt-4.1", {10000, 30000000, none, none, none, 5000000000}},
        {"o3", {10000, 30000000, none, none, none, 5000000000}},
        {"o4-mini", {30000, 150000000, none, none, none, 15000000000}},
        {"text-embedding-3-small", {10000, 10000000, none, none, none, 4000000000}},
        {"text-embedding-3-large", {10000, 10000000, none, none, none, 4000000000}},
        {"gpt-image-1", {250, 3000000, 250, none, none, none}},
        {"dall-e-3", {500, 150000, 50, none, none, none}},
        {"whisper-1", {500, 150000, none, 100, none, none}},
        {"tts-1", {500, 150000, none, 200, 10000, none}},
        {"omni-moderation-latest", {5000, 500000, none, none, 10000000, none}},
    };
    return table;
}

QRandomGenerator generator(quint32 seed, const QString &salt)
{
    const quint32 seeds[] = {seed, textHash(salt)};
    return QRandomGenerator(seeds);
}

QList<SandboxUser> users(QRandomGenerator &random, qint64 anchorSecs)
{
    QList<SandboxUser> users;
    const qint64 oldest = anchorSecs - 3 * 365 * Day;
    for (int i = 0; i < UserCount; ++i) {
        SandboxUser user;
        user.id = ResourceStore::newId(QStringLiteral("user_"), random);
        // Joined one after the other over three years: the list's order is the joining order.
        user.addedAt = oldest + qint64(i) * (3 * 365 * Day / UserCount) + random.bounded(3600);
        user.createdAt = user.addedAt - random.bounded(int(30 * Day));
        user.role = i < 3 ? QStringLiteral("owner") : QStringLiteral("reader");
        const QString first = pick(random, firstNames);
        const QString last = pick(random, lastNames);
        user.name = first + QLatin1Char(' ') + last;
        user.email = QStringLiteral("%1.%2%3@example.com").arg(emailPart(first), emailPart(last)).arg(i);
        if (i % 37 == 5)
            user.name = QJsonValue(QJsonValue::Null); // a user who never set a name
        if (i % 53 == 7)
            user.name = QJsonValue(QJsonValue::Undefined); // a pending invitation's user
        if (i == UserCount - 3) {
            user.isDefault = true;
            user.name = QStringLiteral("Default user");
            user.email = QJsonValue(QJsonValue::Null);
        } else if (i > UserCount - 3) {
            user.isServiceAccount = true;
            user.name = QStringLiteral("svc: %1").arg(QString::fromUtf8(serviceAccountNames[i % 10]));
            user.email = QJsonValue(QJsonValue::Null);
        }
        users.append(user);
    }
    return users;
}

ProjectResources project(QRandomGenerator &random, const QList<SandboxUser> &users, qint64 createdAt,
                         qint64 anchorSecs, bool big)
{
    ProjectResources resources;
    const qint64 anchor = std::max(anchorSecs, createdAt + 1);
    QList<int> people;
    for (int i = 0; i < users.size(); ++i) {
        if (!users.at(i).isDefault && !users.at(i).isServiceAccount)
            people.append(i);
    }
    // A deterministic shuffle: QRandomGenerator is not a std::uniform_random_bit_generator
    // of the same numbers everywhere, so swap by hand.
    for (qsizetype i = people.size() - 1; i > 0; --i)
        people.swapItemsAt(i, random.bounded(int(i + 1)));

    const int memberCount = std::min<int>(int(people.size()), big ? BigProjectMembers : 3 + random.bounded(10));
    QList<qint64> added;
    for (int i = 0; i < memberCount; ++i)
        added.append(between(random, createdAt, anchor));
    std::sort(added.begin(), added.end());
    for (int i = 0; i < memberCount; ++i) {
        const bool owner = i == 0 || random.bounded(5) == 0;
        resources.members.append({users.at(people.at(i)).id, owner ? QStringLiteral("owner") : QStringLiteral("member"),
                                  added.at(i)});
    }

    const int accounts = big ? BigProjectServiceAccounts : random.bounded(4);
    for (int i = 0; i < accounts; ++i)
        resources.serviceAccounts.append(serviceAccount(random, i + random.bounded(10), createdAt, anchor));
    std::sort(resources.serviceAccounts.begin(), resources.serviceAccounts.end(),
              [](const SandboxServiceAccount &a, const SandboxServiceAccount &b) { return a.createdAt < b.createdAt; });

    // Keys: some of the members' (the big project: the first 140), one of a former member in
    // one project of four (its owner has no access any more), one per service account.
    const int userKeys = big ? BigProjectApiKeys - BigProjectServiceAccounts : memberCount / 2;
    for (int i = 0; i < userKeys; ++i)
        resources.apiKeys.append(userKey(random, resources.members.at(i % memberCount).userId,
                                         resources.members.at(i % memberCount).addedAt, anchor));
    if (!big && random.bounded(4) == 0 && memberCount < people.size())
        resources.apiKeys.append(userKey(random, users.at(people.at(memberCount)).id, createdAt, anchor));
    for (const SandboxServiceAccount &account : std::as_const(resources.serviceAccounts))
        resources.apiKeys.append(serviceAccountKey(random, account, anchor));
    std::sort(resources.apiKeys.begin(), resources.apiKeys.end(),
              [](const SandboxApiKey &a, const SandboxApiKey &b) { return a.createdAt < b.createdAt; });

    resources.rateLimits = rateLimits(random);
    return resources;
}

} // namespace ResourceSeeder
