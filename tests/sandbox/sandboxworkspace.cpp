// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
// SandboxServer, continued: the project workspace's seeding and accessors (issues #16, #17).
#include "sandboxserver.h"

#include "sandboxserver_p.h"

#include <algorithm>

void SandboxServer::Private::seedResources(Organization &organization, quint32 seed)
{
    // The big project (250 members, 150 keys): the newest active one besides the Default
    // project, or the Default project when there is no other.
    const QList<SandboxProject> projects = organization.store.all();
    const auto big = std::find_if(projects.cbegin(), projects.cend(), [](const SandboxProject &p) {
        return !p.isDefault && !p.archivedAt;
    });
    const QString bigId = big != projects.cend() ? big->id
                                                 : projects.isEmpty() ? QString() : projects.constLast().id;
    organization.resources.seed(seed, organization.name, nowSecs(), bigId);
}

const ResourceStore &SandboxServer::resourcesOf(const QString &organization) const
{
    const Organization *found = d->organization(organization);
    return found ? found->resources : d->defaultOrganization().resources;
}

ProjectResources &SandboxServer::projectResources(const QString &projectId, const QString &organization)
{
    Organization *found = d->organization(organization);
    Organization &owner = found ? *found : d->defaultOrganization();
    const SandboxProject *project = owner.store.find(projectId);
    return owner.resources.project(projectId, project ? project->createdAt : 0);
}

