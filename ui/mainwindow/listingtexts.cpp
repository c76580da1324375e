// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "listingtexts.h"

#include <QLocale>

QString ListingTexts::status(const ListingFacts &facts)
{
    const QLocale locale;
    QString text;
    if (facts.key == ListingFacts::Key::Missing) {
        text = tr("No admin key");
    } else if (facts.key == ListingFacts::Key::Unknown) {
        text = tr("Looking for the admin key…");
    } else if (facts.loaded == 0 && facts.loading) {
        text = tr("Loading projects…");
    } else if (facts.loaded == 0 && facts.failed) {
        text = tr("No projects loaded");
    } else if (facts.cachedAsOf.isValid()) {
        const QString time = asOf(facts.cachedAsOf, QDateTime::currentDateTime());
        if (facts.filtering)
            //: %1 matches of %n projects remembered from the last run at time %2
            text = tr("%1 of %Ln projects match (as of %2)", nullptr, facts.loaded)
                       .arg(locale.toString(facts.shown), time);
        else if (facts.refreshing)
            //: Projects remembered from the last run, as they were at %1 (a time), being listed again
            text = tr("%Ln projects as of %1 — refreshing…", nullptr, facts.loaded).arg(time);
        else
            text = tr("%Ln projects as of %1", nullptr, facts.loaded).arg(time);
    } else if (facts.filtering) {
        if (facts.complete)
            text = tr("%1 of %Ln projects match", nullptr, facts.loaded)
                       .arg(locale.toString(facts.shown));
        else
            text = tr("Searching %Ln loaded projects — Load all to search everything", nullptr,
                      facts.loaded);
    } else if (facts.complete) {
        //: The whole list; in the singular just "%n project"
        text = tr("All %Ln projects", nullptr, facts.loaded);
    } else if (facts.started) {
        text = tr("%Ln projects loaded — more available", nullptr, facts.loaded);
    }

    if (facts.showArchived && facts.key == ListingFacts::Key::Ready && !facts.filtering
        && facts.loaded > 0) {
        text += tr(" (%Ln archived)", nullptr, facts.archived);
    }
    return text;
}

QString ListingTexts::asOf(const QDateTime &time, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

ListingTexts::EmptyState ListingTexts::emptyState(const ListingFacts &facts)
{
    if (facts.key == ListingFacts::Key::Unknown)
        return EmptyState::LookingForKey;
    if (facts.key == ListingFacts::Key::Missing)
        return EmptyState::NoKey;
    if (facts.loaded == 0) {
        if (facts.failed)
            return EmptyState::LoadFailed;
        return facts.complete ? EmptyState::NoProjects : EmptyState::Loading;
    }
    if (facts.shown == 0 && facts.filtering)
        return EmptyState::NoMatches;
    return EmptyState::None;
}

ListingTexts::Content ListingTexts::emptyContent(EmptyState state, const ListingFacts &facts)
{
    switch (state) {
    case EmptyState::None:
        break;
    case EmptyState::LookingForKey:
        return {tr("Opening the keychain…"),
                tr("OrgDesk is looking for the admin key of this organization."), {}};
    case EmptyState::NoKey:
        return {tr("Connect OrgDesk to your organization"),
                tr("OrgDesk needs an admin key (sk-admin-…) from an owner of the OpenAI "
                   "organization. It is kept in the system keychain, never in a file."),
                tr("Enter admin key…")};
    case EmptyState::Loading:
        return {tr("Loading projects…"), {}, {}};
    case EmptyState::LoadFailed:
        // Said once: in the banner while it is up, here once it was closed.
        return {tr("The projects could not be loaded"),
                facts.errorInBanner ? tr("The message above says what went wrong.")
                                    : facts.errorMessage,
                tr("Retry")};
    case EmptyState::NoProjects:
        return {facts.showArchived ? tr("No projects yet") : tr("No active projects"),
                tr("Projects keep the API keys, usage and limits of a team or product apart."),
                tr("New project…")};
    case EmptyState::NoMatches:
        //: %1 is what the user typed in the search field
        return {tr("No projects match “%1”").arg(facts.searchText),
                facts.complete ? tr("Search looks at project names and IDs.")
                               : tr("Searching %Ln loaded projects — Load all to search "
                                    "everything.",
                                    nullptr, facts.loaded),
                tr("Clear search")};
    }
    return {};
}
