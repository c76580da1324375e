// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

class QString;
class QIcon;

namespace Icons {

/// Makes QIcon::fromTheme() fall back to the icons bundled in the resources, so toolbar
/// icons show even with no icon theme installed (minimal desktops, Xvfb, Windows, macOS).
void installFallbackTheme();

/// The themed icon @p name (a freedesktop icon name such as "document-new").
[[nodiscard]] QIcon themed(const QString &name);

} // namespace Icons
