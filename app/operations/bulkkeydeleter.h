// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "apikey.h"
#include "resourcereader.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <chrono>

class ApiCall;
class ProjectResourcesApi;

/// What a bulk delete of API keys did, key by key.
struct BulkKeyDeleteSummary
{
    /// One key the service did not delete, and why.
    struct Failure
    {
        ApiKey key;
        ApiError error;
    };

    QList<ApiKey> deleted;        ///< gone now (alreadyGone ones included)
    QList<ApiKey> alreadyGone;    ///< of those, the ones the service no longer had (404)
    QList<Failure> failed;
    QList<ApiKey> serviceAccountKeys; ///< never sent: they go with their service account
    QList<ApiKey> notAttempted;   ///< left untouched because of cancel()
    bool cancelled = false;

    /// Every key asked for, service-account keys included.
    [[nodiscard]] int total() const
    {
        return int(deleted.size() + failed.size() + serviceAccountKeys.size() + notAttempted.size());
    }
};

Q_DECLARE_METATYPE(BulkKeyDeleteSummary)

/// Deletes several API keys of one project, one request at a time.
///
/// One at a time for the same reasons as BulkArchiver: the admin endpoints allow a handful of
/// requests per minute, and each delete must have ended before the next starts, so that
/// cancel() stops between keys and nothing is sent twice. A service account's key is never
/// sent (the service refuses it with a 400): it is reported in serviceAccountKeys. A 404 means
/// the key is gone already, which is what was asked: it counts as deleted.
class BulkKeyDeleter : public QObject
{
    Q_OBJECT
public:
    /// @p api is not owned and must outlive the run. Duplicate ids in @p keys are sent once.
    BulkKeyDeleter(ProjectResourcesApi *api, const QString &projectId, const QList<ApiKey> &keys,
                   QObject *parent = nullptr);
    ~BulkKeyDeleter() override;

    /// Starts with the first deletable key. Does nothing when already started.
    void start();
    /// Stops after the key being deleted now; the rest stay untouched.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    /// The keys that will be sent (service-account keys left out).
    [[nodiscard]] int total() const { return int(m_keys.size()); }
    [[nodiscard]] const BulkKeyDeleteSummary &summary() const { return m_summary; }

Q_SIGNALS:
    /// Key @p current (number @p done + 1 of @p total) is being deleted now.
    void progress(int done, int total, const ApiKey &current);
    void keyDeleted(const ApiKey &key, bool alreadyGone);
    void keyFailed(const ApiKey &key, const ApiError &error);
    /// The delete of the current key waits before it sends (again).
    void waiting(std::chrono::milliseconds delay, const ApiError &reason);
    /// Every key was tried, or cancel() stopped the run.
    void finished(const BulkKeyDeleteSummary &summary);

private:
    void deleteNext();
    void onDeleted(const ApiKey &key, const ApiResult<Deletion> &result);
    void finish();

    ProjectResourcesApi *m_api;
    QString m_projectId;
    QList<ApiKey> m_keys;
    qsizetype m_next = 0;
    bool m_started = false;
    bool m_running = false;
    bool m_cancelRequested = false;
    QPointer<ApiCall> m_call;
    BulkKeyDeleteSummary m_summary;
};
