// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The real Admin key dialog, driven with QTest key clicks offscreen, against the in-process
// sandbox and the real Secret Service of scripts/with-keyring. The last test scans the
// throwaway HOME, the settings and everything logged for the keys typed here.

#include "adminapiclient.h"
#include "adminkeydialog.h"
#include "apiorigin.h"
#include "keystore.h"
#include "keytestsupport.h"
#include "messagearea.h"
#include "sandboxprobe.h"
#include "sandboxserver.h"
#include "session.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace {

const QString TestService = QStringLiteral("OrgDeskTests.dialog");
const QString AdminKey = QString::fromLatin1(SandboxServer::DefaultAdminKey);
const QString WrongKey = QStringLiteral("sk-admin-wrong-7c41d9e0b2");
const QString ProjectKey = QStringLiteral("sk-proj-abc123-5f0e6d7c8b");
constexpr int Timeout = 60000;

// Everything any code in this process logged, for the hygiene check.
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLog << QString::fromLatin1(context.category ? context.category : "") + QLatin1String(": ")
                + message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestAdminKeyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void controlsAreNamedAndLabelsReadAsShown();
    void showsTheOriginAndWhereTheKeyComesFrom();
    void keyIsMaskedUntilShown();
    void hintReactsToWhatIsTyped_data();
    void hintReactsToWhatIsTyped();
    void pastedKeyIsCleanedUp();
    void wrongKeyIsRejectedAndNothingStored();
    void projectKeyIsExplainedAndNothingStored();
    void rightKeyIsStoredAndUsed();
    void rightKeyForThisSessionOnly();
    void checkDoesNotDisturbTheSessionKey();
    void cancelStopsTheCheck();
    void forgetAsksFirstThenRemovesTheKey();
    void keychainProblemOffersSessionOnly();
    void nothingLeaksTheKeys(); // keep last: it checks what the tests above left behind

private:
    template <typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QLatin1String(name));
    }
    QLineEdit *keyEdit() const { return child<QLineEdit>("keyEdit"); }
    QPushButton *verifyButton() const { return child<QPushButton>("verifyButton"); }
    MessageArea *errorArea() const { return child<MessageArea>("errorArea"); }
    QLabel *hintLabel() const { return child<QLabel>("hintLabel"); }
    QCheckBox *rememberCheck() const { return child<QCheckBox>("rememberCheck"); }
    QPushButton *cancelButton() const
    {
        return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Cancel);
    }
    [[nodiscard]] QString origin() const { return ApiOrigin::origin(m_sandbox->baseUrl()); }
    [[nodiscard]] bool nothingStored() const;
    void typeKey(const QString &key);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AdminApiClient> m_client;
    std::unique_ptr<KeyStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AdminKeyDialog> m_dialog;
};

void TestAdminKeyDialog::initTestCase()
{
    // QTest installs its own handler when it starts: record in front of it.
    previousHandler = qInstallMessageHandler(recordMessage);
    QVERIFY2(KeyTest::inThrowawayKeyring(),
             "run under scripts/with-keyring: this test needs its own unlocked gnome-keyring");
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen() != 0);
    m_sandbox->seed(2, 0);
}

void TestAdminKeyDialog::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestAdminKeyDialog::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AdminApiClient>(m_network.get());
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_store = std::make_unique<KeyStore>();
    m_store->setService(TestService);
    QVERIFY(KeyTest::remove(*m_store, origin()).ok());
    m_session = std::make_unique<Session>(m_client.get(), m_store.get());
    m_sandbox->clearFaults();
    m_sandbox->clearRequests();

    m_dialog = std::make_unique<AdminKeyDialog>(m_session.get(), m_client.get(), m_network.get());
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(keyEdit()->hasFocus() || keyEdit()->isEnabled());
}

void TestAdminKeyDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    if (m_store)
        QVERIFY(KeyTest::remove(*m_store, origin()).ok());
    m_store.reset();
    m_client.reset();
    m_network.reset();
}

bool TestAdminKeyDialog::nothingStored() const
{
    return KeyTest::read(*m_store, origin()).result.status == KeyStore::Status::NotFound
        && KeyTest::secretToolItemCount(TestService) == 0;
}

