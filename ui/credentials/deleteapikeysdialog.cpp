// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "deleteapikeysdialog.h"
#include "ui_deleteapikeysdialog.h"

#include "contentfitter.h"
#include "displaytext.h"
#include "plaintext.h"
#include "projecterrortext.h"

#include <QPushButton>
#include <QSet>

namespace {
constexpr int KeyIdRole = Qt::UserRole + 1;
} // namespace

DeleteApiKeysDialog::DeleteApiKeysDialog(const QList<ApiKey> &keys, const QString &projectName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteApiKeysDialog>())
{
    QSet<QString> seen;
    for (const ApiKey &key : keys) {
        if (!seen.contains(key.id)) {
            seen.insert(key.id);
            m_keys.append(key);
        }
    }
    m_ui->setupUi(this);
    PlainText::makeLabelsPlain(this);
    const int count = int(m_keys.size());
    const int deletable = deletableCount();
    setWindowTitle(tr("Delete %n API Keys", nullptr, count));
    setAccessibleName(windowTitle());
    m_ui->messageLabel->setText(tr("Delete %n API keys from %1?", nullptr, deletable)
                                    .arg(ProjectErrorText::quoted(projectName)));
    QFont bold = m_ui->messageLabel->font();
    bold.setBold(true);
    m_ui->messageLabel->setFont(bold);
    m_ui->consequenceLabel->setText(
        tr("A deleted key stops working at once: whatever uses it loses access. This cannot be "
           "undone."));

    // Long names and owners wrap instead of hiding the end of the line, where a service
    // account's key says why it is not deleted.
    m_ui->keyList->setWordWrap(true);
    m_ui->keyList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->keyList->setResizeMode(QListView::Adjust);
    int accountKeys = 0;
    for (const ApiKey &key : std::as_const(m_keys)) {
        QString text = describe(key);
        if (!key.isDeletable()) {
            ++accountKeys;
            text = tr("%1 — goes with its service account, not deleted here").arg(text);
        }
        auto *item = new QListWidgetItem(text, m_ui->keyList);
        item->setData(KeyIdRole, key.id);
        item->setToolTip(PlainText::toolTip(key.id));
    }
    m_ui->serviceAccountNote->setVisible(accountKeys > 0);
    m_ui->serviceAccountNote->setText(
        tr("%n of these keys belong to a service account. A service account's key cannot be "
           "deleted on its own: it is deleted with its service account. To stop it, delete the "
           "service account in the Service accounts tab.", nullptr, accountKeys));
    if (deletable == 0) {
        m_ui->messageLabel->setText(tr("None of these keys can be deleted here."));
        m_ui->consequenceLabel->hide();
    }

    m_deleteButton = m_ui->buttonBox->addButton(tr("Delete"), QDialogButtonBox::AcceptRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAccessibleName(tr("Delete %n API keys", nullptr, deletable));
    m_deleteButton->setAutoDefault(false);
    cancelButton()->setDefault(true);

    m_ui->progressBar->setRange(0, qMax(1, deletable));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->hide();
    m_ui->progressLabel->hide();
    m_ui->summaryText->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DeleteApiKeysDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DeleteApiKeysDialog::reject);
    updateState();
    ContentFitter::fitWindow(this);
}

DeleteApiKeysDialog::~DeleteApiKeysDialog() = default;

int DeleteApiKeysDialog::deletableCount() const
{
    return int(std::count_if(m_keys.cbegin(), m_keys.cend(), [](const ApiKey &k) { return k.isDeletable(); }));
}

QString DeleteApiKeysDialog::describe(const ApiKey &key)
{
    const QString name = key.name.trimmed().isEmpty() ? key.id : ProjectErrorText::quoted(key.name);
    QString owner = key.owner.name.isEmpty() ? key.owner.email : key.owner.name;
    if (owner.isEmpty())
        owner = key.owner.id;
    const QString value = DisplayText::isolated(key.redactedValue);
    if (key.owner.isServiceAccount())
        return tr("%1 (%2), service account %3").arg(name, value, ProjectErrorText::quoted(owner));
    if (owner.isEmpty())
        return tr("%1 (%2)").arg(name, value);
    return tr("%1 (%2), owned by %3").arg(name, value, DisplayText::isolated(owner));
}

void DeleteApiKeysDialog::setRunning(bool running)
{
    m_running = running;
    if (running) {
        m_stopping = false;
        m_ui->errorArea->hide();
        m_ui->progressBar->show();
    } else {
        m_ui->progressLabel->hide();
    }
    updateState();
}

void DeleteApiKeysDialog::setProgress(int done, int total, const ApiKey &current)
{
    m_ui->progressBar->setRange(0, total);
    m_ui->progressBar->setValue(done);
    m_progressText = tr("Deleting %1 (%2 of %3)…").arg(describe(current)).arg(done + 1).arg(total);
    if (m_stopping)
        m_progressText += QLatin1Char('\n') + tr("Stopping after this key…");
    m_ui->progressLabel->setText(m_progressText);
    m_ui->progressLabel->show();
}

