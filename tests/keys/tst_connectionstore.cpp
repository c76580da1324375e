// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The connections (issue #18 item 3): names and base URLs in the settings, each admin key in
// a real Secret Service entry of its own (scripts/with-keyring), and the key stored per
// origin before connections existed moved to a first connection.

#include "connectionstore.h"
#include "keytestsupport.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

const QString TestService = u"OrgDesk tst_connectionstore"_s;
const QUrl Prod(u"https://api.openai.com/v1"_s);
const QUrl Staging(u"http://127.0.0.1:8089/v1"_s);

struct Added
{
    bool finished = false;
    KeyStore::Result result;
    Connection connection;
};

Added add(ConnectionStore &store, const QString &name, const QUrl &url, const QString &key)
{
    Added outcome;
    QObject context;
    store.add(name, url, key, &context, [&](const KeyStore::Result &result, const Connection &c) {
        outcome = {true, result, c};
    });
    if (!QTest::qWaitFor([&] { return outcome.finished; }, KeyTest::Timeout))
        outcome.result = {KeyStore::Status::Other, u"timed out"_s, {}};
    return outcome;
}

KeyStore::Result remove(ConnectionStore &store, const QString &id)
{
    bool finished = false;
    KeyStore::Result outcome{KeyStore::Status::Other, u"timed out"_s, {}};
    QObject context;
    store.remove(id, &context, [&](const KeyStore::Result &result) {
        outcome = result;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, KeyTest::Timeout))
        return outcome;
    return outcome;
}

} // namespace

class TestConnectionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void addKeepsEachKeyInItsOwnEntry();
    void namesAreUnique();
    void renameKeepsTheIdAndTheKey();
    void removeDeletesTheKeychainEntry();
    void survivesARestart();
    void lastUsedIsRestored();
    void originKeyBecomesTheFirstConnection();
    void noMigrationOnceConnectionsExist();
    void keyNeverInTheSettings();

private:
    void clearKeychain();
    KeyStore m_keys;
};

void TestConnectionStore::initTestCase()
{
    QVERIFY2(KeyTest::inThrowawayKeyring(),
             "run under scripts/with-keyring: this test needs its own unlocked gnome-keyring");
    QCoreApplication::setOrganizationName(u"OrgDesk"_s);
    QCoreApplication::setApplicationName(u"OrgDesk"_s);
    m_keys.setService(TestService);
    m_keys.setRetryDelay(std::chrono::milliseconds(0));
}

void TestConnectionStore::init()
{
    QSettings(u"OrgDesk"_s, u"OrgDesk"_s).clear();
    clearKeychain();
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 0);
}

void TestConnectionStore::cleanupTestCase()
{
    clearKeychain();
}

void TestConnectionStore::clearKeychain()
{
    const auto out = KeyTest::secretTool({u"clear"_s, u"server"_s, TestService});
    QVERIFY(out.has_value());
}

void TestConnectionStore::addKeepsEachKeyInItsOwnEntry()
{
    ConnectionStore store(&m_keys);
    QSignalSpy changed(&store, &ConnectionStore::changed);
    const Added prod = add(store, u"Prod"_s, Prod, u"sk-admin-prod-1111"_s);
    QVERIFY2(prod.result.ok(), qPrintable(prod.result.message));
    const Added staging = add(store, u"Staging"_s, Staging, u"sk-admin-staging-2222"_s);
    QVERIFY2(staging.result.ok(), qPrintable(staging.result.message));
    QCOMPARE(changed.size(), 2);
    QVERIFY(prod.connection.id != staging.connection.id);
    QCOMPARE(store.connections(), (QList<Connection>{prod.connection, staging.connection}));
    QCOMPARE(prod.connection.baseUrl, Prod);

    QCOMPARE(KeyTest::secretToolItemCount(TestService), 2);
    QCOMPARE(KeyTest::secretToolLookup(TestService, ConnectionStore::keyEntry(prod.connection.id)),
             u"sk-admin-prod-1111"_s);
    QCOMPARE(KeyTest::secretToolLookup(TestService, ConnectionStore::keyEntry(staging.connection.id)),
             u"sk-admin-staging-2222"_s);
}

void TestConnectionStore::namesAreUnique()
{
    ConnectionStore store(&m_keys);
    QVERIFY(add(store, u"Prod"_s, Prod, u"sk-admin-a"_s).result.ok());
    const Added again = add(store, u" prod "_s, Staging, u"sk-admin-b"_s);
    QVERIFY(!again.result.ok());
    QVERIFY(again.connection.id.isEmpty());
    QVERIFY2(again.result.message.contains(u"prod"_s), qPrintable(again.result.message));
    QCOMPARE(store.connections().size(), 1);
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 1); // nothing stored for the refused one
    QVERIFY(!add(store, u"  "_s, Staging, u"sk-admin-b"_s).result.ok());
}

void TestConnectionStore::renameKeepsTheIdAndTheKey()
{
    ConnectionStore store(&m_keys);
    const Connection prod = add(store, u"Prod"_s, Prod, u"sk-admin-prod"_s).connection;
    const Connection staging = add(store, u"Staging"_s, Staging, u"sk-admin-staging"_s).connection;
    QVERIFY(store.rename(prod.id, u"Production"_s));
    QVERIFY(!store.rename(prod.id, u"staging"_s)); // taken
    QVERIFY(!store.rename(prod.id, QString()));
    QVERIFY(!store.rename(u"no such id"_s, u"Other"_s));
    QCOMPARE(store.connection(prod.id)->name, u"Production"_s);
    QCOMPARE(store.findByName(u"PRODUCTION"_s)->id, prod.id);
    QCOMPARE(store.findByName(u"staging"_s)->id, staging.id);
    QVERIFY(!store.findByName(u"Prod"_s));
    const KeyTest::ReadOutcome read = [&] {
        KeyTest::ReadOutcome outcome;
        QObject context;
        store.readKey(prod.id, &context, [&](const KeyStore::Result &result, const QString &key) {
            outcome = {true, result, key};
        });
        if (!QTest::qWaitFor([&] { return outcome.finished; }, KeyTest::Timeout))
            outcome.result = {KeyStore::Status::Other, u"timed out"_s, {}};
        return outcome;
    }();
    QVERIFY(read.result.ok());
    QCOMPARE(read.key, u"sk-admin-prod"_s);
}

