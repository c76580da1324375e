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
    void recoversWhenTheLimitWasDrainedElsewhere();
    void raisesOneAWindowUpToTheHighestLearned();
    void resetForgetsEverything();
    void serverDelayCoolsDownOneEndpoint();
    void rejectedWithNothingAcceptedBacksOff();
    void requestsInFlightCount();

private:
    // One request answered at once, `took` after it was sent.
    quint64 request(const QString &endpoint, bool rejected = false, milliseconds took = 5ms);
    // A request sent as soon as the gate allows to a service that accepts `limit` per window
    // (counted over the answers it accepted); tells the gate of a 429. Returns whether accepted.
    bool requestToService(const QString &endpoint, int limit);

    RateLimitGate m_gate;
    std::chrono::steady_clock::time_point m_now;
    QList<std::chrono::steady_clock::time_point> m_accepted; ///< by the simulated service
};

bool TestRateLimitGate::requestToService(const QString &endpoint, int limit)
{
    m_now += m_gate.delayBeforeSend(endpoint);
    const auto inWindow = std::count_if(m_accepted.cbegin(), m_accepted.cend(),
                                        [this](auto t) { return t > m_now - 1000ms; });
    const bool accepted = inWindow < limit;
    if (accepted)
        m_accepted.append(m_now);
    request(endpoint, !accepted);
    if (!accepted)
        m_gate.rateLimited(endpoint, std::nullopt);
    return accepted;
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
    // gate allows. It learns the limit from the first 429 and paces; clean windows make it
    // try one more now and then, which costs at most one 429 every other window.
    int rejected = 0;
    const auto start = m_now;
    for (int accepted = 0; accepted < 60;) {
        if (requestToService(u"list"_s, 2))
            ++accepted;
        else
            ++rejected;
        QVERIFY(rejected < 100);
    }
    const auto windows = (m_now - start) / 1000ms;
    QVERIFY2(rejected <= windows / 2 + 1, qPrintable(u"%1 rejected in %2 windows"_s.arg(rejected).arg(windows)));
    // ...and not much slower than the service allows: 60 requests at 2 per window.
    QVERIFY2(m_now - start < 31s + 60 * 40ms, qPrintable(QString::number(windows)));
}

void TestRateLimitGate::recoversWhenTheLimitWasDrainedElsewhere()
{
    // Another script used the organization's limit: one of ours got through, then a 429.
    request(u"list"_s);
    request(u"list"_s, true);
    m_gate.rateLimited(u"list"_s, std::nullopt);
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(1));

    // The other script is gone. After the wait and one window without a 429 the limit is
    // forgotten...
    m_now += 1999ms;
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(1));
    m_now += 1ms;
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::nullopt);
    // ...so the next window's eight requests go at once.
    for (int i = 0; i < 8; ++i)
        QVERIFY(requestToService(u"list"_s, 8));
    QVERIFY(m_now - (m_accepted.constFirst()) < 8 * 10ms);
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

    // One more per clean window, back to 4; past that, forgotten.
    for (int expected = *low + 1; expected <= 4; ++expected) {
        m_now = cutAt + 1000ms + (expected - *low) * 1000ms;
        QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(expected));
    }
    m_now += 1000ms;
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::nullopt);
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
