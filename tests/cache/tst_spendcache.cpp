// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The costs of complete days in the listing cache (issue #19, item 4): the real main window,
// client and session against the sandbox over loopback, with the cache file in a throwaway
// directory. Each "start" is a new window, client and cache, as a new process would have; the
// sandbox (the organization) and its clock stay. The spend period is 90 days: three costs
// requests without a cache.

#include "adminapiclient.h"
#include "appsettings.h"
#include "keystore.h"
#include "listingcache.h"
#include "mainwindow.h"
#include "projectspend.h"
#include "projecttablemodel.h"
#include "sandboxcosts.h"
#include "sandboxserver.h"
#include "session.h"
#include "spendcontroller.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;
constexpr qint64 Day = 24 * 60 * 60;
constexpr qint64 FirstNow = 1790856000; // 2026-10-01 12:00 UTC
constexpr int Period = 90;
const QString Connection = u"default"_s;

/// The time both the sandbox and the window go by (seconds); tests move it on.
qint64 g_now = FirstNow;

qint64 dayOf(qint64 time)
{
    return time - time % Day;
}

/// One run of OrgDesk: window, client, session and cache, as main() wires them.
struct Start
{
    Start(SandboxServer &server, const QString &cachePath)
        : cache(cachePath)
    {
        client.setBaseUrl(server.baseUrl());
        keyStore.setService(u"OrgDesk "_s + QCoreApplication::applicationName());
        keyStore.setRetryDelay(std::chrono::milliseconds(0));
        window = std::make_unique<MainWindow>(&client, &session, &network);
        window->setListingCache(&cache, Connection);
        spend()->setClock([] { return g_now; });
        window->show();
    }
    ~Start() { window.reset(); }

    ProjectSpend *spend() const { return window->spendController()->spend(); }
    ProjectTableModel *model() const { return window->projectModel(); }
    bool waitForSpend() const
    {
        return QTest::qWaitFor([this] { return spend()->state() == ProjectSpend::State::Loaded; },
                               Timeout);
    }

    QNetworkAccessManager network;
    AdminApiClient client{&network};
    KeyStore keyStore;
    Session session{&client, &keyStore};
    ListingCache cache;
    std::unique_ptr<MainWindow> window;
};

/// Every project's spend as the window has it: the amount per currency and the column's text.
QMap<QString, QString> spendOf(const Start &start)
{
    QMap<QString, QString> spend;
    for (int row = 0; row < start.model()->rowCount(); ++row) {
        const QString id = start.model()->projectAt(row).id;
        QString text = start.model()->index(row, ProjectTableModel::SpendColumn).data().toString();
        if (const MoneyTotals *totals = start.spend()->totalsOf(id)) {
            for (const QString &currency : totals->currencies())
                text += u' ' + QString::number(totals->total(currency).micros) + currency;
        }
        spend.insert(id, text);
    }
    return spend;
}

/// The start_time of each costs request in the log, in order.
QList<qint64> costsStarts(const SandboxServer &server)
{
    QList<qint64> starts;
    for (const SandboxRequest &request : server.requests()) {
        if (request.path == SandboxCosts::path())
            starts.append(QUrlQuery(request.query).queryItemValue(u"start_time"_s).toLongLong());
    }
    return starts;
}

} // namespace

class tst_SpendCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void warmCacheAsksOnlyForTheDaysItLacks();
    void damagedCacheRefetchesThePeriod();
    void newKeyNeverSeesTheCachedCosts();

