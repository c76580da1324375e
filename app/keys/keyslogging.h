// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// orgdesk.keys: keychain and session events. Origins and statuses only, never a key.
Q_DECLARE_LOGGING_CATEGORY(lcKeys)