void TestConnectionStore::removeDeletesTheKeychainEntry()
{
    ConnectionStore store(&m_keys);
    const Connection prod = add(store, u"Prod"_s, Prod, u"sk-admin-prod"_s).connection;
    const Connection staging = add(store, u"Staging"_s, Staging, u"sk-admin-staging"_s).connection;
    QSignalSpy removed(&store, &ConnectionStore::removed);
    QVERIFY(remove(store, prod.id).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().constFirst().toString(), prod.id);
    QCOMPARE(store.connections(), QList<Connection>{staging});
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 1);
    QCOMPARE(KeyTest::read(m_keys, ConnectionStore::keyEntry(prod.id)).result.status,
             KeyStore::Status::NotFound);
    QCOMPARE(KeyTest::read(m_keys, ConnectionStore::keyEntry(staging.id)).key, u"sk-admin-staging"_s);
}

void TestConnectionStore::survivesARestart()
{
    QList<Connection> before;
    {
        ConnectionStore store(&m_keys);
        add(store, u"Prod"_s, Prod, u"sk-admin-prod"_s);
        add(store, u"Staging"_s, Staging, u"sk-admin-staging"_s);
        before = store.connections();
    }
    ConnectionStore again(&m_keys);
    QCOMPARE(again.connections(), before);
}

void TestConnectionStore::lastUsedIsRestored()
{
    QString stagingId;
    {
        ConnectionStore store(&m_keys);
        add(store, u"Prod"_s, Prod, u"sk-admin-prod"_s);
        stagingId = add(store, u"Staging"_s, Staging, u"sk-admin-staging"_s).connection.id;
        QVERIFY(store.lastUsedId().isEmpty());
        store.setLastUsed(stagingId);
    }
    ConnectionStore again(&m_keys);
    QCOMPARE(again.lastUsedId(), stagingId);
    QVERIFY(remove(again, stagingId).ok());
    QVERIFY(again.lastUsedId().isEmpty()); // never a connection that is gone
}

void TestConnectionStore::originKeyBecomesTheFirstConnection()
{
    const QString origin = u"https://api.openai.com"_s;
    QVERIFY(KeyTest::write(m_keys, origin, u"sk-admin-before-connections"_s).ok());
    ConnectionStore store(&m_keys);
    std::optional<Connection> migrated;
    bool finished = false;
    store.migrateOriginKey(Prod, u"OpenAI"_s, this, [&](const std::optional<Connection> &c) {
        migrated = c;
        finished = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return finished; }, KeyTest::Timeout));
    QVERIFY(migrated);
    QCOMPARE(migrated->name, u"OpenAI"_s);
    QCOMPARE(store.connections(), QList<Connection>{*migrated});
    QCOMPARE(KeyTest::read(m_keys, ConnectionStore::keyEntry(migrated->id)).key,
             u"sk-admin-before-connections"_s);
    // The old entry goes once the copy is stored: one entry per connection, no stray copy.
    QTRY_COMPARE_WITH_TIMEOUT(KeyTest::read(m_keys, origin).result.status, KeyStore::Status::NotFound,
                              KeyTest::Timeout);
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 1);
}

void TestConnectionStore::noMigrationOnceConnectionsExist()
{
    const QString origin = u"https://api.openai.com"_s;
    ConnectionStore store(&m_keys);
    QVERIFY(add(store, u"Prod"_s, Prod, u"sk-admin-prod"_s).result.ok());
    QVERIFY(KeyTest::write(m_keys, origin, u"sk-admin-old"_s).ok());
    bool finished = false;
    std::optional<Connection> migrated;
    store.migrateOriginKey(Prod, u"OpenAI"_s, this, [&](const std::optional<Connection> &c) {
        migrated = c;
        finished = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return finished; }, KeyTest::Timeout));
    QVERIFY(!migrated);
    QCOMPARE(store.connections().size(), 1);
    QCOMPARE(KeyTest::read(m_keys, origin).key, u"sk-admin-old"_s);

    // No old key at all: nothing to migrate, and no error.
    QSettings(u"OrgDesk"_s, u"OrgDesk"_s).clear();
    ConnectionStore fresh(&m_keys);
    QVERIFY(KeyTest::remove(m_keys, origin).ok());
    finished = false;
    fresh.migrateOriginKey(Prod, u"OpenAI"_s, this, [&](const std::optional<Connection> &c) {
        migrated = c;
        finished = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return finished; }, KeyTest::Timeout));
    QVERIFY(!migrated);
    QVERIFY(fresh.connections().isEmpty());
}

void TestConnectionStore::keyNeverInTheSettings()
{
    ConnectionStore store(&m_keys);
    QVERIFY(add(store, u"Prod"_s, Prod, u"sk-admin-secret-5e5e5e"_s).result.ok());
    const QString file = QSettings(u"OrgDesk"_s, u"OrgDesk"_s).fileName();
    QFile settings(file);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray bytes = settings.readAll();
    QVERIFY(bytes.contains("Prod"));
    QVERIFY(!bytes.contains("sk-admin-secret-5e5e5e"));
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
