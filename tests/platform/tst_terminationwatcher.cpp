// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "terminationwatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

class TestTerminationWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signalArrivesThroughTheEventLoop_data();
    void signalArrivesThroughTheEventLoop();
    void defaultHandlingComesBackAfterwards();
};

void TestTerminationWatcher::signalArrivesThroughTheEventLoop_data()
{
    QTest::addColumn<int>("number");
    QTest::newRow("SIGTERM (kill, logout)") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C in a terminal)") << int(SIGINT);
    QTest::newRow("SIGHUP (terminal closed)") << int(SIGHUP);
}

void TestTerminationWatcher::signalArrivesThroughTheEventLoop()
{
    QFETCH(int, number);
    TerminationWatcher watcher;
    QSignalSpy requested(&watcher, &TerminationWatcher::terminationRequested);
    QCOMPARE(std::raise(number), 0); // without the watcher this would end the test process
    QVERIFY(requested.isEmpty());    // never from inside the POSIX handler
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toInt(), number);
}

void TestTerminationWatcher::defaultHandlingComesBackAfterwards()
{
    {
        TerminationWatcher watcher;
    }
    struct sigaction current = {};
    QCOMPARE(::sigaction(SIGTERM, nullptr, &current), 0);
    QVERIFY(current.sa_handler == SIG_DFL);
}

QTEST_GUILESS_MAIN(TestTerminationWatcher)
#include "tst_terminationwatcher.moc"
