// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "project.h"
#include "ratelimit.h"
#include "ratelimittemplate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class AdminApiClient;
class ApiCall;

/// One project and one model of a bulk rate-limit change: what it has, what it gets.
struct RateLimitPlanItem
{
    enum class Status {
        Reading,     ///< the project's limits are being read
        ReadFailed,  ///< they could not be read: skipped
        Archived,    ///< an archived project's limits cannot change: skipped
        NoModel,     ///< the project has no limit for this model: skipped
        NoField,     ///< the model does not have a field the change sets: skipped
        Unchanged,   ///< already has the new values: nothing is sent
        WillChange,  ///< one update will be sent
        Changed,     ///< the update took effect
        Failed,      ///< the update failed (error)
        NotAttempted ///< Stop came before its turn
    };
    Project project;
    QString model;
    Status status = Status::Reading;
    std::optional<RateLimit> current; ///< as read (or as the update answered)
    RateLimitChange change;           ///< the fields that differ (WillChange and later)
    RateLimitChange wanted;           ///< every field the template sets for the model
    ApiError error;                   ///< ReadFailed, Failed
};

/// What a bulk rate-limit change did.
struct BulkRateLimitSummary
{
    int changed = 0;
    int unchanged = 0;
    int skipped = 0;      ///< archived, no such model or field, limits unreadable
    int failed = 0;
    int notAttempted = 0; ///< Stop came first
    bool cancelled = false;
};

Q_DECLARE_METATYPE(BulkRateLimitSummary)

/// Sets rate limits on several projects: reads each project's limits (once, one request at a
/// time, paced by the client's gate), works out a preview (current -> new) for a template,
/// and applies it with one update per project and model whose values differ.
///
/// Updates go one at a time: each must be known to have happened (the client re-reads a
/// limit after an unknown outcome and never sends it blindly again) before the next one;
/// cancel() stops between updates.
class BulkRateLimiter : public QObject
{
    Q_OBJECT
public:
    /// @p client is not owned. Duplicate projects count once.
    BulkRateLimiter(AdminApiClient *client, const QList<Project> &projects, QObject *parent = nullptr);
    ~BulkRateLimiter() override;

    /// Limits already known for @p projectId (the workspace's tab read them): not read again.
    void setKnownLimits(const QString &projectId, const QList<RateLimit> &limits);
    /// Reads the limits of every active project not known yet. Does nothing when started.
    void startReading();
    [[nodiscard]] bool isReading() const { return m_reading; }
    /// Every model seen in the projects read so far, sorted.
    [[nodiscard]] QStringList models() const;
    /// The limits read for @p projectId, if read.
    [[nodiscard]] std::optional<QList<RateLimit>> limitsOf(const QString &projectId) const;

    /// What to set; the preview (plan()) follows at once from what is known.
    void setTarget(const RateLimitTemplate &target);
    [[nodiscard]] const RateLimitTemplate &target() const { return m_target; }
    [[nodiscard]] const QList<RateLimitPlanItem> &plan() const { return m_plan; }
    [[nodiscard]] int pendingCount() const; ///< items that will be sent

    /// Sends the updates of the plan (reading must be over). Does nothing when started.
    void apply();
    /// Stops after the update being sent now.
    void cancel();
    [[nodiscard]] bool isApplying() const { return m_applying; }
    [[nodiscard]] BulkRateLimitSummary summary() const;

Q_SIGNALS:
    /// The plan changed (a project was read, the target changed): a new preview.
    void planChanged();
    void readingFinished();
    /// The update of plan item @p index (number @p done + 1 of @p total) is being sent.
    void progress(int done, int total, int index);
    /// Plan item @p index has its outcome.
    void itemFinished(int index);
    /// The service changed a limit: the tab showing that project may show it.
    void limitUpdated(const QString &projectId, const RateLimit &limit);
    /// The current request waits before it is sent (again).
    void waiting(std::chrono::milliseconds delay, const ApiError &reason);
    void finished(const BulkRateLimitSummary &summary);

private:
    void readNext();
    void readPage(int projectIndex, const QString &after, QList<RateLimit> soFar);
    void replan();
    [[nodiscard]] RateLimitPlanItem planFor(const Project &project, const QString &model,
                                            const RateLimitChange &wanted) const;
    void applyNext();
    void onUpdated(int index, const ApiResult<RateLimit> &result);
    void finish();
    void watch(const QPointer<ApiCall> &call);

    QPointer<AdminApiClient> m_client;
    QList<Project> m_projects;
    QHash<QString, QList<RateLimit>> m_limits;
    QHash<QString, ApiError> m_readErrors;
    RateLimitTemplate m_target;
    QList<RateLimitPlanItem> m_plan;
    int m_nextRead = 0;
    bool m_readingStarted = false;
    bool m_reading = false;
    int m_nextApply = 0;
    int m_applyDone = 0;
    int m_applyTotal = 0;
    bool m_applyStarted = false;
    bool m_applying = false;
    bool m_cancelRequested = false;
    QPointer<ApiCall> m_call;
};
