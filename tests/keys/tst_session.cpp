// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// Session against the real Secret Service of scripts/with-keyring and the in-process sandbox;
// the client's key is observed through what the sandbox sees, never read back.

#include "adminapiclient.h"
#include "apiorigin.h"
#include "keystore.h"
#include "keytestsupport.h"
#include "sandboxprobe.h"
#include "sandboxserver.h"
#include "session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUrl>

using namespace std::chrono_literals;

namespace {

const QString TestService = QStringLiteral("OrgDeskTests.session");
const QString AdminKey = QString::fromLatin1(SandboxServer::DefaultAdminKey);
constexpr int Timeout = 60000;

constexpr auto ChildModeArgument = "--session-without-secret-service";

// Child mode: no Secret Service at all. Starts a session, then uses a key with "save", and
// prints every signal the session sent (and what the sandbox saw) as JSON.
int runWithoutSecretService(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SandboxServer sandbox;
    if (sandbox.listen() == 0)
        return 2;
    QNetworkAccessManager network;
    AdminApiClient client(&network);
    client.setBaseUrl(sandbox.baseUrl());
    KeyStore store;
    store.setService(TestService);
    store.setRetryDelay(10ms);
    Session session(&client, &store);

    QJsonArray events;
    QObject::connect(&session, &Session::keyReady, &app, [&](Session::KeySource source) {
        events.append(QStringLiteral("keyReady:%1").arg(int(source)));
    });
    QObject::connect(&session, &Session::keyMissing, &app,
                     [&] { events.append(QStringLiteral("keyMissing")); });
    QObject::connect(&session, &Session::keySaved, &app,
                     [&] { events.append(QStringLiteral("keySaved")); });
    QObject::connect(&session, &Session::keychainUnavailable, &app, [&](const QString &message) {
        events.append(QStringLiteral("keychainUnavailable:%1").arg(message));
    });

    auto report = [&] {
        const QJsonObject result{
            {QStringLiteral("events"), events},
            {QStringLiteral("source"), int(session.keySource())},
            {QStringLiteral("problem"), session.keychainProblem()},
            {QStringLiteral("authorization"), KeyTest::authorizationSeen(client, sandbox)},
        };
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        app.quit();
    };
    int unavailable = 0;
    QObject::connect(&session, &Session::keychainUnavailable, &app, [&] {
        if (++unavailable == 1)
            session.useKey(AdminKey, true); // after the failed read at start
        else
            report(); // after the failed save
    });
    session.start();
    return app.exec();
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void originFollowsTheClient();
    void environmentKeyIsUsedAndNotStored();
    void environmentKeyIsNotInheritedByChildren();
    void keychainKeyIsReadAtStart();
    void missingKeyAsksForOne();
    void useKeyWithSaveStores();
    void useKeyWithoutSaveStoresNothing();
    void forgetDeletesAndClearsTheClient();
    void forgetWithNothingStoredIsFine();
    void lateKeychainAnswerDoesNotReplaceATypedKey();
    void rejectedKeyIsReported();
    // Connections (issue #18 item 3)
    void switchToReadsTheConnectionsEntry();
    void withoutSecretServiceTheKeyIsUsedForTheSession();

private:
    [[nodiscard]] QString origin() const { return ApiOrigin::origin(m_sandbox->baseUrl()); }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AdminApiClient> m_client;
    std::unique_ptr<KeyStore> m_store;
    std::unique_ptr<Session> m_session;
};

void TestSession::initTestCase()
{
    QVERIFY2(KeyTest::inThrowawayKeyring(),
             "run under scripts/with-keyring: this test needs its own unlocked gnome-keyring");
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen() != 0);
    m_sandbox->seed(3, 1);
}

void TestSession::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AdminApiClient>(m_network.get());
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_store = std::make_unique<KeyStore>();
    m_store->setService(TestService);
    QVERIFY(KeyTest::remove(*m_store, origin()).ok());
    m_session = std::make_unique<Session>(m_client.get(), m_store.get());
}

void TestSession::cleanup()
{
    m_session.reset();
    if (m_store)
        QVERIFY(KeyTest::remove(*m_store, origin()).ok());
    m_store.reset();
    m_client.reset();
    m_network.reset();
}

void TestSession::originFollowsTheClient()
{
    QCOMPARE(origin(), QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port()));
    QCOMPARE(m_session->origin(), origin());
    m_client->setBaseUrl(AdminApiClient::defaultBaseUrl());
    QCOMPARE(m_session->origin(), QStringLiteral("https://api.openai.com"));
}

void TestSession::environmentKeyIsUsedAndNotStored()
{
    QSignalSpy ready(m_session.get(), &Session::keyReady);
    QSignalSpy unavailable(m_session.get(), &Session::keychainUnavailable);
    QVERIFY(!m_session->hasKey());
    QCOMPARE(m_session->keySource(), Session::KeySource::None);

    m_session->start(QLatin1String("  ") + AdminKey + QLatin1String("\n"));

    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).value<Session::KeySource>(), Session::KeySource::Environment);
    QVERIFY(m_session->hasKey());
    QCOMPARE(m_session->keySource(), Session::KeySource::Environment);
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("ok"));

    QCOMPARE(KeyTest::read(*m_store, origin()).result.status, KeyStore::Status::NotFound);
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 0);
    QCOMPARE(unavailable.count(), 0);
}

