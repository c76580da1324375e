// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "sandboxcosts.h"

#include "projectstore.h"
#include "sandboxserver_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <variant>

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr int MaxLimit = 180;
constexpr int DefaultLimit = 7;
const QString invalidRequest = QStringLiteral("invalid_request_error");

struct LineItem
{
    const char *name;
    int weight;          ///< share of a project's spend, in percent of its daily scale
    const char *unit;    ///< quantity_unit
    qint64 microsPerUnit; ///< what one unit costs
};

// Prices per token are tiny: quantities come out as whole tokens at a millionth of a dollar
// for a few of them.
constexpr LineItem Items[] = {
    {"gpt-4o-2024-08-06, input", 35, "tokens", 3},
    {"gpt-4o-2024-08-06, output", 45, "tokens", 10},
    {"gpt-4o-mini, input", 10, "tokens", 1},
    {"text-embedding-3-small", 5, "tokens", 1},
    {"web search tool calls", 20, "calls", 25000},
    {"file search storage", 8, nullptr, 0},
};
constexpr int ItemCount = int(std::size(Items));

// FNV-1a: a stable hash (QHash's is seeded per process), so a project's costs never change.
quint64 fnv(const QByteArray &bytes, quint64 hash = 1469598103934665603ULL)
{
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

// splitmix64's finaliser over a hash and a value: the day's or the line item's own dice.
quint64 mix(quint64 hash, qint64 value)
{
    quint64 z = hash ^ (quint64(value) + 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// What a project whose id hashes to @p project spends on @p lineItem in the day @p dayStart.
qint64 micros(quint64 project, int lineItem, qint64 dayStart)
{
    if (project % 4 == 0)
        return 0; // an idle project
    if (!((project >> 8) & (1u << lineItem)) && lineItem != 0)
        return 0; // a line item this project does not use (every active one uses the first)
    const quint64 day = mix(project, dayStart);
    if (day % 10 >= 3 + (project >> 16) % 7)
        return 0; // a day off: busy projects spend on 9 days of 10, quiet ones on 3
    // The daily scale: 5 cents to 5 dollars, a hundred times more for one project in 16.
    qint64 scale = 50000 + qint64((project >> 24) % 4950000);
    if ((project >> 40) % 16 == 1)
        scale *= 100;
    // This day's amount: 50..150 % of the item's share, to the millionth of a dollar.
    const qint64 percent = 50 + qint64(mix(day, lineItem) % 101);
    return std::max<qint64>(1, scale * Items[lineItem].weight / 100 * percent / 100);
}

SandboxResponse badRequest(const QString &message, const QString &param, const QString &code)
{
    return SandboxResponse::error(400, message, invalidRequest, param, code);
}

// The values of a parameter sent as `name`, `name[]` or `name[0]`..., and whether it was sent.
QStringList valuesOf(const QUrlQuery &query, const QString &name)
{
    QStringList values;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == name || key == name + QLatin1String("[]")
            || (key.startsWith(name + QLatin1Char('[')) && key.endsWith(QLatin1Char(']'))))
            values << value;
    }
    return values;
}

std::variant<qint64, SandboxResponse> integer(const QString &name, const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,15}$"));
    if (!digits.match(text).hasMatch()) {
        return badRequest(QStringLiteral("Invalid type for '%1': expected an integer, but got "
                                         "'%2' instead.").arg(name, text),
                          name, QStringLiteral("invalid_type"));
    }
    return text.toLongLong();
}

/// The query, checked as the service checks it.
struct Query
{
    qint64 start = 0;        ///< the first bucket's start: start_time floored to the day
    qint64 end = 0;          ///< end_time, or now
    int limit = DefaultLimit;
    bool byProject = false;
    bool byLineItem = false;
    QStringList projectIds;
    qint64 pageStart = 0;    ///< where this page starts (the cursor, or start)
};

QString cursorFor(qint64 dayStart)
{
    return QStringLiteral("page_%1").arg(dayStart, 0, 36);
}

