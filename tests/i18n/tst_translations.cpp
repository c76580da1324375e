// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"
#include "adminapiclient.h"
#include "adminkeydialog.h"
#include "archivedialog.h"
#include "keystore.h"
#include "mainwindow.h"
#include "projectnamedialog.h"
#include "session.h"
#include "translations.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString SourceDir = QStringLiteral(ORGDESK_SOURCE_DIR);

/// One <message> of a .ts file, as far as the check needs it.
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             ///< "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one text, or one per plural form
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"TS")
            continue;
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                Message message{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"source") {
                        message.source = xml.readElementText();
                    } else if (xml.name() == u"translation") {
                        message.type = xml.attributes().value(QLatin1String("type")).toString();
                        if (!message.numerus) {
                            message.translations << xml.readElementText();
                            continue;
                        }
                        while (xml.readNextStartElement())
                            message.translations << xml.readElementText();
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                messages << message;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        qWarning() << path << xml.errorString();
    return messages;
}

/// %1..%99 in a text, sorted: a translation must keep every placeholder of its source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("%[1-9][0-9]?"));
    QStringList found;
    for (const QRegularExpressionMatch &match : number.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

/// What is wrong with one message, or nothing.
QString problem(const Message &m)
{
    if (m.type == u"vanished" || m.type == u"obsolete")
        return QStringLiteral("no longer in the code");
    if (m.type == u"unfinished")
        return QStringLiteral("unfinished");
    if (m.translations.isEmpty() || m.translations.contains(QString()))
        return m.numerus ? QStringLiteral("lacks a plural form") : QStringLiteral("untranslated");
    // lupdate gives a %n message as many forms as the language has; each must be filled.
    for (const QString &translation : m.translations) {
        if (placeholders(translation) != placeholders(m.source))
            return QStringLiteral("placeholders differ in “%1”").arg(translation);
    }
    return {};
}

/// The mnemonic letter of a text ("&File" -> 'f'), or none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

/// Texts that share a mnemonic among @p texts: "&Neu … / &Nein".
QStringList collisions(const QStringList &texts)
{
    QHash<QChar, QString> seen;
    QStringList found;
    for (const QString &text : texts) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            continue;
        if (seen.contains(key))
            found << seen.value(key) + QStringLiteral(" / ") + text;
        seen.insert(key, text);
    }
    return found;
}

QStringList texts(const QList<QAction *> &actions)
{
    QStringList result;
    for (const QAction *action : actions)
        result << action->text();
    return result;
}

/// Every mnemonic the keyboard reaches inside one dialog: buttons, captions, group titles.
QStringList dialogTexts(const QWidget *dialog)
{
    QStringList result;
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        result << button->text();
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            result << label->text();
    }
    for (const QGroupBox *box : dialog->findChildren<QGroupBox *>())
        result << box->title();
    return result;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void germanLoads();
    void germanMnemonicsDoNotCollide();
    void englishPluralForms();
    void languageWithoutTranslation();
};

void TranslationsTest::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("options");
    // Every language in the tree: a new orgdesk_xx.ts is checked without a new row here.
    const QDir translations(SourceDir + QStringLiteral("/resources/translations"));
    const QStringList files = translations.entryList({QStringLiteral("orgdesk_*.ts")}, QDir::Files);
    QVERIFY(files.contains(QStringLiteral("orgdesk_de.ts")));
    QVERIFY(files.contains(QStringLiteral("orgdesk_en.ts")));
    for (const QString &file : files) {
        const QString language = file.mid(8).chopped(3); // orgdesk_<language>.ts
        // English only needs the plural forms: "1 project", "2 projects".
        const QStringList options = language == u"en" ? QStringList{QStringLiteral("-pluralonly")}
                                                       : QStringList();
        QTest::newRow(qPrintable(language)) << language << options;
    }
}