private:
    /// A first start: the whole period from the service (three requests), its past days stored.
    QMap<QString, QString> warmUp();
    [[nodiscard]] QString cachePath() const { return m_dir.filePath(u"listings.sqlite"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
};

void tst_SpendCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_SpendCache::init()
{
    for (const QString &file : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(file));
    QSettings(u"OrgDesk"_s, u"OrgDesk"_s).clear();
    AppSettings settings;
    settings.setSpendPeriodDays(Period);
    settings.sync();
    g_now = FirstNow;
    m_server = std::make_unique<SandboxServer>();
    m_server->setClock([] { return g_now * 1000; });
    QVERIFY(m_server->listen() != 0);
    m_server->seed(60, 0, 7);
}

QMap<QString, QString> tst_SpendCache::warmUp()
{
    Start start(*m_server, cachePath());
    QSignalSpy stored(&start.cache, &ListingCache::costsStored);
    start.session.start(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    [&] { QVERIFY(start.waitForSpend()); }();
    const qint64 periodStart = dayOf(g_now) - (Period - 1) * Day;
    [&] {
        QCOMPARE(costsStarts(*m_server).value(0), periodStart);
        QCOMPARE(costsStarts(*m_server).size(), 3);
        QVERIFY(stored.wait(Timeout));
        QCOMPARE(stored.constFirst().at(1).toBool(), true);
        // The past days are in the file, today's is not.
        CacheStore store(cachePath());
        start.cache.waitForDone();
        const QList<CostBucket> days = store.readCosts(Connection);
        QCOMPARE(days.size(), Period - 1);
        QCOMPARE(days.constFirst().startTime, periodStart);
        QCOMPARE(days.constLast().endTime, dayOf(g_now));
    }();
    return spendOf(start);
}

void tst_SpendCache::warmCacheAsksOnlyForTheDaysItLacks()
{
    const QMap<QString, QString> first = warmUp();
    QVERIFY(!QTest::currentTestFailed());
    // Some projects cost something, some nothing: the comparison below means something.
    QVERIFY(std::any_of(first.cbegin(), first.cend(), [](const QString &s) { return s.contains(u"usd"_s); }));
    QVERIFY(first.values().contains(u"—"_s));

    // The same day: only today's bucket is asked for, and the column shows the same totals.
    m_server->clearRequests();
    {
        Start start(*m_server, cachePath());
        start.session.start(QString::fromLatin1(SandboxServer::DefaultAdminKey));
        QVERIFY(start.waitForSpend());
        QCOMPARE(costsStarts(*m_server), QList<qint64>{dayOf(g_now)});
        QCOMPARE(spendOf(start), first);
    }

    // Two days later: the day that was today (provisional then) and yesterday are asked for
    // again, in one request; the totals are those of a load without any cache.
    const qint64 oldToday = dayOf(g_now);
    g_now += 2 * Day;
    m_server->clearRequests();
    QMap<QString, QString> cached;
    {
        Start start(*m_server, cachePath());
        start.session.start(QString::fromLatin1(SandboxServer::DefaultAdminKey));
        QVERIFY(start.waitForSpend());
        QCOMPARE(costsStarts(*m_server), QList<qint64>{oldToday});
        cached = spendOf(start);
    }
    QFile::remove(cachePath());
    m_server->clearRequests();
    Start fresh(*m_server, cachePath());
    fresh.session.start(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    QVERIFY(fresh.waitForSpend());
    QCOMPARE(costsStarts(*m_server).size(), 3);
    QCOMPARE(cached, spendOf(fresh));
}

void tst_SpendCache::damagedCacheRefetchesThePeriod()
{
    const QMap<QString, QString> first = warmUp();
    QVERIFY(!QTest::currentTestFailed());
    {
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(4096, '\x5a')); // the header's end and the first pages: garbage
    }
    m_server->clearRequests();
    Start start(*m_server, cachePath());
    QSignalSpy stored(&start.cache, &ListingCache::costsStored);
    start.session.start(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    QVERIFY(start.waitForSpend());
    const QList<qint64> starts = costsStarts(*m_server);
    QCOMPARE(starts.size(), 3);
    QCOMPARE(starts.constFirst(), dayOf(g_now) - (Period - 1) * Day);
    QCOMPARE(spendOf(start), first);
    // The file was set aside and the days are stored again in a new one.
    QVERIFY(stored.wait(Timeout));
    QCOMPARE(stored.constLast().at(1).toBool(), true);
    QVERIFY(!QDir(m_dir.path()).entryList({u"listings.sqlite.damaged-*"_s}).isEmpty());
}

void tst_SpendCache::newKeyNeverSeesTheCachedCosts()
{
    const QMap<QString, QString> first = warmUp();
    QVERIFY(!QTest::currentTestFailed());
    const QString otherKey = u"sk-admin-other-organization-0123456789"_s;
    m_server->addOrganization(u"other"_s, otherKey, 30);

    m_server->clearRequests();
    Start start(*m_server, cachePath());
    start.session.start(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    QVERIFY(start.waitForSpend());
    QCOMPARE(costsStarts(*m_server).size(), 1); // today's

    // A key entered in the session may be another organization's: the listing controller drops
    // the connection's rows, and its costs with them; the whole period is asked for again.
    m_server->clearRequests();
    start.session.useKey(otherKey, false);
    QVERIFY(QTest::qWaitFor([&] { return start.spend()->state() == ProjectSpend::State::Loading; },
                            Timeout));
    QVERIFY(start.waitForSpend());
    const QList<qint64> starts = costsStarts(*m_server);
    QCOMPARE(starts.size(), 3);
    QCOMPARE(starts.constFirst(), dayOf(g_now) - (Period - 1) * Day);
    for (const SandboxRequest &request : m_server->requests()) {
        if (request.path == SandboxCosts::path())
            QCOMPARE(request.organization, u"other"_s);
    }
    // No cost of the first organization's projects is shown for the other one.
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        QVERIFY2(!start.spend()->totalsOf(it.key()), qPrintable(it.key()));
    QVERIFY(start.spend()->projectsWithCost() > 0);
}

QTEST_MAIN(tst_SpendCache)
#include "tst_spendcache.moc"