void TestAdminKeyDialog::typeKey(const QString &key)
{
    keyEdit()->setFocus();
    keyEdit()->selectAll();
    QTest::keyClick(keyEdit(), Qt::Key_Backspace);
    QTest::keyClicks(keyEdit(), key);
}

void TestAdminKeyDialog::controlsAreNamedAndLabelsReadAsShown()
{
    const auto widgets = m_dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QProgressBar *>(widget);
        if (!control)
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(checked >= 6);
    // A label that shows text is read as that text: a name would hide it (issue #15).
    const auto labels = m_dialog->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->text().isEmpty())
            QVERIFY2(label->accessibleName().isEmpty(), qPrintable(label->objectName()));
    }
    // Captions are tied to their values without hiding them: the selectable server by buddy,
    // the current key (not focusable) by description.
    QCOMPARE(child<QLabel>("originCaption")->buddy(), child<QLabel>("originLabel"));
    QCOMPARE(child<QLabel>("sourceLabel")->accessibleDescription(), QStringLiteral("Current key"));
    for (const char *name : {"keyEdit", "showKeyButton", "hintLabel", "rememberCheck", "errorArea",
                             "originLabel", "sourceLabel", "forgetButton", "verifyButton",
                             "keychainLabel", "progressBar"}) {
        QVERIFY2(child<QWidget>(name), name);
    }
}

void TestAdminKeyDialog::showsTheOriginAndWhereTheKeyComesFrom()
{
    QLabel *originLabel = child<QLabel>("originLabel");
    QLabel *sourceLabel = child<QLabel>("sourceLabel");
    QPushButton *forget = child<QPushButton>("forgetButton");
    QCOMPARE(originLabel->text(), origin());
    QCOMPARE(sourceLabel->text(), QStringLiteral("None yet"));
    QVERIFY(!forget->isEnabled());

    m_session->start(AdminKey);
    QVERIFY(sourceLabel->text().contains(QLatin1String("OPENAI_ADMIN_KEY")));
    QVERIFY(forget->isEnabled());

    m_session->useKey(AdminKey, false);
    QVERIFY(sourceLabel->text().contains(QLatin1String("this session only")));
    QSignalSpy saved(m_session.get(), &Session::keySaved);
    m_session->useKey(AdminKey, true);
    QCOMPARE(sourceLabel->text(), QStringLiteral("Stored in the system keychain"));
    QVERIFY(saved.wait(Timeout));

    // The dialog tells where the key is, never the key.
    for (const QLabel *label : m_dialog->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(AdminKey), qPrintable(label->objectName()));
    QVERIFY(!m_dialog->windowTitle().contains(AdminKey));
    QVERIFY(keyEdit()->text().isEmpty());
}

void TestAdminKeyDialog::keyIsMaskedUntilShown()
{
    auto *show = child<QToolButton>("showKeyButton");
    typeKey(WrongKey);
    QCOMPARE(keyEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(keyEdit()->displayText() != WrongKey);

    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(keyEdit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->accessibleName(), QStringLiteral("Hide key"));
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(keyEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(show->accessibleName(), QStringLiteral("Show key"));
    QCOMPARE(keyEdit()->text(), WrongKey);
}

void TestAdminKeyDialog::hintReactsToWhatIsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("hint"); // empty: no hint shown

    const QString projectHint = QStringLiteral(
        "This is a project key. The Admin API needs an admin key (sk-admin-…), which an "
        "organization owner creates under Settings → Organization → Admin keys at "
        "platform.openai.com.");
    const QString notAdmin = QStringLiteral("does not look like an admin key");
    QTest::newRow("nothing typed") << QString() << QString();
    QTest::newRow("admin key") << AdminKey << QString();
    QTest::newRow("project key") << ProjectKey << projectHint;
    QTest::newRow("project key after Bearer") << (QStringLiteral("Bearer ") + ProjectKey) << projectHint;
    QTest::newRow("user key of the old kind") << QStringLiteral("sk-4f9a0b") << notAdmin;
    QTest::newRow("service account key") << QStringLiteral("sk-svcacct-4f9a0b") << notAdmin;
    QTest::newRow("something else") << QStringLiteral("hello") << notAdmin;
}

void TestAdminKeyDialog::hintReactsToWhatIsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, hint);
    typeKey(QStringLiteral("sk-admin-"));
    QVERIFY(hintLabel()->isHidden());
    typeKey(typed);
    if (hint.isEmpty()) {
        QVERIFY(hintLabel()->isHidden());
    } else {
        QVERIFY(hintLabel()->isVisible());
        QVERIFY2(hintLabel()->text().contains(hint), qPrintable(hintLabel()->text()));
    }
    QCOMPARE(verifyButton()->isEnabled(), !typed.isEmpty()); // other keys may still be tried
}

