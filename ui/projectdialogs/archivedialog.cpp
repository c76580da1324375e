// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "archivedialog.h"
#include "ui_archivedialog.h"

#include "contentfitter.h"
#include "plaintext.h"
#include "projecterrortext.h"

#include <QPushButton>

namespace {
constexpr int ProjectIdRole = Qt::UserRole + 1;
}

ArchiveDialog::ArchiveDialog(const QList<Project> &projects, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ArchiveDialog>())
    , m_projects(projects)
{
    m_ui->setupUi(this);
    PlainText::makeLabelsPlain(this);
    const int count = int(m_projects.size());

    if (isBulk()) {
        setWindowTitle(tr("Archive %n Projects", nullptr, count));
        m_ui->messageLabel->setText(tr("Archive these %n projects?", nullptr, count));
        m_ui->consequenceLabel->setText(
            tr("Archiving cannot be undone: there is no unarchive, and the API keys of these "
               "projects stop working."));
        m_ui->confirmLabel->setText(
            tr("To confirm, type the number of projects (%1):").arg(count));
        for (const Project &project : std::as_const(m_projects)) {
            auto *item = new QListWidgetItem(ProjectErrorText::quoted(project), m_ui->projectList);
            item->setData(ProjectIdRole, project.id);
            item->setToolTip(PlainText::toolTip(project.id));
        }
    } else {
        const QString name = m_projects.isEmpty() ? QString()
                                                  : ProjectErrorText::quoted(m_projects.first());
        setWindowTitle(tr("Archive Project"));
        m_ui->messageLabel->setText(tr("Archive %1?").arg(name));
        m_ui->consequenceLabel->setText(
            tr("Archiving cannot be undone: there is no unarchive, and the project's API keys "
               "stop working."));
        m_ui->confirmLabel->setText(
            tr("To confirm, type the project name: %1").arg(expectedConfirmation()));
        m_ui->projectList->hide();
    }
    setAccessibleName(windowTitle());
    m_ui->confirmEdit->setAccessibleDescription(m_ui->confirmLabel->text());

    m_archiveButton = m_ui->buttonBox->addButton(tr("Archive"), QDialogButtonBox::AcceptRole);
    m_archiveButton->setObjectName(QStringLiteral("archiveButton"));
    m_archiveButton->setAccessibleName(isBulk() ? tr("Archive %n projects", nullptr, count)
                                                : tr("Archive project"));
    // Enter must never archive: Cancel is the default, and Archive does not become the
    // default when it merely has focus.
    m_archiveButton->setAutoDefault(false);
    cancelButton()->setDefault(true);
    cancelButton()->setAccessibleName(tr("Cancel"));

    m_ui->progressBar->setRange(0, count);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->hide();
    m_ui->progressLabel->hide();
    m_ui->summaryText->hide();

    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &ArchiveDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ArchiveDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ArchiveDialog::reject);
    m_ui->confirmEdit->setFocus();
    updateState();

    QFont emphasis = m_ui->messageLabel->font();
    emphasis.setBold(true);
    m_ui->messageLabel->setFont(emphasis);
    ContentFitter::fitWindow(this);
}

ArchiveDialog::~ArchiveDialog() = default;

QString ArchiveDialog::expectedConfirmation() const
{
    if (isBulk())
        return QString::number(m_projects.size());
    if (m_projects.isEmpty())
        return {};
    const Project &project = m_projects.first();
    // A project without a name (the API allows null) is confirmed by its id.
    return project.name.trimmed().isEmpty() ? project.id : project.name.trimmed();
}

bool ArchiveDialog::isConfirmed() const
{
    const QString expected = expectedConfirmation();
    return !expected.isEmpty() && m_ui->confirmEdit->text().trimmed() == expected;
}

void ArchiveDialog::setRunning(bool running)
{
    m_running = running;
    if (running) {
        m_stopping = false;
        m_ui->errorArea->hide();
        m_ui->progressBar->show();
    } else {
        m_ui->progressLabel->hide();
        if (!isBulk())
            m_ui->progressBar->hide();
    }
    updateState();
}

void ArchiveDialog::setProgress(int done, int total, const Project &current)
{
    m_ui->progressBar->setRange(0, total);
    m_ui->progressBar->setValue(done);
    m_progressText = isBulk() ? tr("Archiving %1 (%2 of %3)…")
                                    .arg(ProjectErrorText::quoted(current))
                                    .arg(done + 1)
                                    .arg(total)
                              : tr("Archiving %1…").arg(ProjectErrorText::quoted(current));
    if (m_stopping)
        m_progressText += QLatin1Char('\n') + tr("Stopping after this project…");
    m_ui->progressLabel->setText(m_progressText);
    m_ui->progressLabel->show();
}

