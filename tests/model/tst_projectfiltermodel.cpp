// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "modelharness.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
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
            case ProjectTableModel::IdColumn: // the proxy compares every text ignoring case
                return a.id.compare(b.id, Qt::CaseInsensitive);
            case ProjectTableModel::StatusColumn:
                return a.status.compare(b.status, Qt::CaseInsensitive);
            case ProjectTableModel::CreatedColumn:
                return numbers(a.createdAt, b.createdAt);
            case ProjectTableModel::SpendColumn: // issue #19: no costs loaded here, all tie
                return 0;
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

/// A source made here, for the proxy's own logic: what ProjectTableModel answers for the
/// roles the proxy reads (name and id under SortRole, ArchivedRole in the first column).
struct PlainSource
{
    QStandardItemModel model{0, ProjectTableModel::ColumnCount};
    ProjectFilterModel proxy;
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};

    PlainSource() { proxy.setSourceModel(&model); }

    static QList<QStandardItem *> items(const QString &name, const QString &id, bool archived)
    {
        QList<QStandardItem *> row;
        for (int column = 0; column < ProjectTableModel::ColumnCount; ++column)
            row.append(new QStandardItem);
        row[ProjectTableModel::NameColumn]->setData(name, Qt::DisplayRole);
        row[ProjectTableModel::NameColumn]->setData(name, ProjectTableModel::SortRole);
        row[ProjectTableModel::IdColumn]->setData(id, ProjectTableModel::SortRole);
        row[0]->setData(archived, ProjectTableModel::ArchivedRole);
        return row;
    }
    void insert(int row, const QString &name, const QString &id, bool archived = false)
    {
        model.insertRow(row, items(name, id, archived));
    }
    void append(const QString &name, const QString &id, bool archived = false)
    {
        insert(model.rowCount(), name, id, archived);
    }
    [[nodiscard]] QString text(int row, int column) const
    {
        return model.index(row, column).data(ProjectTableModel::SortRole).toString();
    }

    /// The ids the proxy shows, in its order.
    [[nodiscard]] QStringList shown() const
    {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, ProjectTableModel::IdColumn).data(ProjectTableModel::SortRole).toString());
        return ids;
    }
    /// The ids the proxy should show, as Qt compares, in source order or sorted by name.
    [[nodiscard]] QStringList expected(bool byName = false) const
    {
        QList<int> rows;
        const QString query = proxy.searchText();
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool archived = model.index(row, 0).data(ProjectTableModel::ArchivedRole).toBool();
            const bool matches = text(row, ProjectTableModel::NameColumn).contains(query, Qt::CaseInsensitive)
                                 || text(row, ProjectTableModel::IdColumn).contains(query, Qt::CaseInsensitive);
            if (matches && (proxy.showArchived() || !archived))
                rows.append(row);
        }
        if (byName) {
            std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
                return text(a, ProjectTableModel::NameColumn)
                           .compare(text(b, ProjectTableModel::NameColumn), Qt::CaseInsensitive) < 0;
            });
        }
        QStringList ids;
        for (int row : std::as_const(rows))
            ids.append(text(row, ProjectTableModel::IdColumn));
        return ids;
    }
};

} // namespace

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
    void followsTheModelsChanges();
    void followsEveryKindOfSourceChange();
    void foldsNamesBetweenEvents();
    void sortsByCreated();
    void newestFirstKeepsTheSourceOrderUntilItBreaks();
    void sortsByName();
    void sortsByArchived();
    void sortsAsQtComparesWhileSearching();
    void followsChangesWhileFilteredAndSorted();

    void hidesArchivedUnlessShown();
    void archivedAndSearchCombine();
    void archivingHidesARow();

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
    QVERIFY(!ProjectFilterModel().showArchived());
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
    // Whatever the text, the result is QString::contains(..., Qt::CaseInsensitive)'s: the
    // proxy compares case-folded copies of the names and ids with the folded search text.
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
    // Text that never crosses the wire as JSON: a broken surrogate pair (still found by the
    // rest of its name); and a long name.
    const QString brokenPair = u"Half "_s + QChar(0xD801) + u" pair"_s;
    h->model.upsert(localProject(u"proj_lonesurrogate"_s, brokenPair, Base + 2000));
    h->model.upsert(localProject(u"proj_long"_s, u"Long "_s + QString(3000, u'x') + u" END"_s, Base + 2000));

    const QStringList queries{
        u"ä"_s, u"Ä"_s, u"ärz"_s, u"zürich"_s, u"k"_s, u"KEL"_s, u"\u212A"_s, u"ss"_s, u"ß"_s,
        u"CAFÉ"_s, u"cafe"_s, u"é"_s, u"ω"_s, u"fi"_s, u"\uFB01"_s, u"_eu-"_s, u"proj_"_s, u"a"_s,
        u"σ"_s, u"ς"_s, u"Σίσυφος"_s, u"s"_s, u"STYLE"_s, u"å"_s, u"\u212B"_s, u"μ"_s, u"\u00B5"_s,
        u"i"_s, u"İ"_s, u"ı"_s, u"I"_s, u"🚀"_s, u"\U00010400"_s, u"\U00010428"_s,
        u"— eu –"_s, u"half"_s, u"xxxx end"_s, u" "_s};
    // Not promised: half a character as the search text (QString::toCaseFolded() does not keep
    // a broken surrogate pair as Qt's case-insensitive search compares it; no key types one).
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

    Project archived = created;
    archived.status = u"archived"_s;
    archived.archivedAt = Base + 2000;
    h->proxy.setShowArchived(false);
    h->model.upsert(archived); // leaves the view
    QCOMPARE(h->proxy.rowCount(), 3);
    h->proxy.setShowArchived(true);

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

