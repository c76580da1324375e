// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace std::chrono_literals;

namespace {

constexpr auto InitialDelay = 500ms;
constexpr auto MaxBackoff = 8s;
constexpr auto MaxServerDelay = 60s;

std::optional<double> number(const QByteArray &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::chrono::milliseconds> inRange(double milliseconds)
{
    if (milliseconds <= 0 || milliseconds > double(std::chrono::milliseconds(MaxServerDelay).count()))
        return std::nullopt;
    return std::chrono::milliseconds(qint64(std::ceil(milliseconds)));
}

} // namespace

RetryPolicy::RetryPolicy()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void RetryPolicy::setRandomSource(RandomSource random)
{
    m_random = std::move(random);
}

void RetryPolicy::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

std::optional<bool> RetryPolicy::shouldRetryHeader(const Hints &hints)
{
    const QByteArray value = hints.shouldRetry.trimmed().toLower();
    if (value == "true")
        return true;
    if (value == "false")
        return false;
    return std::nullopt;
}

bool RetryPolicy::shouldRetry(const ApiError &error, const Hints &hints) const
{
    return shouldRetryHeader(hints).value_or(error.isRetryable());
}

bool RetryPolicy::shouldRetryOverwrite(const ApiError &error, const Hints &hints) const
{
    return error.isRetryable() && error.httpStatus() != 409 && shouldRetryHeader(hints).value_or(true);
}

std::optional<std::chrono::milliseconds> RetryPolicy::serverDelay(const Hints &hints) const
{
    if (!hints.retryAfterMs.isEmpty()) {
        if (const auto ms = number(hints.retryAfterMs))
            return inRange(*ms);
    }
    if (hints.retryAfter.isEmpty())
        return std::nullopt;
    if (const auto seconds = number(hints.retryAfter))
        return inRange(*seconds * 1000.0);
    // An HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"): Qt reads RFC 2822 with a numeric zone.
    QString text = QString::fromLatin1(hints.retryAfter.trimmed());
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(3) + QLatin1String("+0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return inRange(double(m_clock().msecsTo(date)));
}

std::chrono::milliseconds RetryPolicy::backoff(int retry) const
{
    const double base = std::min(double(InitialDelay.count()) * std::pow(2.0, std::max(retry, 0)),
                                 double(std::chrono::milliseconds(MaxBackoff).count()));
    const double jitter = 1.0 - 0.25 * std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(qint64(base * jitter));
}

std::chrono::milliseconds RetryPolicy::delay(int retry, const Hints &hints) const
{
    return serverDelay(hints).value_or(backoff(retry));
}
