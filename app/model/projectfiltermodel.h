// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

/// Filters projects by a search text (name or id, case-insensitive, as you type) and sorts
/// them by the source's raw SortRole values.
class ProjectFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProjectFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const;
    [[nodiscard]] bool isFiltering() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
};
