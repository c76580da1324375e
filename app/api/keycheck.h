// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class AdminApiClient;
class ApiCall;
class QNetworkAccessManager;

/// Asks the service whether it accepts an admin key before anything stores it: one list
/// request with limit=1, sent with the candidate key by a short-lived client of its own, so
/// the session's client keeps its key (and its requests) meanwhile.
///
/// Used by the admin key dialog and by Add connection. At most one check runs at a time;
/// cancel() or deleting the KeyCheck drops it, and its handler never runs.
class KeyCheck : public QObject
{
    Q_OBJECT
public:
    /// Runs with an error of Kind::None when the key was accepted.
    using Handler = std::function<void(const ApiError &error)>;

    /// @p network is not owned.
    explicit KeyCheck(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~KeyCheck() override;

    /// What people paste: a key with a trailing newline, or a whole "Bearer sk-..." header
    /// value. Keys never contain white space, so all of it goes.
    [[nodiscard]] static QString normalizedKey(const QString &typed);
    /// A sentence for a refused or failed check: 401 and 403 in words that say what to do
    /// (never the service's 401 text, which quotes part of the key), anything else as the
    /// client words it, without the request id (the caller shows it on a line of its own).
    /// @p key is never part of it.
    [[nodiscard]] static QString problemText(const ApiError &error, const QString &key);

    /// The timeout and retries of the check, like the session client's.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }

    /// Lists one project at @p baseUrl with @p key; @p done runs once with the outcome. A
    /// check still running is cancelled first.
    void start(const QUrl &baseUrl, const QString &key, Handler done);
    /// Stops the running check, if any; its handler never runs.
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_checker.isNull(); }

private:
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{30000};
    int m_maxRetries = 2;
    QPointer<AdminApiClient> m_checker;
    QPointer<ApiCall> m_call;
};
