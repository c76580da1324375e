// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT

// The service account and API key actions (issue #16 items 3 and 4) with their real dialogs,
// driven with QTest against the in-process sandbox over HTTP: create (and its one-time key),
// delete with typed confirmation, bulk key delete, each under the faults that matter. The
// last test scans what the tests before it left behind for the one-time keys they were
// shown: every log line (debug on), the throwaway HOME of scripts/with-keyring, the settings
// file, the clipboard.

#include "adminapiclient.h"
#include "apikeyactions.h"
#include "bulkkeydeleter.h"
#include "deleteapikeysdialog.h"
#include "deleteserviceaccountdialog.h"
#include "messagearea.h"
#include "onetimekeydialog.h"
#include "projectresourcesapi.h"
#include "resourceseeder.h"
#include "resourcestore.h"
#include "secretclipboard.h"
#include "serviceaccountactions.h"
#include "serviceaccountcreator.h"
#include "serviceaccountnamedialog.h"
#include "sandboxserver.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMimeData>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using FaultKind = SandboxFault::Kind;

namespace {

constexpr int Timeout = 30000;

// Every line logged in this process, and every one-time key a test was shown.
QMutex logMutex;
QStringList capturedLog;
QStringList revealedKeys;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLog << QString::fromLatin1(context.category ? context.category : "") + u": "_s + message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

SandboxFault fault(FaultKind kind, int status, const QByteArray &method, const QString &path,
                   bool afterEffect = false, int count = 1)
{
    SandboxFault f;
    f.kind = kind;
    f.status = status;
    f.method = method;
    f.path = path;
    f.afterEffect = afterEffect;
    f.count = count;
    f.shouldRetry = false;
    return f;
}

template <typename T>
T *child(const QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

template <typename Dialog>
Dialog *openDialog(QWidget *parent)
{
    Dialog *found = nullptr;
    if (!QTest::qWaitFor([&] { return (found = parent->findChild<Dialog *>()) && found->isVisible(); }, Timeout))
        return nullptr;
    return found;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void actionsFollowTheProject();
    void createShowsTheKeyOnce();
    void copyIsASecretAndIsCleared();
    void copyIsNotClearedWhenReplaced();
    void closingAsksOnceAndWipesTheKey();
    void createUnderFaults_data();
    void createUnderFaults();
    void uncheckedCreateLooksBeforeSendingAgain();
    void deleteServiceAccountNeedsItsName();
    void deleteServiceAccountFailureKeepsTheConfirmation();
    void deleteKeysPreviewMarksServiceAccountKeys();
    void deleteKeysWithAFaultInTheMiddle();
    void deleteKeysStopsBetweenKeys();
    void bulkDeleterCountsA404AsDone();
    void nothingLeaksTheOneTimeKeys(); // keep last: it checks what the tests above left behind

private:
    [[nodiscard]] QString big() const { return m_sandbox->resourcesOf().bigProjectId(); }
    [[nodiscard]] QString path(const QString &suffix) const
    {
        return u"/v1/organization/projects/"_s + big() + suffix;
    }
    [[nodiscard]] Project project(bool archived = false) const;
    [[nodiscard]] int accountsNamed(const QString &name) const;
    /// Opens New service account, types @p name and presses Enter.
    ServiceAccountNameDialog *submitName(const QString &name);
    /// The key dialog that a successful create opens; records its key for the last test.
    OneTimeKeyDialog *keyDialog();
    [[nodiscard]] QList<ApiKey> listedKeys();
    void closeKeyDialog(OneTimeKeyDialog *dialog);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AdminApiClient> m_client;
    std::unique_ptr<ProjectResourcesApi> m_api;
    std::unique_ptr<QWidget> m_window;
    ServiceAccountActions *m_accounts = nullptr;
    ApiKeyActions *m_keys = nullptr;
};

void TestCredentials::initTestCase()
{
    // QTest installs its own handler when it starts: record in front of it.
    previousHandler = qInstallMessageHandler(recordMessage);
}

void TestCredentials::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->seed(6, 2, 4);
    QVERIFY(m_sandbox->listen() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<AdminApiClient>(m_network.get());
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(QString::fromLatin1(SandboxServer::DefaultAdminKey));
    m_client->setRandomSource([] { return 0.999; });
    m_client->setTimeout(1500ms);
    m_api = std::make_unique<ProjectResourcesApi>(m_client.get());
    m_window = std::make_unique<QWidget>();
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_accounts = new ServiceAccountActions(m_api.get(), m_window.get(), m_window.get());
    m_accounts->setClipboardClearDelay(300ms);
    m_keys = new ApiKeyActions(m_api.get(), m_window.get(), m_window.get());
    m_accounts->setProject(project());
    m_keys->setProject(project());
}

void TestCredentials::cleanup()
{
    m_window.reset(); // the actions and dialogs with it
    m_api.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

Project TestCredentials::project(bool archived) const
{
    const std::optional<SandboxProject> stored = m_sandbox->project(big());
    Project p;
    p.id = stored->id;
    p.name = stored->name;
    p.createdAt = stored->createdAt;
    p.status = archived ? u"archived"_s : u"active"_s;
    if (archived)
        p.archivedAt = stored->createdAt + 1;
    return p;
}

int TestCredentials::accountsNamed(const QString &name) const
{
    const QList<SandboxServiceAccount> accounts = m_sandbox->projectResources(big()).serviceAccounts;
    return int(std::count_if(accounts.cbegin(), accounts.cend(),
                             [&](const SandboxServiceAccount &a) { return a.name == name; }));
}

ServiceAccountNameDialog *TestCredentials::submitName(const QString &name)
{
    m_accounts->newAction()->trigger();
    auto *dialog = openDialog<ServiceAccountNameDialog>(m_window.get());
    if (!dialog)
        return nullptr;
    auto *edit = child<QLineEdit>(dialog, "nameEdit");
    QTest::keyClicks(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
    return dialog;
}

OneTimeKeyDialog *TestCredentials::keyDialog()
{
    auto *dialog = openDialog<OneTimeKeyDialog>(m_window.get());
    if (dialog)
        revealedKeys << child<QLineEdit>(dialog, "keyEdit")->text();
    return dialog;
}

void TestCredentials::closeKeyDialog(OneTimeKeyDialog *dialog)
{
    QPointer<OneTimeKeyDialog> guard(dialog);
    dialog->reject();
    QVERIFY(dialog->storedQuestion());
    child<QPushButton>(dialog->storedQuestion(), "storedButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!guard, Timeout);
}

QList<ApiKey> TestCredentials::listedKeys()
{
    QList<ApiKey> keys;
    PageQuery query;
    for (int page = 0; page < 5; ++page) {
        std::optional<ApiResult<ApiKeyPage>> listed;
        m_api->listApiKeys(big(), query, this, [&](const ApiResult<ApiKeyPage> &r) { listed = r; });
        if (!QTest::qWaitFor([&] { return listed.has_value(); }, Timeout) || !listed->ok())
            return {};
        keys += listed->value().items;
        if (!listed->value().hasMore)
            break;
        query.after = listed->value().nextCursor;
    }
    return keys;
}

// ---- Actions ---------------------------------------------------------------------------------

void TestCredentials::actionsFollowTheProject()
{
    QVERIFY(m_accounts->newAction()->isEnabled());
    QVERIFY(!m_accounts->deleteAction()->isEnabled()); // nothing selected
    QVERIFY(!m_keys->deleteAction()->isEnabled());
    const ServiceAccount account{u"svc_1"_s, u"One"_s, u"member"_s, 1};
    m_accounts->setSelected({account});
    QVERIFY(m_accounts->deleteAction()->isEnabled());
    m_accounts->setSelected({account, ServiceAccount{u"svc_2"_s, u"Two"_s, u"member"_s, 2}});
    QVERIFY(!m_accounts->deleteAction()->isEnabled()); // one at a time
    ApiKey key;
    key.id = u"key_1"_s;
    m_keys->setSelected({key});
    QVERIFY(m_keys->deleteAction()->isEnabled());

    // Archived: read-only. None: nothing to act on.
    m_accounts->setProject(project(true));
    m_accounts->setSelected({account});
    m_keys->setProject(project(true));
    m_keys->setSelected({key});
    QVERIFY(!m_accounts->newAction()->isEnabled());
    QVERIFY(!m_accounts->deleteAction()->isEnabled());
    QVERIFY(!m_keys->deleteAction()->isEnabled());
    m_accounts->createServiceAccount(); // another caller: still nothing opens
    QVERIFY(!m_window->findChild<ServiceAccountNameDialog *>());
    m_accounts->setProject(std::nullopt);
    m_keys->setProject(std::nullopt);
    QVERIFY(!m_accounts->newAction()->isEnabled());
    QVERIFY(!m_keys->deleteAction()->isEnabled());
    QCOMPARE(m_sandbox->requestCount(), 0);
}

// ---- New service account and its key ----------------------------------------------------------

void TestCredentials::createShowsTheKeyOnce()
{
    QSignalSpy created(m_accounts, &ServiceAccountActions::created);
    QPointer<ServiceAccountNameDialog> names = submitName(u"Shown once"_s);
    QVERIFY(names);
    QVERIFY(names->isBusy());
    QVERIFY(child<QLineEdit>(names, "nameEdit")->isReadOnly());
    names->reject(); // busy: the answer decides, not Escape
    QVERIFY(names->isVisible());

    OneTimeKeyDialog *dialog = keyDialog();
    QVERIFY(dialog);
    QVERIFY(!names);
    QCOMPARE(created.size(), 1);
    const auto account = created.first().at(1).value<ServiceAccount>();
    QCOMPARE(account.name, u"Shown once"_s);
    QCOMPARE(accountsNamed(u"Shown once"_s), 1);
    QCOMPARE(m_sandbox->requestCount("POST", path(u"/service_accounts"_s)), 1);

    auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
    QVERIFY(keyEdit->text().startsWith(u"sk-svcacct-"_s));
    QVERIFY(keyEdit->isReadOnly());
    QVERIFY(QFontInfo(keyEdit->font()).fixedPitch());
    QVERIFY(child<QLabel>(dialog, "warningLabel")->text().contains(u"will not be shown again"_s));
    // The service keeps only the redacted form, ending as the key does.
    const QList<ApiKey> keys = listedKeys();
    QVERIFY(std::any_of(keys.cbegin(), keys.cend(), [&](const ApiKey &k) {
        return k.owner.id == account.id && keyEdit->text().endsWith(k.redactedValue.right(4));
    }));
    closeKeyDialog(dialog);
}

void TestCredentials::copyIsASecretAndIsCleared()
{
    QVERIFY(submitName(u"Copy me"_s));
    OneTimeKeyDialog *dialog = keyDialog();
    QVERIFY(dialog);
    const QString key = child<QLineEdit>(dialog, "keyEdit")->text();
    m_accounts->setClipboardClearDelay(2s); // long enough to see it still there after closing
    QSignalSpy expired(m_accounts->clipboard(), &SecretClipboard::expired);
    QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);

    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(data->text(), key);
    QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
    QVERIFY(child<QLabel>(dialog, "copiedLabel")->isVisible());
    // The clipboard is cleared after the (shortened) delay, even with the dialog closed.
    closeKeyDialog(dialog);
    QVERIFY(QGuiApplication::clipboard()->text() == key);
    QVERIFY(expired.wait(Timeout));
    QCOMPARE(expired.first().first().toBool(), true);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestCredentials::copyIsNotClearedWhenReplaced()
{
    QVERIFY(submitName(u"Copy and replace"_s));
    OneTimeKeyDialog *dialog = keyDialog();
    QVERIFY(dialog);
    QSignalSpy expired(m_accounts->clipboard(), &SecretClipboard::expired);
    QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    QGuiApplication::clipboard()->setText(u"something copied since"_s);
    QVERIFY(expired.wait(Timeout));
    QCOMPARE(expired.first().first().toBool(), false);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"something copied since"_s);
    closeKeyDialog(dialog);
}

void TestCredentials::closingAsksOnceAndWipesTheKey()
{
    QVERIFY(submitName(u"Close me"_s));
    QPointer<OneTimeKeyDialog> dialog = keyDialog();
    QVERIFY(dialog);
    QPointer<QLineEdit> keyEdit = child<QLineEdit>(dialog, "keyEdit");
    QVERIFY(!keyEdit->text().isEmpty());

    // Escape asks first; Go Back returns to the key.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QPointer<QMessageBox> question = dialog->storedQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QCOMPARE(question->text(), u"Did you store the key?"_s);
    QVERIFY(dialog->isVisible());
    QTest::keyClick(question, Qt::Key_Escape); // Escape there is Go Back
    QTRY_VERIFY(!question);
    QVERIFY(dialog->isVisible());
    QVERIFY(!keyEdit->text().isEmpty());

    // Asked once: the next close (the window's X) closes, and the key is wiped first.
    QString textWhenFinished = u"(not finished)"_s;
    connect(dialog, &QDialog::finished, this, [&] { textWhenFinished = keyEdit ? keyEdit->text() : QString(); });
    dialog->close();
    QVERIFY(!dialog->storedQuestion());
    QCOMPARE(textWhenFinished, QString());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, Timeout); // deleted, its widgets with it
    QVERIFY(!keyEdit);
}

// ---- Create under faults --------------------------------------------------------------------

void TestCredentials::createUnderFaults_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("afterEffect");
    QTest::addColumn<QString>("expected"); // key | made-without-key | error
    QTest::newRow("500 after the effect") << int(FaultKind::Status) << 500 << true << u"made-without-key"_s;
    QTest::newRow("connection dropped after the effect") << int(FaultKind::DropMidBody) << 200 << true
                                                         << u"made-without-key"_s;
    QTest::newRow("connection dropped before") << int(FaultKind::Close) << 200 << false << u"error"_s;
    QTest::newRow("502 HTML page") << int(FaultKind::Html) << 502 << false << u"error"_s;
    QTest::newRow("429, then made") << int(FaultKind::Status) << 429 << false << u"key"_s;
    QTest::newRow("400 refused") << int(FaultKind::Status) << 400 << false << u"error"_s;
}

void TestCredentials::createUnderFaults()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, afterEffect);
    QFETCH(QString, expected);
    const QString name = u"Fault: deploy bot"_s;
    SandboxFault f = fault(FaultKind(kind), status, "POST", path(u"/service_accounts"_s), afterEffect);
    if (status == 429) {
        f.shouldRetry.reset();
        f.retryAfterMs = 50;
    }
    m_sandbox->addFault(f);
    QSignalSpy created(m_accounts, &ServiceAccountActions::created);
    QPointer<ServiceAccountNameDialog> dialog = submitName(name);
    QVERIFY(dialog);

