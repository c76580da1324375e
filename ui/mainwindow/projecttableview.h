// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QTableView>

/// The project table: a QTableView that keeps still while a listing grows beneath it.
///
/// A plain QTableView lays out and repaints its whole viewport after every insertion, even
/// when the rows go below the last one on screen, which is what every page of a listing does:
/// "Load all" of 10,000 projects painted the same screenful of rows a hundred times. When rows
/// were only appended below the visible ones, this view updates its scroll bar and leaves the
/// rows on screen as they are. Anything else (a reset, a sort, a removal, rows inserted on
/// screen, a style or font change) gets Qt's full layout as before.
class ProjectTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ProjectTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setRootIndex(const QModelIndex &index) override;
    void reset() override;
    void doItemsLayout() override;

    /// How many layouts were reduced to a scroll-bar update since the view was made.
    [[nodiscard]] int layoutsSpared() const { return m_layoutsSpared; }

protected:
    bool event(QEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

private:
    // What the next layout has to do.
    enum class Pending { Nothing, ScrollBarsOnly, Everything };

    void needFullLayout() { m_pending = Pending::Everything; }

    QList<QMetaObject::Connection> m_modelConnections;
    Pending m_pending = Pending::Nothing;
    int m_layoutsSpared = 0;
};
