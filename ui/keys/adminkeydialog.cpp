// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "adminkeydialog.h"
#include "ui_adminkeydialog.h"

#include "adminapiclient.h"
#include "captions.h"
#include "contentfitter.h"
#include "keycheck.h"
#include "plaintext.h"
#include "session.h"
#include "uilogging.h"

#include <QMessageBox>
#include <QPushButton>

class AdminKeyDialog::Private
{
public:
    Session *session = nullptr;
    AdminApiClient *client = nullptr;
    QPushButton *verifyButton = nullptr;
    KeyCheck *check = nullptr;
    bool checking = false;
};

AdminKeyDialog::AdminKeyDialog(Session *session, AdminApiClient *client,
                               QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AdminKeyDialog>())
    , d(std::make_unique<Private>())
{
    Q_ASSERT(session);
    Q_ASSERT(client);
    Q_ASSERT(network);
    d->session = session;
    d->client = client;
    d->check = new KeyCheck(network, this);

    m_ui->setupUi(this);
    PlainText::makeLabelsPlain(this);
    d->verifyButton = m_ui->buttonBox->addButton(tr("&Verify and Save"), QDialogButtonBox::AcceptRole);
    d->verifyButton->setObjectName(QStringLiteral("verifyButton"));
    d->verifyButton->setAccessibleName(tr("Verify and save"));
    d->verifyButton->setDefault(true);
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setAccessibleName(tr("Cancel"));
    m_ui->buttonBox->setAccessibleName(tr("Dialog buttons"));

    m_ui->keyEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                       | Qt::ImhNoAutoUppercase | Qt::ImhHiddenText);
    m_ui->originLabel->setText(d->session->origin());
    Captions::tie(m_ui->originCaption, m_ui->originLabel);
    Captions::tie(m_ui->sourceCaption, m_ui->sourceLabel);
    m_ui->hintLabel->hide();
    m_ui->keychainLabel->hide();
    m_ui->progressBar->hide();
    m_ui->progressLabel->hide();

    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->errorArea->hide();
        updateHint();
        updateButtons();
    });
    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(shown ? tr("Hide") : tr("Show"));
        m_ui->showKeyButton->setAccessibleName(shown ? tr("Hide key") : tr("Show key"));
    });
    // The verify button has the accept role, but accepting waits for the check.
    connect(d->verifyButton, &QPushButton::clicked, this, &AdminKeyDialog::verify);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AdminKeyDialog::onCancelClicked);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &AdminKeyDialog::askToForget);

    connect(d->session, &Session::keyReady, this, &AdminKeyDialog::updateKeyState);
    connect(d->session, &Session::keyForgotten, this, &AdminKeyDialog::updateKeyState);
    connect(d->session, &Session::keySaved, this, [this] { m_ui->keychainLabel->hide(); });
    connect(d->session, &Session::keychainUnavailable, this, &AdminKeyDialog::showKeychainProblem);
    if (!d->session->keychainProblem().isEmpty())
        showKeychainProblem(d->session->keychainProblem());

    updateKeyState();
    updateHint();
    updateButtons();
    ContentFitter::fitWindow(this);
}

AdminKeyDialog::~AdminKeyDialog() = default;

void AdminKeyDialog::done(int result)
{
    cancelCheck();
    // The dialog may live on after closing: keep no typed key in it.
    m_ui->keyEdit->clear();
    QDialog::done(result);
}

void AdminKeyDialog::verify()
{
    if (d->checking)
        return;
    const QString key = KeyCheck::normalizedKey(m_ui->keyEdit->text());
    if (key.isEmpty()) {
        showError(tr("Enter an admin key."));
        return;
    }
    if (key != m_ui->keyEdit->text())
        m_ui->keyEdit->setText(key);

    d->check->setTimeout(d->client->timeout());
    d->check->setMaxRetries(d->client->maxRetries());
    setChecking(true);
    qCDebug(lcUi) << "checking a key for" << d->session->origin();
    d->check->start(d->client->baseUrl(), key, [this, key](const ApiError &error) {
        setChecking(false);
        if (!error.isError()) {
            qCDebug(lcUi) << "the key was accepted for" << d->session->origin();
            d->session->useKey(key, m_ui->rememberCheck->isChecked());
            accept();
            return;
        }
        m_ui->keyEdit->setFocus();
        const QString problem = KeyCheck::problemText(error, key);
        if (error.kind() == ApiError::Kind::Forbidden && key.startsWith(QLatin1String("sk-proj-"))) {
            // The hint said so before the service did: one sentence, with the service's id.
            showError(problem, error.requestId());
            m_ui->hintLabel->hide();
            return;
        }
        showError(problem + QLatin1Char('\n') + tr("Nothing was stored."), error.requestId());
    });
}