void DeleteApiKeysDialog::markDeleted(const ApiKey &key, bool alreadyGone)
{
    m_ui->progressBar->setValue(m_ui->progressBar->value() + 1);
    if (QListWidgetItem *item = itemFor(key)) {
        item->setText(alreadyGone ? tr("%1 — was already deleted").arg(describe(key))
                                  : tr("%1 — deleted").arg(describe(key)));
    }
}

void DeleteApiKeysDialog::markFailed(const ApiKey &key, const QString &why)
{
    m_ui->progressBar->setValue(m_ui->progressBar->value() + 1);
    if (QListWidgetItem *item = itemFor(key)) {
        item->setText(tr("%1 — not deleted").arg(describe(key)));
        item->setToolTip(PlainText::toolTip(why));
    }
}

void DeleteApiKeysDialog::setWaitingText(const QString &text)
{
    if (!m_running)
        return;
    m_ui->progressLabel->setText(text.isEmpty() ? m_progressText : m_progressText + QLatin1Char('\n') + text);
}

void DeleteApiKeysDialog::showSummary(const BulkKeyDeleteSummary &summary)
{
    m_done = true;
    setRunning(false);
    const int sent = int(summary.deleted.size() + summary.failed.size() + summary.notAttempted.size());
    // What needs attention first: the few failures would sit below many deleted keys.
    QStringList lines;
    lines << tr("Deleted %1 of %n API keys.", nullptr, sent).arg(summary.deleted.size());
    if (!summary.failed.isEmpty()) {
        lines << QString() << tr("Not deleted because of an error:");
        for (const BulkKeyDeleteSummary::Failure &failure : summary.failed) {
            const QString why = ProjectErrorText::withRequestId(failure.error.userMessageWithoutRequestId(), failure.error);
            lines << QStringLiteral("  ") + describe(failure.key) + QLatin1Char('\n')
                    + QStringLiteral("    ") + QString(why).replace(QLatin1Char('\n'), QStringLiteral("\n    "));
        }
    }
    if (!summary.notAttempted.isEmpty()) {
        lines << QString() << tr("Left untouched (stopped before their turn):");
        for (const ApiKey &key : summary.notAttempted) {
            lines << QStringLiteral("  ") + describe(key);
            if (QListWidgetItem *item = itemFor(key))
                item->setText(tr("%1 — left untouched").arg(describe(key)));
        }
    }
    if (!summary.serviceAccountKeys.isEmpty()) {
        lines << QString() << tr("Not sent: these go with their service account (delete it instead):");
        for (const ApiKey &key : summary.serviceAccountKeys)
            lines << QStringLiteral("  ") + describe(key);
    }
    if (!summary.deleted.isEmpty()) {
        lines << QString() << tr("Deleted:");
        for (const ApiKey &key : summary.deleted) {
            lines << QStringLiteral("  ") + describe(key)
                    + (summary.alreadyGone.contains(key) ? QStringLiteral(" ") + tr("(was already deleted)")
                                                         : QString());
        }
    }
    m_ui->summaryText->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->summaryText->show();
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    // After setStandardButtons(): the button box shows every button again when it lays out.
    m_deleteButton->hide();
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    close->setFocus();
}

void DeleteApiKeysDialog::accept()
{
    if (m_running || m_done || deletableCount() == 0)
        return;
    Q_EMIT deleteRequested();
}

void DeleteApiKeysDialog::reject()
{
    if (!m_running) {
        QDialog::reject();
        return;
    }
    // A delete in flight is never abandoned; Stop (Cancel, Escape) stops between keys.
    if (!m_stopping) {
        m_stopping = true;
        m_progressText += QLatin1Char('\n') + tr("Stopping after this key…");
        m_ui->progressLabel->setText(m_progressText);
        updateState();
        Q_EMIT stopRequested();
    }
}

void DeleteApiKeysDialog::updateState()
{
    m_deleteButton->setEnabled(!m_running && !m_done && deletableCount() > 0);
    if (QPushButton *cancel = cancelButton()) {
        cancel->setEnabled(!m_running || !m_stopping);
        cancel->setText(m_running ? (m_stopping ? tr("Stopping…") : tr("Stop")) : tr("Cancel"));
        cancel->setAccessibleName(cancel->text());
    }
}

QListWidgetItem *DeleteApiKeysDialog::itemFor(const ApiKey &key) const
{
    for (int row = 0; row < m_ui->keyList->count(); ++row) {
        QListWidgetItem *item = m_ui->keyList->item(row);
        if (item->data(KeyIdRole).toString() == key.id)
            return item;
    }
    return nullptr;
}

QPushButton *DeleteApiKeysDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}
