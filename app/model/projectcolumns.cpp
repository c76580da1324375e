// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectcolumns.h"

#include "costs.h"
#include "displaytext.h"
#include "projectspend.h"
#include "projecttablemodel.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>

namespace {

using Model = ProjectTableModel;

QString formatTime(qint64 seconds, QLocale::FormatType format)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), format);
}

QIcon archivedIcon()
{
    static const QIcon icon = QIcon::fromTheme(QStringLiteral("orgdesk-archived"),
                                               QIcon::fromTheme(QStringLiteral("archive")));
    return icon;
}

} // namespace

QString ProjectColumns::displayText(const Project &p, int column, bool accessible)
{
    switch (column) {
    case Model::NameColumn: {
        const QString name = p.name.isEmpty() ? tr("(unnamed)") : DisplayText::visible(p.name);
        return accessible && p.isArchived() ? tr("%1, archived").arg(name) : name;
    }
    case Model::IdColumn:
        return DisplayText::visible(p.id);
    case Model::StatusColumn:
        if (p.status == QLatin1String("active"))
            return tr("Active");
        if (p.status == QLatin1String("archived"))
            return tr("Archived");
        return DisplayText::visible(p.status);
    case Model::CreatedColumn:
        return formatTime(p.createdAt, QLocale::ShortFormat);
    case Model::ArchivedColumn:
        return p.archivedAt ? formatTime(*p.archivedAt, QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QString ProjectColumns::title(int column)
{
    switch (column) {
    case Model::NameColumn:
        return tr("Name");
    case Model::IdColumn:
        return tr("ID");
    case Model::StatusColumn:
        return tr("Status");
    case Model::CreatedColumn:
        return tr("Created");
    case Model::ArchivedColumn:
        return tr("Archived");
    default:
        return {};
    }
}

QVariant ProjectColumns::data(const Project &p, int column, int role)
{
    const bool unnamed = column == Model::NameColumn && p.name.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(p, column, false);
    case Qt::AccessibleTextRole:
        return displayText(p, column, true);
    case Qt::ForegroundRole:
        if (p.isArchived())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (unnamed)
            return QGuiApplication::palette().color(QPalette::Active, QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (unnamed) {
            QFont font = QGuiApplication::font();
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == Model::NameColumn && p.isArchived())
            return archivedIcon();
        return {};
    case Qt::ToolTipRole:
        if (p.isArchived()) {
            return p.archivedAt ? tr("Archived on %1").arg(formatTime(*p.archivedAt, QLocale::LongFormat))
                                : tr("Archived");
        }
        if (unnamed)
            return tr("This project has no name");
        return {};
    default:
        return {};
    }
}

QVariant ProjectColumns::sortValue(const Project &p, int column)
{
    switch (column) {
    case Model::NameColumn:
        return p.name.toCaseFolded();
    case Model::IdColumn:
        return p.id;
    case Model::StatusColumn:
        return p.status;
    case Model::CreatedColumn:
        return p.createdAt;
    case Model::ArchivedColumn:
        return p.archivedAt.value_or(qint64(-1));
    default:
        return {};
    }
}

QString ProjectColumns::spendTitle(int days)
{
    return tr("Cost (%n days)", nullptr, days);
}

QString ProjectColumns::spendHeaderToolTip(const ProjectSpend &spend)
{
    switch (spend.state()) {
    case ProjectSpend::State::Off:
        return {};
    case ProjectSpend::State::NotLoaded:
    case ProjectSpend::State::Loaded:
        return tr("What each project cost over the last %n days, today so far included", nullptr,
                  spend.periodDays());
    case ProjectSpend::State::Loading:
        return tr("Loading the costs of the last %n days…", nullptr, spend.periodDays());
    case ProjectSpend::State::Failed:
        return tr("The costs could not be loaded: %1").arg(spend.error().userMessage());
    }
    return {};
}

QVariant ProjectColumns::spendData(const MoneyTotals *totals, bool loaded, int role)
{
    if (!loaded)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        if (!totals)
            return QStringLiteral("—");
        QStringList amounts;
        for (const QString &currency : totals->currencies())
            amounts << totals->total(currency).toText(QLocale());
        return amounts.join(QStringLiteral(", "));
    }
    case Qt::AccessibleTextRole:
        return totals ? spendData(totals, loaded, Qt::DisplayRole) : QVariant(tr("No cost"));
    case Qt::ToolTipRole:
        return totals ? QVariant() : QVariant(tr("No cost in this period"));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

qint64 ProjectColumns::spendSortValue(const MoneyTotals *totals)
{
    if (!totals || totals->isEmpty())
        return -1;
    return totals->total(totals->currencies().constFirst()).micros;
}