void TestProjectFilterModel::followsTheModelsChanges()
{
    // The ways ProjectTableModel's rows change, each followed by searches compared with Qt's
    // answer on the model itself: a row the proxy's folded copies missed, or kept after it
    // left, shows up here.
    for (int i = 0; i < 230; ++i)
        h->sandbox.addProject(i % 4 ? u"Batch %1"_s.arg(i) : u"Alpha—batch %1"_s.arg(i), Base - 1000 - i);
    const QStringList queries{u"alpha"_s, u"batch 1"_s, u"—"_s, u"proj_"_s, u"zzz"_s, u"old"_s};
    const auto agrees = [&](const char *step) {
        for (const QString &query : queries) {
            h->proxy.setSearchText(query);
            if (h->shownIds() != h->idsMatching(query)) {
                qWarning("after %s: \"%s\" differs from Qt", step, qPrintable(query));
                return false;
            }
        }
        return true;
    };
    h->proxy.sort(ProjectTableModel::NameColumn, Qt::AscendingOrder);
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

    QSignalSpy reloaded(&h->model, &ProjectTableModel::reloaded);
    h->model.reload(); // one reset at the end
    QVERIFY(reloaded.wait(Timeout));
    QVERIFY(agrees("a reload"));
}

void TestProjectFilterModel::foldsNamesBetweenEvents()
{
    // 12,000 rows (no model tester: it checks every row at every change): the names are folded
    // in steps after they arrive, and rows that come, go or change meanwhile are folded too; a
    // search before the last step folds the rest at once.
    const auto filled = [](QStandardItemModel &model) {
        for (int i = 0; i < 12000; ++i)
            model.appendRow(PlainSource::items(u"Project %1"_s.arg(i), u"proj_%1"_s.arg(i), false));
    };
    const auto shownFor = [](ProjectFilterModel &proxy, const QString &query) {
        proxy.setSearchText(query);
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, ProjectTableModel::IdColumn).data(ProjectTableModel::SortRole).toString());
        return ids;
    };

    QStandardItemModel model(0, ProjectTableModel::ColumnCount);
    filled(model);
    ProjectFilterModel proxy;
    proxy.setSourceModel(&model);
    QVERIFY(!proxy.namesFolded());
    QTRY_VERIFY(proxy.namesFolded());
    QCOMPARE(shownFor(proxy, u"PROJECT 11999"_s), QStringList{u"proj_11999"_s});

    QStandardItemModel changing(0, ProjectTableModel::ColumnCount);
    filled(changing);
    ProjectFilterModel later;
    later.setSourceModel(&changing);
    changing.removeRows(0, 3000);
    changing.insertRow(5, PlainSource::items(u"NEW one"_s, u"proj_new"_s, false));
    changing.setData(changing.index(8000, ProjectTableModel::NameColumn), u"Renamed LATE"_s, ProjectTableModel::SortRole);
    const QString renamed = changing.index(8000, ProjectTableModel::IdColumn).data(ProjectTableModel::SortRole).toString();
    QTRY_VERIFY(later.namesFolded());
    QCOMPARE(shownFor(later, u"new ONE"_s), QStringList{u"proj_new"_s});
    QCOMPARE(shownFor(later, u"renamed late"_s), QStringList{renamed});
    QCOMPARE(shownFor(later, u"project 2999"_s), QStringList());
    QCOMPARE(shownFor(later, u"project 11999"_s), QStringList{u"proj_11999"_s});

    QStandardItemModel early(0, ProjectTableModel::ColumnCount);
    filled(early);
    ProjectFilterModel first;
    first.setSourceModel(&early);
    QCOMPARE(shownFor(first, u"project 11998"_s), QStringList{u"proj_11998"_s}); // before any step
    QVERIFY(first.namesFolded());
}

