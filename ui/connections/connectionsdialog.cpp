// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "connectionsdialog.h"
#include "ui_connectionsdialog.h"

#include "adminapiclient.h"
#include "apiorigin.h"
#include "connectionstore.h"
#include "contentfitter.h"
#include "displaytext.h"
#include "keycheck.h"
#include "plaintext.h"
#include "requestprogress.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

ConnectionsDialog::ConnectionsDialog(ConnectionStore *store, const AdminApiClient *client,
                                     QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionsDialog>())
    , m_store(store)
    , m_check(new KeyCheck(network, this))
{
    m_ui->setupUi(this);
    m_check->setTimeout(client->timeout());
    m_check->setMaxRetries(client->maxRetries());
    m_progress = std::make_unique<RequestProgress>(m_ui->progressBar, m_ui->progressLabel,
                                                   m_ui->messageArea);
    m_ui->keyEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                       | Qt::ImhNoAutoUppercase | Qt::ImhHiddenText);
    m_ui->urlEdit->setText(AdminApiClient::defaultBaseUrl().toString());
    m_ui->messageArea->hide();
    m_ui->cancelCheckButton->hide();
    m_ui->connectionList->header()->setStretchLastSection(true);
    PlainText::makeLabelsPlain(this);

    connect(m_ui->addButton, &QPushButton::clicked, this, &ConnectionsDialog::add);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &ConnectionsDialog::renameSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ConnectionsDialog::askToRemove);
    connect(m_ui->cancelCheckButton, &QPushButton::clicked, this, &ConnectionsDialog::cancelCheck);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->connectionList, &QTreeWidget::itemChanged, this,
            &ConnectionsDialog::onItemChanged);
    connect(m_ui->connectionList, &QTreeWidget::itemSelectionChanged, this,
            &ConnectionsDialog::updateButtons);
    // Return in the form adds; Escape closes.
    m_ui->addButton->setDefault(true);
    connect(store, &ConnectionStore::changed, this, &ConnectionsDialog::reload);
    reload();
    if (m_store->connections().isEmpty())
        m_ui->nameEdit->setFocus();
    ContentFitter::fitWindow(this);
}

ConnectionsDialog::~ConnectionsDialog()
{
    // The key typed and not added must not linger in the line edit's undo history.
    m_ui->keyEdit->setText(QString());
}

void ConnectionsDialog::done(int result)
{
    cancelCheck();
    QDialog::done(result);
}

