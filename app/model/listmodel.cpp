// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "listmodel.h"

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PagedTableModel::~PagedTableModel() = default;
