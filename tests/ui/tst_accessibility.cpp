// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// What assistive technologies are told (issue #15): the check that a label is read as it is
// shown (tst_layout applies it to every window and dialog in every state), the error banner
// as an alert that shows anew with each message, and Help → Keyboard shortcuts.
//
// ORGDESK_SCREENSHOT_DIR=<dir> saves the shortcuts window there as shortcuts.png.

#include "accessibilitycheck.h"
#include "adminapiclient.h"
#include "darkpalette.h"
#include "errorbanner.h"
#include "keystore.h"
#include "mainwindow.h"
#include "session.h"
#include "shortcutsdialog.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QMap>
#include <QImage>
#include <QPixmap>
#include <QStyle>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The events QAccessible::updateAccessibility() sends, while a test listens.
struct Event
{
    QObject *object;
    QAccessible::Event type;
};
QList<Event> events;

void recordEvent(QAccessibleEvent *event)
{
    events.append({event->object(), event->type()});
}

// Qt 6.4 delivers accessibility events, to an update handler too, only while a platform
// bridge is active (AT-SPI under X11 or Wayland; the offscreen platform has none). What Qt
// turns into ObjectShow is the widget's QEvent::Show, counted here in any case.
class ShowCounter : public QObject
{
public:
    explicit ShowCounter(QWidget *widget) { widget->installEventFilter(this); }
    int shows = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            ++shows;
        return false;
    }
};

int showEventsOf(const QObject *object)
{
    return int(std::count_if(events.cbegin(), events.cend(), [object](const Event &event) {
        return event.object == object && event.type == QAccessible::ObjectShow;
    }));
}

// A window with the banner alone in it, shown.
struct BannerWindow
{
    QWidget window;
    ErrorBanner *banner = new ErrorBanner(&window);

    BannerWindow()
    {
        (new QVBoxLayout(&window))->addWidget(banner);
        window.show();
    }
};

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void labelCheckFindsANameThatHidesTheText();
    void errorBannerIsAnAlert();
    void errorBannerShowsAnewWithANewMessage();
    void errorBannerFollowsThePalette_data();
    void errorBannerFollowsThePalette();
    void shortcutsWindowListsEveryShortcut();

private:
    QAccessible::UpdateHandler m_previousHandler = nullptr;
};

void TestAccessibility::init()
{
    events.clear();
    m_previousHandler = QAccessible::installUpdateHandler(recordEvent);
}

void TestAccessibility::cleanup()
{
    QAccessible::installUpdateHandler(m_previousHandler);
}

void TestAccessibility::labelCheckFindsANameThatHidesTheText()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *hiding = new QLabel(QStringLiteral("100 projects loaded"), &window);
    hiding->setObjectName(QStringLiteral("hiding"));
    hiding->setAccessibleName(QStringLiteral("Projects loaded"));
    auto *plain = new QLabel(QStringLiteral("Archiving cannot be undone"), &window);
    auto *caption = new QLabel(QStringLiteral("&Name:"), &window);
    caption->setBuddy(plain);
    auto *picture = new QLabel(&window);
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::red);
    picture->setPixmap(pixmap);
    picture->setAccessibleName(QStringLiteral("Error"));
    auto *link = new QLabel(QStringLiteral("<a href=\"https://example.com\">Website</a>"), &window);
    for (QLabel *label : {hiding, plain, caption, picture, link})
        layout->addWidget(label);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(AccessibilityCheck::visibleText(caption), QStringLiteral("Name:"));
    QCOMPARE(AccessibilityCheck::visibleText(link), QStringLiteral("Website"));
    QCOMPARE(AccessibilityCheck::labelProblems(&window),
             QStringList{QStringLiteral(
                 "QLabel \"hiding\" shows \"100 projects loaded\" but is read as \"Projects loaded\"")});
    hiding->setAccessibleName({});
    QCOMPARE(AccessibilityCheck::labelProblems(&window), QStringList());
}

void TestAccessibility::errorBannerIsAnAlert()
{
    BannerWindow shown;
    ErrorBanner *banner = shown.banner;
    QVERIFY(QTest::qWaitForWindowExposed(&shown.window));

    ShowCounter counter(banner);
    banner->showMessage(QStringLiteral("The admin key was refused."), ErrorBanner::Severity::Error,
                        QStringLiteral("Enter new key…"), QStringLiteral("req_123"));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::AlertMessage);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("The admin key was refused."));
    QCOMPARE(accessible->text(QAccessible::Description), QStringLiteral("Request ID: req_123"));
    QCOMPARE(counter.shows, 1);
    if (QAccessible::isActive())
        QCOMPARE(showEventsOf(banner), 1);
    // Its labels are read as they are shown, the request id too.
    QCOMPARE(AccessibilityCheck::labelProblems(&shown.window), QStringList());

    banner->showMessage(QStringLiteral("Saved for this session only."),
                        ErrorBanner::Severity::Information, {});
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Saved for this session only."));
    QCOMPARE(accessible->text(QAccessible::Description), QString());
}