    if (expected == u"key") {
        QVERIFY(keyDialog());
        QCOMPARE(created.size(), 1);
        QCOMPARE(accountsNamed(name), 1);
        closeKeyDialog(m_window->findChild<OneTimeKeyDialog *>());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Timeout);
    auto *error = child<MessageArea>(dialog, "errorArea");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!m_window->findChild<OneTimeKeyDialog *>());
    // Sent once, never repeated blindly.
    QCOMPARE(m_sandbox->requestCount("POST", path(u"/service_accounts"_s)), 1);
    if (expected == u"made-without-key") {
        // Exactly one account, reported to the tab; the dialog says its key is lost.
        QCOMPARE(accountsNamed(name), 1);
        QCOMPARE(created.size(), 1);
        QVERIFY2(error->text().contains(u"delete this service account"_s), qPrintable(error->text()));
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
        QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close));
        if (status == 500)
            QVERIFY(!error->requestId().isEmpty());
        dialog->reject();
        QTRY_VERIFY(!dialog);
        return;
    }
    // Nothing made: the name is kept, and Create works again.
    QCOMPARE(accountsNamed(name), 0);
    QCOMPARE(created.size(), 0);
    auto *edit = child<QLineEdit>(dialog, "nameEdit");
    QCOMPARE(edit->text(), name);
    QVERIFY(!edit->isReadOnly());
    if (status == 400 || status == 502)
        QVERIFY(!error->requestId().isEmpty());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(keyDialog());
    QCOMPARE(accountsNamed(name), 1);
    QCOMPARE(created.size(), 1);
    closeKeyDialog(m_window->findChild<OneTimeKeyDialog *>());
}

