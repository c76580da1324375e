// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// File → Export… in the real main window against the in-process sandbox: the dialog, the save
// dialog, Load all first and the file written, read back as a spreadsheet or a script would.

#include "mainwindowfixture.h"

#include "appsettings.h"
#include "csvreader.h"
#include "exportdialog.h"
#include "projectspend.h"
#include "spendcontroller.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

template <typename T>
T *waitForDialog(const QWidget *window, const char *name = nullptr)
{
    T *found = nullptr;
    const auto look = [&] {
        found = name ? window->findChild<T *>(QLatin1String(name)) : window->findChild<T *>();
        return found && found->isVisible();
    };
    if (!QTest::qWaitFor(look, Timeout))
        return nullptr;
    return found;
}

/// Chooses @p scope, @p json and @p loadAll in the export dialog, then @p path in the save
/// dialog. Returns false (with a QTest failure) if a dialog never showed.
bool exportThroughDialogs(Fixture &f, ExportDialog::Scope scope, bool json, bool loadAll,
                          const QString &path, QString *startFolder = nullptr,
                          const std::function<void()> &beforeAccept = {})
{
    f.action("exportAction")->trigger();
    auto *dialog = waitForDialog<ExportDialog>(f.window.get());
    if (!dialog) {
        QTest::qFail("the export dialog never showed", __FILE__, __LINE__);
        return false;
    }
    const char *scopeName = scope == ExportDialog::Scope::Shown ? "shownRadio" : "allRadio";
    dialog->findChild<QRadioButton *>(QLatin1String(scopeName))->setChecked(true);
    dialog->findChild<QRadioButton *>(QLatin1String(json ? "jsonRadio" : "csvRadio"))->setChecked(true);
    dialog->findChild<QCheckBox *>(u"loadAllCheck"_s)->setChecked(loadAll);
    dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();

    auto *files = waitForDialog<QFileDialog>(f.window.get(), "exportFileDialog");
    if (!files) {
        QTest::qFail("the save dialog never showed", __FILE__, __LINE__);
        return false;
    }
    if (startFolder)
        *startFolder = files->directory().absolutePath();
    files->selectFile(path);
    if (beforeAccept)
        beforeAccept();
    static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() is protected
    return true;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString why;
    const auto records = CsvReader::parse(QString::fromUtf8(file.readAll()), &why);
    if (!records)
        qWarning() << why;
    return records.value_or(QList<QStringList>{});
}

QJsonArray readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

} // namespace

class TestExportWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ctrlEOpensTheDialog();
    void shownRowsSearchedAndSorted();
    void everyLoadedProject();
    void loadAllFirst();
    void cancelledLoadAllWritesNothing();
    void failureIsShownAndNothingIsLost();
    // Issue #19: the spend column goes into the file.
    void spendColumnIsExported();
};

void TestExportWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"OrgDesk"_s);
    QCoreApplication::setApplicationName(u"OrgDesk"_s);
}

// Ctrl+E from the table opens the dialog on its defaults; Cancel writes nothing.
void TestExportWindow::ctrlEOpensTheDialog()
{
    Fixture f;
    f.server.seed(150, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    QVERIFY(!f.model()->isComplete());
    f.child<QLineEdit>("searchEdit")->setText(u"no project is called this"_s);
    QTRY_COMPARE(f.proxy()->rowCount(), 0);
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_E, Qt::ControlModifier);
    auto *dialog = waitForDialog<ExportDialog>(f.window.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::Shown);
    QCOMPARE(dialog->format(), ProjectExport::Format::Csv);
    QVERIFY(!dialog->loadAllFirst());
    auto *loadAll = dialog->findChild<QCheckBox *>(u"loadAllCheck"_s);
    QVERIFY(loadAll->isEnabled()); // the listing is not complete
    QVERIFY2(dialog->findChild<QRadioButton *>(u"shownRadio"_s)->text().contains(u": 0 project"_s),
             qPrintable(dialog->findChild<QRadioButton *>(u"shownRadio"_s)->text()));
    QVERIFY2(dialog->findChild<QRadioButton *>(u"allRadio"_s)->text().contains(u": 100 project"_s),
             qPrintable(dialog->findChild<QRadioButton *>(u"allRadio"_s)->text()));
    dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(!f.window->findChild<QFileDialog *>());
    QVERIFY(f.action("exportAction")->isEnabled());
}

