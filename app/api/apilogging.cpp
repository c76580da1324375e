// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "apilogging.h"

Q_LOGGING_CATEGORY(lcOrgDeskApi, "orgdesk.api")
