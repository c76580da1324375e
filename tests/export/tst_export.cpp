// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The export writers and the file: what a spreadsheet and a script read back.

#include "csv.h"
#include "csvreader.h"
#include "exportwriter.h"
#include "projectexport.h"
#include "resourceexport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <limits>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// Names a spreadsheet or a careless writer gets wrong, each used many times over.
const QStringList TrickyNames = {
    u"plain"_s,
    u"comma, inside"_s,
    u"say \"hello\""_s,
    u"two\nlines"_s,
    u"windows\r\nline"_s,
    u"=HYPERLINK(\"http://evil\",\"x\")"_s,
    u"+1"_s,
    u"-2"_s,
    u"@SUM(A1)"_s,
    u"\tstarts with a tab"_s,
    u"\rstarts with a CR"_s,
    u"non-BMP \U0001F600 \U0001D11E 𠜎"_s,
    u"Grüße, \"ja\"\r\n=nein"_s,
    u""_s,
    u"  spaces around  "_s,
    u"a=b, not a formula"_s,
};

QList<Project> projects(int count)
{
    QList<Project> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Project p;
        p.id = u"proj_%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        p.name = TrickyNames.at(i % TrickyNames.size()) + u" #"_s + QString::number(i);
        if (i % 7 == 0)
            p.name = TrickyNames.at(i % TrickyNames.size()); // leading and trailing chars as is
        p.createdAt = 1700000000 + qint64(i) * 61;
        if (i % 5 == 0) {
            p.archivedAt = p.createdAt + 3600;
            p.status = u"archived"_s;
        } else {
            p.status = u"active"_s;
        }
        if (i % 3 == 0)
            p.externalKeyId = u"key_%1"_s.arg(i);
        if (i % 4 == 0)
            p.residency = u"eu"_s;
        list.append(p);
    }
    return list;
}

qint64 secondsOf(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? time.toSecsSinceEpoch() : -1;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Writes @p bytes through a worker-thread ExportWriter and waits for it.
ExportResult writeInWorker(const QString &path, const QByteArray &bytes)
{
    ExportWriter writer;
    QSignalSpy finished(&writer, &ExportWriter::finished);
    if (!writer.start(path, [bytes] { return bytes; }))
        return {};
    if (!finished.wait(20000))
        return {};
    return finished.constFirst().constFirst().value<ExportResult>();
}

QString tricky(int i)
{
    return TrickyNames.at(i % TrickyNames.size());
}

QList<ProjectUser> members(int count)
{
    QList<ProjectUser> list;
    for (int i = 0; i < count; ++i) {
        ProjectUser user;
        user.id = u"user_%1"_s.arg(i);
        // Every third name and email left out, every fourth null: both read back as they were.
        if (i % 4 == 0)
            user.name = JsonOptional<QString>::null();
        else if (i % 3 != 0)
            user.name = tricky(i);
        if (i % 3 == 1)
            user.email = JsonOptional<QString>::null();
        else if (i % 5 != 0)
            user.email = tricky(i + 3) + u"@example.com"_s;
        user.role = i % 2 ? u"owner"_s : u"member"_s;
        user.addedAt = 1700000000 + qint64(i) * 3607;
        list.append(user);
    }
    return list;
}

QList<ServiceAccount> serviceAccounts(int count)
{
    QList<ServiceAccount> list;
    for (int i = 0; i < count; ++i)
        list.append({u"svc_acct_%1"_s.arg(i), tricky(i), i % 3 ? u"member"_s : u"none"_s,
                     1700000000 + qint64(i) * 59});
    return list;
}

QList<ApiKey> apiKeys(int count)
{
    QList<ApiKey> list;
    for (int i = 0; i < count; ++i) {
        ApiKey key;
        key.id = u"key_%1"_s.arg(i);
        key.name = tricky(i);
        key.redactedValue = u"sk-proj-...%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        key.createdAt = 1700000000 + qint64(i) * 61;
        if (i % 3)
            key.lastUsedAt = key.createdAt + 86400;
        key.ownerProjectAccess = i % 4 ? u"active"_s : QString();
        if (i % 2) {
            key.owner = {u"service_account"_s, u"svc_acct_%1"_s.arg(i), tricky(i + 5), {},
                         u"member"_s, key.createdAt};
        } else {
            key.owner = {u"user"_s, u"user_%1"_s.arg(i), tricky(i + 7), tricky(i + 1) + u"@example.com"_s,
                         u"owner"_s, std::nullopt};
        }
        list.append(key);
    }
    return list;
}

/// Writes @p items in both formats through the worker, reads the CSV back (without the
/// guard's quote) into records and the JSON into objects.
template <typename T>
bool readBack(const QList<T> &items, QList<QStringList> *records, QJsonArray *objects)
{
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"list.csv"_s);
    const QString jsonPath = dir.filePath(u"list.json"_s);
    if (!writeInWorker(csvPath, ResourceExport::document(items, ProjectExport::Format::Csv)).ok()
        || !writeInWorker(jsonPath, ResourceExport::document(items, ProjectExport::Format::Json)).ok())
        return false;
    QString why;
    const auto parsed = CsvReader::parse(readAll(csvPath), &why);
    if (!parsed || parsed->size() != items.size() + 1 || parsed->constFirst() != ResourceExport::csvHeader<T>())
        return false;
    for (qsizetype i = 1; i < parsed->size(); ++i) {
        QStringList cells;
        for (const QString &cell : parsed->at(i)) {
            // No cell may reach a spreadsheet as a formula.
            if (!cell.isEmpty() && u"=+-@\t\r"_s.contains(cell.front()))
                return false;
            cells.append(CsvReader::unguarded(cell));
        }
        records->append(cells);
    }
    QFile json(jsonPath);
    if (!json.open(QIODevice::ReadOnly))
        return false;
    *objects = QJsonDocument::fromJson(json.readAll()).array();
    return objects->size() == items.size();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guard_data();
    void guard();
    void record_data();
    void record();
    void isoTimes();
    void csvRoundTripOf10000();
    void jsonRoundTripOf10000();
    void missingFolderFails();
    void folderAsFileFails();
    void failedWriteLeavesTheOldFile();
    void errorSentences_data();
    void errorSentences();
    void oneWriteAtATime();

    // Issue #19: the spend column in the file.
    void exactDecimals_data();
    void exactDecimals();
    void spendRoundTripCsv();
    void spendRoundTripJson();
    void noSpendWithoutAPeriod();

    void membersRoundTrip();
    void serviceAccountsRoundTrip();
    void apiKeysRoundTrip();
};

