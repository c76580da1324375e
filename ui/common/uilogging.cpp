// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "orgdesk.ui")
