// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "serviceaccountcreator.h"

#include "apilogging.h"
#include "createcheck.h"
#include "projectresourcesapi.h"

#include <QDateTime>

ServiceAccountCreator::ServiceAccountCreator(ProjectResourcesApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

ServiceAccountCreator::~ServiceAccountCreator()
{
    if (m_call)
        m_call->cancel();
}

void ServiceAccountCreator::create(const QString &projectId, const QString &name)
{
    if (m_busy)
        return;
    m_busy = true;
    m_projectId = projectId;
    m_name = name;
    const auto unsettled = m_unsettled.constFind(unsettledKey());
    if (unsettled != m_unsettled.cend()) {
        // An earlier try may have made it: look before sending again.
        m_startedAt = *unsettled;
        qCDebug(lcOrgDeskApi) << "service account create: checking an earlier unclear try first";
        Q_EMIT checking();
        check(std::nullopt, {}, 0);
        return;
    }
    m_startedAt = m_clock();
    send();
}

void ServiceAccountCreator::send()
{
    m_call = m_api->createServiceAccount(
        m_projectId, m_name, this, [this](const ApiResult<CreatedServiceAccount> &result) {
            m_call.clear();
            if (result.ok()) {
                ServiceAccountCreateOutcome outcome;
                outcome.created = result.value();
                end(outcome);
            } else if (result.error().kind() == ApiError::Kind::OutcomeUnknown) {
                qCDebug(lcOrgDeskApi) << "service account create: outcome unknown, checking"
                                      << result.error().requestId();
                Q_EMIT checking();
                check(result.error(), {}, 0);
            } else {
                end({{}, {}, result.error(), false});
            }
        });
    if (m_call)
        connect(m_call, &ApiCall::waiting, this, &ServiceAccountCreator::waiting);
}

void ServiceAccountCreator::check(const std::optional<ApiError> &original, const QString &after, int page)
{
    m_call = m_api->listServiceAccounts(
        m_projectId, PageQuery{after, 100}, this,
        [this, original, page](const ApiResult<ServiceAccountPage> &result) {
            m_call.clear();
            if (!result.ok()) {
                // Still unknown: the next create of this name looks first.
                m_unsettled.insert(unsettledKey(), m_startedAt);
                end({{}, {}, original.value_or(result.error()), false});
                return;
            }
            // Names are not unique: the earliest account of this name made since the first
            // try is the one it made.
            const auto found = CreateCheck::find(result.value().items, m_name, m_startedAt);
            if (found) {
                m_unsettled.remove(unsettledKey());
                end({{}, found, original.value_or(ApiError()), false});
            } else if (result.value().hasMore && page + 1 < MaxCheckPages) {
                check(original, result.value().nextCursor, page + 1);
            } else if (result.value().hasMore) {
                m_unsettled.insert(unsettledKey(), m_startedAt);
                end({{}, {}, original.value_or(ApiError(ApiError::Kind::OutcomeUnknown)), false});
            } else {
                m_unsettled.remove(unsettledKey());
                if (!original) {
                    // Only an earlier try was in doubt, and it made nothing: create now.
                    m_startedAt = m_clock();
                    send();
                    return;
                }
                end({{}, {}, *original, true});
            }
        });
    if (m_call)
        connect(m_call, &ApiCall::waiting, this, &ServiceAccountCreator::waiting);
}

void ServiceAccountCreator::end(ServiceAccountCreateOutcome outcome)
{
    m_busy = false;
    Q_EMIT finished(outcome);
}