void TestExport::guard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("plus") << u"+49 30"_s << u"'+49 30"_s;
    QTest::newRow("minus") << u"-1"_s << u"'-1"_s;
    QTest::newRow("at") << u"@cmd"_s << u"'@cmd"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("carriage return") << u"\rx"_s << u"'\rx"_s;
    QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("quote first") << u"'quoted"_s << u"'quoted"_s;
    QTest::newRow("space then formula") << u" =1"_s << u" =1"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("non-BMP") << u"\U0001F600"_s << u"\U0001F600"_s;
}

void TestExport::guard()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(Csv::guarded(cell), written);
}

void TestExport::record_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s} << "a,b\r\n"_ba;
    QTest::newRow("empty cells") << QStringList{QString(), QString()} << ",\r\n"_ba;
    QTest::newRow("comma") << QStringList{u"a,b"_s} << "\"a,b\"\r\n"_ba;
    QTest::newRow("quotes doubled") << QStringList{u"say \"hi\""_s} << "\"say \"\"hi\"\"\"\r\n"_ba;
    QTest::newRow("line feed") << QStringList{u"a\nb"_s} << "\"a\nb\"\r\n"_ba;
    QTest::newRow("guarded CR quoted") << QStringList{u"\rx"_s} << "\"'\rx\"\r\n"_ba;
    QTest::newRow("guarded formula with comma")
        << QStringList{u"=A1,B1"_s} << "\"'=A1,B1\"\r\n"_ba;
    QTest::newRow("UTF-8") << QStringList{u"Grüße \U0001F600"_s}
                           << QByteArray("Gr\xc3\xbc\xc3\x9f" "e \xf0\x9f\x98\x80\r\n");
}

void TestExport::record()
{
    QFETCH(QStringList, cells);
    QFETCH(QByteArray, bytes);
    QByteArray out;
    Csv::appendRecord(out, cells);
    QCOMPARE(out, bytes);
}

void TestExport::isoTimes()
{
    QCOMPARE(ProjectExport::isoTime(0), u"1970-01-01T00:00:00Z"_s);
    QCOMPARE(ProjectExport::isoTime(1764489600), u"2025-11-30T08:00:00Z"_s);
}

