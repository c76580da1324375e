// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/// orgdesk.api: method, path, status, request id, duration and retry count of each request,
/// and what the rate-limit gate learned. Never a header, a body or the key.
Q_DECLARE_LOGGING_CATEGORY(lcOrgDeskApi)
