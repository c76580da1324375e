// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "project.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <chrono>

class AdminApiClient;
class ApiCall;

/// What a bulk archive did, project by project.
struct BulkArchiveSummary
{
    /// One project the service did not archive, and why.
    struct Failure
    {
        Project project;
        ApiError error;
    };

    QList<Project> archived;      ///< as the service answered: status archived
    QList<Failure> failed;
    QList<Project> notAttempted;  ///< left untouched because of cancel()
    bool cancelled = false;

    [[nodiscard]] int total() const
    {
        return int(archived.size() + failed.size() + notAttempted.size());
    }
};

Q_DECLARE_METATYPE(BulkArchiveSummary)

/// Archives several projects one request at a time.
///
/// One at a time because the admin endpoints allow only a handful of requests per minute and
/// because each archive must be known to have happened (or not) before the next one starts:
/// the client confirms an uncertain archive with a retrieve. cancel() therefore never
/// abandons a request whose outcome is unknown; it stops between projects.
class BulkArchiver : public QObject
{
    Q_OBJECT
public:
    /// @p client is not owned. Duplicate ids in @p projects are archived once.
    BulkArchiver(AdminApiClient *client, const QList<Project> &projects, QObject *parent = nullptr);
    ~BulkArchiver() override;

    /// Starts with the first project. Does nothing when already started.
    void start();
    /// Stops after the project being archived now; the rest stay untouched.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isCancelling() const { return m_running && m_cancelRequested; }
    [[nodiscard]] int total() const { return int(m_projects.size()); }

Q_SIGNALS:
    /// Project @p current (number @p done + 1 of @p total) is being archived now.
    void progress(int done, int total, const Project &current);
    /// @p project as the service answered it after archiving.
    void projectArchived(const Project &project);
    void projectFailed(const Project &project, const ApiError &error);
    /// The archive of the current project waits before it sends (again).
    void waiting(std::chrono::milliseconds delay, const ApiError &reason);
    /// Every project was tried, or cancel() stopped the run.
    void finished(const BulkArchiveSummary &summary);

private:
    void archiveNext();
    void onArchived(const Project &requested, const ApiResult<Project> &result);
    void finish();

    QPointer<AdminApiClient> m_client;
    QList<Project> m_projects;
    qsizetype m_next = 0;
    bool m_started = false;
    bool m_running = false;
    bool m_cancelRequested = false;
    QPointer<ApiCall> m_call;
    BulkArchiveSummary m_summary;
};
