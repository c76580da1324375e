// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "icons.h"

#include <QIcon>
#include <QStringList>

namespace Icons {

void installFallbackTheme()
{
    // The bundled theme lives at :/icons/orgdesk-fallback (see resources/).
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(QStringLiteral(":/icons")))
        paths.append(QStringLiteral(":/icons"));
    QIcon::setThemeSearchPaths(paths);
    QIcon::setFallbackThemeName(QStringLiteral("orgdesk-fallback"));
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("orgdesk-fallback"));
}

QIcon themed(const QString &name)
{
    return QIcon::fromTheme(name);
}

} // namespace Icons