void TestAdminKeyDialog::pastedKeyIsCleanedUp()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("  Bearer ") + AdminKey + QStringLiteral("\n"));
    keyEdit()->setFocus();
    QTest::keySequence(keyEdit(), QKeySequence::Paste);
    QGuiApplication::clipboard()->clear();
    QVERIFY(!keyEdit()->text().isEmpty());
    QVERIFY(hintLabel()->isHidden()); // recognised as an admin key despite the wrapping

    QSignalSpy saved(m_session.get(), &Session::keySaved);
    QTest::mouseClick(verifyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Timeout);
    QCOMPARE(KeyTest::secretToolLookup(TestService, origin()), AdminKey);
}

void TestAdminKeyDialog::wrongKeyIsRejectedAndNothingStored()
{
    typeKey(WrongKey);
    QTest::mouseClick(verifyButton(), Qt::LeftButton);

    // While the one request runs: a progress indicator, inputs locked, Cancel available.
    QVERIFY(child<QProgressBar>("progressBar")->isVisible());
    QVERIFY(!keyEdit()->isEnabled());
    QVERIFY(!verifyButton()->isEnabled());
    QVERIFY(!rememberCheck()->isEnabled());
    QVERIFY(cancelButton()->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(errorArea()->isVisible(), Timeout);
    QVERIFY2(errorArea()->text().contains(QLatin1String("OpenAI rejected this key (401)")),
             qPrintable(errorArea()->text()));
    QVERIFY(!errorArea()->text().contains(WrongKey));
    QVERIFY(!child<QProgressBar>("progressBar")->isVisible());
    QVERIFY(keyEdit()->isEnabled());
    QCOMPARE(keyEdit()->text(), WrongKey); // kept, to fix a typo
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_session->hasKey());
    QCOMPARE(m_sandbox->requestCount("GET", QStringLiteral("/v1/organization/projects")), 1);
    QVERIFY(m_sandbox->requests().constLast().query.contains(QLatin1String("limit=1")));
    QVERIFY(nothingStored());

    // Typing again clears the old error.
    QTest::keyClick(keyEdit(), Qt::Key_X);
    QVERIFY(errorArea()->isHidden());
}

void TestAdminKeyDialog::projectKeyIsExplainedAndNothingStored()
{
    typeKey(ProjectKey);
    QVERIFY(hintLabel()->text().startsWith(QLatin1String("This is a project key.")));

    QTest::mouseClick(verifyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(errorArea()->isVisible(), Timeout);
    // The hint and the service's answer say the same: one sentence, with the request id.
    const QString error = errorArea()->text();
    QCOMPARE(error,
             QStringLiteral("OpenAI refused this project key (403): the Admin API needs an admin "
                            "key (sk-admin-…), which an organization owner creates under "
                            "Settings → Organization → Admin keys at platform.openai.com."));
    QVERIFY(hintLabel()->isHidden());
    const QString requestId = m_sandbox->requests().constLast().requestId;
    QVERIFY(!requestId.isEmpty());
    QCOMPARE(errorArea()->requestId(), requestId);
    QVERIFY(child<QLabel>("requestIdLabel")->isVisible());
    QCOMPARE(child<QLabel>("requestIdLabel")->text(), QStringLiteral("Request ID: ") + requestId);
    QVERIFY(!error.contains(ProjectKey));
    QCOMPARE(keyEdit()->text(), ProjectKey);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_session->hasKey());
    QVERIFY(nothingStored());

    // Editing the key takes the answer about the old one away; the hint comes back.
    QTest::keyClick(keyEdit(), Qt::Key_X);
    QVERIFY(errorArea()->isHidden());
    QVERIFY(hintLabel()->isVisible());
}

