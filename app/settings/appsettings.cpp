// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

namespace {
constexpr auto GeometryKey = "window/geometry";
constexpr auto StateKey = "window/state";
constexpr auto HeaderKey = "projectTable/header";
constexpr auto ShowArchivedKey = "projectTable/showArchived";
constexpr auto DetailsVisibleKey = "window/detailsPaneVisible";
constexpr auto SpendPeriodKey = "spend/periodDays";
constexpr auto ExportFolderKey = "export/folder";
} // namespace

// Named explicitly rather than taken from QCoreApplication, so that tests and tools that set
// other names still read and write the application's file.
AppSettings::AppSettings()
    : m_settings(QStringLiteral("OrgDesk"), QStringLiteral("OrgDesk"))
{
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(StateKey, state);
}

QByteArray AppSettings::headerState() const
{
    return m_settings.value(HeaderKey).toByteArray();
}

void AppSettings::setHeaderState(const QByteArray &state)
{
    m_settings.setValue(HeaderKey, state);
}

bool AppSettings::showArchived() const
{
    return m_settings.value(ShowArchivedKey, false).toBool();
}

void AppSettings::setShowArchived(bool show)
{
    m_settings.setValue(ShowArchivedKey, show);
}

bool AppSettings::detailsPaneVisible() const
{
    return m_settings.value(DetailsVisibleKey, true).toBool();
}

void AppSettings::setDetailsPaneVisible(bool visible)
{
    m_settings.setValue(DetailsVisibleKey, visible);
}

int AppSettings::spendPeriodDays() const
{
    const int days = m_settings.value(SpendPeriodKey, 30).toInt();
    return days == 0 || days == 7 || days == 30 || days == 90 ? days : 30;
}

void AppSettings::setSpendPeriodDays(int days)
{
    m_settings.setValue(SpendPeriodKey, days);
}

QString AppSettings::exportFolder() const
{
    return m_settings.value(ExportFolderKey).toString();
}

void AppSettings::setExportFolder(const QString &folder)
{
    m_settings.setValue(ExportFolderKey, folder);
}

void AppSettings::sync()
{
    m_settings.sync();
}

QString AppSettings::fileName() const
{
    return m_settings.fileName();
}
