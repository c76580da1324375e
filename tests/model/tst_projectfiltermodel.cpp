// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "modelharness.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 20000;
constexpr qint64 Base = 1700000000;

// The organization every test filters: names chosen for case, accents and overlaps.
const QList<std::pair<QString, qint64>> Names{
    {QStringLiteral("Alpha Team"), Base + 600},
    {QStringLiteral("beta"), Base + 500},
    {QStringLiteral("ALPHA launch"), Base + 400},
    {QStringLiteral("Gamma"), Base + 300},
    {QStringLiteral("alphabet soup"), Base + 200},
    {QStringLiteral("Delta"), Base + 100},
};

// An active project made here, not listed by the sandbox (for upsert()).
Project localProject(const QString &id, const QString &name, qint64 createdAt)
{
    Project project;
    project.id = id;
    project.name = name;
    project.status = u"active"_s;
    project.createdAt = createdAt;
    return project;
}

struct Harness : ModelHarness
{
    /// The ids the proxy shows, sorted.
    [[nodiscard]] QStringList shownIds() const
    {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(ProjectTableModel::ProjectIdRole).toString());
        ids.sort();
        return ids;
    }
    /// The model's projects whose name or id contains @p query as Qt compares, in model order.
    [[nodiscard]] QList<Project> projectsMatching(const QString &query) const
    {
        QList<Project> matching;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Project &project = model.projectAt(row);
            if (project.name.contains(query, Qt::CaseInsensitive)
                || project.id.contains(query, Qt::CaseInsensitive)) {
                matching.append(project);
            }
        }
        return matching;
    }
    /// The ids of projectsMatching(@p query), sorted.
    [[nodiscard]] QStringList idsMatching(const QString &query) const
    {
        QStringList ids;
        for (const Project &project : projectsMatching(query))
            ids.append(project.id);
        ids.sort();
        return ids;
    }

    /// The ids of projectsMatching(@p query), in the order Qt's comparisons give @p column (ties
    /// in the model's order, as QSortFilterProxyModel's stable sort leaves them).
    [[nodiscard]] QStringList sortedIdsMatching(const QString &query, int column, Qt::SortOrder order) const
    {
        const auto compare = [column](const Project &a, const Project &b) {
            const auto numbers = [](qint64 x, qint64 y) { return int(x > y) - int(x < y); };
            switch (column) {
            case ProjectTableModel::NameColumn:
                return a.name.compare(b.name, Qt::CaseInsensitive);
            case ProjectTableModel::IdColumn:
                return a.id.compare(b.id);
            case ProjectTableModel::StatusColumn:
                return a.status.compare(b.status);
            case ProjectTableModel::CreatedColumn:
                return numbers(a.createdAt, b.createdAt);
            default:
                return numbers(a.archivedAt.value_or(-1), b.archivedAt.value_or(-1));
            }
        };
        QList<Project> matching = projectsMatching(query);
        std::stable_sort(matching.begin(), matching.end(), [&](const Project &a, const Project &b) {
            return order == Qt::AscendingOrder ? compare(a, b) < 0 : compare(a, b) > 0;
        });
        QStringList ids;
        for (const Project &p : std::as_const(matching))
            ids.append(p.id);
        return ids;
    }

    [[nodiscard]] QStringList proxyColumn(int column, int role = Qt::DisplayRole) const
    {
        QStringList values;
        for (int row = 0; row < proxy.rowCount(); ++row)
            values.append(proxy.index(row, column).data(role).toString());
        return values;
    }
};

} // namespace

// Lists again from the first page: a project the service does not list leaves the model.
#define relist()                                                                            \
    do {                                                                                    \
        QSignalSpy relisted(&h->model, &ProjectTableModel::reloaded);                      \
        h->model.reload();                                                                  \
        QVERIFY(relisted.wait(Timeout));                                                    \
    } while (false)

class TestProjectFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaults();
    void filtersOnNameAndId_data();
    void filtersOnNameAndId();
    void narrowsAsYouType();
    void agreesWithQtBeyondAscii();
    void renamesAreSearchedAsTheyAreNow();
    void searchesPagesAsTheyArrive();
    void indexFollowsEveryChange();
    void indexStaysCompactThroughRenames();
    void sortsByCreated();
    void newestFirstKeepsTheSourceOrderUntilItBreaks();
    void sortsByName();
    void sortsByArchived();
    void sortsAsQtComparesWhileSearching();
    void ranksFollowEveryChange();
    void followsChangesWhileFilteredAndSorted();

private:
    std::unique_ptr<Harness> h;
    QStringList m_ids; ///< of Names, in order
};

void TestProjectFilterModel::init()
{
    h = std::make_unique<Harness>();
    QVERIFY(h->sandbox.port() != 0);
    m_ids.clear();
    for (const auto &[name, created] : Names)
        m_ids.append(h->sandbox.addProject(name, created).id);
    h->sandbox.addProject(QStringLiteral("Old archived"), Base - 100, true);

    h->model.setIncludeArchived(true);
    h->proxy.setShowArchived(true);
    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    h->model.reload();
    QVERIFY(reloaded.wait(Timeout));
    QCOMPARE(h->model.rowCount(), int(Names.size()) + 2); // and the Default project
}

void TestProjectFilterModel::cleanup()
{
    h.reset();
}

void TestProjectFilterModel::defaults()
{
    QCOMPARE(h->proxy.sortRole(), int(ProjectTableModel::SortRole));
    QCOMPARE(h->proxy.sortCaseSensitivity(), Qt::CaseInsensitive);
    QVERIFY(h->proxy.dynamicSortFilter());
    QVERIFY(!h->proxy.isFiltering());
    QCOMPARE(h->proxy.rowCount(), h->model.rowCount());
}

void TestProjectFilterModel::filtersOnNameAndId_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("expected"); // indexes into Names, in source order

    QTest::newRow("lower case finds every case") << QStringLiteral("alpha") << QList<int>{0, 2, 4};
    QTest::newRow("upper case finds every case") << QStringLiteral("ALPHA") << QList<int>{0, 2, 4};
    QTest::newRow("inside a word") << QStringLiteral("lphab") << QList<int>{4};
    QTest::newRow("across a space") << QStringLiteral("a t") << QList<int>{0};
    QTest::newRow("surrounding spaces ignored") << QStringLiteral("  gamma ") << QList<int>{3};
    QTest::newRow("nothing matches") << QStringLiteral("zeta") << QList<int>{};
}

void TestProjectFilterModel::filtersOnNameAndId()
{
    QFETCH(QString, search);
    QFETCH(QList<int>, expected);

    h->proxy.setSearchText(search);
    QVERIFY(h->proxy.isFiltering());
    QCOMPARE(h->proxy.searchText(), search.trimmed());
    QStringList expectedIds;
    for (int i : expected)
        expectedIds.append(m_ids.at(i));
    QCOMPARE(h->proxyColumn(ProjectTableModel::IdColumn), expectedIds);

    h->proxy.setSearchText(QString());
    QVERIFY(!h->proxy.isFiltering());
    QCOMPARE(h->proxy.rowCount(), h->model.rowCount());
}

