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
    void serverDelayCoolsDownOneEndpoint();
    void rejectedWithNothingAcceptedBacksOff();
    void requestsInFlightCount();

private:
    // One request answered at once, `took` after it was sent.
    quint64 request(const QString &endpoint, bool rejected = false, milliseconds took = 5ms);

    RateLimitGate m_gate;
    std::chrono::steady_clock::time_point m_now;
};

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
    for (int i = 0; i < 2; ++i)
        request(u"list"_s);
    request(u"list"_s, true);
    m_gate.rateLimited(u"list"_s, std::nullopt);
    QCOMPARE(m_gate.learnedLimit(u"list"_s), std::optional<int>(2));

    // Twenty more requests, each sent as soon as the gate allows: never more than two
    // answers within any window.
    QList<std::chrono::steady_clock::time_point> answers;
    for (int i = 0; i < 20; ++i) {
        m_now += m_gate.delayBeforeSend(u"list"_s);
        QCOMPARE(m_gate.delayBeforeSend(u"list"_s), 0ms);
        request(u"list"_s);
        answers.append(m_now);
    }
    for (qsizetype i = 2; i < answers.size(); ++i)
        QVERIFY(answers.at(i) - answers.at(i - 2) > 1000ms);
    // ...and not much slower than that either: 20 requests at 2 per second.
    QVERIFY(answers.constLast() - answers.constFirst() < 10s + 20 * 40ms);
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
