// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "ratelimitgate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

/// The gate against an injected clock: what it learns from a 429 and how it paces afterwards.
class TestRateLimitGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void noLimitNoWait();
    void learnsFromA429AndWaitsForTheWindow();
    void keepsPacingAfterLearning();
    void probesOnlyAfterQuietMinutes_data();
    void probesOnlyAfterQuietMinutes();
    void endpointsLearnApart();
    void recoversWhenTheLimitWasDrainedElsewhere();
    void raisesOneAWindowUpToTheHighestLearned();
    void aRefusedRaiseStopsRaising();
    void resetForgetsEverything();
    void serverDelayCoolsDownOneEndpoint();
    void rejectedWithNothingAcceptedBacksOff();
    void requestsInFlightCount();

private:
    // One request answered at once, `took` after it was sent.
    quint64 request(const QString &endpoint, bool rejected = false, milliseconds took = 5ms);
    // A request sent as soon as the gate allows to a service that accepts `limit` per window
    // and endpoint (counted over the answers it accepted); tells the gate of a 429. Returns
    // whether accepted.
    bool requestToService(const QString &endpoint, int limit);
    // `count` requests to a service accepting `limit` per window; returns the 429s.
    int rejectionsSending(const QString &endpoint, int limit, int count);

    RateLimitGate m_gate;
    std::chrono::steady_clock::time_point m_now;
    /// What the simulated service accepted, per endpoint, within the last window.
    QHash<QString, QList<std::chrono::steady_clock::time_point>> m_accepted;
};

bool TestRateLimitGate::requestToService(const QString &endpoint, int limit)
{
    m_now += m_gate.delayBeforeSend(endpoint);
    QList<std::chrono::steady_clock::time_point> &accepted = m_accepted[endpoint];
    accepted.removeIf([this](auto t) { return t <= m_now - 1000ms; });
    const bool ok = accepted.size() < limit;
    if (ok)
        accepted.append(m_now);
    request(endpoint, !ok);
    if (!ok)
        m_gate.rateLimited(endpoint, std::nullopt);
    return ok;
}

int TestRateLimitGate::rejectionsSending(const QString &endpoint, int limit, int count)
{
    int rejected = 0;
    for (int accepted = 0; accepted < count;) {
        if (requestToService(endpoint, limit))
            ++accepted;
        else
            ++rejected;
        if (rejected > count)
            break;
    }
    return rejected;
}

quint64 TestRateLimitGate::request(const QString &endpoint, bool rejected, milliseconds took)
{
    const quint64 ticket = m_gate.sent(endpoint);
    m_now += took;
    m_gate.answered(ticket, rejected);
    return ticket;
}

void TestRateLimitGate::init()
{
    m_gate = RateLimitGate();
    m_accepted.clear();
    m_now = std::chrono::steady_clock::time_point(100h);
    m_gate.setClock([this] { return m_now; });
    m_gate.setWindow(1000ms); // margin: 25 ms
}

void TestRateLimitGate::noLimitNoWait()
{
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(m_gate.delayBeforeSend(u"list"_s), 0ms);
        request(u"list"_s);
    }
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::nullopt);
}

void TestRateLimitGate::learnsFromA429AndWaitsForTheWindow()
{
    const auto start = m_now;
    for (int i = 0; i < 3; ++i)
        request(u"list"_s);       // answered at +5, +10, +15
    request(u"list"_s, true);     // 429 at +20
    m_gate.rateLimited(u"list"_s, std::nullopt);
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(3));

    // Four answers occupy the window (the 429 too: the service may count it); three may:
    // the second oldest (+10) must leave first: +10 + 1000 + 25 margin.
    const milliseconds wait = m_gate.delayBeforeSend(u"list"_s);
    QCOMPARE(m_now + wait, start + 1035ms + 1ms);
    QCOMPARE(m_gate.delayBeforeSend(u"create"_s), 0ms); // other endpoints are not held
    m_now += wait;
    QCOMPARE(m_gate.delayBeforeSend(u"list"_s), 0ms);
}