void TestExport::csvRoundTripOf10000()
{
    const QList<Project> original = projects(10000);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"projects.csv"_s);
    const ExportResult result = writeInWorker(path, ProjectExport::csv(original));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.path, path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(result.bytes, bytes.size());
    QVERIFY2(!bytes.startsWith("\xef\xbb\xbf"), "no byte order mark: scripts read the header as is");
    QString why;
    const auto records = CsvReader::parse(QString::fromUtf8(bytes), &why);
    QVERIFY2(records, qPrintable(why));
    QCOMPARE(records->size(), original.size() + 1);
    QCOMPARE(records->constFirst(), ProjectExport::csvHeader());

    int guarded = 0;
    for (qsizetype i = 0; i < original.size(); ++i) {
        const QStringList &cells = records->at(i + 1);
        QCOMPARE(cells.size(), 7);
        for (const QString &cell : cells) {
            // No cell may reach a spreadsheet as a formula.
            QVERIFY2(cell.isEmpty() || !u"=+-@\t\r"_s.contains(cell.front()), qPrintable(cell));
            guarded += cell.startsWith(u'\'') ? 1 : 0;
        }
        Project read;
        read.id = cells.at(0);
        read.name = CsvReader::unguarded(cells.at(1));
        read.status = cells.at(2);
        read.createdAt = secondsOf(cells.at(3));
        if (!cells.at(4).isEmpty())
            read.archivedAt = secondsOf(cells.at(4));
        read.externalKeyId = cells.at(5);
        read.residency = cells.at(6);
        QCOMPARE(read, original.at(i));
    }
    QVERIFY(guarded > 3000); // the guard was exercised, not just never needed
}

void TestExport::jsonRoundTripOf10000()
{
    const QList<Project> original = projects(10000);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"projects.json"_s);
    const ExportResult result = writeInWorker(path, ProjectExport::json(original));
    QVERIFY2(result.ok(), qPrintable(result.error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), original.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        // The API's own field names and types: a script for the API reads the export as is.
        QCOMPARE(object.value(u"object"_s).toString(), u"organization.project"_s);
        QVERIFY(object.value(u"created_at"_s).isDouble());
        QString why;
        const auto read = Project::fromJson(object, &why);
        QVERIFY2(read, qPrintable(why));
        QCOMPARE(*read, original.at(i));
    }
}

void TestExport::missingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"gone/projects.csv"_s);
    const ExportResult result = writeInWorker(path, ProjectExport::csv(projects(10)));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"does not exist"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(dir.filePath(u"gone"_s))),
             qPrintable(result.error));
    QVERIFY(!QFile::exists(path));
}

void TestExport::folderAsFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"taken"_s);
    QVERIFY(QDir().mkpath(path));
    const ExportResult result = ExportWriter::write(path, "id\r\n");
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"is a folder"_s), qPrintable(result.error));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{u"taken"_s});
}

// A write that fails half-way (the file size limit stands in for a full disk: the kernel
// refuses the bytes past it, as it does when the disk fills up) leaves the previous export
// whole and no temporary file behind.
void TestExport::failedWriteLeavesTheOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"projects.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QVERIFY(old.write("the previous export\r\n") > 0);
    }

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const ExportResult result = writeInWorker(path, ProjectExport::csv(projects(10000)));
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"unchanged"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"File too large"_s), qPrintable(result.error));
    QCOMPARE(readAll(path), u"the previous export\r\n"_s);
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{u"projects.csv"_s});
}

void TestExport::errorSentences_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("says");
    QTest::newRow("disk full") << int(QFileDevice::ResourceError) << u"disk is full"_s;
    QTest::newRow("other") << int(QFileDevice::WriteError) << u"(Input/output error)"_s;
}

void TestExport::errorSentences()
{
    QFETCH(int, error);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"projects.csv"_s);
    const QString sentence = ExportWriter::errorSentence(
        path, QFileDevice::FileError(error), u"Input/output error"_s);
    QVERIFY2(sentence.contains(says), qPrintable(sentence));
    QVERIFY2(sentence.contains(QDir::toNativeSeparators(path)), qPrintable(sentence));
}

void TestExport::oneWriteAtATime()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ExportWriter writer;
    QSignalSpy finished(&writer, &ExportWriter::finished);
    QVERIFY(writer.start(dir.filePath(u"a.csv"_s), [] { return ProjectExport::csv(projects(10000)); }));
    QVERIFY(writer.isBusy());
    QVERIFY(!writer.start(dir.filePath(u"b.csv"_s), [] { return QByteArray("b"); }));
    QVERIFY(finished.wait(20000));
    QVERIFY(!writer.isBusy());
    QVERIFY(QFile::exists(dir.filePath(u"a.csv"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"b.csv"_s)));
}

// Issue #19: the spend column in the file ----------------------------------------------------