void TestCredentials::uncheckedCreateLooksBeforeSendingAgain()
{
    // The answer is lost after the account was made, and the check fails too.
    const QString name = u"Unsettled"_s;
    m_sandbox->addFault(fault(FaultKind::Status, 500, "POST", path(u"/service_accounts"_s), true));
    m_sandbox->addFault(fault(FaultKind::Status, 500, "GET", path(u"/service_accounts"_s))); // x-should-retry: false
    QPointer<ServiceAccountNameDialog> dialog = submitName(name);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Timeout);
    auto *error = child<MessageArea>(dialog, "errorArea");
    QVERIFY2(error->text().contains(u"did not settle"_s), qPrintable(error->text()));
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), name);

    // Create again: it looks first, finds the account, and sends no second create.
    QSignalSpy created(m_accounts, &ServiceAccountActions::created);
    QTest::keyClick(child<QLineEdit>(dialog, "nameEdit"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Timeout);
    QVERIFY2(error->text().contains(u"delete this service account"_s), qPrintable(error->text()));
    QCOMPARE(m_sandbox->requestCount("POST", path(u"/service_accounts"_s)), 1);
    QCOMPARE(accountsNamed(name), 1);
    QCOMPARE(created.size(), 1);
}

// ---- Delete service account ------------------------------------------------------------------

