// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "project.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

/// The sentences the project dialogs show for a failed or waiting request.
///
/// Every text ends with the request id on a line of its own when the service sent one: users
/// quote it to OpenAI support.
class ProjectErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectErrorText)
public:
    /// A create of @p name failed (OutcomeUnknown explained, with the advice to refresh first).
    [[nodiscard]] static QString forCreate(const QString &name, const ApiError &error);
    /// A rename of @p project failed (the Default project and project_archived explained).
    [[nodiscard]] static QString forRename(const Project &project, const ApiError &error);
    /// An archive of @p project failed (the Default project explained).
    [[nodiscard]] static QString forArchive(const Project &project, const ApiError &error);
    /// "Request ID: req_…", or empty without one.
    [[nodiscard]] static QString requestIdLine(const ApiError &error);
    /// What a dialog says while the client waits before sending again, e.g.
    /// "Rate limited by OpenAI — retrying in 6 s".
    [[nodiscard]] static QString waiting(std::chrono::milliseconds delay, const ApiError &reason);
    /// The name as the dialogs quote it: “Name”, or the id for a project without a name.
    [[nodiscard]] static QString quoted(const Project &project);
    [[nodiscard]] static QString quoted(const QString &name);

private:
    static QString withRequestId(const QString &message, const ApiError &error);
    static QString defaultProjectRefusal(const ApiError &error);
};
