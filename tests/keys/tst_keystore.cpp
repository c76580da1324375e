// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// KeyStore against a real Secret Service (gnome-keyring in the throwaway HOME that
// scripts/with-keyring makes), and against no Secret Service at all in a child process.

#include "keychainresult_p.h"
#include "keystore.h"
#include "keytestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <optional>

using namespace std::chrono_literals;

namespace {

const QString TestService = QStringLiteral("OrgDeskTests.keystore");
const QString OpenAiOrigin = QStringLiteral("https://api.openai.com");
const QString LoopbackOrigin = QStringLiteral("http://127.0.0.1:8080");

// The child mode: run with no Secret Service, print what each operation answered as JSON.
constexpr auto ChildModeArgument = "--keystore-without-secret-service";
constexpr auto ChildKeyVariable = "ORGDESK_TEST_CHILD_KEY";

int runWithoutSecretService(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeyStore store;
    store.setService(TestService);
    store.setRetryDelay(50ms); // take the retry path too, quickly
    const QString key = qEnvironmentVariable(ChildKeyVariable);
    QJsonObject report;
    auto finish = [&] {
        QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
        app.quit();
    };
    auto describe = [](const KeyStore::Result &result) {
        return QJsonObject{{QStringLiteral("status"), int(result.status)},
                           {QStringLiteral("message"), result.message}};
    };
    store.writeKey(LoopbackOrigin, key, &app, [&](const KeyStore::Result &written) {
        report.insert(QStringLiteral("write"), describe(written));
        store.readKey(LoopbackOrigin, &app, [&](const KeyStore::Result &read, const QString &readKey) {
            report.insert(QStringLiteral("read"), describe(read));
            report.insert(QStringLiteral("readKeyEmpty"), readKey.isEmpty());
            store.removeKey(LoopbackOrigin, &app, [&](const KeyStore::Result &removed) {
                report.insert(QStringLiteral("remove"), describe(removed));
                finish();
            });
        });
    });
    return app.exec();
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void writeReadReplaceRemove_data();
    void writeReadReplaceRemove();
    void originsHaveSeparateEntries();
    void readingAMissingEntryIsNotFound();
    void removingAMissingEntryIsFine();
    void callbackDoesNotRunAfterItsContextIsGone();
    void serviceNameSeparatesEntries();
    void errorMapping_data();
    void errorMapping();
    void withoutSecretServiceEverythingIsUnavailable();

private:
    std::unique_ptr<KeyStore> m_store;
};

void TestKeyStore::initTestCase()
{
    QVERIFY2(KeyTest::inThrowawayKeyring(),
             "run under scripts/with-keyring: this test needs its own unlocked gnome-keyring");
}

void TestKeyStore::init()
{
    m_store = std::make_unique<KeyStore>();
    m_store->setService(TestService);
    for (const QString &origin : {OpenAiOrigin, LoopbackOrigin})
        QVERIFY(KeyTest::remove(*m_store, origin).ok());
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 0);
}

void TestKeyStore::cleanupTestCase()
{
    if (m_store) {
        for (const QString &origin : {OpenAiOrigin, LoopbackOrigin})
            KeyTest::remove(*m_store, origin);
    }
}

void TestKeyStore::writeReadReplaceRemove_data()
{
    QTest::addColumn<QString>("origin");
    QTest::newRow("OpenAI over https") << OpenAiOrigin;
    QTest::newRow("sandbox on loopback with a port") << LoopbackOrigin;
    QTest::newRow("IPv6 loopback") << QStringLiteral("http://[::1]:9000");
}

