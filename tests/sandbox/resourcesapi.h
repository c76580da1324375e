// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "resourcestore.h"
#include "sandboxresponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

class ProjectStore;
class QRandomGenerator;
struct SandboxProject;

/// Which of the workspace operations (organization users, project members, service accounts,
/// API keys, rate limits) a method and path name, if any.
struct ResourcesRoute
{
    bool pathKnown = false;    ///< the path exists, maybe not for this method (then 405)
    QByteArray allowedMethods; ///< for the `allow` header of a 405
    /// The rate-limit bucket and operation, e.g. "members.list", "apikeys.delete"; empty when
    /// the method is not allowed. The client uses the same names.
    QString endpoint;
    QString projectId;
    QString itemId;            ///< the user, service account, key or rate limit

    [[nodiscard]] static ResourcesRoute match(const QByteArray &method, const QString &path);
};

/// The workspace operations of one organization, as admin-project-resources.md describes them
/// and with the choices of tests/sandbox/README.md where it is silent.
class ResourcesApi
{
public:
    ResourcesApi(const ProjectStore &projects, ResourceStore &resources)
        : m_projects(projects), m_resources(resources)
    {
    }

    [[nodiscard]] SandboxResponse serve(const ResourcesRoute &route, const QUrlQuery &query,
                                        const QByteArray &body, qint64 nowSecs, QRandomGenerator &random);

private:
    /// resourcesapi.cpp: organization users and project members.
    SandboxResponse listUsers(const QUrlQuery &query) const;
    SandboxResponse retrieveUser(const QString &id) const;
    SandboxResponse listMembers(ProjectResources &project, const QUrlQuery &query) const;
    SandboxResponse retrieveMember(ProjectResources &project, const QString &userId) const;
    SandboxResponse addMember(ProjectResources &project, const QString &projectId, const QByteArray &body, qint64 nowSecs);
    SandboxResponse modifyMember(ProjectResources &project, const QString &userId, const QByteArray &body);
    SandboxResponse removeMember(ProjectResources &project, const SandboxProject &owner, const QString &userId);
    [[nodiscard]] QJsonObject memberJson(const SandboxMember &member) const;

    /// credentialsapi.cpp: service accounts, API keys, rate limits.
    SandboxResponse listServiceAccounts(ProjectResources &project, const QUrlQuery &query) const;
    SandboxResponse retrieveServiceAccount(ProjectResources &project, const QString &id) const;
    SandboxResponse createServiceAccount(ProjectResources &project, const QByteArray &body, qint64 nowSecs,
                                         QRandomGenerator &random);
    SandboxResponse deleteServiceAccount(ProjectResources &project, const QString &id);
    SandboxResponse listApiKeys(ProjectResources &project, const QUrlQuery &query) const;
    SandboxResponse retrieveApiKey(ProjectResources &project, const QString &id) const;
    SandboxResponse deleteApiKey(ProjectResources &project, const QString &id);
    SandboxResponse listRateLimits(ProjectResources &project, const QUrlQuery &query) const;
    SandboxResponse updateRateLimit(ProjectResources &project, const QString &id, const QByteArray &body);
    [[nodiscard]] QJsonObject apiKeyJson(const ProjectResources &project, const SandboxApiKey &key) const;

    const ProjectStore &m_projects;
    ResourceStore &m_resources;
};