std::variant<Query, SandboxResponse> parse(const QUrlQuery &urlQuery, qint64 nowSecs)
{
    Query q;
    const QStringList start = valuesOf(urlQuery, QStringLiteral("start_time"));
    if (start.isEmpty()) {
        return badRequest(QStringLiteral("Missing required parameter: 'start_time'."),
                          QStringLiteral("start_time"), QStringLiteral("missing_required_parameter"));
    }
    const auto startTime = integer(QStringLiteral("start_time"), start.constLast());
    if (auto *error = std::get_if<SandboxResponse>(&startTime))
        return *error;
    q.start = std::get<qint64>(startTime);
    q.start -= ((q.start % Day) + Day) % Day;
    q.end = nowSecs;
    const QStringList end = valuesOf(urlQuery, QStringLiteral("end_time"));
    if (!end.isEmpty()) {
        const auto endTime = integer(QStringLiteral("end_time"), end.constLast());
        if (auto *error = std::get_if<SandboxResponse>(&endTime))
            return *error;
        q.end = std::get<qint64>(endTime);
        if (q.end <= std::get<qint64>(startTime)) {
            return badRequest(QStringLiteral("Invalid 'end_time': must be after 'start_time'."),
                              QStringLiteral("end_time"), QStringLiteral("invalid_value"));
        }
    }
    const QStringList width = valuesOf(urlQuery, QStringLiteral("bucket_width"));
    if (!width.isEmpty() && width.constLast() != QLatin1String("1d")) {
        return badRequest(QStringLiteral("Invalid value for 'bucket_width': expected '1d', but "
                                         "got '%1' instead.").arg(width.constLast()),
                          QStringLiteral("bucket_width"), QStringLiteral("invalid_value"));
    }
    const QStringList limit = valuesOf(urlQuery, QStringLiteral("limit"));
    if (!limit.isEmpty()) {
        const auto parsed = integer(QStringLiteral("limit"), limit.constLast());
        if (auto *error = std::get_if<SandboxResponse>(&parsed))
            return *error;
        const qint64 value = std::get<qint64>(parsed);
        if (value < 1 || value > MaxLimit) {
            return badRequest(QStringLiteral("Invalid 'limit': expected a value from 1 to %1, "
                                             "but got %2 instead.").arg(MaxLimit).arg(value),
                              QStringLiteral("limit"),
                              value < 1 ? QStringLiteral("integer_below_min_value")
                                        : QStringLiteral("integer_above_max_value"));
        }
        q.limit = int(value);
    }
    for (const QString &group : valuesOf(urlQuery, QStringLiteral("group_by"))) {
        if (group == QLatin1String("project_id")) {
            q.byProject = true;
        } else if (group == QLatin1String("line_item")) {
            q.byLineItem = true;
        } else if (group != QLatin1String("api_key_id")) {
            return badRequest(QStringLiteral("Invalid value for 'group_by': expected one of "
                                             "'project_id', 'line_item', 'api_key_id', but got "
                                             "'%1' instead.").arg(group),
                              QStringLiteral("group_by"), QStringLiteral("invalid_value"));
        }
    }
    q.projectIds = valuesOf(urlQuery, QStringLiteral("project_ids"));
    q.pageStart = q.start;
    const QStringList page = valuesOf(urlQuery, QStringLiteral("page"));
    if (!page.isEmpty()) {
        // Only a cursor this query could have handed out: a day of its period, as given.
        bool ok = false;
        const qint64 at = page.constLast().startsWith(QLatin1String("page_"))
            ? page.constLast().mid(5).toLongLong(&ok, 36) : 0;
        if (!ok || at % Day != 0 || at <= q.start || at >= q.end
            || cursorFor(at) != page.constLast()) {
            return badRequest(QStringLiteral("Invalid 'page': '%1' is not a page of this query.")
                                  .arg(page.constLast()),
                              QStringLiteral("page"), QStringLiteral("invalid_value"));
        }
        q.pageStart = at;
    }
    return q;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject result(qint64 micros, const QString &projectId, int item)
{
    QJsonObject json{
        {QStringLiteral("object"), QStringLiteral("organization.costs.result")},
        {QStringLiteral("amount"), QJsonObject{{QStringLiteral("value"), double(micros) / 1e6},
                                               {QStringLiteral("currency"), QStringLiteral("usd")}}},
        {QStringLiteral("line_item"), item < 0 ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(QLatin1String(Items[item].name))},
        {QStringLiteral("project_id"), textOrNull(projectId)},
        {QStringLiteral("api_key_id"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("quantity"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("quantity_unit"), QJsonValue(QJsonValue::Null)},
    };
    if (item >= 0 && Items[item].unit) {
        json.insert(QStringLiteral("quantity"), double(micros / Items[item].microsPerUnit));
        json.insert(QStringLiteral("quantity_unit"), QLatin1String(Items[item].unit));
    }
    return json;
}

// One bucket: what each wanted project spent during [day, day + Day), as far as @p now, grouped.
QJsonObject bucket(const QList<SandboxProject> &projects, const Query &q, qint64 day, qint64 now)
{
    // Keys: (project id or null, line item or -1); ordered, so answers are deterministic.
    std::map<std::pair<QString, int>, qint64> sums;
    for (const SandboxProject &project : projects) {
        const quint64 hash = fnv(project.id.toUtf8());
        const qint64 from = std::max(day, project.createdAt);
        const qint64 to = std::min({day + Day, now, project.archivedAt.value_or(day + Day)});
        if (to <= from)
            continue;
        for (int item = 0; item < ItemCount; ++item) {
            const qint64 full = micros(hash, item, day);
            // A day in part (created, archived, or today so far): its share of the day.
            const qint64 spent = to - from == Day ? full : full * (to - from) / Day;
            if (spent == 0)
                continue;
            sums[{q.byProject ? project.id : QString(), q.byLineItem ? item : -1}] += spent;
        }
    }
    QJsonArray results;
    for (const auto &[key, spent] : sums)
        results.append(result(spent, key.first, key.second));
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("bucket")},
        {QStringLiteral("start_time"), day},
        {QStringLiteral("end_time"), day + Day},
        {QStringLiteral("results"), results},
    };
}

} // namespace

