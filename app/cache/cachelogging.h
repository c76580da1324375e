// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/// orgdesk.cache: the listing cache's file, what was set aside and why, write times. Never a
/// key (the cache holds none).
Q_DECLARE_LOGGING_CATEGORY(lcOrgDeskCache)