void TestAdminKeyDialog::rightKeyIsStoredAndUsed()
{
    QSignalSpy ready(m_session.get(), &Session::keyReady);
    QSignalSpy saved(m_session.get(), &Session::keySaved);
    QVERIFY(rememberCheck()->isChecked()); // remembering is the default
    typeKey(AdminKey);
    QTest::keyClick(keyEdit(), Qt::Key_Return); // the default button

    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), Timeout);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(m_session->keySource(), Session::KeySource::Keychain);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Timeout);
    QCOMPARE(KeyTest::secretToolLookup(TestService, origin()), AdminKey);
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("ok"));
    QVERIFY(keyEdit()->text().isEmpty()); // the closed dialog keeps no copy
}

void TestAdminKeyDialog::rightKeyForThisSessionOnly()
{
    QSignalSpy saved(m_session.get(), &Session::keySaved);
    typeKey(AdminKey);
    rememberCheck()->setFocus();
    QTest::keyClick(rememberCheck(), Qt::Key_Space);
    QVERIFY(!rememberCheck()->isChecked());
    QTest::mouseClick(verifyButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), Timeout);
    QCOMPARE(m_session->keySource(), Session::KeySource::SessionOnly);
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("ok"));
    QVERIFY(nothingStored());
    QCOMPARE(saved.count(), 0);
}

void TestAdminKeyDialog::checkDoesNotDisturbTheSessionKey()
{
    m_session->useKey(AdminKey, false);
    QSignalSpy clientUnauthorized(m_client.get(), &AdminApiClient::unauthorized);
    QSignalSpy rejected(m_session.get(), &Session::keyRejected);

    typeKey(WrongKey);
    QTest::mouseClick(verifyButton(), Qt::LeftButton);
    // Meanwhile the window's own requests still carry the session's key.
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("ok"));
    QTRY_VERIFY_WITH_TIMEOUT(errorArea()->isVisible(), Timeout);

    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("ok"));
    QCOMPARE(clientUnauthorized.count(), 0);
    QCOMPARE(rejected.count(), 0);
    QCOMPARE(m_session->keySource(), Session::KeySource::SessionOnly);
}

void TestAdminKeyDialog::cancelStopsTheCheck()
{
    SandboxFault silence;
    silence.kind = SandboxFault::Kind::NoResponse;
    silence.path = QStringLiteral("/v1/organization/projects");
    m_sandbox->addFault(silence);
    QSignalSpy handled(m_sandbox.get(), &SandboxServer::requestHandled);

    typeKey(AdminKey);
    QTest::mouseClick(verifyButton(), Qt::LeftButton);
    QVERIFY(!keyEdit()->isEnabled());
    QVERIFY(handled.wait(Timeout)); // the request reached the server, which stays silent

    QTest::mouseClick(cancelButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible()); // Cancel stopped the check, not the dialog
    QVERIFY(keyEdit()->isEnabled());
    QVERIFY(verifyButton()->isEnabled());
    QVERIFY(!child<QProgressBar>("progressBar")->isVisible());
    QCOMPARE(keyEdit()->text(), AdminKey);
    QVERIFY(!m_session->hasKey());
    QVERIFY(nothingStored());

    // A second Cancel closes the dialog.
    QTest::mouseClick(cancelButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_session->hasKey());
}

void TestAdminKeyDialog::forgetAsksFirstThenRemovesTheKey()
{
    QSignalSpy saved(m_session.get(), &Session::keySaved);
    m_session->useKey(AdminKey, true);
    QVERIFY(saved.wait(Timeout));
    auto *forget = child<QPushButton>("forgetButton");
    QVERIFY(forget->isEnabled());

    // Declining keeps everything.
    QTest::mouseClick(forget, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("forgetConfirmation"))));
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(origin()));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(QStringLiteral("forgetConfirmation")));
    QVERIFY(m_session->hasKey());
    QCOMPARE(KeyTest::secretToolLookup(TestService, origin()), AdminKey);

    // Confirming forgets.
    QSignalSpy forgotten(m_session.get(), &Session::keyForgotten);
    QTest::mouseClick(forget, Qt::LeftButton);
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("forgetConfirmation"))));
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmForgetButton"));
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(forgotten.wait(Timeout));

    QVERIFY(!m_session->hasKey());
    QVERIFY(nothingStored());
    QVERIFY(!forget->isEnabled());
    QCOMPARE(child<QLabel>("sourceLabel")->text(), QStringLiteral("None yet"));
    QCOMPARE(KeyTest::authorizationSeen(*m_client, *m_sandbox), QStringLiteral("not sent"));
    QVERIFY(m_dialog->isVisible()); // ready for a new key
}