void TestProjectFilterModel::followsEveryKindOfSourceChange()
{
    // Every signal a source may send, each followed by searches and a sort by name compared
    // with Qt's answer on the source itself.
    PlainSource s;
    for (int i = 0; i < 40; ++i)
        s.append(i % 3 ? u"Batch %1"_s.arg(i) : u"ALPHA batch %1"_s.arg(i), u"proj_%1"_s.arg(i), i % 7 == 0);
    s.proxy.sort(ProjectTableModel::NameColumn, Qt::AscendingOrder);
    const auto agrees = [&s](const char *step) {
        int archivedInSource = 0;
        for (int row = 0; row < s.model.rowCount(); ++row)
            archivedInSource += s.model.index(row, 0).data(ProjectTableModel::ArchivedRole).toBool() ? 1 : 0;
        if (s.proxy.archivedInSource() != archivedInSource) {
            qWarning("after %s: %d archived counted, %d in the source", step, s.proxy.archivedInSource(),
                     archivedInSource);
            return false;
        }
        for (const bool archived : {false, true}) {
            s.proxy.setShowArchived(archived);
            for (const QString &query : {u"alpha"_s, u"batch 1"_s, u"PROJ_2"_s, u"zzz"_s, QString()}) {
                s.proxy.setSearchText(query);
                if (s.shown() != s.expected(true)) {
                    qWarning("after %s: \"%s\" differs from Qt", step, qPrintable(query));
                    return false;
                }
            }
        }
        return true;
    };
    QVERIFY(agrees("the first rows"));

    s.insert(0, u"alpha at the top"_s, u"proj_top"_s);
    QVERIFY(agrees("an insertion at the top"));
    s.insert(20, u"Zulu alpha"_s, u"proj_middle"_s);
    QVERIFY(agrees("an insertion in the middle"));

    s.model.setData(s.model.index(5, ProjectTableModel::NameColumn), u"aaa alpha renamed"_s, ProjectTableModel::SortRole);
    QVERIFY(agrees("a rename"));

    s.model.removeRows(2, 10);
    QVERIFY(agrees("a removal"));

    s.model.sort(ProjectTableModel::IdColumn, Qt::DescendingOrder); // layoutChanged
    QVERIFY(agrees("a change of layout"));

    QList<QStandardItem *> moved = s.model.takeRow(0);
    s.model.appendRow(moved);
    QVERIFY(agrees("a row taken and put back at the end"));

    s.model.clear(); // modelReset
    s.model.setColumnCount(ProjectTableModel::ColumnCount);
    s.append(u"Alpha again"_s, u"proj_again"_s);
    QVERIFY(agrees("a reset"));
    QCOMPARE(s.shown(), QStringList{u"proj_again"_s});
}


