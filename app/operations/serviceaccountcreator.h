// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "serviceaccount.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

class ApiCall;
class ProjectResourcesApi;

/// How a service account create ended.
struct ServiceAccountCreateOutcome
{
    /// Made now; its key (apiKey) is in this answer and nowhere else.
    std::optional<CreatedServiceAccount> created;
    /// Made by this create (or an earlier one of the same name) whose answer was lost: the
    /// account exists, but its key can never be read.
    std::optional<ServiceAccount> madeWithoutKey;
    /// Neither: why. OutcomeUnknown when even the check afterwards failed.
    ApiError error;
    /// The answer was lost, and the check found no such account: nothing was made.
    bool checkedNotMade = false;
};

/// Creates a project's service account without ever making two for one intent.
///
/// The create is sent once (ProjectResourcesApi repeats it only after a 429). When its answer
/// is lost (timeout, 5xx, a dropped connection) the project's service accounts are listed to
/// see whether the account was made, as project create does (CreateCheck): one made at or after
/// the first try is reported as madeWithoutKey, never created again. When that check fails too,
/// the next create of the same name in the same project checks first.
class ServiceAccountCreator : public QObject
{
    Q_OBJECT
public:
    /// The check reads at most this many pages of 100 accounts.
    static constexpr int MaxCheckPages = 20;

    /// @p api is not owned and must outlive this object.
    explicit ServiceAccountCreator(ProjectResourcesApi *api, QObject *parent = nullptr);
    ~ServiceAccountCreator() override;

    /// Creates @p name in @p projectId (checking first after an unsettled earlier try).
    /// Ignored while busy.
    void create(const QString &projectId, const QString &name);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// The clock (Unix seconds) behind "made at or after"; tests may step it.
    void setClock(std::function<qint64()> secondsSinceEpoch) { m_clock = std::move(secondsSinceEpoch); }

Q_SIGNALS:
    /// The request waits before it is sent (again).
    void waiting(std::chrono::milliseconds delay, const ApiError &reason);
    /// Checking whether an unclear create made the account.
    void checking();
    void finished(const ServiceAccountCreateOutcome &outcome);

private:
    void send();
    /// Lists page @p page of the accounts for the one this create (or, with no @p original
    /// error, an earlier unclear try) made.
    void check(const std::optional<ApiError> &original, const QString &after, int page);
    void end(ServiceAccountCreateOutcome outcome);
    [[nodiscard]] QString unsettledKey() const { return m_projectId + QLatin1Char('\n') + m_name; }

    ProjectResourcesApi *m_api;
    std::function<qint64()> m_clock;
    QString m_projectId;
    QString m_name;
    qint64 m_startedAt = 0;
    bool m_busy = false;
    QPointer<ApiCall> m_call;
    /// project id + name -> when its unsettled create was first sent
    QHash<QString, qint64> m_unsettled;
};

Q_DECLARE_METATYPE(ServiceAccountCreateOutcome)
