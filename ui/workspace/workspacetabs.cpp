// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "workspacetabs.h"

#include "projectresourcesapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTableView>

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QCoreApplication::translate("WorkspaceTabs", "—") : text;
}

/// A text column: shown as is, searched and sorted by the same text.
template <typename T>
typename ListModel<T>::Column textColumn(const QString &title, std::function<QString(const T &)> text)
{
    return {title, [text = std::move(text)](const T &item, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return orDash(text(item));
                if (role == ResourceListTab::SortRole)
                    return text(item);
                return {};
            }};
}

/// A date column: the locale's date, the full time as tooltip, sorted by the time.
template <typename T>
typename ListModel<T>::Column dateColumn(const QString &title, std::function<qint64(const T &)> secs)
{
    return {title, [secs = std::move(secs)](const T &item, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return WorkspaceTabs::dateText(secs(item));
                if (role == Qt::ToolTipRole)
                    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs(item)), QLocale::LongFormat);
                if (role == ResourceListTab::SortRole)
                    return secs(item);
                return {};
            }};
}

PageQuery page(const QString &after)
{
    PageQuery query;
    query.after = after;
    return query;
}

} // namespace

QString WorkspaceTabs::roleText(const QString &role)
{
    if (role == QLatin1String("owner"))
        return QCoreApplication::translate("WorkspaceTabs", "Owner");
    if (role == QLatin1String("member"))
        return QCoreApplication::translate("WorkspaceTabs", "Member");
    if (role == QLatin1String("none"))
        return QCoreApplication::translate("WorkspaceTabs", "None");
    return role;
}

QString WorkspaceTabs::dateText(qint64 secsSinceEpoch)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secsSinceEpoch).date(), QLocale::ShortFormat);
}

MembersTab *WorkspaceTabs::members(ProjectResourcesApi *api, QWidget *parent)
{
    auto fetch = [api](const QString &projectId, const QString &after, QObject *context,
                       MembersTab::Model::Done done) {
        return api->listMembers(projectId, page(after), context, std::move(done));
    };
    QList<MembersTab::Model::Column> columns{
        textColumn<ProjectUser>(QCoreApplication::translate("WorkspaceTabs", "Name"), [](const ProjectUser &u) { return u.name.value(); }),
        textColumn<ProjectUser>(QCoreApplication::translate("WorkspaceTabs", "Email"), [](const ProjectUser &u) { return u.email.value(); }),
        textColumn<ProjectUser>(QCoreApplication::translate("WorkspaceTabs", "Role"), [](const ProjectUser &u) { return roleText(u.role); }),
        dateColumn<ProjectUser>(QCoreApplication::translate("WorkspaceTabs", "Added"), [](const ProjectUser &u) { return u.addedAt; }),
    };
    auto *tab = new MembersTab(fetch, columns, parent);
    tab->setObjectName(QStringLiteral("membersTab"));
    tab->tableView()->setAccessibleName(QCoreApplication::translate("WorkspaceTabs", "Members"));
    tab->setEmptyText(QCoreApplication::translate("WorkspaceTabs", "This project has no members."));
    tab->enableExport(ExportDialog::Subject::Members, QCoreApplication::translate("WorkspaceTabs", "members"));
    return tab;
}

ServiceAccountsTab *WorkspaceTabs::serviceAccounts(ProjectResourcesApi *api, QWidget *parent)
{
    auto fetch = [api](const QString &projectId, const QString &after, QObject *context,
                       ServiceAccountsTab::Model::Done done) {
        return api->listServiceAccounts(projectId, page(after), context, std::move(done));
    };
    QList<ServiceAccountsTab::Model::Column> columns{
        textColumn<ServiceAccount>(QCoreApplication::translate("WorkspaceTabs", "Name"), [](const ServiceAccount &a) { return a.name; }),
        textColumn<ServiceAccount>(QCoreApplication::translate("WorkspaceTabs", "Role"), [](const ServiceAccount &a) { return roleText(a.role); }),
        dateColumn<ServiceAccount>(QCoreApplication::translate("WorkspaceTabs", "Created"), [](const ServiceAccount &a) { return a.createdAt; }),
    };
    auto *tab = new ServiceAccountsTab(fetch, columns, parent);
    tab->setObjectName(QStringLiteral("serviceAccountsTab"));
    tab->tableView()->setAccessibleName(QCoreApplication::translate("WorkspaceTabs", "Service accounts"));
    tab->setEmptyText(QCoreApplication::translate("WorkspaceTabs", "This project has no service accounts."));
    tab->enableExport(ExportDialog::Subject::ServiceAccounts, QCoreApplication::translate("WorkspaceTabs", "service accounts"));
    return tab;
}

ApiKeysTab *WorkspaceTabs::apiKeys(ProjectResourcesApi *api, QWidget *parent)
{
    auto fetch = [api](const QString &projectId, const QString &after, QObject *context,
                       ApiKeysTab::Model::Done done) {
        return api->listApiKeys(projectId, page(after), context, std::move(done));
    };
    auto owner = [](const ApiKey &key) {
        const QString who = key.owner.name.isEmpty() ? key.owner.id : key.owner.name;
        if (key.owner.isServiceAccount())
            return QCoreApplication::translate("WorkspaceTabs", "%1 (service account)").arg(who);
        return who;
    };
    ApiKeysTab::Model::Column lastUsed{QCoreApplication::translate("WorkspaceTabs", "Last used"), [](const ApiKey &key, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return key.lastUsedAt ? dateText(*key.lastUsedAt) : QCoreApplication::translate("WorkspaceTabs", "never");
        if (role == Qt::ToolTipRole && key.lastUsedAt)
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(*key.lastUsedAt), QLocale::LongFormat);
        if (role == ResourceListTab::SortRole) // never used: the stalest of all
            return key.lastUsedAt ? *key.lastUsedAt : qint64(-1);
        return {};
    }};
    QList<ApiKeysTab::Model::Column> columns{
        textColumn<ApiKey>(QCoreApplication::translate("WorkspaceTabs", "Name"), [](const ApiKey &k) { return k.name; }),
        textColumn<ApiKey>(QCoreApplication::translate("WorkspaceTabs", "Key"), [](const ApiKey &k) { return k.redactedValue; }),
        textColumn<ApiKey>(QCoreApplication::translate("WorkspaceTabs", "Owner"), owner),
        dateColumn<ApiKey>(QCoreApplication::translate("WorkspaceTabs", "Created"), [](const ApiKey &k) { return k.createdAt; }),
        lastUsed,
    };
    auto *tab = new ApiKeysTab(fetch, columns, parent);
    tab->setObjectName(QStringLiteral("apiKeysTab"));
    tab->tableView()->setAccessibleName(QCoreApplication::translate("WorkspaceTabs", "API keys"));
    tab->setEmptyText(QCoreApplication::translate("WorkspaceTabs", "This project has no API keys."));
    tab->enableExport(ExportDialog::Subject::ApiKeys, QCoreApplication::translate("WorkspaceTabs", "API keys"));
    return tab;
}