void TestProjectFilterModel::agreesWithQtBeyondAscii()
{
    // Whatever the text, the result is QString::contains()'s: the search index folds as Qt
    // does, and leaves to Qt what it cannot fold that way.
    const QStringList names{
        u"Ärzte Zürich"_s, u"ÄRZTE"_s, u"Straße"_s, u"STRASSE"_s, u"\u212Aelvin lab"_s,
        u"Kelvin"_s, u"café"_s, u"CAFE"_s, u"Ωmega"_s, u"\uFB01le store"_s, u"file store"_s,
        u"Payments_EU-2"_s, u"ΣΊΣΥΦΟΣ ς"_s, u"\u017Ftyle"_s, u"\u212Bngström"_s,
        u"\u00B5-service"_s, u"İstanbul ıı"_s, u"🚀 Launch"_s, u"\U00010400\U00010428 Deseret"_s,
        u"Ops — EU – prod"_s};
    for (const QString &name : names)
        h->sandbox.addProject(name, Base + 1000);
    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    h->model.reload();
    QVERIFY(reloaded.wait(Timeout));
    // Text that never crosses the wire as JSON: a broken surrogate pair, and a name too long
    // to index. Both are searched by Qt.
    const QString brokenPair = u"Half "_s + QChar(0xD801) + u" pair"_s;
    h->model.upsert(localProject(u"proj_lonesurrogate"_s, brokenPair, Base + 2000));
    h->model.upsert(localProject(u"proj_long"_s, u"Long "_s + QString(3000, u'x') + u" END"_s, Base + 2000));
    QCOMPARE(h->proxy.searchIndex().rowCount(), h->model.rowCount());
    QCOMPARE(h->proxy.searchIndex().rowsNotIndexed(), 2);

    const QStringList queries{
        u"ä"_s, u"Ä"_s, u"ärz"_s, u"zürich"_s, u"k"_s, u"KEL"_s, u"\u212A"_s, u"ss"_s, u"ß"_s,
        u"CAFÉ"_s, u"cafe"_s, u"é"_s, u"ω"_s, u"fi"_s, u"\uFB01"_s, u"_eu-"_s, u"proj_"_s, u"a"_s,
        u"σ"_s, u"ς"_s, u"Σίσυφος"_s, u"s"_s, u"STYLE"_s, u"å"_s, u"\u212B"_s, u"μ"_s, u"\u00B5"_s,
        u"i"_s, u"İ"_s, u"ı"_s, u"I"_s, u"🚀"_s, u"\U00010400"_s, u"\U00010428"_s,
        QString(QChar(0xD801)), QString(QChar(0xDC28)), u"— eu –"_s, u"half"_s, u"xxxx end"_s,
        u" "_s};
    for (const QString &query : queries) {
        h->proxy.setSearchText(query);
        QVERIFY2(h->shownIds() == h->idsMatching(query.trimmed()), qPrintable(query));
    }
    // Spot checks, so that agreeing with Qt cannot mean agreeing on nothing.
    h->proxy.setSearchText(u"ÄRZ"_s);
    QCOMPARE(h->proxy.rowCount(), 2);
    h->proxy.setSearchText(u"kelvin"_s);
    QCOMPARE(h->proxy.rowCount(), 2); // the Kelvin sign folds to k
    h->proxy.setSearchText(u"_EU-"_s);
    QCOMPARE(h->proxy.rowCount(), 1);
    h->proxy.setSearchText(u"σίσυφοσ"_s);
    QCOMPARE(h->proxy.rowCount(), 1); // final sigma folds to sigma
    h->proxy.setSearchText(u"\U00010428"_s);
    QCOMPARE(h->proxy.rowCount(), 1);
    h->proxy.setSearchText(u"x end"_s);
    QCOMPARE(h->shownIds(), QStringList{u"proj_long"_s});
}

