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
/// The texts leave the request id out: the dialogs show it on a line of its own, in view and
/// with a Copy button (MessageArea), and the bulk archive summary adds withRequestId(). Users
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
    /// @p text with "Request ID: req_…" on a line of its own (unchanged without an id), for
    /// plain text that has no request id line of its own (the bulk archive summary, a tooltip).
    [[nodiscard]] static QString withRequestId(const QString &text, const ApiError &error);
    /// What a dialog says while the client waits before sending again, e.g.
    /// "Rate limited by OpenAI — retrying in 6 s".
    [[nodiscard]] static QString waiting(std::chrono::milliseconds delay, const ApiError &reason);
    /// The name as the dialogs quote it: “Name”, or the id for a project without a name.
    [[nodiscard]] static QString quoted(const Project &project);
    [[nodiscard]] static QString quoted(const QString &name);

private:
    static QString defaultProjectRefusal(const ApiError &error);
};