void TestCredentials::deleteServiceAccountNeedsItsName()
{
    const SandboxServiceAccount stored = m_sandbox->projectResources(big()).serviceAccounts.first();
    const int keysBefore = int(m_sandbox->projectResources(big()).apiKeys.size());
    m_accounts->setSelected({ServiceAccount{stored.id, stored.name, stored.role, stored.createdAt}});
    QSignalSpy deleted(m_accounts, &ServiceAccountActions::deleted);
    m_accounts->deleteAction()->trigger();
    QPointer<DeleteServiceAccountDialog> dialog = openDialog<DeleteServiceAccountDialog>(m_window.get());
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, "consequenceLabel")->text().contains(u"API keys stop working"_s));
    auto *confirm = child<QLineEdit>(dialog, "confirmEdit");
    auto *button = child<QPushButton>(dialog, "deleteButton");
    QVERIFY(!button->isEnabled());
    // Enter never deletes: Cancel is the default, and Delete does not become it on focus.
    QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isDefault());
    QVERIFY(!button->autoDefault());
    confirm->insert(stored.name.left(stored.name.size() - 1));
    QVERIFY(!button->isEnabled());
    confirm->insert(stored.name.right(1));
    QVERIFY(button->isEnabled());
    QCOMPARE(m_sandbox->requestCount(), 0);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, Timeout);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().at(1).toString(), stored.id);
    QCOMPARE(m_sandbox->requestCount("DELETE", path(u"/service_accounts/"_s + stored.id)), 1);
    QCOMPARE(m_sandbox->projectResources(big()).apiKeys.size(), keysBefore - 1); // its key went too
}