namespace {

/// Every third project cost nothing; the others cost dollars with fractions of a cent, every
/// fifth also euros, one a credit (negative), one more than a billion.
ProjectExport::Spend spendOf(const QList<Project> &list, int days)
{
    QHash<QString, MoneyTotals> totals;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i % 3 == 0)
            continue;
        MoneyTotals project;
        qint64 usd = qint64(i) * 1'234'567 + 1; // ends in a millionth: never a round float
        if (i == 1)
            usd = -1'500'000;
        if (i == 2)
            usd = 1'234'567'890'123'456;
        project.add({usd, u"usd"_s});
        if (i % 5 == 0)
            project.add({qint64(i) * 10'000, u"eur"_s});
        totals.insert(list.at(i).id, project);
    }
    return ProjectExport::Spend::of(days, totals);
}

/// The micro-units of an exact decimal string, read as integers ("12.34" -> 12340000).
std::optional<qint64> microsOf(const QString &decimal)
{
    static const QRegularExpression pattern(u"^(-?)(\\d+)\\.(\\d{2,6})$"_s);
    const QRegularExpressionMatch match = pattern.match(decimal);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(2).toLongLong();
    const qint64 fraction = match.captured(3).leftJustified(6, u'0').toLongLong();
    const qint64 micros = whole * 1'000'000 + fraction;
    return match.captured(1).isEmpty() ? micros : -micros;
}

} // namespace

void TestExport::exactDecimals_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("cents") << qint64(12'340'000) << u"12.34"_s;
    QTest::newRow("fraction of a cent") << qint64(12'345'000) << u"12.345"_s;
    QTest::newRow("a millionth") << qint64(1) << u"0.000001"_s;
    QTest::newRow("0.1 + 0.2") << qint64(300'000) << u"0.30"_s;
    QTest::newRow("credit") << qint64(-1'500'000) << u"-1.50"_s;
    QTest::newRow("small credit") << qint64(-1'234) << u"-0.001234"_s;
    QTest::newRow("a trillion") << qint64(1'000'000'000'000'000'000) << u"1000000000000.00"_s;
    QTest::newRow("smallest qint64") << std::numeric_limits<qint64>::min()
                                     << u"-9223372036854.775808"_s;
}

void TestExport::exactDecimals()
{
    QFETCH(qint64, micros);
    QFETCH(QString, text);
    const Money money{micros, u"usd"_s};
    QCOMPARE(money.toDecimal(), text);
    if (micros != std::numeric_limits<qint64>::min())
        QCOMPARE(microsOf(text), micros);
}

void TestExport::spendRoundTripCsv()
{
    const QList<Project> original = projects(300);
    const ProjectExport::Spend spend = spendOf(original, 30);
    QCOMPARE(spend.currencies, (QStringList{u"eur"_s, u"usd"_s}));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"projects.csv"_s);
    const ExportResult result = writeInWorker(path, ProjectExport::csv(original, spend));
    QVERIFY2(result.ok(), qPrintable(result.error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString why;
    const auto records = CsvReader::parse(QString::fromUtf8(file.readAll()), &why);
    QVERIFY2(records, qPrintable(why));
    QCOMPARE(records->size(), original.size() + 1);
    const QStringList header = ProjectExport::csvHeader()
        + QStringList{u"Spend (30 days, EUR)"_s, u"Spend (30 days, USD)"_s};
    QCOMPARE(records->constFirst(), header);
    int idle = 0;
    for (qsizetype i = 0; i < original.size(); ++i) {
        const QStringList &cells = records->at(i + 1);
        QCOMPARE(cells.size(), 9);
        QCOMPARE(cells.at(0), original.at(i).id);
        const MoneyTotals totals = spend.totals.value(original.at(i).id);
        const QStringList currencies = {u"eur"_s, u"usd"_s};
        for (int c = 0; c < 2; ++c) {
            // The guard's quote before a credit's minus is the spreadsheet's, not the amount's.
            const QString cell = CsvReader::unguarded(cells.at(7 + c));
            if (!totals.currencies().contains(currencies.at(c))) {
                QVERIFY2(cell.isEmpty(), qPrintable(cell)); // "—" in the table: no cost
                continue;
            }
            QCOMPARE(microsOf(cell), totals.total(currencies.at(c)).micros);
        }
        idle += totals.isEmpty() ? 1 : 0;
    }
    QCOMPARE(idle, 100);
}

void TestExport::spendRoundTripJson()
{
    const QList<Project> original = projects(300);
    const ProjectExport::Spend spend = spendOf(original, 90);
    const QJsonDocument document = QJsonDocument::fromJson(ProjectExport::json(original, spend));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), original.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        // The project's fields as the API names them, untouched by the spend beside them.
        QString why;
        const auto read = Project::fromJson(object, &why);
        QVERIFY2(read, qPrintable(why));
        QCOMPARE(*read, original.at(i));

        const QJsonObject spent = object.value(u"spend"_s).toObject();
        QCOMPARE(spent.value(u"days"_s).toInt(), 90);
        MoneyTotals back;
        for (const QJsonValue &amount : spent.value(u"amounts"_s).toArray()) {
            QVERIFY(amount.toObject().value(u"amount"_s).isString()); // never a float
            const auto micros = microsOf(amount.toObject().value(u"amount"_s).toString());
            QVERIFY(micros);
            back.add({*micros, amount.toObject().value(u"currency"_s).toString()});
        }
        QCOMPARE(back, spend.totals.value(original.at(i).id));
    }
}

