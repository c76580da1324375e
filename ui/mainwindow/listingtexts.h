// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// Where the project list stands, as the main window knows it: all the status bar and the
/// empty state need to say what they say.
struct ListingFacts
{
    enum class Key { Unknown, Missing, Ready };

    Key key = Key::Unknown;
    int loaded = 0;   ///< rows in the model
    int shown = 0;    ///< rows the search lets through
    int archived = 0; ///< archived rows in the model
    bool started = false;
    bool loading = false;
    bool complete = false;
    bool failed = false; ///< the listing stopped on an error
    bool filtering = false;
    bool showArchived = false;
    bool errorInBanner = false; ///< the error is shown above the list
    QString searchText;
    QString errorMessage;
    /// While rows remembered from the last run are not all confirmed: the time they stand for.
    QDateTime cachedAsOf;
    bool refreshing = false; ///< a page is in flight or "Load all" is going on
};

/// The main window's words about its list: the status bar's count and what the list shows
/// instead of the table when there is nothing to show. Pure functions of ListingFacts.
class ListingTexts
{
    Q_DECLARE_TR_FUNCTIONS(ListingTexts)
public:
    enum class EmptyState { None, LookingForKey, NoKey, Loading, LoadFailed, NoProjects, NoMatches };

    struct Content
    {
        QString title;
        QString text;
        QString button;
    };

    /// "100 projects loaded — more available", "2 of 4 projects match"…
    [[nodiscard]] static QString status(const ListingFacts &facts);
    /// What the list shows instead of the table, or None for the table.
    [[nodiscard]] static EmptyState emptyState(const ListingFacts &facts);
    /// "14:02" for a time of today, else the date and time, in the locale's short formats.
    [[nodiscard]] static QString asOf(const QDateTime &time, const QDateTime &now);
    /// The title, explanation and button of @p state.
    [[nodiscard]] static Content emptyContent(EmptyState state, const ListingFacts &facts);
};