void TranslationsTest::complete()
{
    QFETCH(QString, language);
    QFETCH(QStringList, options);

    // lupdate reads today's sources into a copy: the .ts in the tree stays as it is.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("orgdesk_%1.ts").arg(language);
    const QString copy = dir.filePath(name);
    QVERIFY(QFile::copy(SourceDir + QStringLiteral("/resources/translations/") + name, copy));

    QProcess lupdate;
    lupdate.setWorkingDirectory(SourceDir);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(ORGDESK_LUPDATE),
                  QStringList{QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-source-language"), QStringLiteral("en")}
                      + options
                      + QStringList{QStringLiteral("app"), QStringLiteral("ui"),
                                    QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(output));
    // lupdate says so when it finds tr() it cannot place in a context (so it is never extracted).
    QVERIFY2(!output.contains(QLatin1String("cannot be called without context")), qPrintable(output));

    const QList<Message> messages = readTs(copy);
    QVERIFY2(!messages.isEmpty(), "no messages read");
    QStringList problems;
    int plurals = 0;
    for (const Message &message : messages) {
        plurals += message.numerus ? 1 : 0;
        if (const QString why = problem(message); !why.isEmpty())
            problems << QStringLiteral("  %1: “%2”: %3").arg(message.context, message.source, why);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) to fix in %2 (run scripts/translations):\n%3")
                            .arg(problems.size()).arg(name, problems.join(u'\n'))));
    QVERIFY2(plurals > 0, "no %n strings found");
    if (language == u"en")
        QCOMPARE(plurals, messages.size()); // -pluralonly: nothing else belongs there
}

void TranslationsTest::germanLoads()
{
    const Translations::Loaded loaded = Translations::install(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(loaded.app);
    QVERIFY2(loaded.qt, "qtbase_de.qm not found: install qt6-translations-l10n");

    AboutDialog about;
    QCOMPARE(about.windowTitle(), QStringLiteral("Über OrgDesk"));
    // Qt's own words: a standard button.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Abbrechen"));

    QNetworkAccessManager network;
    AdminApiClient client(&network);
    KeyStore store;
    Session session(&client, &store);
    MainWindow window(&client, &session, &network);
    QStringList menus = texts(window.menuBar()->actions());
    QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Projekt"),
                                 QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
    // A plural of the core library: the model's words reach the table too.
    QCOMPARE(QCoreApplication::translate("ProjectErrorText", "Retrying in %n s", nullptr, 1),
             QStringLiteral("Neuer Versuch in 1 s"));
}

void TranslationsTest::germanMnemonicsDoNotCollide()
{
    Translations::install(QLocale(QLocale::German, QLocale::Germany));
    QNetworkAccessManager network;
    AdminApiClient client(&network);
    KeyStore store;
    Session session(&client, &store);
    MainWindow window(&client, &session, &network);

    QStringList found = collisions(texts(window.menuBar()->actions()));
    for (const QAction *top : window.menuBar()->actions()) {
        if (QMenu *menu = top->menu())
            found << collisions(texts(menu->actions()));
    }
    AdminKeyDialog keyDialog(&session, &client, &network);
    found << collisions(dialogTexts(&keyDialog));
    ProjectNameDialog nameDialog(ProjectNameDialog::Mode::Create);
    found << collisions(dialogTexts(&nameDialog));
    Project project;
    project.id = QStringLiteral("proj_1");
    project.name = QStringLiteral("Support");
    ArchiveDialog archiveDialog({project});
    found << collisions(dialogTexts(&archiveDialog));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TranslationsTest::englishPluralForms()
{
    QVERIFY(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)).app);
    const auto archive = [](int n) {
        return QCoreApplication::translate("ArchiveDialog", "Archive %n projects", nullptr, n);
    };
    QCOMPARE(archive(1), QStringLiteral("Archive 1 project"));
    QCOMPARE(archive(2), QStringLiteral("Archive 2 projects"));
    QCOMPARE(archive(0), QStringLiteral("Archive 0 projects"));
}

void TranslationsTest::languageWithoutTranslation()
{
    Translations::install(QLocale(QLocale::German, QLocale::Germany));
    // A language OrgDesk has no file for keeps the English texts; German is gone.
    const Translations::Loaded loaded = Translations::install(QLocale(QLocale::Japanese, QLocale::Japan));
    QVERIFY(!loaded.app);
    QCOMPARE(QCoreApplication::translate("AboutDialog", "About OrgDesk"), QStringLiteral("About OrgDesk"));
}

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