void TestAdminKeyDialog::keychainProblemOffersSessionOnly()
{
    auto *keychainLabel = child<QLabel>("keychainLabel");
    QVERIFY(keychainLabel->isHidden());
    QVERIFY(rememberCheck()->isChecked());

    // What the session says when the keychain cannot be used (tst_session makes it happen for
    // real in a process without a Secret Service).
    const QString problem = QStringLiteral("No keychain service is running. Install and unlock "
                                           "GNOME Keyring or KWallet, or use the key for this "
                                           "session only.");
    Q_EMIT m_session->keychainUnavailable(problem);

    QVERIFY(keychainLabel->isVisible());
    QVERIFY(keychainLabel->text().contains(problem));
    QVERIFY(keychainLabel->text().contains(QLatin1String("for this session only")));
    QVERIFY(!rememberCheck()->isChecked());

    typeKey(AdminKey);
    QTest::mouseClick(verifyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), Timeout);
    QCOMPARE(m_session->keySource(), Session::KeySource::SessionOnly);
    QVERIFY(nothingStored());
}

void TestAdminKeyDialog::nothingLeaksTheKeys()
{
    const QString home = qEnvironmentVariable("ORGDESK_TEST_HOME");
    QVERIFY(!home.isEmpty());
    const QStringList keys{AdminKey, WrongKey, ProjectKey};

    // The scan finds what is there: a planted file in a hidden folder is seen.
    const QString canaryDir = home + QStringLiteral("/.config/orgdesk-canary");
    QVERIFY(QDir().mkpath(canaryDir));
    QFile canary(canaryDir + QStringLiteral("/canary.txt"));
    QVERIFY(canary.open(QIODevice::WriteOnly));
    canary.write("canary-3b9f1e");
    canary.close();
    QCOMPARE(KeyTest::filesContaining(home, "canary-3b9f1e"),
             QStringList{QStringLiteral(".config/orgdesk-canary/canary.txt")});
    QVERIFY(canary.remove());

    // The throwaway HOME, except the encrypted keyring files.
    const QStringList skip{QStringLiteral(".local/share/keyrings")};
    for (const QString &key : keys) {
        const QStringList holders = KeyTest::filesContaining(home, key.toUtf8(), skip);
        QVERIFY2(holders.isEmpty(), qPrintable(holders.join(QLatin1Char(' '))));
    }

    // The application's settings, wherever QSettings keeps them.
    const QString settingsFile = QSettings().fileName();
    if (QFile::exists(settingsFile)) {
        QFile settings(settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray bytes = settings.readAll();
        for (const QString &key : keys)
            QVERIFY(!bytes.contains(key.toUtf8()));
    }

    // Everything logged in this process, which did log (the check is not vacuous).
    const QMutexLocker lock(&logMutex);
    QVERIFY(std::any_of(capturedLog.cbegin(), capturedLog.cend(),
                        [](const QString &line) { return line.startsWith(QLatin1String("orgdesk.keys")); }));
    for (const QString &line : std::as_const(capturedLog)) {
        for (const QString &key : keys)
            QVERIFY2(!line.contains(key), "a log line holds a key");
        QVERIFY2(!line.contains(QLatin1String("Bearer sk-")), "a log line holds an Authorization header");
    }
}

int main(int argc, char **argv)
{
    // Everything OrgDesk can log, whatever QT_LOGGING_RULES says.
    QLoggingCategory::setFilterRules(QStringLiteral("orgdesk.*.debug=true"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OrgDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("OrgDesk"));
    TestAdminKeyDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_adminkeydialog.moc"