void TestKeyStore::writeReadReplaceRemove()
{
    QFETCH(QString, origin);
    const QString first = QStringLiteral("sk-admin-first-4f1c0e");
    const QString second = QStringLiteral("sk-admin-second-9a7b3d");

    QVERIFY(KeyTest::write(*m_store, origin, first).ok());
    KeyTest::ReadOutcome read = KeyTest::read(*m_store, origin);
    QCOMPARE(read.result.status, KeyStore::Status::Ok);
    QCOMPARE(read.key, first);
    // Independent of QtKeychain: the Secret Service itself has it under service + origin.
    QCOMPARE(KeyTest::secretToolLookup(TestService, origin), first);

    QVERIFY(KeyTest::write(*m_store, origin, second).ok());
    KeyStore fresh;
    fresh.setService(TestService);
    read = KeyTest::read(fresh, origin);
    QCOMPARE(read.result.status, KeyStore::Status::Ok);
    QCOMPARE(read.key, second);
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 1); // replaced, not added

    QVERIFY(KeyTest::remove(*m_store, origin).ok());
    read = KeyTest::read(fresh, origin);
    QCOMPARE(read.result.status, KeyStore::Status::NotFound);
    QVERIFY(read.key.isEmpty());
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 0);
    QVERIFY(KeyTest::remove(*m_store, origin).ok());
}

void TestKeyStore::originsHaveSeparateEntries()
{
    QVERIFY(KeyTest::write(*m_store, OpenAiOrigin, QStringLiteral("sk-admin-real-1")).ok());
    QVERIFY(KeyTest::write(*m_store, LoopbackOrigin, QStringLiteral("sk-admin-local-2")).ok());
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 2);

    QCOMPARE(KeyTest::read(*m_store, OpenAiOrigin).key, QStringLiteral("sk-admin-real-1"));
    QCOMPARE(KeyTest::read(*m_store, LoopbackOrigin).key, QStringLiteral("sk-admin-local-2"));

    QVERIFY(KeyTest::remove(*m_store, OpenAiOrigin).ok());
    QCOMPARE(KeyTest::read(*m_store, OpenAiOrigin).result.status, KeyStore::Status::NotFound);
    QCOMPARE(KeyTest::read(*m_store, LoopbackOrigin).key, QStringLiteral("sk-admin-local-2"));
}

void TestKeyStore::readingAMissingEntryIsNotFound()
{
    const KeyTest::ReadOutcome read = KeyTest::read(*m_store, QStringLiteral("https://nothing.example"));
    QCOMPARE(read.result.status, KeyStore::Status::NotFound);
    QVERIFY(!read.result.ok());
    QVERIFY(!read.result.message.isEmpty());
    QVERIFY(read.key.isEmpty());
}

void TestKeyStore::removingAMissingEntryIsFine()
{
    const KeyStore::Result removed = KeyTest::remove(*m_store, QStringLiteral("https://nothing.example"));
    QCOMPARE(removed.status, KeyStore::Status::Ok);
    QVERIFY(removed.message.isEmpty());
}

void TestKeyStore::callbackDoesNotRunAfterItsContextIsGone()
{
    QVERIFY(KeyTest::write(*m_store, OpenAiOrigin, QStringLiteral("sk-admin-ctx")).ok());
    bool ranForDeadContext = false;
    {
        QObject context;
        m_store->readKey(OpenAiOrigin, &context,
                         [&](const KeyStore::Result &, const QString &) { ranForDeadContext = true; });
    }
    // A later read on the same store finishes after the first one's job did.
    QCOMPARE(KeyTest::read(*m_store, OpenAiOrigin).key, QStringLiteral("sk-admin-ctx"));
    QVERIFY(!ranForDeadContext);
}

void TestKeyStore::serviceNameSeparatesEntries()
{
    QCOMPARE(KeyStore().service(), KeyStore::defaultService());
    QCOMPARE(KeyStore::defaultService(), QStringLiteral("OrgDesk"));

    QVERIFY(KeyTest::write(*m_store, OpenAiOrigin, QStringLiteral("sk-admin-test-service")).ok());
    KeyStore other;
    other.setService(TestService + QStringLiteral(".other"));
    QCOMPARE(KeyTest::read(other, OpenAiOrigin).result.status, KeyStore::Status::NotFound);
    QCOMPARE(KeyTest::secretToolItemCount(other.service()), 0);
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 1);
}