void TestProjectFilterModel::hidesArchivedUnlessShown()
{
    PlainSource s;
    s.append(u"Active one"_s, u"proj_a"_s);
    s.append(u"Archived one"_s, u"proj_b"_s, true);
    s.append(u"Active two"_s, u"proj_c"_s);
    QVERIFY(!s.proxy.showArchived());
    QCOMPARE(s.shown(), (QStringList{u"proj_a"_s, u"proj_c"_s}));

    QSignalSpy layoutChanged(&s.proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&s.proxy, &QAbstractItemModel::modelReset);
    s.proxy.setShowArchived(true);
    QVERIFY(s.proxy.showArchived());
    QCOMPARE(s.shown(), (QStringList{u"proj_a"_s, u"proj_b"_s, u"proj_c"_s}));
    QCOMPARE(layoutChanged.count(), 1); // the view keeps its selection and scroll position
    QCOMPARE(reset.count(), 0);

    s.proxy.setShowArchived(true); // no change, no signal
    QCOMPARE(layoutChanged.count(), 1);
    s.proxy.setShowArchived(false);
    QCOMPARE(s.shown(), (QStringList{u"proj_a"_s, u"proj_c"_s}));
}

void TestProjectFilterModel::archivedAndSearchCombine()
{
    PlainSource s;
    s.append(u"Payments"_s, u"proj_1"_s);
    s.append(u"Old payments"_s, u"proj_2"_s, true);
    s.append(u"Search"_s, u"proj_3"_s);
    s.append(u"Old search"_s, u"proj_4"_s, true);

    s.proxy.setSearchText(u"PAYMENTS"_s);
    QCOMPARE(s.shown(), QStringList{u"proj_1"_s});
    s.proxy.setShowArchived(true);
    QCOMPARE(s.shown(), (QStringList{u"proj_1"_s, u"proj_2"_s}));
    s.proxy.setSearchText(u"old"_s);
    QCOMPARE(s.shown(), (QStringList{u"proj_2"_s, u"proj_4"_s}));
    s.proxy.setShowArchived(false);
    QCOMPARE(s.shown(), QStringList{});
    QVERIFY(s.proxy.isFiltering());
    s.proxy.setSearchText(QString());
    QCOMPARE(s.shown(), (QStringList{u"proj_1"_s, u"proj_3"_s}));
}

void TestProjectFilterModel::archivingHidesARow()
{
    PlainSource s;
    s.append(u"One"_s, u"proj_1"_s);
    s.append(u"Two"_s, u"proj_2"_s);
    QCOMPARE(s.proxy.rowCount(), 2);

    QCOMPARE(s.proxy.archivedInSource(), 0);
    s.model.setData(s.model.index(1, 0), true, ProjectTableModel::ArchivedRole); // dataChanged
    QCOMPARE(s.shown(), QStringList{u"proj_1"_s});
    QCOMPARE(s.proxy.archivedInSource(), 1);
    s.proxy.setShowArchived(true);
    QCOMPARE(s.shown(), (QStringList{u"proj_1"_s, u"proj_2"_s}));
    s.model.setData(s.model.index(1, 0), false, ProjectTableModel::ArchivedRole);
    QCOMPARE(s.proxy.archivedInSource(), 0);
    s.proxy.setShowArchived(false);
    QCOMPARE(s.shown(), (QStringList{u"proj_1"_s, u"proj_2"_s}));
}

QTEST_MAIN(TestProjectFilterModel)
#include "tst_projectfiltermodel.moc"
