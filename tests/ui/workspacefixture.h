// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

// The workspace's tabs against the in-process sandbox over real HTTP, through the real client:
// shared by tst_workspace and tst_members.

#include "adminapiclient.h"
#include "projectresourcesapi.h"
#include "resourcestore.h"
#include "sandboxserver.h"
#include "workspacetabs.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <memory>

namespace {

constexpr int Timeout = 20000;

struct WorkspaceFixture
{
    SandboxServer server;
    QNetworkAccessManager network;
    AdminApiClient client{&network};
    ProjectResourcesApi api{&client};

    WorkspaceFixture()
    {
        server.seed(6, 2, 4);
        server.listen();
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
        client.setRandomSource([] { return 0.999; });
    }

    [[nodiscard]] Project project(const QString &id) const
    {
        const SandboxProject p = *server.project(id);
        Project project;
        project.id = p.id;
        project.name = p.name;
        project.createdAt = p.createdAt;
        project.archivedAt = p.archivedAt;
        project.status = p.archivedAt ? QStringLiteral("archived") : QStringLiteral("active");
        return project;
    }
    [[nodiscard]] QString bigId() const { return server.resourcesOf().bigProjectId(); }
    [[nodiscard]] Project big() const { return project(bigId()); }
    /// An active project other than the big one and the Default project.
    [[nodiscard]] Project other() const
    {
        for (const SandboxProject &p : server.projects()) {
            if (p.id != bigId() && !p.isDefault && !p.archivedAt)
                return project(p.id);
        }
        return {};
    }
    [[nodiscard]] Project archived() const
    {
        for (const SandboxProject &p : server.projects()) {
            if (p.archivedAt)
                return project(p.id);
        }
        return {};
    }
    [[nodiscard]] QString path(const QString &projectId, const QString &list) const
    {
        return QStringLiteral("/v1/organization/projects/%1/%2").arg(projectId, list);
    }
    [[nodiscard]] int listRequests(const QString &projectId, const QString &list = QStringLiteral("users")) const
    {
        return server.requestCount("GET", path(projectId, list));
    }
    /// The ids of @p projectId's members in the sandbox, in its order.
    [[nodiscard]] QStringList memberIds(const QString &projectId)
    {
        QStringList ids;
        for (const SandboxMember &member : server.projectResources(projectId).members)
            ids.append(member.userId);
        return ids;
    }
};

template <typename T>
QStringList rowIds(const ListModel<T> *model)
{
    QStringList ids;
    if (model) {
        for (const T &item : model->items())
            ids.append(item.id);
    }
    return ids;
}

} // namespace
