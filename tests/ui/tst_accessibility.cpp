// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// What assistive technologies are told (issue #15): the check that a label is read as it is
// shown (tst_layout applies it to every window and dialog in every state).

#include "accessibilitycheck.h"

#include <QApplication>
#include <QLabel>
#include <QPixmap>
#include <QTest>
#include <QVBoxLayout>

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelCheckFindsANameThatHidesTheText();
};

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

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OrgDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("OrgDesk tst_accessibility"));
    TestAccessibility test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessibility.moc"