void TestProjectFilterModel::narrowsAsYouType()
{
    // By id: a piece from the middle of one id, typed one letter at a time, in upper case.
    const QString id = m_ids.at(3);
    const QString piece = id.mid(6, 10).toUpper();
    int previous = h->proxy.rowCount();
    for (int length = 1; length <= piece.size(); ++length) {
        h->proxy.setSearchText(piece.left(length));
        QVERIFY(h->proxy.rowCount() <= previous);
        previous = h->proxy.rowCount();
    }
    QCOMPARE(h->proxyColumn(ProjectTableModel::IdColumn), QStringList{id});

    QSignalSpy layoutChanged(&h->proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(&h->proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&h->proxy, &QAbstractItemModel::modelReset);
    h->proxy.setSearchText(piece + QStringLiteral("#"));
    QCOMPARE(h->proxy.rowCount(), 0);
    // One signal per keystroke, however many runs of rows it hides (see setSearchText).
    QCOMPARE(layoutChanged.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0); // the view keeps its state while the user types
}

void TestProjectFilterModel::sortsByCreated()
{
    QStringList newestFirst; // the service's order
    for (int row = 0; row < h->model.rowCount(); ++row)
        newestFirst.append(h->model.projectAt(row).id);

    h->proxy.sort(ProjectTableModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(h->proxy.rowCount(), h->model.rowCount());
    for (int row = 1; row < h->proxy.rowCount(); ++row) {
        const auto created = [&](int r) {
            return h->proxy.index(r, ProjectTableModel::CreatedColumn).data(ProjectTableModel::SortRole).toLongLong();
        };
        QVERIFY(created(row - 1) <= created(row));
    }
    QStringList oldestFirst = newestFirst;
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    QCOMPARE(h->proxyColumn(ProjectTableModel::IdColumn), oldestFirst);

    h->proxy.sort(ProjectTableModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(h->proxyColumn(ProjectTableModel::IdColumn), newestFirst);
}

void TestProjectFilterModel::newestFirstKeepsTheSourceOrderUntilItBreaks()
{
    // The service lists newest first: the proxy shows that by keeping the source's order, with
    // no sorting after each keystroke...
    h->proxy.sort(ProjectTableModel::CreatedColumn, Qt::DescendingOrder);
    QVERIFY(h->proxy.keepsSourceOrder());
    h->proxy.setSearchText(u"a"_s);
    QVERIFY(h->proxy.keepsSourceOrder());
    h->proxy.setSearchText(QString());
    const auto createdInProxy = [&] {
        QList<qint64> created;
        for (int row = 0; row < h->proxy.rowCount(); ++row)
            created.append(h->proxy.index(row, 0).data(ProjectTableModel::SortRole).toLongLong());
        return created;
    };
    const auto newestFirst = [&] {
        const QList<qint64> created = createdInProxy();
        return std::is_sorted(created.crbegin(), created.crend());
    };
    QVERIFY(newestFirst());

    // ...new projects included: they go where the model puts them, newest first.
    const Project created = localProject(u"proj_newest"_s, u"Newest"_s, Base + 5000);
    h->model.upsert(created);
    QVERIFY(h->proxy.keepsSourceOrder());
    QCOMPARE(h->proxy.index(0, ProjectTableModel::IdColumn).data().toString(), created.id);
    QVERIFY(newestFirst());

    // A project whose created_at changes in place breaks the source's order: sorted for real.
    Project moved = *h->model.project(m_ids.at(2));
    moved.createdAt = Base + 9000;
    h->model.upsert(moved);
    QVERIFY(!h->proxy.keepsSourceOrder());
    QCOMPARE(h->proxy.sortColumn(), int(ProjectTableModel::CreatedColumn));
    QCOMPARE(h->proxy.index(0, ProjectTableModel::IdColumn).data().toString(), m_ids.at(2));
    QVERIFY(newestFirst());
    h->proxy.setSearchText(u"a"_s);
    QVERIFY(newestFirst());

    // Other orders are always sorted.
    h->proxy.sort(ProjectTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(!h->proxy.keepsSourceOrder());
    QCOMPARE(h->proxy.sortColumn(), int(ProjectTableModel::NameColumn));
}

void TestProjectFilterModel::sortsByName()
{
    h->proxy.setSearchText(QStringLiteral("a")); // leaves out nothing but shows the filter sorts too
    h->proxy.sort(ProjectTableModel::NameColumn, Qt::AscendingOrder);
    const QStringList names = h->proxyColumn(ProjectTableModel::NameColumn);
    const QStringList expected{QStringLiteral("Alpha Team"), QStringLiteral("ALPHA launch"),
                               QStringLiteral("alphabet soup"), QStringLiteral("beta"),
                               QStringLiteral("Default project"), QStringLiteral("Delta"),
                               QStringLiteral("Gamma"), QStringLiteral("Old archived")};
    // "alpha launch" < "alpha team" case-folded.
    QStringList sorted = expected;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.toCaseFolded() < b.toCaseFolded(); });
    QCOMPARE(names, sorted);
    QCOMPARE(names.first(), QStringLiteral("ALPHA launch"));

    h->proxy.sort(ProjectTableModel::NameColumn, Qt::DescendingOrder);
    std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(h->proxyColumn(ProjectTableModel::NameColumn), sorted);
}

void TestProjectFilterModel::sortsByArchived()
{
    h->proxy.sort(ProjectTableModel::ArchivedColumn, Qt::DescendingOrder);
    QCOMPARE(h->proxy.index(0, ProjectTableModel::NameColumn).data().toString(), QStringLiteral("Old archived"));
    QVERIFY(h->proxy.index(0, 0).data(ProjectTableModel::ArchivedRole).toBool());
    for (int row = 1; row < h->proxy.rowCount(); ++row)
        QVERIFY(!h->proxy.index(row, 0).data(ProjectTableModel::ArchivedRole).toBool());
}

void TestProjectFilterModel::sortsAsQtComparesWhileSearching()
{
    // While a search text is set, rows are sorted by ranks computed once (see prepareRanks()).
    // The order must be the one QString::compare() gives, ties kept in the source's order, for
    // every column, both orders, and text Qt folds in unusual ways.
    const QStringList names{u"beta"_s, u"Beta"_s, u"BETA"_s, u"beta"_s, u""_s, u"\uFF42\uFF45\uFF54\uFF41"_s,
                            u"\U00010428x"_s, u"\U00010400y"_s, u"\uE000 private"_s, u"ä"_s, u"Ä"_s,
                            u"z"_s, u"\u212Aelvin"_s, u"kelvin"_s, u"Σίσυφος"_s, u"σίσυφος"_s};
    for (int i = 0; i < names.size(); ++i)
        h->sandbox.addProject(names.at(i), Base + 700 + (i % 3) * 10, i % 5 == 0); // equal created_at too
    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    h->model.reload();
    QVERIFY(reloaded.wait(Timeout));

    for (int column = 0; column < ProjectTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            h->proxy.sort(column, order);
            for (const QString &query : {u"e"_s, u"BETA"_s, u"proj_"_s, u"k"_s}) {
                h->proxy.setSearchText(query);
                const QString where = u"column %1, %2, \"%3\""_s.arg(column).arg(
                    order == Qt::AscendingOrder ? u"ascending"_s : u"descending"_s, query);
                QVERIFY2(h->proxyColumn(ProjectTableModel::IdColumn)
                             == h->sortedIdsMatching(query, column, order),
                         qPrintable(where));
                h->proxy.setSearchText(QString());
            }
        }
    }
}

void TestProjectFilterModel::ranksFollowEveryChange()
{
    // Ranks are computed for a search text and must not outlive the next change to the model:
    // each change comes right after they were computed, and the order must still be Qt's.
    h->proxy.sort(ProjectTableModel::NameColumn, Qt::AscendingOrder);
    bool alternate = false;
    const auto freshRanks = [&] { // a new search text: ranks computed for it
        alternate = !alternate;
        h->proxy.setSearchText(alternate ? u"proj_"_s : u"proj"_s);
    };
    const auto inQtsOrder = [&] {
        return h->proxyColumn(ProjectTableModel::IdColumn)
               == h->sortedIdsMatching(h->proxy.searchText(), ProjectTableModel::NameColumn,
                                       Qt::AscendingOrder);
    };

    freshRanks();
    const QString firstId = h->proxy.index(0, 0).data(ProjectTableModel::ProjectIdRole).toString();
    Project first = *h->model.project(firstId);
    first.name = u"zz now last"_s;
    h->model.upsert(first); // dataChanged
    QVERIFY(inQtsOrder());
    QCOMPARE(h->proxy.index(h->proxy.rowCount() - 1, ProjectTableModel::IdColumn).data().toString(), first.id);

    freshRanks();
    const Project created = localProject(u"proj_000created"_s, u"0 created first"_s, Base + 9000);
    h->model.upsert(created); // rowsInserted at the top: every row's number moves
    QVERIFY(inQtsOrder());
    QCOMPARE(h->proxy.index(0, ProjectTableModel::IdColumn).data().toString(), created.id);

    freshRanks();
    relist(); // the service never had it: rowsRemoved at the top
    QVERIFY(inQtsOrder());

    freshRanks();
    h->proxy.setShowArchived(false); // a complete listing: archived rows removed, no request
    QVERIFY(inQtsOrder());
    freshRanks();
    h->proxy.setShowArchived(true); // and inserted again where they were
    QVERIFY(inQtsOrder());

    freshRanks();
    h->sandbox.addProject(u"00 from the server"_s, Base + 9500);
    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    h->model.reload(); // modelReset
    QVERIFY(reloaded.wait(Timeout));
    QVERIFY(inQtsOrder());
    QCOMPARE(h->proxy.index(0, ProjectTableModel::NameColumn).data().toString(), u"00 from the server"_s);
}

void TestProjectFilterModel::followsChangesWhileFilteredAndSorted()
{
    h->proxy.sort(ProjectTableModel::NameColumn, Qt::AscendingOrder);
    h->proxy.setSearchText(QStringLiteral("alpha"));
    QCOMPARE(h->proxy.rowCount(), 3);

    // A new project that matches comes in at its sorted place.
    const Project created = localProject(u"proj_created"_s, u"alpha aardvark"_s, Base + 1000);
    h->model.upsert(created);
    QCOMPARE(h->proxy.rowCount(), 4);
    QCOMPARE(h->proxy.index(0, ProjectTableModel::IdColumn).data().toString(), created.id);

    // A rename out of the filter drops it; one into the filter brings it.
    Project renamed = *h->model.project(m_ids.at(0));
    renamed.name = QStringLiteral("Omega");
    h->model.upsert(renamed);
    QCOMPARE(h->proxy.rowCount(), 3);
    Project gamma = *h->model.project(m_ids.at(3));
    gamma.name = QStringLiteral("Alpha-Gamma");
    h->model.upsert(gamma);
    QCOMPARE(h->proxyColumn(ProjectTableModel::NameColumn),
             (QStringList{QStringLiteral("alpha aardvark"), QStringLiteral("ALPHA launch"),
                          QStringLiteral("Alpha-Gamma"), QStringLiteral("alphabet soup")}));

    relist(); // the service never had it: removed
    QCOMPARE(h->proxy.rowCount(), 3);

    // After those changes, other searches still see every project as it now is.
    for (const QString &query : {u"gamma"_s, u"OMEGA"_s, u"a"_s, u"proj_"_s}) {
        h->proxy.setSearchText(query);
        QVERIFY2(h->shownIds() == h->idsMatching(query), qPrintable(query));
    }
}

void TestProjectFilterModel::renamesAreSearchedAsTheyAreNow()
{
    h->proxy.setSearchText(u"alpha"_s);
    QCOMPARE(h->proxy.rowCount(), 3);
    Project renamed = *h->model.project(m_ids.at(0));
    renamed.name = u"Omega"_s;
    h->model.upsert(renamed); // only dataChanged: no row moves
    QCOMPARE(h->proxy.rowCount(), 2);
    h->proxy.setSearchText(u"omeg"_s);
    QCOMPARE(h->shownIds(), QStringList{m_ids.at(0)});
    h->proxy.setSearchText(u"alph"_s);
    QCOMPARE(h->shownIds(), h->idsMatching(u"alph"_s));
    QCOMPARE(h->proxy.rowCount(), 2);
}

void TestProjectFilterModel::searchesPagesAsTheyArrive()
{
    for (int i = 0; i < 250; ++i) {
        h->sandbox.addProject(i % 3 ? u"Batch %1"_s.arg(i) : u"alpha batch %1"_s.arg(i),
                              Base - 1000 - i);
    }
    h->proxy.setSearchText(u"ALPHA"_s);
    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    h->model.reload();
    QVERIFY(reloaded.wait(Timeout));
    QCOMPARE(h->shownIds(), h->idsMatching(u"ALPHA"_s));
    int pages = 0;
    while (h->model.canFetchMore({})) {
        QSignalSpy pageLoaded(&h->model, &ProjectTableModel::pageLoaded);
        h->model.fetchMore({});
        QVERIFY(pageLoaded.wait(Timeout));
        QCOMPARE(h->shownIds(), h->idsMatching(u"ALPHA"_s));
        ++pages;
    }
    QCOMPARE(pages, 2);
    QCOMPARE(h->model.rowCount(), 250 + int(Names.size()) + 2);
    QCOMPARE(h->proxy.rowCount(), 84 + 3);
}

void TestProjectFilterModel::indexFollowsEveryChange()
{
    // Every way the model's rows change, each followed by searches compared with Qt's answer
    // on the model itself: a row the index missed, or kept after it left, shows up here.
    for (int i = 0; i < 230; ++i) {
        h->sandbox.addProject(i % 4 ? u"Batch %1"_s.arg(i) : u"Alpha—batch %1"_s.arg(i), Base - 1000 - i,
                              i % 7 == 0);
    }
    const QStringList queries{u"alpha"_s, u"batch 1"_s, u"—"_s, u"proj_"_s, u"zzz"_s, u"old"_s};
    const auto agrees = [&](const char *step) {
        if (h->proxy.searchIndex().rowCount() != h->model.rowCount()) {
            qWarning("after %s: %d rows indexed, %d in the model", step,
                     h->proxy.searchIndex().rowCount(), h->model.rowCount());
            return false;
        }
        for (const QString &query : queries) {
            h->proxy.setSearchText(query);
            if (h->shownIds() != h->idsMatching(query)) {
                qWarning("after %s: \"%s\" differs from Qt", step, qPrintable(query));
                return false;
            }
        }
        return true;
    };
    h->proxy.setSearchText(u"alpha"_s);

    h->model.setPageSize(40); // pages appended one after another
    QSignalSpy progress(&h->model, &ProjectTableModel::loadAllProgress);
    h->model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toBool(), Timeout);
    QVERIFY(h->model.isComplete());
    QVERIFY(agrees("a listing in pages"));

    const Project created = localProject(u"proj_createdhere"_s, u"ALPHA created"_s, Base + 5000);
    h->model.upsert(created); // inserted at the top
    QVERIFY(agrees("an insertion at the top"));

    Project renamed = *h->model.project(m_ids.at(1));
    renamed.name = u"Alpha, renamed"_s;
    h->model.upsert(renamed); // in place
    QVERIFY(agrees("a rename"));

    h->proxy.setShowArchived(false); // after a complete listing: rows hidden, no request
    QVERIFY(agrees("hiding archived projects"));
    h->proxy.setShowArchived(true); // and brought back where they were
    QVERIFY(agrees("showing them again"));

    h->proxy.setShowArchived(false);
    Project archived = *h->model.project(m_ids.at(0));
    archived.status = u"archived"_s;
    archived.archivedAt = Base + 6000;
    h->model.upsert(archived); // leaves the view
    QVERIFY(agrees("archiving a shown project"));

    relist(); // the service never had it: removed
    QVERIFY(agrees("a removal"));

    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    h->model.reload(); // one reset at the end
    QVERIFY(reloaded.wait(Timeout));
    QVERIFY(agrees("a reload"));

    h->model.clear();
    QVERIFY(agrees("clearing"));
}

