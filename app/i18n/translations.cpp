// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

namespace {

// The translators live as long as the application; a new install() drops those of the last.
QTranslator *replaced(const char *name)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (auto *old = app->findChild<QTranslator *>(QLatin1String(name), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *translator = new QTranslator(app);
    translator->setObjectName(QLatin1String(name));
    return translator;
}

} // namespace

Loaded install(const QLocale &locale)
{
    Loaded loaded;
    // QTranslator walks locale.uiLanguages() (LANGUAGE=de:fr, LANG=de_AT.UTF-8 -> de_AT, de...).
    // The English file holds only plural forms: "1 project", "2 projects".
    QTranslator *app = replaced("orgdesk-translator");
    loaded.app = app->load(locale, QStringLiteral("orgdesk"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"));
    if (loaded.app)
        QCoreApplication::installTranslator(app);

    // Debian ships these in qt6-translations-l10n, a dependency of the package.
    QTranslator *qt = replaced("qt-translator");
    loaded.qt = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (loaded.qt)
        QCoreApplication::installTranslator(qt);
    return loaded;
}

} // namespace Translations