void ConnectionsDialog::reload()
{
    const QString selected = selectedId();
    QTreeWidget *list = m_ui->connectionList;
    const QSignalBlocker blocker(list);
    list->clear();
    for (const Connection &connection : m_store->connections()) {
        auto *item = new QTreeWidgetItem(list, {connection.name, connection.baseUrl.toString()});
        item->setData(0, IdRole, connection.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (connection.id == selected)
            list->setCurrentItem(item);
    }
    if (!list->currentItem() && list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    list->resizeColumnToContents(0);
    updateButtons();
}

void ConnectionsDialog::add()
{
    if (m_adding)
        return;
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString urlText = m_ui->urlEdit->text().trimmed();
    const QUrl url(urlText, QUrl::StrictMode);
    const QString key = KeyCheck::normalizedKey(m_ui->keyEdit->text());
    if (name.isEmpty()) {
        showError(tr("Enter a name for the connection."));
        m_ui->nameEdit->setFocus();
        return;
    }
    if (m_store->findByName(name)) {
        showError(tr("Another connection is already called %1.").arg(DisplayText::isolated(name)));
        m_ui->nameEdit->setFocus();
        return;
    }
    if (const QString problem = ApiOrigin::problem(url); !problem.isEmpty()) {
        showError(tr("The base URL cannot be used: %1").arg(problem));
        m_ui->urlEdit->setFocus();
        return;
    }
    if (key.isEmpty()) {
        showError(tr("Enter the organization's admin key (it starts with sk-admin-)."));
        m_ui->keyEdit->setFocus();
        return;
    }
    if (key != m_ui->keyEdit->text())
        m_ui->keyEdit->setText(key);
    // Only a key the connection's own service accepts is stored.
    setChecking(true, tr("Checking the key with %1…").arg(url.host()));
    m_check->start(url, key, [this, name, url, key](const ApiError &error) {
        if (error.isError()) {
            setChecking(false);
            onCheckFailed(error, key);
            return;
        }
        store(name, url, key);
    });
}

void ConnectionsDialog::store(const QString &name, const QUrl &url, const QString &key)
{
    setChecking(true, tr("Storing the key in the system keychain…"));
    m_ui->cancelCheckButton->hide(); // a keychain write is not taken back half-way
    m_store->add(name, url, key, this, [this](const KeyStore::Result &result, const Connection &added) {
        setChecking(false);
        if (!result.ok() || added.id.isEmpty()) {
            // Everything typed stays, to try again once the keychain works.
            showError(result.message);
            return;
        }
        m_ui->nameEdit->clear();
        m_ui->keyEdit->setText(QString());
        m_ui->urlEdit->setText(AdminApiClient::defaultBaseUrl().toString());
        for (int row = 0; row < m_ui->connectionList->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = m_ui->connectionList->topLevelItem(row);
            if (item->data(0, IdRole).toString() == added.id)
                m_ui->connectionList->setCurrentItem(item);
        }
        showNotice(tr("Added %1. Switch to it from File → Switch Connection or the toolbar.")
                       .arg(DisplayText::isolated(added.name)));
    });
}

void ConnectionsDialog::onCheckFailed(const ApiError &error, const QString &key)
{
    // What was typed stays; the field to look at again gets the focus.
    const bool refused = error.kind() == ApiError::Kind::Unauthorized
        || error.kind() == ApiError::Kind::Forbidden;
    QString message = KeyCheck::problemText(error, key);
    if (!refused) {
        message += QLatin1Char('\n')
            + tr("If the base URL is wrong, correct it; then choose Add again.");
    }
    showError(message + QLatin1Char('\n') + tr("Nothing was stored."), error.requestId());
    (refused ? m_ui->keyEdit : m_ui->urlEdit)->setFocus();
}

void ConnectionsDialog::cancelCheck()
{
    if (!m_check->isRunning())
        return;
    m_check->cancel();
    setChecking(false);
    showNotice(tr("Stopped checking the key. Nothing was stored."));
    m_ui->keyEdit->setFocus();
}

void ConnectionsDialog::setChecking(bool checking, const QString &text)
{
    m_adding = checking;
    m_progress->setBusy(checking, text);
    m_ui->cancelCheckButton->setVisible(checking);
    updateButtons();
}

void ConnectionsDialog::renameSelected()
{
    if (QTreeWidgetItem *item = m_ui->connectionList->currentItem())
        m_ui->connectionList->editItem(item, 0);
}

void ConnectionsDialog::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (column != 0)
        return;
    const QString id = item->data(0, IdRole).toString();
    const std::optional<Connection> connection = m_store->connection(id);
    if (!connection || item->text(0) == connection->name)
        return;
    const QString name = item->text(0).trimmed();
    if (m_store->rename(id, name)) { // changed() reloads the list
        m_ui->messageArea->hide();
        return;
    }
    {
        const QSignalBlocker blocker(m_ui->connectionList);
        item->setText(0, connection->name);
    }
    showError(name.isEmpty() ? tr("A connection needs a name.")
                             : tr("Another connection is already called %1.")
                                   .arg(DisplayText::isolated(name)));
}

void ConnectionsDialog::askToRemove()
{
    const std::optional<Connection> connection = m_store->connection(selectedId());
    if (!connection)
        return;
    const QString id = connection->id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Connection"),
                                tr("Remove the connection %1?").arg(DisplayText::isolated(connection->name)),
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("Its admin key is deleted from the system keychain and its "
                               "remembered projects from this computer. The organization "
                               "itself is not changed."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, id](QAbstractButton *clicked) {
        if (clicked == confirm)
            remove(id);
    });
    box->open();
}

void ConnectionsDialog::remove(const QString &id)
{
    m_store->remove(id, this, [this](const KeyStore::Result &result) {
        if (!result.ok())
            showError(result.message); // the connection stays, with its key
        else
            m_ui->messageArea->hide();
    });
}

void ConnectionsDialog::showError(const QString &message, const QString &requestId)
{
    m_ui->messageArea->showMessage(MessageArea::Kind::Error, message, requestId);
    m_ui->messageArea->show();
}

void ConnectionsDialog::showNotice(const QString &message)
{
    m_ui->messageArea->showMessage(MessageArea::Kind::Information, message);
    m_ui->messageArea->show();
}

void ConnectionsDialog::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    m_ui->renameButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
    m_ui->addButton->setEnabled(!m_adding);
    // The form waits for the check, whose Cancel stays in reach.
    for (QWidget *field : {m_ui->nameEdit, m_ui->urlEdit, m_ui->keyEdit})
        field->setEnabled(!m_adding);
}

QString ConnectionsDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_ui->connectionList->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}