void TestProjectFilterModel::indexStaysCompactThroughRenames()
{
    // Each rename leaves the old text behind in the index; it must be reclaimed, not grow
    // with every rename an admin ever makes.
    h->proxy.setSearchText(u"generation"_s);
    const qsizetype before = h->proxy.searchIndex().textCapacity();
    Project project = *h->model.project(m_ids.at(2));
    for (int generation = 0; generation < 10000; ++generation) {
        project.name = u"Renamed project, generation %1 of many, with a long name"_s.arg(generation);
        h->model.upsert(project);
    }
    QCOMPARE(h->proxy.rowCount(), 1);
    h->proxy.setSearchText(u"generation 9999 of"_s);
    QCOMPARE(h->shownIds(), QStringList{m_ids.at(2)});
    h->proxy.setSearchText(u"generation 9998 of"_s);
    QCOMPARE(h->proxy.rowCount(), 0);
    // 10,000 renames wrote about 600 KB (ten 64 KiB blocks); what is kept stays within two.
    QVERIFY2(h->proxy.searchIndex().textCapacity() <= before + 2 * 64 * 1024,
             qPrintable(QString::number(h->proxy.searchIndex().textCapacity())));
    QCOMPARE(h->shownIds(), h->idsMatching(u"generation 9998 of"_s));
}

QTEST_MAIN(TestProjectFilterModel)
#include "tst_projectfiltermodel.moc"
