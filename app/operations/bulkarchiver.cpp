// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "bulkarchiver.h"

#include "adminapiclient.h"
#include "apilogging.h"
#include "uniquebyid.h"

BulkArchiver::BulkArchiver(AdminApiClient *client, const QList<Project> &projects, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projects(uniqueById(projects))
{
}

BulkArchiver::~BulkArchiver()
{
    // Destroyed mid-run (its owner went away): the callback must not reach a dead object.
    if (m_call)
        m_call->cancel();
}

void BulkArchiver::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    archiveNext();
}

void BulkArchiver::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    qCDebug(lcOrgDeskApi) << "bulk archive: cancel requested after" << m_next << "of"
                          << m_projects.size();
    m_cancelRequested = true;
}

void BulkArchiver::archiveNext()
{
    if (m_cancelRequested || m_next >= m_projects.size() || !m_client) {
        finish();
        return;
    }
    const Project current = m_projects.at(m_next);
    Q_EMIT progress(int(m_next), int(m_projects.size()), current);
    const qsizetype index = m_next;
    QPointer<ApiCall> call = m_client->archiveProject(
        current.id, this,
        [this, current](const ApiResult<Project> &result) { onArchived(current, result); });
    // A client may answer at once (no key, say); then the run has already moved on.
    if (m_next == index && call) {
        m_call = call;
        connect(call, &ApiCall::waiting, this, &BulkArchiver::waiting);
    }
}

void BulkArchiver::onArchived(const Project &requested, const ApiResult<Project> &result)
{
    m_call.clear();
    ++m_next;
    if (result.ok() && result.value().isArchived()) {
        m_summary.archived.append(result.value());
        Q_EMIT projectArchived(result.value());
    } else {
        // A 200 with a project still active is not an archive, whatever the status code said.
        const ApiError error = result.ok()
            ? ApiError(ApiError::Kind::BadResponse,
                       tr("The service answered, but the project is still active."))
            : result.error();
        qCDebug(lcOrgDeskApi) << "bulk archive: failed" << requested.id << int(error.kind())
                              << error.requestId();
        m_summary.failed.append({requested, error});
        Q_EMIT projectFailed(requested, error);
        // The key changed or was rejected: the rest would fail the same way, or go out with a
        // key the user did not choose for them.
        if (error.kind() == ApiError::Kind::KeyChanged || error.kind() == ApiError::Kind::Unauthorized)
            m_cancelRequested = true;
    }
    archiveNext();
}

void BulkArchiver::finish()
{
    for (qsizetype i = m_next; i < m_projects.size(); ++i)
        m_summary.notAttempted.append(m_projects.at(i));
    m_summary.cancelled = m_cancelRequested && !m_summary.notAttempted.isEmpty();
    m_running = false;
    Q_EMIT finished(m_summary);
}