void TestCredentials::deleteServiceAccountFailureKeepsTheConfirmation()
{
    const SandboxServiceAccount stored = m_sandbox->projectResources(big()).serviceAccounts.at(1);
    const QString target = path(u"/service_accounts/"_s + stored.id);
    m_sandbox->addFault(fault(FaultKind::Html, 502, "DELETE", target)); // x-should-retry: false
    m_accounts->setSelected({ServiceAccount{stored.id, stored.name, stored.role, stored.createdAt}});
    QSignalSpy deleted(m_accounts, &ServiceAccountActions::deleted);
    m_accounts->deleteAction()->trigger();
    QPointer<DeleteServiceAccountDialog> dialog = openDialog<DeleteServiceAccountDialog>(m_window.get());
    QVERIFY(dialog);
    auto *confirm = child<QLineEdit>(dialog, "confirmEdit");
    confirm->insert(stored.name);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Timeout);
    auto *error = child<MessageArea>(dialog, "errorArea");
    QVERIFY(error->isVisible());
    QVERIFY(!error->requestId().isEmpty());
    QVERIFY(!error->text().contains(u"<html"_s, Qt::CaseInsensitive));
    QCOMPARE(confirm->text(), stored.name);
    QCOMPARE(deleted.size(), 0);
    // The fault is used up: Delete again works.
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, Timeout);
    QCOMPARE(deleted.size(), 1);
}

// ---- Delete API keys -------------------------------------------------------------------------