// Issue #13: a browser started from the About dialog's links must not inherit the key.
void TestSession::environmentKeyIsNotInheritedByChildren()
{
    const QByteArray key = "sk-admin-from-the-environment-0123456789";
    qputenv("OPENAI_ADMIN_KEY", key);
    QCOMPARE(Session::takeEnvironmentKey(), QString::fromLatin1(key));
    QVERIFY(!qEnvironmentVariableIsSet("OPENAI_ADMIN_KEY"));

    QProcess child;
    child.start(QStringLiteral("/usr/bin/env"), {});
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitCode(), 0);
    const QByteArray environment = child.readAllStandardOutput();
    QVERIFY(environment.contains("PATH=")); // the child did get an environment
    QVERIFY(!environment.contains("OPENAI_ADMIN_KEY"));
    QVERIFY(!environment.contains(key));
    QCOMPARE(Session::takeEnvironmentKey(), QString()); // taken once
}

void TestSession::keychainKeyIsReadAtStart()
{
    QVERIFY(KeyTest::write(*m_store, origin(), AdminKey).ok());
    QSignalSpy ready(m_session.get(), &Session::keyReady);
    QSignalSpy missing(m_session.get(), &Session::keyMissing);

    m_session->start();
    QVERIFY(!m_session->hasKey()); // asynchronous: the window does not wait
    QVERIFY(ready.wait(Timeout));

    QCOMPARE(ready.at(0).at(0).value<Session::KeySource>(), Session::KeySource::Keychain);
    QCOMPARE(m_session->keySource(), Session::KeySource::Keychain);
    QVERIFY(m_client->hasApiKey());
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("ok"));
    QCOMPARE(missing.count(), 0);
}

void TestSession::missingKeyAsksForOne()
{
    QSignalSpy ready(m_session.get(), &Session::keyReady);
    QSignalSpy missing(m_session.get(), &Session::keyMissing);
    QSignalSpy unavailable(m_session.get(), &Session::keychainUnavailable);

    m_session->start(QStringLiteral("   ")); // an empty OPENAI_ADMIN_KEY counts as none
    QVERIFY(missing.wait(Timeout));

    QCOMPARE(ready.count(), 0);
    QCOMPARE(unavailable.count(), 0);
    QVERIFY(!m_session->hasKey());
    QVERIFY(m_session->keychainProblem().isEmpty());
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("not sent"));
}

void TestSession::useKeyWithSaveStores()
{
    QSignalSpy ready(m_session.get(), &Session::keyReady);
    QSignalSpy saved(m_session.get(), &Session::keySaved);

    m_session->useKey(AdminKey, true);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).value<Session::KeySource>(), Session::KeySource::Keychain);
    QVERIFY(saved.wait(Timeout));

    QCOMPARE(KeyTest::secretToolLookup(TestService, origin()), AdminKey);
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("ok"));

    // And a later session finds it.
    AdminApiClient nextClient(m_network.get());
    nextClient.setBaseUrl(m_sandbox->baseUrl());
    Session next(&nextClient, m_store.get());
    QSignalSpy nextReady(&next, &Session::keyReady);
    next.start();
    QVERIFY(nextReady.wait(Timeout));
    QCOMPARE(next.keySource(), Session::KeySource::Keychain);
    QCOMPARE(KeyTest::authorizationSeen(nextClient, *m_sandbox), QStringLiteral("ok"));
}

void TestSession::useKeyWithoutSaveStoresNothing()
{
    QSignalSpy ready(m_session.get(), &Session::keyReady);
    QSignalSpy saved(m_session.get(), &Session::keySaved);

    m_session->useKey(AdminKey, false);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).value<Session::KeySource>(), Session::KeySource::SessionOnly);
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("ok"));
    // Any write would have been queued before this read and finished first.
    QCOMPARE(KeyTest::read(*m_store, origin()).result.status, KeyStore::Status::NotFound);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 0);
}

void TestSession::forgetDeletesAndClearsTheClient()
{
    QVERIFY(KeyTest::write(*m_store, origin(), AdminKey).ok());
    QSignalSpy ready(m_session.get(), &Session::keyReady);
    m_session->start();
    QVERIFY(ready.wait(Timeout));
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("ok"));

    QSignalSpy forgotten(m_session.get(), &Session::keyForgotten);
    QSignalSpy unavailable(m_session.get(), &Session::keychainUnavailable);
    m_session->forget();
    QVERIFY(!m_session->hasKey()); // out of memory at once
    QVERIFY(forgotten.wait(Timeout));

    QCOMPARE(unavailable.count(), 0);
    QCOMPARE(m_session->keySource(), Session::KeySource::None);
    QVERIFY(!m_client->hasApiKey());
    QCOMPARE(KeyTest::read(*m_store, origin()).result.status, KeyStore::Status::NotFound);
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 0);
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("not sent"));
}