void TestExport::noSpendWithoutAPeriod()
{
    const QList<Project> original = projects(3);
    QCOMPARE(ProjectExport::csv(original, {}), ProjectExport::csv(original));
    QVERIFY(!ProjectExport::json(original).contains("spend"));
    // A period in which nothing cost anything: one column, every cell empty.
    const ProjectExport::Spend none = ProjectExport::Spend::of(7, {});
    QCOMPARE(ProjectExport::csvHeader(none).constLast(), u"Spend (7 days)"_s);
    QCOMPARE(ProjectExport::csvCells(original.constFirst(), none).size(), 8);
    QVERIFY(ProjectExport::csvCells(original.constFirst(), none).constLast().isEmpty());
}

void TestExport::membersRoundTrip()
{
    const QList<ProjectUser> original = members(200);
    QList<QStringList> records;
    QJsonArray objects;
    QVERIFY(readBack(original, &records, &objects));
    for (qsizetype i = 0; i < original.size(); ++i) {
        const ProjectUser &user = original.at(i);
        QCOMPARE(records.at(i), (QStringList{user.id, user.name.value(), user.email.value(), user.role,
                                             ProjectExport::isoTime(user.addedAt)}));
        const QJsonObject object = objects.at(i).toObject();
        QCOMPARE(object.value(u"object"_s).toString(), u"organization.project.user"_s);
        QCOMPARE(object.contains(u"name"_s), !user.name.isAbsent());
        QString why;
        const auto read = ProjectUser::fromJson(object, &why);
        QVERIFY2(read, qPrintable(why));
        QCOMPARE(*read, user);
    }
}

void TestExport::serviceAccountsRoundTrip()
{
    const QList<ServiceAccount> original = serviceAccounts(100);
    QList<QStringList> records;
    QJsonArray objects;
    QVERIFY(readBack(original, &records, &objects));
    for (qsizetype i = 0; i < original.size(); ++i) {
        const ServiceAccount &account = original.at(i);
        QCOMPARE(records.at(i), (QStringList{account.id, account.name, account.role,
                                             ProjectExport::isoTime(account.createdAt)}));
        QString why;
        const auto read = ServiceAccount::fromJson(objects.at(i).toObject(), &why);
        QVERIFY2(read, qPrintable(why));
        QCOMPARE(*read, account);
    }
}

void TestExport::apiKeysRoundTrip()
{
    const QList<ApiKey> original = apiKeys(100);
    QList<QStringList> records;
    QJsonArray objects;
    QVERIFY(readBack(original, &records, &objects));
    for (qsizetype i = 0; i < original.size(); ++i) {
        const ApiKey &key = original.at(i);
        const QStringList expected{key.id,
                                   key.name,
                                   key.redactedValue,
                                   ProjectExport::isoTime(key.createdAt),
                                   key.lastUsedAt ? ProjectExport::isoTime(*key.lastUsedAt) : QString(),
                                   key.ownerProjectAccess,
                                   key.owner.type,
                                   key.owner.id,
                                   key.owner.name,
                                   key.owner.email,
                                   key.owner.role};
        QCOMPARE(records.at(i), expected);
        const QJsonObject object = objects.at(i).toObject();
        // Never used is null, as the service says it.
        QCOMPARE(object.value(u"last_used_at"_s).isNull(), !key.lastUsedAt);
        QCOMPARE(object.value(u"owner"_s).toObject().value(key.owner.type).toObject().value(u"id"_s).toString(),
                 key.owner.id);
        QString why;
        const auto read = ApiKey::fromJson(object, &why);
        QVERIFY2(read, qPrintable(why));
        QCOMPARE(*read, key);
    }
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
