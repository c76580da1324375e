// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"
#include "icons.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

#include <algorithm>

namespace {

const QString FallbackTheme = QStringLiteral("orgdesk-fallback");
const QString ThemeRoot = QStringLiteral(":/icons/orgdesk-fallback");
const QString AppIconPath = QStringLiteral(":/icons/app/" ORGDESK_APP_ID ".svg");

/// Pixels a person would see: at least half opaque.
int visiblePixels(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(argb.pixel(x, y)) >= 128)
                ++count;
        }
    }
    return count;
}

/// Icon names in the bundled theme, from the resource itself: "document-new", ...
QStringList bundledIconNames()
{
    QStringList names;
    QDirIterator it(ThemeRoot + QStringLiteral("/scalable"), {QStringLiteral("*.svg")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        names.append(it.fileInfo().completeBaseName());
    }
    names.sort();
    return names;
}

/// Whether the call starting at @p position is the fallback (second) argument of another call.
bool isFallbackArgument(const QString &text, qsizetype position)
{
    QStringView before = QStringView(text).left(position).trimmed();
    if (before.endsWith(QLatin1String("QIcon::")))
        before = before.chopped(7).trimmed();
    return before.endsWith(QLatin1Char(','));
}

struct IconUse
{
    QString file; ///< relative to the source tree
    QString name;
};

/// Every icon name the sources ask the theme for, literally: Icons::themed("x"),
/// QIcon::fromTheme("x"), <iconset theme="x"> in .ui forms, and the main window's table of
/// actions, {m_ui->newAction, "document-new", ...}.
QList<IconUse> iconUsesInSources()
{
    static const QRegularExpression call(
        QStringLiteral(R"re((?:themed|fromTheme)\(\s*QStringLiteral\(\s*"([^"]+)"\s*\))re"));
    static const QRegularExpression iconset(QStringLiteral(R"re(<iconset\s+theme="([^"]+)")re"));
    static const QRegularExpression actionTable(
        QStringLiteral(R"re(\{\s*m_ui->\w+Action,\s*"([a-z0-9-]+)")re"));
    const QDir root(QStringLiteral(ORGDESK_SOURCE_DIR));
    QList<IconUse> uses;
    for (const QString &folder : {QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root.filePath(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (const QRegularExpression *pattern : {&call, &iconset, &actionTable}) {
                auto matches = pattern->globalMatch(text);
                while (matches.hasNext()) {
                    const QRegularExpressionMatch match = matches.next();
                    // fromTheme("a", QIcon::fromTheme("b")): "b" is only a fallback for "a".
                    if (pattern == &call && isFallbackArgument(text, match.capturedStart()))
                        continue;
                    const IconUse use{root.relativeFilePath(path), match.captured(1)};
                    const bool seen = std::any_of(uses.cbegin(), uses.cend(), [&](const IconUse &u) {
                        return u.file == use.file && u.name == use.name;
                    });
                    if (!seen) // one row per file and name: data tags must be unique
                        uses.append(use);
                }
            }
        }
    }
    return uses;
}

QString readSourceFile(const QString &relativePath)
{
    QFile file(QDir(QStringLiteral(ORGDESK_SOURCE_DIR)).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void themeIndexDeclaresScalableDirectories();
    void bundledIconRendersThroughTheTheme_data();
    void bundledIconRendersThroughTheTheme();
    void sourcesNameThemedIcons();
    void iconUsedBySourcesIsBundled_data();
    void iconUsedBySourcesIsBundled();
    void appIconRenders_data();
    void appIconRenders();
    void desktopMetadataUsesTheAppId();

    void aboutDialogShowsVersionAndLinks();
    void aboutDialogControlsHaveAccessibleNames();
    void aboutDialogClosesAndDeletesItself();

private:
    QString m_themeAfterInstall;
};

void TestResources::initTestCase()
{
    Icons::installFallbackTheme();
    m_themeAfterInstall = QIcon::themeName();
    QVERIFY(QIcon::themeSearchPaths().contains(QStringLiteral(":/icons")));
    QCOMPARE(QIcon::fallbackThemeName(), FallbackTheme);
}

void TestResources::init()
{
    QIcon::setThemeName(m_themeAfterInstall);
}

void TestResources::cleanup()
{
    QIcon::setThemeName(m_themeAfterInstall);
}

void TestResources::themeIndexDeclaresScalableDirectories()
{
    // Qt ignores icons in directories that index.theme does not describe.
    QSettings index(ThemeRoot + QStringLiteral("/index.theme"), QSettings::IniFormat);
    QCOMPARE(index.status(), QSettings::NoError);
    const QStringList directories = index.value(QStringLiteral("Icon Theme/Directories")).toStringList();
    QVERIFY(!directories.isEmpty());
    QStringList directoriesWithIcons;
    QDirIterator it(ThemeRoot + QStringLiteral("/scalable"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext())
        directoriesWithIcons.append(QStringLiteral("scalable/") + QFileInfo(it.next()).fileName());
    QVERIFY(!directoriesWithIcons.isEmpty());
    for (const QString &dir : std::as_const(directoriesWithIcons)) {
        QVERIFY2(directories.contains(dir), qPrintable(dir + QStringLiteral(" is not in Directories")));
        index.beginGroup(dir);
        QCOMPARE(index.value(QStringLiteral("Type")).toString(), QStringLiteral("Scalable"));
        QVERIFY(index.value(QStringLiteral("MinSize")).toInt() <= 16);
        QVERIFY(index.value(QStringLiteral("MaxSize")).toInt() >= 64);
        index.endGroup();
    }
}

void TestResources::bundledIconRendersThroughTheTheme_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("name");
    const QStringList names = bundledIconNames();
    // As the app starts: no desktop theme (offscreen, Xvfb, Windows, macOS), a desktop theme
    // that lacks the icon (hicolor has no action icons), and a theme that is not installed.
    const QStringList themes = {m_themeAfterInstall, QStringLiteral("hicolor"),
                                QStringLiteral("no-such-theme")};
    for (const QString &theme : themes) {
        for (const QString &name : names)
            QTest::addRow("%s/%s", qPrintable(theme), qPrintable(name)) << theme << name;
    }
}

void TestResources::bundledIconRendersThroughTheTheme()
{
    QFETCH(QString, theme);
    QFETCH(QString, name);
    QIcon::setThemeName(theme);

    const QIcon icon = Icons::themed(name);
    QVERIFY(!icon.isNull());
    const QImage small = icon.pixmap(16, 16).toImage();
    QCOMPARE(small.size(), QSize(16, 16));
    QVERIFY2(visiblePixels(small) >= 20, qPrintable(QStringLiteral("%1 visible pixels of 256")
                                                         .arg(visiblePixels(small))));
    const QImage large = icon.pixmap(32, 32).toImage();
    QCOMPARE(large.size(), QSize(32, 32));
    QVERIFY(visiblePixels(large) >= 80);
}

void TestResources::sourcesNameThemedIcons()
{
    // Guards the scanner below: the error banner's copy button asks for "edit-copy".
    QVERIFY(QFile::exists(QStringLiteral(ORGDESK_SOURCE_DIR "/ui/common/icons.h")));
    QVERIFY2(!iconUsesInSources().isEmpty(), "no themed icon found in ui/ or app/: the patterns are stale");
}

void TestResources::iconUsedBySourcesIsBundled_data()
{
    QTest::addColumn<QString>("name");
    for (const IconUse &use : iconUsesInSources())
        QTest::addRow("%s: %s", qPrintable(use.file), qPrintable(use.name)) << use.name;
}

void TestResources::iconUsedBySourcesIsBundled()
{
    // Without a desktop theme only the bundled icons exist; a name missing here is a blank button.
    QFETCH(QString, name);
    QVERIFY2(bundledIconNames().contains(name),
             qPrintable(QStringLiteral("add resources/icons/orgdesk-fallback/scalable/*/%1.svg").arg(name)));
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    QVERIFY(visiblePixels(Icons::themed(name).pixmap(16, 16).toImage()) >= 20);
}

void TestResources::appIconRenders_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%dpx", size) << size;
}

void TestResources::appIconRenders()
{
    QFETCH(int, size);
    const QIcon icon(AppIconPath);
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(size, size).toImage();
    QCOMPARE(image.size(), QSize(size, size));
    // A rounded square with a margin: most of it is opaque, the corners are not.
    QVERIFY(visiblePixels(image) > size * size / 2);
    QCOMPARE(qAlpha(image.convertToFormat(QImage::Format_ARGB32).pixel(0, 0)), 0);
}

void TestResources::desktopMetadataUsesTheAppId()
{
    const QString appId = QStringLiteral(ORGDESK_APP_ID);
    const QString desktop = readSourceFile(QStringLiteral("resources/%1.desktop").arg(appId));
    QVERIFY(!desktop.isEmpty());
    QVERIFY(desktop.contains(QStringLiteral("\nIcon=%1\n").arg(appId)));
    QVERIFY(desktop.contains(QStringLiteral("\nExec=orgdesk\n")));

    const QString metainfo = readSourceFile(QStringLiteral("resources/%1.metainfo.xml").arg(appId));
    QVERIFY(!metainfo.isEmpty());
    QVERIFY(metainfo.contains(QStringLiteral("<id>%1</id>").arg(appId)));
    QVERIFY(metainfo.contains(
        QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(appId)));
    QVERIFY2(metainfo.contains(QStringLiteral("<release version=\"" ORGDESK_VERSION "\"")),
             "the metainfo lacks a <release> for the project version");

    QVERIFY(QFile::exists(QStringLiteral(ORGDESK_SOURCE_DIR "/resources/icons/app/%1.svg").arg(appId)));
}

void TestResources::aboutDialogShowsVersionAndLinks()
{
    auto *dialog = new AboutDialog;
    QPointer<AboutDialog> guard(dialog);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    auto *version = dialog->findChild<QLabel *>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QVERIFY(version->text().contains(QLatin1String(ORGDESK_VERSION)));

    auto *icon = dialog->findChild<QLabel *>(QStringLiteral("iconLabel"));
    QVERIFY(icon);
    QVERIFY(visiblePixels(icon->pixmap().toImage()) > 0);

    auto *credits = dialog->findChild<QLabel *>(QStringLiteral("creditsLabel"));
    QVERIFY(credits);
    QVERIFY(credits->text().contains(QLatin1String(qVersion())));
    QVERIFY(credits->text().contains(QStringLiteral("QtKeychain")));

    auto *license = dialog->findChild<QLabel *>(QStringLiteral("licenseLabel"));
    QVERIFY(license);
    QVERIFY(license->text().contains(QStringLiteral("MIT")));

    auto *homepage = dialog->findChild<QLabel *>(QStringLiteral("homepageLabel"));
    auto *apiDocs = dialog->findChild<QLabel *>(QStringLiteral("apiDocsLabel"));
    QVERIFY(homepage && apiDocs);
    QVERIFY(homepage->text().contains(QStringLiteral("href=\"https://github.com/orgdesk/orgdesk\"")));
    QVERIFY(apiDocs->text().contains(
        QStringLiteral("href=\"https://platform.openai.com/docs/api-reference/projects\"")));
    QVERIFY(homepage->openExternalLinks() && apiDocs->openExternalLinks());

    delete guard.data();
}

void TestResources::aboutDialogControlsHaveAccessibleNames()
{
    auto *dialog = new AboutDialog;
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    QAccessibleInterface *dialogInterface = QAccessible::queryAccessibleInterface(dialog);
    QVERIFY(dialogInterface);
    QCOMPARE(dialogInterface->text(QAccessible::Name), QStringLiteral("About OrgDesk"));

    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    QVERIFY(widgets.size() >= 8);
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(dialog))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(iface);
        const QString name = iface->text(QAccessible::Name);
        const QString who = QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                          QLatin1String(widget->metaObject()->className()));
        // The icon beside the title is decoration: the title next to it is read, the picture is not.
        const auto *label = qobject_cast<const QLabel *>(widget);
        if (label && label->text().isEmpty() && !label->pixmap().isNull()) {
            QVERIFY2(name.isEmpty(), qPrintable(who + QStringLiteral(" is decoration but reads: ") + name));
            continue;
        }
        QVERIFY2(!name.trimmed().isEmpty(), qPrintable(who + QStringLiteral(" has no accessible name")));
        // Markup read aloud ("less than a href...") is as bad as no name.
        QVERIFY2(!name.contains(QLatin1Char('<')), qPrintable(who + QStringLiteral(" reads markup: ") + name));
    }
    delete dialog;
}

void TestResources::aboutDialogClosesAndDeletesItself()
{
    // The main window only writes (new AboutDialog(this))->open(): closing must free it.
    QWidget parent;
    parent.show();
    QPointer<AboutDialog> dialog = new AboutDialog(&parent);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->isModal());

    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);

    // Escape closes it too.
    dialog = new AboutDialog(&parent);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
}

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
