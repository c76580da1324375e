// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// What the main window says about its list, from the facts alone: no window, no server.

#include "listingtexts.h"

#include <QTest>

namespace {

using Key = ListingFacts::Key;
using EmptyState = ListingTexts::EmptyState;

ListingFacts ready(int loaded)
{
    ListingFacts facts;
    facts.key = Key::Ready;
    facts.loaded = loaded;
    facts.shown = loaded;
    facts.started = true;
    return facts;
}

} // namespace

Q_DECLARE_METATYPE(ListingFacts)

class TestListingTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void statusAndEmptyState_data();
    void statusAndEmptyState();
    void aFailureIsExplainedOnce();
    void asOfSaysTheDateOnlyWhenNotToday(); // issue #18
};

void TestListingTexts::statusAndEmptyState_data()
{
    QTest::addColumn<ListingFacts>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<EmptyState>("emptyState");

    ListingFacts facts;
    QTest::newRow("looking for the key") << facts << QStringLiteral("Looking for the admin key…")
                                         << EmptyState::LookingForKey;
    facts.key = Key::Missing;
    QTest::newRow("no key") << facts << QStringLiteral("No admin key") << EmptyState::NoKey;

    facts = ready(0);
    facts.loading = true;
    QTest::newRow("first page on its way") << facts << QStringLiteral("Loading projects…")
                                           << EmptyState::Loading;
    facts = ready(0);
    facts.failed = true;
    QTest::newRow("first page failed") << facts << QStringLiteral("No projects loaded")
                                       << EmptyState::LoadFailed;
    facts = ready(0);
    facts.complete = true;
    QTest::newRow("no projects") << facts << QStringLiteral("All 0 projects")
                                 << EmptyState::NoProjects;
    facts = ready(100);
    QTest::newRow("more available") << facts << QStringLiteral("100 projects loaded — more available")
                                    << EmptyState::None;
    facts = ready(1234);
    facts.complete = true;
    facts.showArchived = true;
    facts.archived = 7;
    QTest::newRow("all, with archived") << facts << QStringLiteral("All 1234 projects (7 archived)")
                                        << EmptyState::None;
    facts = ready(4);
    facts.complete = true;
    facts.filtering = true;
    facts.shown = 2;
    facts.showArchived = true; // a search says nothing of archived ones
    QTest::newRow("search, all loaded") << facts << QStringLiteral("2 of 4 projects match")
                                        << EmptyState::None;
    facts = ready(100);
    facts.filtering = true;
    facts.shown = 0;
    QTest::newRow("search, more to load")
        << facts << QStringLiteral("Searching 100 loaded projects — Load all to search everything")
        << EmptyState::NoMatches;

    // --- Issue #18 (cache): rows remembered from the last run, until the refresh confirms them.
    const QDateTime lastRun(QDate::currentDate(), QTime(14, 2));
    const QString at = QLocale::c().toString(QTime(14, 2), QLocale::ShortFormat);
    facts = ready(321);
    facts.cachedAsOf = lastRun;
    facts.refreshing = true;
    QTest::newRow("cached, refreshing") << facts
                                        << QStringLiteral("321 projects as of %1 — refreshing…").arg(at)
                                        << EmptyState::None;
    facts.refreshing = false;
    QTest::newRow("cached, refresh stopped") << facts << QStringLiteral("321 projects as of %1").arg(at)
                                             << EmptyState::None;
    facts.filtering = true;
    facts.shown = 2;
    QTest::newRow("cached, searching") << facts
                                       << QStringLiteral("2 of 321 projects match (as of %1)").arg(at)
                                       << EmptyState::None;
    facts = ready(0);
    facts.cachedAsOf = lastRun; // nothing left of them: the listing's own words
    facts.loading = true;
    QTest::newRow("cached, none left") << facts << QStringLiteral("Loading projects…")
                                       << EmptyState::Loading;
    // --- end of issue #18's rows
}

void TestListingTexts::statusAndEmptyState()
{
    QFETCH(ListingFacts, facts);
    QFETCH(QString, status);
    QFETCH(EmptyState, emptyState);
    QCOMPARE(ListingTexts::status(facts), status);
    QCOMPARE(ListingTexts::emptyState(facts), emptyState);
    const ListingTexts::Content content = ListingTexts::emptyContent(emptyState, facts);
    QCOMPARE(content.title.isEmpty(), emptyState == EmptyState::None);
}

// Issue #18: the time the remembered rows stand for, short for today, with the date otherwise.
void TestListingTexts::asOfSaysTheDateOnlyWhenNotToday()
{
    const QDateTime now(QDate(2026, 11, 30), QTime(9, 30));
    QCOMPARE(ListingTexts::asOf(QDateTime(QDate(2026, 11, 30), QTime(14, 2)), now),
             QLocale::c().toString(QTime(14, 2), QLocale::ShortFormat));
    const QDateTime yesterday(QDate(2026, 11, 29), QTime(14, 2));
    QCOMPARE(ListingTexts::asOf(yesterday, now), QLocale::c().toString(yesterday, QLocale::ShortFormat));
}

void TestListingTexts::aFailureIsExplainedOnce()
{
    ListingFacts facts = ready(0);
    facts.failed = true;
    facts.errorMessage = QStringLiteral("OpenAI did not answer in time.");
    facts.errorInBanner = true;
    QCOMPARE(ListingTexts::emptyContent(EmptyState::LoadFailed, facts).text,
             QStringLiteral("The message above says what went wrong."));
    facts.errorInBanner = false;
    const ListingTexts::Content content = ListingTexts::emptyContent(EmptyState::LoadFailed, facts);
    QCOMPARE(content.text, facts.errorMessage);
    QCOMPARE(content.button, QStringLiteral("Retry"));
}

QTEST_APPLESS_MAIN(TestListingTexts)
#include "tst_listingtexts.moc"