// Search, "Show archived" off and a sort by name: the file has the rows the table shows, in
// its order, and only those.
void TestExportWindow::shownRowsSearchedAndSorted()
{
    Fixture f;
    f.server.seed(40, 0);
    f.server.addProject(u"Zeta, export"_s, 1780000001);
    f.server.addProject(u"=alpha export"_s, 1780000002);
    f.server.addProject(u"mid \"export\" \U0001F600"_s, 1780000003);
    f.server.addProject(u"archived export"_s, 1780000004, true);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    QVERIFY(!f.proxy()->showArchived());

    f.child<QLineEdit>("searchEdit")->setText(u"export"_s);
    f.table()->sortByColumn(ProjectTableModel::NameColumn, Qt::AscendingOrder);
    QTRY_COMPARE(f.proxy()->rowCount(), 3);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shown.csv"_s);
    QVERIFY(exportThroughDialogs(f, ExportDialog::Scope::Shown, false, false, path));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), Timeout);

    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), 4);
    QStringList names;
    for (qsizetype i = 1; i < records.size(); ++i)
        names << CsvReader::unguarded(records.at(i).at(1));
    QCOMPARE(names, (QStringList{u"=alpha export"_s, u"mid \"export\" \U0001F600"_s, u"Zeta, export"_s}));
    QCOMPARE(records.at(1).at(1), u"'=alpha export"_s);
    QTRY_VERIFY(f.action("exportAction")->isEnabled());
}

// Every loaded project, whatever the search: in the service's order, as JSON. The save dialog
// starts in the folder of the last export.
void TestExportWindow::everyLoadedProject()
{
    Fixture f;
    f.server.seed(60, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    f.child<QLineEdit>("searchEdit")->setText(u"no project is called this"_s);
    QTRY_COMPARE(f.proxy()->rowCount(), 0);
    QVERIFY(f.action("exportAction")->isEnabled());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings;
    settings.setExportFolder(dir.path());
    settings.sync();
    const QString path = dir.filePath(u"all.json"_s);
    QString startFolder;
    QVERIFY(exportThroughDialogs(f, ExportDialog::Scope::AllLoaded, true, false, path, &startFolder));
    QCOMPARE(startFolder, QDir(dir.path()).absolutePath());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), Timeout);

    const QJsonArray array = readJson(path);
    const QList<Project> loaded = f.model()->projects();
    QCOMPARE(array.size(), loaded.size());
    for (qsizetype i = 0; i < loaded.size(); ++i)
        QCOMPARE(Project::fromJson(array.at(i).toObject()), std::optional(loaded.at(i)));
    QCOMPARE(AppSettings().exportFolder(), QDir(dir.path()).absolutePath());
}

// Load all first: the pages not yet listed are fetched (one request each), then written.
void TestExportWindow::loadAllFirst()
{
    Fixture f;
    f.server.seed(250, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    QCOMPARE(f.model()->rowCount(), 100);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"everything.json"_s);
    f.server.clearRequests();
    QVERIFY(exportThroughDialogs(f, ExportDialog::Scope::AllLoaded, true, true, path));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), Timeout);
    const int total = f.server.projectCount();
    QCOMPARE(readJson(path).size(), total);
    QCOMPARE(f.model()->rowCount(), total);
    int lists = 0;
    for (const SandboxRequest &request : f.server.requests())
        lists += request.path == ListPath ? 1 : 0;
    QCOMPARE(lists, (total + 99) / 100 - 1); // the first page was in already
}

// Cancel in the status bar during Load all first ends the export: no file.
void TestExportWindow::cancelledLoadAllWritesNothing()
{
    Fixture f;
    f.server.seed(450, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());
    f.server.setLatency(300);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"never.csv"_s);
    QVERIFY(exportThroughDialogs(f, ExportDialog::Scope::AllLoaded, false, true, path));
    QTRY_VERIFY_WITH_TIMEOUT(f.model()->isLoadingAll(), Timeout);
    QVERIFY(!f.action("exportAction")->isEnabled());
    f.model()->cancelLoadAll();
    QTRY_VERIFY_WITH_TIMEOUT(f.action("exportAction")->isEnabled(), Timeout);
    QVERIFY(!f.model()->isComplete());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