void AdminKeyDialog::cancelCheck()
{
    d->check->cancel();
    if (d->checking)
        setChecking(false);
}

void AdminKeyDialog::onCancelClicked()
{
    if (d->checking) {
        cancelCheck();
        m_ui->keyEdit->setFocus();
        return;
    }
    reject();
}

void AdminKeyDialog::askToForget()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Forget Admin Key"),
                                tr("Forget the admin key for %1?").arg(d->session->origin()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("forgetConfirmation"));
    box->setInformativeText(tr("OrgDesk stops using it now and removes it from the system "
                               "keychain. To work again you will need to enter a key."));
    QPushButton *forget = box->addButton(tr("&Forget Key"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("confirmForgetButton"));
    forget->setAccessibleName(tr("Forget key"));
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    keep->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, forget] {
        if (box->clickedButton() == forget)
            d->session->forget();
    });
    box->open();
}

void AdminKeyDialog::setChecking(bool checking)
{
    d->checking = checking;
    if (checking)
        m_ui->errorArea->hide();
    m_ui->progressBar->setVisible(checking);
    m_ui->progressLabel->setVisible(checking);
    m_ui->keyEdit->setEnabled(!checking);
    m_ui->showKeyButton->setEnabled(!checking);
    m_ui->rememberCheck->setEnabled(!checking);
    updateButtons();
}

void AdminKeyDialog::showError(const QString &message, const QString &requestId)
{
    m_ui->errorArea->showMessage(MessageArea::Kind::Error, message, requestId);
}

void AdminKeyDialog::showKeychainProblem(const QString &message)
{
    m_ui->keychainLabel->setText(
        message + QLatin1Char('\n')
        + tr("A key entered now is not stored: OrgDesk will ask for it again next time."));
    m_ui->keychainLabel->show();
    m_ui->rememberCheck->setChecked(false);
}

void AdminKeyDialog::updateHint()
{
    const QString key = KeyCheck::normalizedKey(m_ui->keyEdit->text());
    QString hint;
    if (key.startsWith(QLatin1String("sk-proj-"))) {
        hint = tr("This is a project key. The Admin API needs an admin key (sk-admin-…), which "
                  "an organization owner creates under Settings → Organization → Admin keys at "
                  "platform.openai.com.");
    } else if (!key.isEmpty() && !key.startsWith(QLatin1String("sk-admin-"))) {
        hint = tr("This does not look like an admin key (those start with sk-admin-). You can "
                  "still try it.");
    }
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
}

void AdminKeyDialog::updateKeyState()
{
    QString source;
    switch (d->session->keySource()) {
    case Session::KeySource::None:
        source = tr("None yet");
        break;
    case Session::KeySource::Environment:
        source = tr("From the OPENAI_ADMIN_KEY environment variable, for this session only");
        break;
    case Session::KeySource::Keychain:
        source = tr("Stored in the system keychain");
        break;
    case Session::KeySource::SessionOnly:
        source = tr("Entered for this session only (not stored)");
        break;
    }
    m_ui->sourceLabel->setText(source);
    m_ui->originLabel->setText(d->session->origin());
    updateButtons();
}

void AdminKeyDialog::updateButtons()
{
    const bool typed = !KeyCheck::normalizedKey(m_ui->keyEdit->text()).isEmpty();
    d->verifyButton->setEnabled(!d->checking && typed);
    m_ui->forgetButton->setEnabled(!d->checking && d->session->hasKey());
}
