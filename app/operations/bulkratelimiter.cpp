// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "bulkratelimiter.h"

#include "adminapiclient.h"
#include "apilogging.h"
#include "projectresourcesapi.h"
#include "uniquebyid.h"

#include <algorithm>

namespace {

/// A listing of one project's limits that goes on longer than this is not a model table.
constexpr int MaxPagesPerProject = 20;

bool endsTheRun(const ApiError &error)
{
    // The key changed or was rejected: the rest would fail the same way, or go out with a
    // key the user did not choose for them.
    return error.kind() == ApiError::Kind::KeyChanged || error.kind() == ApiError::Kind::Unauthorized;
}

} // namespace

BulkRateLimiter::BulkRateLimiter(AdminApiClient *client, const QList<Project> &projects, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projects(uniqueById(projects))
{
}

BulkRateLimiter::~BulkRateLimiter()
{
    // Destroyed mid-run (its dialog went away): the callback must not reach a dead object.
    if (m_call)
        m_call->cancel();
}

void BulkRateLimiter::setKnownLimits(const QString &projectId, const QList<RateLimit> &limits)
{
    m_limits.insert(projectId, limits);
    m_readErrors.remove(projectId);
    replan();
}

void BulkRateLimiter::startReading()
{
    if (m_readingStarted)
        return;
    m_readingStarted = true;
    m_reading = true;
    readNext();
}

QStringList BulkRateLimiter::models() const
{
    QSet<QString> seen;
    for (const QList<RateLimit> &limits : m_limits) {
        for (const RateLimit &limit : limits)
            seen.insert(limit.model);
    }
    QStringList models(seen.cbegin(), seen.cend());
    models.sort();
    return models;
}

std::optional<QList<RateLimit>> BulkRateLimiter::limitsOf(const QString &projectId) const
{
    const auto found = m_limits.constFind(projectId);
    if (found == m_limits.cend())
        return std::nullopt;
    return *found;
}

void BulkRateLimiter::readNext()
{
    while (m_nextRead < m_projects.size()) {
        const Project &project = m_projects.at(m_nextRead);
        if (project.isArchived() || m_limits.contains(project.id) || m_readErrors.contains(project.id)) {
            ++m_nextRead;
            continue;
        }
        readPage(m_nextRead, QString(), {});
        return;
    }
    m_reading = false;
    m_call.clear();
    Q_EMIT readingFinished();
}

void BulkRateLimiter::readPage(int projectIndex, const QString &after, QList<RateLimit> soFar)
{
    if (!m_client) {
        m_reading = false;
        Q_EMIT readingFinished();
        return;
    }
    const QString projectId = m_projects.at(projectIndex).id;
    const QPointer<ApiCall> call = ProjectResourcesApi(m_client).listRateLimits(
        projectId, PageQuery{after, 100}, this,
        [this, projectIndex, projectId, after, soFar](const ApiResult<RateLimitPage> &result) mutable {
            m_call.clear();
            if (!result.ok()) {
                qCDebug(lcOrgDeskApi) << "bulk rate limits: reading failed" << projectId << result.error().requestId();
                if (endsTheRun(result.error())) {
                    for (const Project &project : std::as_const(m_projects)) {
                        if (!m_limits.contains(project.id))
                            m_readErrors.insert(project.id, result.error());
                    }
                } else {
                    m_readErrors.insert(projectId, result.error());
                }
                ++m_nextRead;
                replan();
                readNext();
                return;
            }
            const RateLimitPage &page = result.value();
            soFar.append(page.items);
            const bool more = page.hasMore && !page.nextCursor.isEmpty() && page.nextCursor != after
                && soFar.size() < MaxPagesPerProject * 100;
            if (more) {
                readPage(projectIndex, page.nextCursor, soFar);
                return;
            }
            m_limits.insert(projectId, soFar);
            ++m_nextRead;
            replan();
            readNext();
        });
    watch(call);
}

void BulkRateLimiter::watch(const QPointer<ApiCall> &call)
{
    if (!call || call->isFinished())
        return;
    m_call = call;
    connect(call, &ApiCall::waiting, this, &BulkRateLimiter::waiting);
}

void BulkRateLimiter::setTarget(const RateLimitTemplate &target)
{
    if (m_applyStarted)
        return;
    m_target = target;
    replan();
}

RateLimitPlanItem BulkRateLimiter::planFor(const Project &project, const QString &model,
                                           const RateLimitChange &wanted) const
{
    RateLimitPlanItem item;
    item.project = project;
    item.model = model;
    item.wanted = wanted;
    if (project.isArchived()) {
        item.status = RateLimitPlanItem::Status::Archived;
        return item;
    }
    if (const auto error = m_readErrors.constFind(project.id); error != m_readErrors.cend()) {
        item.status = RateLimitPlanItem::Status::ReadFailed;
        item.error = *error;
        return item;
    }
    const auto limits = m_limits.constFind(project.id);
    if (limits == m_limits.cend())
        return item; // Reading
    const auto limit = std::find_if(limits->cbegin(), limits->cend(),
                                    [&model](const RateLimit &l) { return l.model == model; });
    if (limit == limits->cend()) {
        item.status = RateLimitPlanItem::Status::NoModel;
        return item;
    }
    item.current = *limit;
    for (const auto &[field, value] : wanted.values()) {
        if (!limit->has(field)) {
            item.status = RateLimitPlanItem::Status::NoField;
            return item;
        }
        if (limit->value(field) != value)
            item.change.set(field, value);
    }
    item.status = item.change.isEmpty() ? RateLimitPlanItem::Status::Unchanged
                                        : RateLimitPlanItem::Status::WillChange;
    return item;
}

void BulkRateLimiter::replan()
{
    if (m_applyStarted)
        return;
    m_plan.clear();
    for (const Project &project : std::as_const(m_projects)) {
        for (const auto &[model, wanted] : m_target.models())
            m_plan.append(planFor(project, model, wanted));
    }
    Q_EMIT planChanged();
}

int BulkRateLimiter::pendingCount() const
{
    return int(std::count_if(m_plan.cbegin(), m_plan.cend(), [](const RateLimitPlanItem &item) {
        return item.status == RateLimitPlanItem::Status::WillChange;
    }));
}

void BulkRateLimiter::apply()
{
    if (m_applyStarted || m_reading)
        return;
    m_applyStarted = true;
    m_applying = true;
    m_applyTotal = pendingCount();
    applyNext();
}

void BulkRateLimiter::cancel()
{
    if (!m_applying || m_cancelRequested)
        return;
    qCDebug(lcOrgDeskApi) << "bulk rate limits: stop requested";
    m_cancelRequested = true;
}

void BulkRateLimiter::applyNext()
{
    while (m_nextApply < m_plan.size()
           && m_plan.at(m_nextApply).status != RateLimitPlanItem::Status::WillChange)
        ++m_nextApply;
    if (m_cancelRequested || m_nextApply >= m_plan.size() || !m_client) {
        finish();
        return;
    }
    const int index = m_nextApply;
    const RateLimitPlanItem &item = m_plan.at(index);
    Q_EMIT progress(m_applyDone, m_applyTotal, index);
    const QPointer<ApiCall> call = ProjectResourcesApi(m_client).updateRateLimit(
        item.project.id, item.current->id, item.change, this,
        [this, index](const ApiResult<RateLimit> &result) { onUpdated(index, result); });
    if (m_nextApply == index)
        watch(call);
}

void BulkRateLimiter::onUpdated(int index, const ApiResult<RateLimit> &result)
{
    m_call.clear();
    m_nextApply = index + 1;
    ++m_applyDone;
    RateLimitPlanItem &item = m_plan[index];
    if (result.ok()) {
        item.status = RateLimitPlanItem::Status::Changed;
        item.current = result.value();
        QList<RateLimit> &limits = m_limits[item.project.id];
        for (RateLimit &limit : limits) {
            if (limit.id == result.value().id)
                limit = result.value();
        }
        Q_EMIT itemFinished(index);
        Q_EMIT limitUpdated(item.project.id, result.value());
    } else {
        qCDebug(lcOrgDeskApi) << "bulk rate limits: update failed" << item.project.id << item.model
                              << int(result.error().kind()) << result.error().requestId();
        item.status = RateLimitPlanItem::Status::Failed;
        item.error = result.error();
        if (endsTheRun(result.error()))
            m_cancelRequested = true;
        Q_EMIT itemFinished(index);
    }
    applyNext();
}

void BulkRateLimiter::finish()
{
    for (RateLimitPlanItem &item : m_plan) {
        if (item.status == RateLimitPlanItem::Status::WillChange)
            item.status = RateLimitPlanItem::Status::NotAttempted;
    }
    m_applying = false;
    Q_EMIT finished(summary());
}

BulkRateLimitSummary BulkRateLimiter::summary() const
{
    BulkRateLimitSummary summary;
    using Status = RateLimitPlanItem::Status;
    for (const RateLimitPlanItem &item : m_plan) {
        switch (item.status) {
        case Status::Changed:
            ++summary.changed;
            break;
        case Status::Unchanged:
            ++summary.unchanged;
            break;
        case Status::Failed:
        case Status::ReadFailed:
            ++summary.failed;
            break;
        case Status::Archived:
        case Status::NoModel:
        case Status::NoField:
            ++summary.skipped;
            break;
        case Status::NotAttempted:
            ++summary.notAttempted;
            break;
        case Status::Reading:
        case Status::WillChange:
            break;
        }
    }
    summary.cancelled = m_cancelRequested && summary.notAttempted > 0;
    return summary;
}