// A folder that vanished between choosing and writing: a message that says so, and another
// export can follow.
void TestExportWindow::failureIsShownAndNothingIsLost()
{
    Fixture f;
    f.server.seed(5, 0);
    f.openWithKey();
    QVERIFY(f.waitForFirstPage());

    const int rows = f.model()->rowCount();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"gone"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(u"projects.csv"_s);
    QVERIFY(exportThroughDialogs(f, ExportDialog::Scope::Shown, false, false, path, nullptr,
                                 [&] { QVERIFY(QDir(folder).removeRecursively()); }));
    auto *box = waitForDialog<QMessageBox>(f.window.get(), "exportErrorBox");
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"does not exist"_s), qPrintable(box->text()));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    box->accept();
    QVERIFY(f.action("exportAction")->isEnabled());
    QCOMPARE(f.model()->rowCount(), rows); // the rows stay: nothing reloaded

    const QString retry = dir.filePath(u"projects.csv"_s);
    QVERIFY(exportThroughDialogs(f, ExportDialog::Scope::Shown, false, false, retry));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(retry), Timeout);
    QCOMPARE(readCsv(retry).size(), f.proxy()->rowCount() + 1);
}

// Issue #19 ---------------------------------------------------------------------------------

void TestExportWindow::spendColumnIsExported()
{
    Fixture f;
    f.spendPeriodDays = 30;
    f.server.seed(40, 0, 7);
    f.open();
    ProjectSpend *spend = f.window->spendController()->spend();
    f.session.start(adminKey());
    QTRY_COMPARE_WITH_TIMEOUT(spend->state(), ProjectSpend::State::Loaded, Timeout);
    QVERIFY(spend->projectsWithCost() > 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csvPath = dir.filePath(u"spend.csv"_s);
    QVERIFY(exportThroughDialogs(f, ExportDialog::Scope::AllLoaded, false, false, csvPath));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csvPath), Timeout);
    const QList<QStringList> records = readCsv(csvPath);
    const QList<Project> loaded = f.model()->projects();
    QCOMPARE(records.size(), loaded.size() + 1);
    const qsizetype column = records.constFirst().indexOf(u"Spend (30 days, USD)"_s);
    QVERIFY2(column >= 0, qPrintable(records.constFirst().join(u',')));
    int idle = 0;
    for (qsizetype i = 0; i < loaded.size(); ++i) {
        QCOMPARE(records.at(i + 1).constFirst(), loaded.at(i).id);
        const MoneyTotals *totals = spend->totalsOf(loaded.at(i).id);
        // The column's "—" is an empty cell; an amount is the exact one the column sums.
        QCOMPARE(records.at(i + 1).at(column),
                 totals ? totals->total(u"usd"_s).toDecimal() : QString());
        idle += totals ? 0 : 1;
    }
    QVERIFY(idle > 0 && idle < loaded.size());

    const QString jsonPath = dir.filePath(u"spend.json"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->findChild<QFileDialog *>(u"exportFileDialog"_s)
                                 || !f.window->findChild<QFileDialog *>(u"exportFileDialog"_s)->isVisible(),
                             Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(f.action("exportAction")->isEnabled(), Timeout);
    QVERIFY(exportThroughDialogs(f, ExportDialog::Scope::AllLoaded, true, false, jsonPath));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(jsonPath), Timeout);
    const QJsonArray array = readJson(jsonPath);
    QCOMPARE(array.size(), loaded.size());
    for (qsizetype i = 0; i < loaded.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        QCOMPARE(Project::fromJson(object), std::optional(loaded.at(i)));
        const QJsonObject spent = object.value(u"spend"_s).toObject();
        QCOMPARE(spent.value(u"days"_s).toInt(), 30);
        const QJsonArray amounts = spent.value(u"amounts"_s).toArray();
        const MoneyTotals *totals = spend->totalsOf(loaded.at(i).id);
        QCOMPARE(amounts.size(), totals ? 1 : 0);
        if (totals) {
            QCOMPARE(amounts.at(0).toObject().value(u"currency"_s).toString(), u"usd"_s);
            QCOMPARE(amounts.at(0).toObject().value(u"amount"_s).toString(),
                     totals->total(u"usd"_s).toDecimal());
        }
    }
}

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
