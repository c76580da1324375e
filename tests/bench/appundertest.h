// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class AdminApiClient;
class ProjectFilterModel;
class ProjectTableModel;
class QAbstractButton;
class QAction;
class QLineEdit;
class TimingNetworkAccessManager;
class QTableView;
class QWidget;

/// OrgDesk as the benchmark drives it, in one of two shapes:
/// - Main: the real MainWindow with its Session (key from the environment, as
///   `OPENAI_ADMIN_KEY=... orgdesk` does), table, search field, status bar and details pane;
/// - Bare: the real client, ProjectTableModel and ProjectFilterModel under a plain QTableView,
///   to tell the window's own costs from the model's.
/// Both are shown offscreen, so fetchMore, layout and painting really happen.
class AppUnderTest : public QObject
{
    Q_OBJECT
public:
    enum class Shape { Main, Bare };

    AppUnderTest(Shape shape, const QUrl &baseUrl, const QString &key, QObject *parent = nullptr);
    ~AppUnderTest() override;

    [[nodiscard]] static bool shapeFromName(const QString &name, Shape *shape);

    /// Shows the window (no projects yet).
    void show();
    /// Hands over the key and starts listing: MainWindow loads its first page, as at start-up.
    /// Bare: nothing is listed until loadAll() or fetchMore.
    void start();

    [[nodiscard]] Shape shape() const { return m_shape; }
    [[nodiscard]] TimingNetworkAccessManager *network() const;
    [[nodiscard]] AdminApiClient *client() const;
    [[nodiscard]] ProjectTableModel *model() const;
    [[nodiscard]] ProjectFilterModel *filter() const;
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] QWidget *window() const;
    /// The search field the user types into (Main), or nothing (Bare: use the filter directly).
    [[nodiscard]] QLineEdit *searchEdit() const;
    /// The "Show archived" action (Main), or nothing.
    [[nodiscard]] QAction *showArchivedAction() const;
    /// Whether the window shows an error to the user right now (Main: the error banner).
    [[nodiscard]] bool showsError() const;

    /// Types @p text into the search (key events into the field, or setSearchText per character).
    void typeCharacter(QChar character);
    void typeBackspace();

private:
    class Private;
    Shape m_shape;
    std::unique_ptr<Private> d;
};
