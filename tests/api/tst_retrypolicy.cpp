// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using std::chrono::milliseconds;
using Hints = RetryPolicy::Hints;

Q_DECLARE_METATYPE(Hints)

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoff_data();
    void backoff();
    void delay_data();
    void delay();
    void shouldRetry_data();
    void shouldRetry();
};

namespace {
const QDateTime Now = QDateTime(QDate(2026, 3, 2), QTime(10, 0, 0), Qt::UTC);

RetryPolicy policy(double random)
{
    RetryPolicy p;
    p.setRandomSource([random] { return random; });
    p.setClock([] { return Now; });
    return p;
}
} // namespace

void TestRetryPolicy::backoff_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    // min(0.5 s * 2^n, 8 s) * (1 - 0.25 * random)
    const qint64 full[] = {500, 1000, 2000, 4000, 8000, 8000};
    for (int n = 0; n <= 5; ++n) {
        QTest::addRow("n=%d, random 0", n) << n << 0.0 << full[n];
        QTest::addRow("n=%d, random 0.999", n) << n << 0.999 << qint64(double(full[n]) * (1 - 0.25 * 0.999));
    }
}

void TestRetryPolicy::backoff()
{
    QFETCH(int, retry);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    QCOMPARE(policy(random).backoff(retry).count(), expected);
}

void TestRetryPolicy::delay_data()
{
    QTest::addColumn<Hints>("hints");
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("no headers: backoff") << Hints{} << 1 << qint64(1000);
    QTest::newRow("retry-after-ms") << Hints{{}, "1500", {}} << 0 << qint64(1500);
    QTest::newRow("retry-after-ms fractional") << Hints{{}, "20.2", {}} << 0 << qint64(21);
    QTest::newRow("retry-after-ms wins over retry-after") << Hints{{}, "250", "30"} << 0 << qint64(250);
    QTest::newRow("retry-after seconds") << Hints{{}, {}, "6"} << 0 << qint64(6000);
    QTest::newRow("retry-after fractional seconds") << Hints{{}, {}, "0.5"} << 3 << qint64(500);
    QTest::newRow("retry-after exactly 60 s") << Hints{{}, {}, "60"} << 0 << qint64(60000);
    QTest::newRow("retry-after over 60 s: backoff") << Hints{{}, {}, "61"} << 2 << qint64(2000);
    QTest::newRow("retry-after 0: backoff") << Hints{{}, {}, "0"} << 0 << qint64(500);
    QTest::newRow("retry-after negative: backoff") << Hints{{}, {}, "-3"} << 0 << qint64(500);
    QTest::newRow("retry-after garbage: backoff") << Hints{{}, {}, "soon"} << 4 << qint64(8000);
    QTest::newRow("retry-after-ms over 60 s, then seconds ignored: backoff")
        << Hints{{}, "90000", "5"} << 0 << qint64(500);
    QTest::newRow("retry-after HTTP date in 20 s")
        << Hints{{}, {}, "Mon, 02 Mar 2026 10:00:20 GMT"} << 0 << qint64(20000);
    QTest::newRow("retry-after HTTP date in the past: backoff")
        << Hints{{}, {}, "Mon, 02 Mar 2026 09:59:00 GMT"} << 1 << qint64(1000);
    QTest::newRow("retry-after HTTP date in 2 minutes: backoff")
        << Hints{{}, {}, "Mon, 02 Mar 2026 10:02:00 GMT"} << 0 << qint64(500);
}

void TestRetryPolicy::delay()
{
    QFETCH(Hints, hints);
    QFETCH(int, retry);
    QFETCH(qint64, expected);
    QCOMPARE(policy(0.0).delay(retry, hints).count(), expected);
}

void TestRetryPolicy::shouldRetry_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("retry");
    QTest::newRow("500") << 500 << QByteArray() << true;
    QTest::newRow("429") << 429 << QByteArray() << true;
    QTest::newRow("408") << 408 << QByteArray() << true;
    QTest::newRow("409") << 409 << QByteArray() << true;
    QTest::newRow("400") << 400 << QByteArray() << false;
    QTest::newRow("404") << 404 << QByteArray() << false;
    QTest::newRow("500, x-should-retry false") << 500 << QByteArray("false") << false;
    QTest::newRow("400, x-should-retry true") << 400 << QByteArray("true") << true;
    QTest::newRow("400, x-should-retry TRUE") << 400 << QByteArray(" TRUE ") << true;
    QTest::newRow("500, x-should-retry garbage") << 500 << QByteArray("maybe") << true;
    QTest::newRow("400, x-should-retry garbage") << 400 << QByteArray("1") << false;
}

void TestRetryPolicy::shouldRetry()
{
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(bool, retry);
    const ApiError error = ApiError(ApiError::kindForStatus(status)).setHttpStatus(status);
    QCOMPARE(policy(0).shouldRetry(error, Hints{header, {}, {}}), retry);
    // Without a response at all, only the error decides.
    QVERIFY(policy(0).shouldRetry(ApiError(ApiError::Kind::Timeout), Hints{}));
    QVERIFY(!policy(0).shouldRetry(ApiError(ApiError::Kind::Timeout), Hints{"false", {}, {}}));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
