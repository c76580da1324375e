// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "adminapiclient.h"
#include "projectfiltermodel.h"
#include "projecttablemodel.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QTest>

/// The model, its proxy, both under QAbstractItemModelTester, and the real client talking
/// HTTP to an in-process sandbox: what every model test starts from.
struct ModelHarness
{
    QNetworkAccessManager network;
    SandboxServer sandbox;
    AdminApiClient client{&network};
    ProjectTableModel model{&client};
    ProjectFilterModel proxy;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};

    ModelHarness()
    {
        sandbox.listen();
        client.setBaseUrl(sandbox.baseUrl());
        client.setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
        client.setRandomSource([] { return 0.5; }); // retry delays independent of luck
        proxy.setSourceModel(&model);
    }

    /// Sends a request of its own (a retrieve, not counted as a list) and waits for its
    /// answer: whatever the model sent before it has reached the sandbox by then, and any
    /// answer owed to the model has been read. What a test waits for before it asserts that
    /// nothing more happened, instead of sleeping.
    [[nodiscard]] bool roundTrip()
    {
        bool answered = false;
        QObject context;
        client.retrieveProject(QStringLiteral("proj_roundtrip"), &context,
                               [&answered](const ApiResult<Project> &) { answered = true; });
        return QTest::qWaitFor([&answered] { return answered; }, 30000);
    }
};
