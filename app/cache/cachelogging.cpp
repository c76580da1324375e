// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "cachelogging.h"

Q_LOGGING_CATEGORY(lcOrgDeskCache, "orgdesk.cache", QtInfoMsg)
