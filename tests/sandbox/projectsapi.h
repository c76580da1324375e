// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxresponse.h"
#include "sandboxserver.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

class ProjectStore;
class QRandomGenerator;

/// Which of the five operations a method and path name, if any.
struct ProjectsRoute
{
    enum class Endpoint { None, List, Create, Retrieve, Modify, Archive };

    Endpoint endpoint = Endpoint::None;
    bool pathKnown = false;     ///< the path exists, maybe not for this method (then 405)
    QByteArray allowedMethods;  ///< for the `allow` header of a 405
    QString projectId;

    /// Matches @p path (no query) against the Projects routes.
    [[nodiscard]] static ProjectsRoute match(const QByteArray &method, const QString &path);
    /// "list", "create", "retrieve", "modify", "archive": the rate-limit bucket.
    [[nodiscard]] QString endpointName() const;
};

/// The five operations of the Projects API on a store, as the real service answers them.
class ProjectsApi
{
public:
    explicit ProjectsApi(ProjectStore &store) : m_store(store) { }

    [[nodiscard]] SandboxResponse list(const QUrlQuery &query) const;
    [[nodiscard]] SandboxResponse create(const QByteArray &body, qint64 nowSecs,
                                         QRandomGenerator &random);
    [[nodiscard]] SandboxResponse retrieve(const QString &id) const;
    [[nodiscard]] SandboxResponse modify(const QString &id, const QByteArray &body);
    /// With @p archiveBug, a successful archive answers 400 project_archived.
    [[nodiscard]] SandboxResponse archive(const QString &id, qint64 nowSecs, bool archiveBug);

    [[nodiscard]] static QJsonObject toJson(const SandboxProject &project);
    /// 200 {"object":"list","data","first_id","last_id","has_more"}; null ids when empty.
    [[nodiscard]] static SandboxResponse listAnswer(const QList<SandboxProject> &items,
                                                    const QJsonValue &firstId,
                                                    const QJsonValue &lastId, bool hasMore);

    /// limit and include_archived of a list request, an invalid value read as its default:
    /// for faults, which answer lists before (and whatever) the validation would say.
    struct ListParameters
    {
        int limit = 20;
        bool includeArchived = false;
    };
    [[nodiscard]] static ListParameters lenientListParameters(const QUrlQuery &query);
    /// 400 project_archived with the real service's message.
    [[nodiscard]] static SandboxResponse projectArchived(const QString &id);

private:
    ProjectStore &m_store;
};
