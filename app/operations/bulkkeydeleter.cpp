// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "bulkkeydeleter.h"

#include "apilogging.h"
#include "projectresourcesapi.h"
#include "uniquebyid.h"

BulkKeyDeleter::BulkKeyDeleter(ProjectResourcesApi *api, const QString &projectId,
                               const QList<ApiKey> &keys, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_projectId(projectId)
{
    for (const ApiKey &key : uniqueById(keys)) {
        if (key.isDeletable())
            m_keys.append(key);
        else
            m_summary.serviceAccountKeys.append(key);
    }
}

BulkKeyDeleter::~BulkKeyDeleter()
{
    // Destroyed mid-run (its owner went away): the callback must not reach a dead object.
    if (m_call)
        m_call->cancel();
}

void BulkKeyDeleter::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    deleteNext();
}

void BulkKeyDeleter::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    qCDebug(lcOrgDeskApi) << "bulk key delete: cancel requested after" << m_next << "of" << m_keys.size();
    m_cancelRequested = true;
}

void BulkKeyDeleter::deleteNext()
{
    if (m_cancelRequested || m_next >= m_keys.size() || !m_api) {
        finish();
        return;
    }
    const ApiKey current = m_keys.at(m_next);
    Q_EMIT progress(int(m_next), int(m_keys.size()), current);
    const qsizetype index = m_next;
    QPointer<ApiCall> call = m_api->deleteApiKey(
        m_projectId, current.id, this,
        [this, current](const ApiResult<Deletion> &result) { onDeleted(current, result); });
    // A call may end at once (refused before sending); then the run has already moved on.
    if (m_next == index && call) {
        m_call = call;
        connect(call, &ApiCall::waiting, this, &BulkKeyDeleter::waiting);
    }
}

void BulkKeyDeleter::onDeleted(const ApiKey &key, const ApiResult<Deletion> &result)
{
    m_call.clear();
    ++m_next;
    if (result.ok()) {
        m_summary.deleted.append(key);
        if (result.value().alreadyGone)
            m_summary.alreadyGone.append(key);
        Q_EMIT keyDeleted(key, result.value().alreadyGone);
    } else {
        const ApiError &error = result.error();
        qCDebug(lcOrgDeskApi) << "bulk key delete: failed" << key.id << int(error.kind()) << error.requestId();
        m_summary.failed.append({key, error});
        Q_EMIT keyFailed(key, error);
        // The key changed or was rejected: the rest would fail the same way, or go out with a
        // key the user did not choose for them.
        if (error.kind() == ApiError::Kind::KeyChanged || error.kind() == ApiError::Kind::Unauthorized)
            m_cancelRequested = true;
    }
    deleteNext();
}

void BulkKeyDeleter::finish()
{
    for (qsizetype i = m_next; i < m_keys.size(); ++i)
        m_summary.notAttempted.append(m_keys.at(i));
    m_summary.cancelled = m_cancelRequested && !m_summary.notAttempted.isEmpty();
    m_running = false;
    Q_EMIT finished(m_summary);
}
