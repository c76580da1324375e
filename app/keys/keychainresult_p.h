// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "keystore.h"

#include <qt6keychain/keychain.h>

/// Maps what a QtKeychain job reported to a KeyStore result with a sentence a person can act
/// on. Internal to the key store; a header only so the mapping can be tested row by row.
[[nodiscard]] KeyStore::Result keyStoreResult(QKeychain::Error error, const QString &errorString);

/// Whether a failed read is tried once more, later (a Secret Service still starting).
[[nodiscard]] bool keyStoreRetries(const KeyStore::Result &result);