void TestKeyStore::errorMapping_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<KeyStore::Status>("status");
    QTest::addColumn<QString>("messagePart");

    using S = KeyStore::Status;
    const QString noService = QStringLiteral("No keychain service is running");
    const QString unlock = QStringLiteral("Unlock it");
    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << S::Ok << QString();
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound)
                                     << QStringLiteral("Entry not found") << S::NotFound
                                     << QStringLiteral("No admin key is stored");
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString()
                                << S::Unavailable << noService;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString()
                                     << S::Unavailable << noService;
    QTest::newRow("access denied (locked collection)")
        << int(QKeychain::AccessDenied)
        << QStringLiteral("Cannot create an item in a locked collection") << S::Denied << unlock;
    QTest::newRow("access denied by user") << int(QKeychain::AccessDeniedByUser) << QString()
                                           << S::Denied << unlock;
    QTest::newRow("no session bus")
        << int(QKeychain::OtherError) << QStringLiteral("Could not connect: No such file or directory")
        << S::Unavailable << noService;
    QTest::newRow("no bus, no X11")
        << int(QKeychain::OtherError)
        << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << S::Unavailable << noService;
    QTest::newRow("bus without a Secret Service")
        << int(QKeychain::OtherError)
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
        << S::Unavailable << noService;
    QTest::newRow("keyring without a login collection")
        << int(QKeychain::OtherError)
        << QStringLiteral("Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d")
        << S::Unavailable << noService;
    QTest::newRow("locked, worded as another error")
        << int(QKeychain::OtherError) << QStringLiteral("Collection is locked") << S::Denied << unlock;
    QTest::newRow("another error shows the keychain's words")
        << int(QKeychain::OtherError) << QStringLiteral("Disk full") << S::Other
        << QStringLiteral("The system keychain reported an error: Disk full");
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry)
                                      << QStringLiteral("Item is read-only") << S::Other
                                      << QStringLiteral("Item is read-only");
}

void TestKeyStore::errorMapping()
{
    QFETCH(int, error);
    QFETCH(QString, errorString);
    QFETCH(KeyStore::Status, status);
    QFETCH(QString, messagePart);

    const KeyStore::Result result = keyStoreResult(QKeychain::Error(error), errorString);
    QCOMPARE(result.status, status);
    QCOMPARE(result.ok(), status == KeyStore::Status::Ok);
    if (messagePart.isEmpty()) {
        QVERIFY(result.message.isEmpty());
    } else {
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    }
    QCOMPARE(result.detail, status == KeyStore::Status::Ok ? QString() : errorString);
    // Issue #13: a "no" (or a locked keychain) is never followed by a second prompt; a
    // missing service or another error is tried once more, later.
    const bool retried = status == KeyStore::Status::Unavailable || status == KeyStore::Status::Other;
    QCOMPARE(keyStoreRetries(result), retried);
}

void TestKeyStore::withoutSecretServiceEverythingIsUnavailable()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString key = QStringLiteral("sk-admin-never-on-disk-5e8d21c7");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QString::fromLatin1(ChildKeyVariable), key);

    QProcess child;
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(home.path());
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildModeArgument)});
    QVERIFY2(finished.wait(120000), "the child without a Secret Service did not finish");
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, err.constData());

    const QJsonObject report = QJsonDocument::fromJson(out.trimmed()).object();
    QVERIFY2(!report.isEmpty(), out.constData());
    for (const char *operation : {"write", "read", "remove"}) {
        const QJsonObject answer = report.value(QLatin1String(operation)).toObject();
        QVERIFY2(answer.value(QStringLiteral("status")).toInt() == int(KeyStore::Status::Unavailable),
                 operation);
        const QString message = answer.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("No keychain service is running")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("session only")), qPrintable(message));
        QVERIFY(!message.contains(key));
    }
    QVERIFY(report.value(QStringLiteral("readKeyEmpty")).toBool());
    QVERIFY(!out.contains(key.toUtf8()));
    QVERIFY(!err.contains(key.toUtf8()));

    // No plain-text fallback anywhere in the child's HOME (a QSettings file, a cache...).
    const QStringList holders = KeyTest::filesContaining(home.path(), key.toUtf8());
    QVERIFY2(holders.isEmpty(), qPrintable(holders.join(QLatin1Char(' '))));
    // And it did not reach this test's own keyring either.
    QCOMPARE(KeyTest::secretToolItemCount(TestService), 0);
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], ChildModeArgument) == 0)
        return runWithoutSecretService(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeyStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keystore.moc"
