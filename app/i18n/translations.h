// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

/// The user's language: OrgDesk's own strings and Qt's (standard buttons, dialogs, --help).
namespace Translations {

/// What install() found for a locale.
struct Loaded
{
    bool app = false; ///< OrgDesk's translation (for English: its plural forms)
    bool qt = false;  ///< Qt's own, qtbase_<language> from the Qt installation
};

/// Installs the translators for `locale` in the running QCoreApplication, replacing those of an
/// earlier call. Call before any window is made: widgets translate their texts when built.
/// A language without a translation keeps the English texts.
Loaded install(const QLocale &locale = QLocale());

} // namespace Translations