void ArchiveDialog::markArchived(const Project &project)
{
    m_ui->progressBar->setValue(m_ui->progressBar->value() + 1);
    if (QListWidgetItem *item = itemFor(project))
        item->setText(tr("%1 — archived").arg(ProjectErrorText::quoted(project)));
}

void ArchiveDialog::markFailed(const Project &project, const QString &why)
{
    m_ui->progressBar->setValue(m_ui->progressBar->value() + 1);
    if (QListWidgetItem *item = itemFor(project)) {
        item->setText(tr("%1 — not archived").arg(ProjectErrorText::quoted(project)));
        item->setToolTip(PlainText::toolTip(why));
    }
}

void ArchiveDialog::setWaitingText(const QString &text)
{
    if (!m_running)
        return;
    m_ui->progressLabel->setText(text.isEmpty() ? m_progressText
                                                : m_progressText + QLatin1Char('\n') + text);
    m_ui->progressLabel->show();
}

void ArchiveDialog::showError(const QString &message, const QString &requestId)
{
    setRunning(false);
    m_ui->errorArea->showMessage(MessageArea::Kind::Error, message, requestId);
    m_ui->confirmEdit->setFocus();
}

void ArchiveDialog::showSummary(const BulkArchiveSummary &summary)
{
    m_done = true;
    setRunning(false);

    // What needs attention first: in a long run, the few failures would sit below the many
    // projects archived.
    QStringList lines;
    lines << tr("Archived %1 of %n projects.", nullptr, summary.total())
                 .arg(summary.archived.size());
    if (!summary.failed.isEmpty()) {
        lines << QString() << tr("Not archived because of an error:");
        for (const BulkArchiveSummary::Failure &failure : summary.failed) {
            const QString why = ProjectErrorText::withRequestId(
                ProjectErrorText::forArchive(failure.project, failure.error), failure.error);
            lines << QStringLiteral("  ") + ProjectErrorText::quoted(failure.project) + QLatin1Char('\n')
                    + QStringLiteral("    ") + QString(why).replace(QLatin1Char('\n'), QStringLiteral("\n    "));
        }
    }
    if (!summary.notAttempted.isEmpty()) {
        lines << QString() << tr("Left untouched (stopped before their turn):");
        for (const Project &project : summary.notAttempted) {
            lines << QStringLiteral("  ") + ProjectErrorText::quoted(project);
            if (QListWidgetItem *item = itemFor(project))
                item->setText(tr("%1 — left untouched").arg(ProjectErrorText::quoted(project)));
        }
    }
    if (!summary.archived.isEmpty()) {
        lines << QString() << tr("Archived:");
        for (const Project &project : summary.archived)
            lines << QStringLiteral("  ") + ProjectErrorText::quoted(project);
    }
    m_ui->summaryText->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->summaryText->show();
    m_ui->progressLabel->hide();

    m_ui->confirmLabel->hide();
    m_ui->confirmEdit->hide();
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    // After setStandardButtons(): the button box shows every button again when it lays out.
    m_archiveButton->hide();
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    close->setFocus();
}

void ArchiveDialog::finish()
{
    m_running = false;
    m_done = true;
    QDialog::accept();
}

void ArchiveDialog::accept()
{
    if (m_running || m_done || !isConfirmed())
        return;
    Q_EMIT archiveRequested();
}

void ArchiveDialog::reject()
{
    if (!m_running) {
        QDialog::reject();
        return;
    }
    // An archive in flight is never abandoned: its outcome must be known (and shown) before
    // the dialog goes. With several projects, Cancel stops between projects.
    if (isBulk() && !m_stopping) {
        m_stopping = true;
        m_progressText += QLatin1Char('\n') + tr("Stopping after this project…");
        m_ui->progressLabel->setText(m_progressText);
        updateState();
        Q_EMIT stopRequested();
    }
}

void ArchiveDialog::updateState()
{
    const bool canEdit = !m_running && !m_done;
    m_ui->confirmEdit->setReadOnly(!canEdit);
    m_archiveButton->setEnabled(canEdit && isConfirmed());
    if (QPushButton *cancel = cancelButton()) {
        cancel->setEnabled(!m_running || (isBulk() && !m_stopping));
        cancel->setText(m_running && isBulk() ? (m_stopping ? tr("Stopping…") : tr("Stop"))
                                              : tr("Cancel"));
        cancel->setAccessibleName(cancel->text());
    }
}

QListWidgetItem *ArchiveDialog::itemFor(const Project &project) const
{
    for (int row = 0; row < m_ui->projectList->count(); ++row) {
        QListWidgetItem *item = m_ui->projectList->item(row);
        if (item->data(ProjectIdRole).toString() == project.id)
            return item;
    }
    return nullptr;
}

QPushButton *ArchiveDialog::cancelButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Cancel);
}