void TestCredentials::deleteKeysPreviewMarksServiceAccountKeys()
{
    const QList<ApiKey> all = listedKeys();
    QVERIFY(all.size() > 100);
    QList<ApiKey> chosen;
    for (const ApiKey &k : all) {
        if (k.owner.isServiceAccount() && chosen.size() < 1)
            chosen << k;
    }
    m_keys->setSelected(chosen);
    m_keys->deleteAction()->trigger();
    auto *dialog = openDialog<DeleteApiKeysDialog>(m_window.get());
    QVERIFY(dialog);
    // Only a service account's key: nothing to send, and the dialog says why.
    QVERIFY(!child<QPushButton>(dialog, "deleteButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "serviceAccountNote")->isVisible());
    QVERIFY(child<QLabel>(dialog, "serviceAccountNote")->text().contains(u"delete the service account"_s));
    QVERIFY(child<QListWidget>(dialog, "keyList")->item(0)->text().contains(u"goes with its service account"_s));
    dialog->accept();
    QCOMPARE(m_sandbox->requestCount("DELETE"), 0);
    dialog->reject();
}

void TestCredentials::deleteKeysWithAFaultInTheMiddle()
{
    const QList<ApiKey> all = listedKeys();
    QList<ApiKey> users;
    ApiKey accountKey;
    for (const ApiKey &k : all) {
        if (k.isDeletable() && users.size() < 5)
            users << k;
        else if (k.owner.isServiceAccount() && accountKey.id.isEmpty())
            accountKey = k;
    }
    QCOMPARE(users.size(), 5);
    const auto keyPath = [this](const ApiKey &k) { return path(u"/api_keys/"_s + k.id); };
    m_sandbox->addFault(fault(FaultKind::Status, 400, "DELETE", keyPath(users.at(2))));
    // Someone else deleted the fourth meanwhile: a 404, which is what was asked.
    auto &stored = m_sandbox->projectResources(big()).apiKeys;
    stored.erase(std::find_if(stored.begin(), stored.end(), [&](const SandboxApiKey &k) { return k.id == users.at(3).id; }));

    m_keys->setSelected(QList<ApiKey>{users.at(0), accountKey} + users.mid(1));
    QSignalSpy deleted(m_keys, &ApiKeyActions::deleted);
    m_keys->deleteAction()->trigger();
    QPointer<DeleteApiKeysDialog> dialog = openDialog<DeleteApiKeysDialog>(m_window.get());
    QVERIFY(dialog);
    QCOMPARE(child<QListWidget>(dialog, "keyList")->count(), 6);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    auto *summary = child<QPlainTextEdit>(dialog, "summaryText");
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), Timeout);

    const QString text = summary->toPlainText();
    QVERIFY2(text.startsWith(u"Deleted 4 of 5 API keys."_s), qPrintable(text));
    QVERIFY2(text.contains(u"Not deleted because of an error:"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Request ID: req_"_s), qPrintable(text));
    QVERIFY2(text.contains(u"(was already deleted)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"go with their service account"_s), qPrintable(text));
    // Nothing sent twice; the service account's key never sent.
    for (const ApiKey &k : std::as_const(users))
        QCOMPARE(m_sandbox->requestCount("DELETE", keyPath(k)), 1);
    QCOMPARE(m_sandbox->requestCount("DELETE", keyPath(accountKey)), 0);
    QCOMPARE(deleted.size(), 4);
    QStringList ids;
    for (const QList<QVariant> &signal : std::as_const(deleted)) {
        QCOMPARE(signal.first().toString(), big());
        ids += signal.at(1).toStringList();
    }
    QVERIFY(!ids.contains(users.at(2).id));
    QVERIFY(ids.contains(users.at(3).id));
    const auto items = child<QListWidget>(dialog, "keyList");
    QVERIFY(items->item(3)->text().endsWith(u"not deleted"_s));
    QVERIFY(items->item(3)->toolTip().contains(u"Request ID"_s));
    QCOMPARE(m_sandbox->projectResources(big()).apiKeys.size(), all.size() - 4); // the 404 one was gone before
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestCredentials::deleteKeysStopsBetweenKeys()
{
    QList<ApiKey> users;
    for (const ApiKey &k : listedKeys()) {
        if (k.isDeletable() && users.size() < 6)
            users << k;
    }
    m_sandbox->setLatency(150);
    m_keys->setSelected(users);
    m_keys->deleteAction()->trigger();
    QPointer<DeleteApiKeysDialog> dialog = openDialog<DeleteApiKeysDialog>(m_window.get());
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->requestCount("DELETE") >= 2, Timeout);
    QTest::keyClick(dialog, Qt::Key_Escape); // Stop
    QVERIFY(dialog); // never abandoned mid-key
    QCOMPARE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(), u"Stopping…"_s);
    auto *summary = child<QPlainTextEdit>(dialog, "summaryText");
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), Timeout);
    const int sent = m_sandbox->requestCount("DELETE");
    QVERIFY2(sent >= 2 && sent < 6, qPrintable(QString::number(sent)));
    QVERIFY2(summary->toPlainText().contains(u"Left untouched"_s), qPrintable(summary->toPlainText()));
    QVERIFY(summary->toPlainText().startsWith(u"Deleted %1 of 6 API keys."_s.arg(sent)));
    QCOMPARE(int(m_sandbox->projectResources(big()).apiKeys.size()), ResourceSeeder::BigProjectApiKeys - sent);
}

void TestCredentials::bulkDeleterCountsA404AsDone()
{
    QList<ApiKey> users;
    for (const ApiKey &k : listedKeys()) {
        if (k.isDeletable() && users.size() < 2)
            users << k;
    }
    // The same key twice is sent once; a repeated delete (404) is done.
    BulkKeyDeleter first(m_api.get(), big(), {users.at(0), users.at(0)});
    QSignalSpy firstDone(&first, &BulkKeyDeleter::finished);
    first.start();
    QVERIFY(firstDone.wait(Timeout));
    BulkKeyDeleter again(m_api.get(), big(), {users.at(0), users.at(1)});
    QSignalSpy againDone(&again, &BulkKeyDeleter::finished);
    again.start();
    QVERIFY(againDone.wait(Timeout));
    const auto summary = againDone.first().first().value<BulkKeyDeleteSummary>();
    QCOMPARE(summary.deleted.size(), 2);
    QCOMPARE(summary.alreadyGone.size(), 1);
    QCOMPARE(summary.alreadyGone.first().id, users.at(0).id);
    QVERIFY(summary.failed.isEmpty());
    QCOMPARE(m_sandbox->requestCount("DELETE", path(u"/api_keys/"_s + users.at(0).id)), 2);
}

// ---- Hygiene ----------------------------------------------------------------------------------

void TestCredentials::nothingLeaksTheOneTimeKeys()
{
    QVERIFY2(revealedKeys.size() >= 5, "the tests above showed keys");
    for (const QString &key : std::as_const(revealedKeys))
        QVERIFY(key.startsWith(u"sk-svcacct-"_s) && key.size() > 30);

    // The clipboard no longer holds one (each copy expired above).
    for (const QString &key : std::as_const(revealedKeys))
        QVERIFY(QGuiApplication::clipboard()->text() != key);
    // No key dialog, no widget still showing a key.
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            for (const QString &key : std::as_const(revealedKeys))
                QVERIFY(edit->text() != key);
        }
    }

    // Everything logged in this process (debug on, and it did log).
    {
        const QMutexLocker lock(&logMutex);
        QVERIFY(std::any_of(capturedLog.cbegin(), capturedLog.cend(),
                            [](const QString &line) { return line.startsWith(u"orgdesk.ui"_s); }));
        QVERIFY(std::any_of(capturedLog.cbegin(), capturedLog.cend(),
                            [](const QString &line) { return line.startsWith(u"orgdesk.api"_s); }));
        for (const QString &line : std::as_const(capturedLog)) {
            for (const QString &key : std::as_const(revealedKeys)) {
                // The whole key, or the secret middle of it.
                QVERIFY2(!line.contains(key.mid(11, 16)), "a log line holds a one-time key");
            }
        }
    }

    // The settings file, wherever QSettings keeps it.
    const QString settingsFile = QSettings().fileName();
    if (QFile::exists(settingsFile)) {
        QFile settings(settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray bytes = settings.readAll();
        for (const QString &key : std::as_const(revealedKeys))
            QVERIFY(!bytes.contains(key.mid(11, 16).toUtf8()));
    }

    // Every file under the throwaway HOME of scripts/with-keyring.
    const QString home = qEnvironmentVariable("ORGDESK_TEST_HOME");
    QVERIFY2(!home.isEmpty(), "run under scripts/with-keyring: the HOME scan needs its throwaway HOME");
    int scanned = 0;
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++scanned;
        const QByteArray bytes = file.readAll();
        for (const QString &key : std::as_const(revealedKeys))
            QVERIFY2(!bytes.contains(key.mid(11, 16).toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY(scanned > 0); // the keyring's own files at least: the scan is not vacuous
}

int main(int argc, char **argv)
{
    // Everything OrgDesk can log, whatever QT_LOGGING_RULES says.
    QLoggingCategory::setFilterRules(u"orgdesk.*.debug=true"_s);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"OrgDesk"_s);
    QCoreApplication::setApplicationName(u"OrgDesk"_s);
    TestCredentials test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentials.moc"
