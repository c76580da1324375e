// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

// Observes which key a client holds without reading it: one list request to the in-process
// sandbox, and what the sandbox made of the Authorization header.

#include "adminapiclient.h"
#include "sandboxserver.h"

#include <QTest>

namespace KeyTest {

/// "ok" (the sandbox's admin key), "wrong", "project-key", "missing"..., or "not sent" when the
/// client refused to send a request without a key; "timed out" if nothing came back.
inline QString authorizationSeen(AdminApiClient &client, SandboxServer &sandbox)
{
    sandbox.clearRequests();
    bool finished = false;
    ApiError error;
    QObject context;
    ListQuery query;
    query.limit = 1;
    client.listProjects(query, &context, [&](const ApiResult<ProjectPage> &result) {
        finished = true;
        error = result.ok() ? ApiError() : result.error();
    });
    if (!QTest::qWaitFor([&] { return finished; }, 60000))
        return QStringLiteral("timed out");
    const QList<SandboxRequest> requests = sandbox.requests();
    if (requests.isEmpty())
        return error.kind() == ApiError::Kind::NoKey ? QStringLiteral("not sent")
                                                     : QStringLiteral("no request");
    return requests.constLast().authorization;
}

} // namespace KeyTest
