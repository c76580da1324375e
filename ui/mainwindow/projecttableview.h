// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

/// The project table: a plain QTableView, named in the window's form so that behaviour of the
/// project table alone has one place to live.
class ProjectTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;
};