void TestRateLimitGate::keepsPacingAfterLearning()
{
    // A service that accepts two requests a window; the client sends 60, each as soon as the
    // gate allows. The first 429 teaches the limit, and nothing probes above it again: one
    // 429 in 30 windows.
    const auto start = m_now;
    QCOMPARE(rejectionsSending(u"list"_s, 2, 60), 1);
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(2));
    // ...and not much slower than the service allows: 60 requests at 2 per window.
    QVERIFY2(m_now - start < 31s + 60 * 40ms, qPrintable(QString::number((m_now - start) / 1ms)));
}

void TestRateLimitGate::probesOnlyAfterQuietMinutes_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("rejected");
    // Two a window (1 s): 1,000 requests take about 8 minutes, 1,400 about 11.7, 2,600 about
    // 21.7. The limit is forgotten 10 minutes after the last 429, and the next request is
    // refused and teaches it again.
    QTest::newRow("8 minutes") << 1000 << 1;
    QTest::newRow("11.7 minutes") << 1400 << 2;
    QTest::newRow("21.7 minutes") << 2600 << 3;
}

void TestRateLimitGate::probesOnlyAfterQuietMinutes()
{
    QFETCH(int, requests);
    QFETCH(int, rejected);
    QCOMPARE(RateLimitGate::QuietBeforeProbing, std::chrono::minutes(10));
    QCOMPARE(rejectionsSending(u"list"_s, 2, requests), rejected);
}

void TestRateLimitGate::endpointsLearnApart()
{
    // Two senders side by side, each sending whenever the gate lets it (as a preview reads
    // while an earlier apply still updates); the service allows 8 reads and 3 updates a
    // window. One 429 each; neither limit is taken for the other's.
    int readsRefused = 0;
    int updatesRefused = 0;
    for (int sent = 0; sent < 200; ++sent) {
        const bool read = m_gate.delayBeforeSend(u"read"_s) <= m_gate.delayBeforeSend(u"update"_s);
        if (read && !requestToService(u"read"_s, 8))
            ++readsRefused;
        if (!read && !requestToService(u"update"_s, 3))
            ++updatesRefused;
    }
    QCOMPARE(readsRefused, 1);
    QCOMPARE(updatesRefused, 1);
    QCOMPARE(m_gate.learnedLimit(u"read"_s), std::optional<int>(8));
    QCOMPARE(m_gate.learnedLimit(u"update"_s), std::optional<int>(3));
}

void TestRateLimitGate::recoversWhenTheLimitWasDrainedElsewhere()
{
    // Another script used the organization's limit: one of ours got through, then a 429.
    request(u"list"_s);
    request(u"list"_s, true);
    m_gate.rateLimited(u"list"_s, std::nullopt);
    const auto learnedAt = m_now;
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(1));

    // The other script is gone, but nothing said a higher limit was ever allowed: raising it
    // would be a probe, and a probe costs a 429. So the gate keeps 1 for ten quiet minutes...
    m_now += 5s;
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(1));
    m_now = learnedAt + RateLimitGate::QuietBeforeProbing - 1ms;
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(1));
    // ...then forgets it...
    m_now += 1ms;
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::nullopt);
    // ...so the next window's eight requests go at once, and the ninth teaches 8.
    for (int i = 0; i < 8; ++i)
        QVERIFY(requestToService(u"list"_s, 8));
    QVERIFY(m_now - (m_accepted.value(u"list"_s).constFirst()) < 8 * 10ms);
    QVERIFY(!requestToService(u"list"_s, 8));
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(8));
}

void TestRateLimitGate::raisesOneAWindowUpToTheHighestLearned()
{
    for (int i = 0; i < 4; ++i)
        request(u"list"_s);
    request(u"list"_s, true);
    m_gate.rateLimited(u"list"_s, std::nullopt);
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(4));

    // Later, the limit is drained by someone else: this time the gate learns 1.
    m_now += 500ms; // the four still in the window, the 429 was 'now'
    m_now += m_gate.delayBeforeSend(u"list"_s);
    request(u"list"_s);
    request(u"list"_s, true);
    m_gate.rateLimited(u"list"_s, std::nullopt);
    const auto cutAt = m_now;
    const std::optional<int> low = m_gate.learnedLimit(u"list"_s);
    QVERIFY(low && *low < 4);

    // One more per clean window (the first spent waiting), back to 4...
    for (int expected = *low + 1; expected <= 4; ++expected) {
        m_now = cutAt + 1000ms + (expected - *low) * 1000ms - 1ms;
        QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(expected - 1));
        m_now += 1ms;
        QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(expected));
    }
    // ...and no further: 4 was the most the service allowed. Kept until ten minutes after
    // the last 429.
    m_now += 5s;
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(4));
    m_now = cutAt + RateLimitGate::QuietBeforeProbing - 1ms;
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(4));
    m_now += 1ms;
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::nullopt);
}

