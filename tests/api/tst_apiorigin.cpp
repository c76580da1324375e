// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "apiorigin.h"

#include <QTest>

/// The origin/loopback rule the client, the session and main() share.
class TestApiOrigin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void origin_data();
    void origin();
    void sameOrigin_data();
    void sameOrigin();
    void allowed_data();
    void allowed();
};

void TestApiOrigin::origin_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("origin");
    auto row = [](const char *name, const char *url, const char *origin) {
        QTest::newRow(name) << QString::fromLatin1(url) << QString::fromLatin1(origin);
    };
    row("OpenAI base URL", "https://api.openai.com/v1", "https://api.openai.com");
    row("default port dropped", "https://api.openai.com:443/v1", "https://api.openai.com");
    row("http default port dropped", "http://127.0.0.1:80/v1", "http://127.0.0.1");
    row("other port kept", "http://127.0.0.1:8080/v1", "http://127.0.0.1:8080");
    row("https on port 80 keeps it", "https://proxy.example:80/v1", "https://proxy.example:80");
    row("case folded", "HTTPS://API.OpenAI.COM/v1/", "https://api.openai.com");
    row("user info, query and fragment dropped", "https://user:secret@host.example:8443/v1?x=1#top",
        "https://host.example:8443");
    row("IPv6 loopback", "http://[::1]:9000/v1", "http://[::1]:9000");
    row("empty", "", "");
    row("relative", "v1/organization", "");
}

void TestApiOrigin::origin()
{
    QFETCH(QString, url);
    QTEST(ApiOrigin::origin(QUrl(url)), "origin");
}

void TestApiOrigin::sameOrigin_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    auto row = [](const char *name, const char *a, const char *b, bool same) {
        QTest::newRow(name) << QString::fromLatin1(a) << QString::fromLatin1(b) << same;
    };
    row("another path", "http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v2/x?y=1", true);
    row("default port written out", "https://api.openai.com/v1", "https://API.openai.com:443/", true);
    row("another port", "http://127.0.0.1:8080/v1", "http://127.0.0.1:8081/v1", false);
    row("another host", "http://127.0.0.1:8080/v1", "http://127.0.0.2:8080/v1", false);
    row("another scheme", "https://api.openai.com/v1", "http://api.openai.com/v1", false);
    row("no host on either side", "v1/a", "v1/b", false);
}

void TestApiOrigin::sameOrigin()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QTEST(ApiOrigin::sameOrigin(QUrl(a), QUrl(b)), "same");
}

void TestApiOrigin::allowed_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QUrl(QStringLiteral("https://api.openai.com/v1")) << true;
    QTest::newRow("http to 127.0.0.1") << QUrl(QStringLiteral("http://127.0.0.1:8080/v1")) << true;
    QTest::newRow("http to 127.1.2.3") << QUrl(QStringLiteral("http://127.1.2.3/v1")) << true;
    QTest::newRow("http to ::1") << QUrl(QStringLiteral("http://[::1]:8080/v1")) << true;
    QTest::newRow("http to localhost") << QUrl(QStringLiteral("http://localhost:8080/v1")) << true;
    QTest::newRow("http to a remote host") << QUrl(QStringLiteral("http://api.openai.com/v1")) << false;
    QTest::newRow("http to a LAN address") << QUrl(QStringLiteral("http://192.168.1.10/v1")) << false;
    QTest::newRow("http to localhost.evil.com")
        << QUrl(QStringLiteral("http://localhost.evil.com/v1")) << false;
    QTest::newRow("http to 127.0.0.1.nip.io")
        << QUrl(QStringLiteral("http://127.0.0.1.nip.io/v1")) << false;
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/v1")) << false;
    QTest::newRow("no host") << QUrl(QStringLiteral("https:///v1")) << false;
}

void TestApiOrigin::allowed()
{
    QFETCH(QUrl, url);
    QFETCH(bool, allowed);
    QCOMPARE(ApiOrigin::isAllowed(url), allowed);
    // A refusal always says why, in a sentence.
    QCOMPARE(ApiOrigin::problem(url).isEmpty(), allowed);
}

QTEST_GUILESS_MAIN(TestApiOrigin)
#include "tst_apiorigin.moc"