void TestAccessibility::errorBannerShowsAnewWithANewMessage()
{
    BannerWindow shown;
    ErrorBanner *banner = shown.banner;
    QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
    banner->showMessage(QStringLiteral("First"), ErrorBanner::Severity::Error,
                        QStringLiteral("Retry"));
    QVERIFY(banner->isVisible());
    auto *retry = banner->findChild<QWidget *>(QStringLiteral("bannerActionButton"));
    retry->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return retry->hasFocus(); }));
    events.clear();
    ShowCounter counter(banner);

    // Orca speaks an alert that becomes showing; Qt 6.4 sends no Alert over AT-SPI.
    banner->showMessage(QStringLiteral("Second"), ErrorBanner::Severity::Error,
                        QStringLiteral("Retry"));
    QVERIFY(banner->isVisible());
    QCOMPARE(counter.shows, 1);
    if (QAccessible::isActive())
        QCOMPARE(showEventsOf(banner), 1);
    QCOMPARE(QAccessible::queryAccessibleInterface(banner)->text(QAccessible::Name),
             QStringLiteral("Second"));
    QVERIFY(retry->hasFocus()); // the keyboard user stays where they were
}

void TestAccessibility::errorBannerFollowsThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("severity");
    for (bool dark : {false, true}) {
        const char *scheme = dark ? "dark" : "light";
        QTest::addRow("%s, error", scheme) << dark << int(ErrorBanner::Severity::Error);
        QTest::addRow("%s, warning", scheme) << dark << int(ErrorBanner::Severity::Warning);
        QTest::addRow("%s, information", scheme) << dark << int(ErrorBanner::Severity::Information);
    }
}

void TestAccessibility::errorBannerFollowsThePalette()
{
    QFETCH(bool, dark);
    QFETCH(int, severity);
    const QPalette before = QApplication::palette();
    // The light scheme as a theme sets it: every role given (a palette with no role set would
    // merely bring back the default one).
    QPalette light = QApplication::style()->standardPalette();
    light.setResolveMask(~QPalette::ResolveMask(0));
    const QPalette scheme = dark ? DarkPalette::palette() : light;
    QApplication::setPalette(scheme);
    BannerWindow shown;
    QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
    shown.banner->showMessage(QStringLiteral("Something went wrong."),
                              ErrorBanner::Severity(severity), QStringLiteral("Retry"),
                              QStringLiteral("req_123"));

    const QPalette banner = shown.banner->palette();
    const QColor background = banner.color(QPalette::Window);
    // Tinted, but still the scheme's lightness, and the scheme's own text on it.
    QVERIFY(background != scheme.color(QPalette::Window));
    QCOMPARE(background.lightness() > 128, scheme.color(QPalette::Window).lightness() > 128);
    QCOMPARE(banner.color(QPalette::WindowText), scheme.color(QPalette::WindowText));
    QVERIFY2(DarkPalette::contrast(background, banner.color(QPalette::WindowText)) >= 4.5,
             qPrintable(QString::number(DarkPalette::contrast(background,
                                                             banner.color(QPalette::WindowText)))));
    // What the screen shows: the banner is painted in its tint.
    const QImage image = shown.banner->grab().toImage();
    QCOMPARE(image.pixelColor(image.width() / 2, 2).rgb(), background.rgb());

    // A change of scheme while it shows: the tint follows.
    QApplication::setPalette(dark ? light : DarkPalette::palette());
    QTRY_COMPARE(shown.banner->palette().color(QPalette::Window).lightness() > 128, dark);
    QApplication::setPalette(before);
}

void TestAccessibility::shortcutsWindowListsEveryShortcut()
{
    QNetworkAccessManager network;
    AdminApiClient client(&network);
    KeyStore keyStore;
    keyStore.setService(QStringLiteral("OrgDesk tst_accessibility")); // never started
    Session session(&client, &keyStore);
    MainWindow window(&client, &session, &network);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *open = window.findChild<QAction *>(QStringLiteral("shortcutsAction"));
    QVERIFY(open);
    open->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
    QVERIFY(table);

    QMap<QString, QString> listed; // action text -> keys, as shown
    for (int row = 0; row < table->rowCount(); ++row)
        listed.insert(table->item(row, 0)->text(), table->item(row, 1)->text());

    int withShortcut = 0;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        ++withShortcut;
        const QString text = ShortcutsDialog::displayText(action);
        QVERIFY2(listed.contains(text), qPrintable(text));
        QVERIFY2(listed.value(text).startsWith(
                     action->shortcut().toString(QKeySequence::NativeText)),
                 qPrintable(text));
    }
    QCOMPARE(table->rowCount(), withShortcut);
    QCOMPARE(listed.value(QStringLiteral("New…")),
             QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    QCOMPARE(listed.value(QStringLiteral("Refresh")).section(u',', 0, 0),
             QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
    QCOMPARE(listed.value(QStringLiteral("Find…")),
             QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    QCOMPARE(listed.value(QStringLiteral("Rename…")), QStringLiteral("F2"));
    QVERIFY(listed.contains(QStringLiteral("Clear search"))); // Esc in the search field
    QCOMPARE(AccessibilityCheck::labelProblems(dialog), QStringList());

    const QString dir = qEnvironmentVariable("ORGDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("shortcuts.png"))));
    }
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings, never the user's
    QCoreApplication::setOrganizationName(QStringLiteral("OrgDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("OrgDesk tst_accessibility"));
    TestAccessibility test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessibility.moc"
