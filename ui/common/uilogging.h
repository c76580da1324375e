// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/// orgdesk.ui: what the windows and dialogs did with a request's outcome (kind, request id).
Q_DECLARE_LOGGING_CATEGORY(lcUi)
