// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "displaytext.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// Text from the service shown as it is, never obeyed (issue #13).
class TestDisplayText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void visible_data();
    void visible();
    void untouchedTextIsNotCopied();
    void isolatedWrapsInAnIsolate();
};

void TestDisplayText::visible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"Billing API — staging"_s << u"Billing API — staging"_s;
    QTest::newRow("markup is text already") << u"<b>x</b> <img src=x>"_s << u"<b>x</b> <img src=x>"_s;
    QTest::newRow("right-to-left override")
        << u"invoice\u202Etxt.exe"_s << u"invoice[U+202E]txt.exe"_s;
    QTest::newRow("isolates and marks")
        << u"a\u2066b\u2069c\u200Fd\u061C"_s << u"a[U+2066]b[U+2069]c[U+200F]d[U+061C]"_s;
    QTest::newRow("newline, tab, nul, delete")
        << u"one\ntwo\tthree"_s + QChar(0) + u"\u007F"_s << u"one\u2424two\u2409three\u2400\u2421"_s;
    QTest::newRow("C1 control") << u"x\u0085y"_s << u"x[U+0085]y"_s;
    QTest::newRow("Arabic and Hebrew are text") << u"مشروع פרויקט"_s << u"مشروع פרויקט"_s;
    QTest::newRow("emoji with joiners are text")
        << u"Team 👩‍💻 🏳️‍🌈"_s << u"Team 👩‍💻 🏳️‍🌈"_s;
}

void TestDisplayText::visible()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::visible(text), shown);
}

void TestDisplayText::untouchedTextIsNotCopied()
{
    const QString name = QString(3000, u'n');
    const QString shown = DisplayText::visible(name);
    QCOMPARE(shown, name);
    QCOMPARE(shown.constData(), name.constData()); // shared, not copied: the table calls it per cell
}

void TestDisplayText::isolatedWrapsInAnIsolate()
{
    QCOMPARE(DisplayText::isolated(u"a\u202Eb"_s), u"\u2068a[U+202E]b\u2069"_s);
    QCOMPARE(DisplayText::isolated(QString()), u"\u2068\u2069"_s);
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