void TestSession::forgetWithNothingStoredIsFine()
{
    m_session->start(AdminKey);
    QSignalSpy forgotten(m_session.get(), &Session::keyForgotten);
    QSignalSpy unavailable(m_session.get(), &Session::keychainUnavailable);
    m_session->forget();
    QVERIFY(forgotten.wait(Timeout));
    QCOMPARE(unavailable.count(), 0);
    QVERIFY(!m_session->hasKey());
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("not sent"));
}

void TestSession::lateKeychainAnswerDoesNotReplaceATypedKey()
{
    QVERIFY(KeyTest::write(*m_store, origin(), QStringLiteral("sk-admin-old-and-revoked")).ok());
    QSignalSpy ready(m_session.get(), &Session::keyReady);
    m_session->start();
    m_session->useKey(AdminKey, false); // the user typed a key before the keychain answered
    // The start-up read was queued first, so it has answered once this one has.
    QCOMPARE(KeyTest::read(*m_store, origin()).key, QStringLiteral("sk-admin-old-and-revoked"));

    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).value<Session::KeySource>(), Session::KeySource::SessionOnly);
    QCOMPARE(m_session->keySource(), Session::KeySource::SessionOnly);
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("ok"));
}

// Connections (issue #18 item 3): another connection's entry, the old key gone at once and a
// late answer for the old entry ignored; a saved key and Forget go to the connection's entry.
void TestSession::switchToReadsTheConnectionsEntry()
{
    const QString entry = QStringLiteral("connection:tst-session-switch");
    QVERIFY(KeyTest::write(*m_store, origin(), QStringLiteral("sk-admin-of-the-origin")).ok());
    QVERIFY(KeyTest::write(*m_store, entry, AdminKey).ok());
    QSignalSpy ready(m_session.get(), &Session::keyReady);
    m_session->start();
    m_session->switchTo(m_sandbox->baseUrl(), entry); // before the origin's entry answered
    QVERIFY(!m_client->hasApiKey());
    QCOMPARE(m_session->keyEntry(), entry);
    QVERIFY(ready.wait(Timeout));
    QCOMPARE(KeyTest::read(*m_store, entry).key, AdminKey); // both reads have answered now
    QCOMPARE(ready.count(), 1);
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("ok"));

    QSignalSpy saved(m_session.get(), &Session::keySaved);
    m_session->useKey(QStringLiteral("sk-admin-typed-for-the-connection"), true);
    QVERIFY(saved.wait(Timeout));
    QCOMPARE(KeyTest::read(*m_store, entry).key, QStringLiteral("sk-admin-typed-for-the-connection"));
    QCOMPARE(KeyTest::read(*m_store, origin()).key, QStringLiteral("sk-admin-of-the-origin"));
    QSignalSpy forgotten(m_session.get(), &Session::keyForgotten);
    m_session->forget();
    QVERIFY(forgotten.wait(Timeout));
    QCOMPARE(KeyTest::read(*m_store, entry).result.status, KeyStore::Status::NotFound);
    QCOMPARE(KeyTest::read(*m_store, origin()).key, QStringLiteral("sk-admin-of-the-origin"));
}

void TestSession::rejectedKeyIsReported()
{
    QSignalSpy rejected(m_session.get(), &Session::keyRejected);
    m_session->useKey(QStringLiteral("sk-admin-revoked-yesterday"), false);
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("wrong"));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).value<Session::KeySource>(), Session::KeySource::SessionOnly);
}

void TestSession::withoutSecretServiceTheKeyIsUsedForTheSession()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));

    QProcess child;
    child.setProcessEnvironment(env);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildModeArgument)});
    QVERIFY2(finished.wait(120000), "the child without a Secret Service did not finish");
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, err.constData());

    const QJsonObject report = QJsonDocument::fromJson(out.trimmed()).object();
    QVERIFY2(!report.isEmpty(), out.constData());
    const QJsonArray events = report.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 3);
    QVERIFY2(events.at(0).toString().startsWith(QLatin1String("keychainUnavailable:No keychain service is running")),
             qPrintable(events.at(0).toString()));
    QCOMPARE(events.at(1).toString(), QStringLiteral("keyReady:%1").arg(int(Session::KeySource::Keychain)));
    QVERIFY(events.at(2).toString().startsWith(QLatin1String("keychainUnavailable:")));
    // The save failed, so the key is known to be for this session only, and still works.
    QCOMPARE(report.value(QStringLiteral("source")).toInt(), int(Session::KeySource::SessionOnly));
    QVERIFY(report.value(QStringLiteral("problem")).toString().contains(QLatin1String("session only")));
    QCOMPARE(report.value(QStringLiteral("authorization")).toString(), QStringLiteral("ok"));

    QVERIFY(!out.contains(AdminKey.toUtf8()));
    QVERIFY(!err.contains(AdminKey.toUtf8()));
    const QStringList holders = KeyTest::filesContaining(home.path(), AdminKey.toUtf8());
    QVERIFY2(holders.isEmpty(), qPrintable(holders.join(QLatin1Char(' '))));
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], ChildModeArgument) == 0)
        return runWithoutSecretService(argc, argv);
    QCoreApplication app(argc, argv);
    TestSession test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_session.moc"