void TestRateLimitGate::aRefusedRaiseStopsRaising()
{
    // A service that allows 4 a window, and a script that takes 2 of them from some point on
    // and keeps running. Learned 4, then 2 (drained); the raise to 3 is refused, which says
    // the script is still there: no more raises, so no more 429s, while it runs.
    QCOMPARE(rejectionsSending(u"list"_s, 4, 20), 1);
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(4));
    // The script's two requests fill the window's rest after our two.
    m_now += 2s;
    QVERIFY(requestToService(u"list"_s, 4));
    QVERIFY(requestToService(u"list"_s, 4));
    m_accepted[u"list"_s] += {m_now, m_now};
    QVERIFY(!requestToService(u"list"_s, 2 + 2));
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(2));
    // From here on, the service has room for 2 of ours a window.
    QCOMPARE(rejectionsSending(u"list"_s, 2, 100), 1); // the raise to 3
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(2));
}

void TestRateLimitGate::resetForgetsEverything()
{
    request(u"list"_s);
    request(u"list"_s, true);
    m_gate.rateLimited(u"list"_s, std::nullopt);
    request(u"create"_s, true);
    m_gate.rateLimited(u"create"_s, 6s);
    QVERIFY(m_gate.delayBeforeSend(u"list"_s) > 0ms);
    QVERIFY(m_gate.delayBeforeSend(u"create"_s) > 0ms);
    m_gate.reset();
    QCOMPARE(m_gate.delayBeforeSend(u"list"_s), 0ms);
    QCOMPARE(m_gate.delayBeforeSend(u"create"_s), 0ms);
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::nullopt);
}

void TestRateLimitGate::serverDelayCoolsDownOneEndpoint()
{
    request(u"create"_s, true);
    m_gate.rateLimited(u"create"_s, 6s);
    QCOMPARE(m_gate.delayBeforeSend(u"create"_s), 6001ms);
    QCOMPARE(m_gate.delayBeforeSend(u"list"_s), 0ms);
    QCOMPARE(m_gate.learnedLimit(u"create"_s), std::nullopt);
    m_now += 6s;
    QCOMPARE(m_gate.delayBeforeSend(u"create"_s), 0ms);
}

void TestRateLimitGate::rejectedWithNothingAcceptedBacksOff()
{
    milliseconds previous = 0ms;
    for (int i = 0; i < 6; ++i) {
        request(u"archive"_s, true);
        m_gate.rateLimited(u"archive"_s, std::nullopt);
        const milliseconds wait = m_gate.delayBeforeSend(u"archive"_s);
        QVERIFY(wait > 0ms);
        QVERIFY(wait >= previous);
        QVERIFY(wait <= 1025ms + 1ms); // never more than a window and its margin
        previous = wait;
        m_now += wait;
    }
    QCOMPARE(m_gate.learnedLimit(u"archive"_s), std::nullopt);
}

void TestRateLimitGate::requestsInFlightCount()
{
    request(u"list"_s);
    request(u"list"_s, true);
    m_gate.rateLimited(u"list"_s, std::nullopt); // limit 1
    m_now += m_gate.delayBeforeSend(u"list"_s);
    const quint64 inFlight = m_gate.sent(u"list"_s);
    // While it is unanswered, it holds its slot for at least a window from now.
    QVERIFY(m_gate.delayBeforeSend(u"list"_s) >= 1000ms);
    m_now += 300ms;
    m_gate.answered(inFlight, false);
    const auto answeredAt = m_now;
    m_now += m_gate.delayBeforeSend(u"list"_s);
    QVERIFY(m_now >= answeredAt + 1000ms);
}

QTEST_GUILESS_MAIN(TestRateLimitGate)
#include "tst_ratelimitgate.moc"