namespace SandboxCosts {

QString path()
{
    return QStringLiteral("/v1/organization/costs");
}

QStringList lineItems()
{
    QStringList names;
    for (const LineItem &item : Items)
        names << QLatin1String(item.name);
    return names;
}

qint64 dailyMicros(const QString &projectId, int lineItem, qint64 dayStart)
{
    if (lineItem < 0 || lineItem >= ItemCount)
        return 0;
    return micros(fnv(projectId.toUtf8()), lineItem, dayStart);
}

SandboxResponse answer(const ProjectStore &store, const QUrlQuery &query, qint64 nowSecs)
{
    const auto parsed = parse(query, nowSecs);
    if (auto *error = std::get_if<SandboxResponse>(&parsed))
        return *error;
    const Query &q = std::get<Query>(parsed);

    QList<SandboxProject> projects = store.all();
    if (!q.projectIds.isEmpty()) {
        projects.removeIf([&](const SandboxProject &p) { return !q.projectIds.contains(p.id); });
    }
    const qint64 end = std::min(q.end, nowSecs);
    QJsonArray data;
    qint64 day = q.pageStart;
    for (; day < end && data.size() < q.limit; day += Day)
        data.append(bucket(projects, q, day, nowSecs));
    const bool hasMore = day < end;
    return SandboxResponse::json(200, QJsonObject{
        {QStringLiteral("object"), QStringLiteral("page")},
        {QStringLiteral("data"), data},
        {QStringLiteral("has_more"), hasMore},
        {QStringLiteral("next_page"), hasMore ? QJsonValue(cursorFor(day)) : QJsonValue(QJsonValue::Null)},
    });
}

} // namespace SandboxCosts

SandboxResponse SandboxServer::Private::serveCosts(const IncomingRequest &request,
                                                   const Authorization &authorization)
{
    if (request.method != "GET") {
        SandboxResponse response = SandboxResponse::error(
            405, QStringLiteral("Invalid method for URL (%1 %2); allowed: GET.")
                     .arg(QString::fromLatin1(request.method), request.path),
            invalidRequest, QString(), QStringLiteral("method_not_allowed"));
        response.headers.append({QByteArrayLiteral("allow"), QByteArrayLiteral("GET")});
        return response;
    }
    if (!authorization.organization)
        return authorizationError(authorization.authCase);
    Organization &organization = *authorization.organization;
    // The same per-organization limit as the project endpoints, in a bucket of its own.
    const RateLimiter::Verdict verdict
        = rateLimiter.admit(organization.name + QLatin1String("/costs"), nowMs());
    if (!verdict.allowed) {
        SandboxResponse response = SandboxResponse::error(
            429, QStringLiteral("You're making too many requests, please slow down."),
            QStringLiteral("requests"), QString(), QStringLiteral("rate_limit_exceeded"));
        if (rateLimiter.sendsRetryAfter()) {
            response.headers.append({QByteArrayLiteral("retry-after"),
                                     QByteArray::number(verdict.retryAfterSeconds)});
        }
        return response;
    }
    return SandboxCosts::answer(organization.store, request.query, nowSecs());
}
