// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "setratelimitsdialog.h"

#include "contentfitter.h"
#include "displaytext.h"
#include "messagearea.h"
#include "plaintext.h"
#include "projecterrortext.h"
#include "ratelimitdelegate.h"
#include "ratelimittablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum PreviewColumn { ProjectColumn, ModelColumn, CurrentColumn, NewColumn, NoteColumn };

const char *const fieldObjectNames[RateLimitFieldCount] = {
    "requestsPerMinute", "tokensPerMinute", "imagesPerMinute",
    "audioMegabytesPerMinute", "requestsPerDay", "batchInputTokensPerDay",
};

/// A file the user picked is not a template beyond this size.
constexpr qint64 MaxTemplateBytes = 1024 * 1024;

} // namespace

SetRateLimitsDialog::SetRateLimitsDialog(AdminApiClient *client, const QList<Project> &projects, QWidget *parent)
    : QDialog(parent)
    , m_limiter(new BulkRateLimiter(client, projects, this))
{
    setObjectName(QStringLiteral("setRateLimitsDialog"));
    setWindowTitle(tr("Set Rate Limits"));
    setAccessibleName(windowTitle());
    buildForm(int(projects.size()));
    PlainText::makeLabelsPlain(this);

    connect(m_limiter, &BulkRateLimiter::planChanged, this, &SetRateLimitsDialog::updatePreview);
    connect(m_limiter, &BulkRateLimiter::readingFinished, this, &SetRateLimitsDialog::updateButtons);
    connect(m_limiter, &BulkRateLimiter::progress, this, &SetRateLimitsDialog::onProgress);
    connect(m_limiter, &BulkRateLimiter::itemFinished, this, [this] {
        m_progressBar->setValue(m_progressBar->value() + 1);
        updatePreview();
    });
    connect(m_limiter, &BulkRateLimiter::finished, this, &SetRateLimitsDialog::onFinished);
    connect(m_limiter, &BulkRateLimiter::limitUpdated, this, &SetRateLimitsDialog::limitUpdated);
    connect(m_limiter, &BulkRateLimiter::waiting, this, [this](std::chrono::milliseconds delay, const ApiError &reason) {
        m_progressLabel->setText(ProjectErrorText::waiting(delay, reason));
        m_progressLabel->show();
    });
    updatePreview();
    ContentFitter::fitWindow(this);
}

SetRateLimitsDialog::~SetRateLimitsDialog() = default;

void SetRateLimitsDialog::buildForm(int projectCount)
{
    m_introLabel = new QLabel(tr("Set a model's rate limits in the %n selected project(s). Nothing is sent "
                                 "before you press Apply, and nothing for a project that already has the values.",
                                 nullptr, projectCount), this);
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);

    m_modelCombo = new QComboBox(this);
    m_modelCombo->setObjectName(QStringLiteral("modelCombo"));
    m_modelCombo->setEditable(true);
    m_modelCombo->setInsertPolicy(QComboBox::NoInsert);
    auto *form = new QFormLayout;
    form->addRow(tr("&Model:"), m_modelCombo);

    auto *fields = new QGridLayout;
    for (int i = 0; i < RateLimitFieldCount; ++i) {
        const auto field = RateLimitField(i);
        auto *check = new QCheckBox(RateLimitTableModel::fieldTitle(field), this);
        check->setObjectName(QString::fromLatin1(fieldObjectNames[i]) + QStringLiteral("Check"));
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(fieldObjectNames[i]) + QStringLiteral("Edit"));
        edit->setValidator(new PositiveIntegerValidator(edit));
        edit->setAccessibleName(tr("New %1").arg(check->text()));
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &SetRateLimitsDialog::updateTarget);
        connect(edit, &QLineEdit::textChanged, this, &SetRateLimitsDialog::updateTarget);
        fields->addWidget(check, i / 2, (i % 2) * 2);
        fields->addWidget(edit, i / 2, (i % 2) * 2 + 1);
        m_fieldChecks.at(size_t(i)) = check;
        m_fieldEdits.at(size_t(i)) = edit;
    }
    form->addRow(fields);
    connect(m_modelCombo, &QComboBox::currentTextChanged, this, &SetRateLimitsDialog::updateTarget);

    m_importButton = new QPushButton(tr("&Import Template…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_templateLabel = new QLabel(this);
    m_templateLabel->setObjectName(QStringLiteral("templateLabel"));
    m_templateLabel->setWordWrap(true);
    m_templateLabel->hide();
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_importButton);
    templateRow->addWidget(m_templateLabel, 1);
    connect(m_importButton, &QPushButton::clicked, this, &SetRateLimitsDialog::chooseImportFile);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setWordWrap(true);
    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("previewList"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Project"), tr("Model"), tr("Current"), tr("New"), tr("Note")});
    m_preview->setColumnHidden(ModelColumn, true);
    m_preview->setMinimumHeight(fontMetrics().height() * 10);
    m_preview->setMinimumWidth(fontMetrics().averageCharWidth() * 120);
    m_preview->header()->setStretchLastSection(true);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->hide();
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setWordWrap(true);
    m_progressLabel->hide();
    m_summaryText = new QPlainTextEdit(this);
    m_summaryText->setObjectName(QStringLiteral("summaryText"));
    m_summaryText->setAccessibleName(tr("Summary"));
    m_summaryText->setReadOnly(true);
    m_summaryText->hide();
    m_errorArea = new MessageArea(this);
    m_errorArea->setObjectName(QStringLiteral("errorArea"));
    m_errorArea->hide();

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    m_applyButton = m_buttonBox->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setAutoDefault(false);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        if (m_limiter->pendingCount() == 0 || m_limiter->isReading() || m_limiter->isApplying() || m_done)
            return;
        m_progressBar->setRange(0, m_limiter->pendingCount());
        m_progressBar->setValue(0);
        m_progressBar->show();
        m_limiter->apply();
        updateButtons();
    });
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &SetRateLimitsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addLayout(templateRow);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_summaryText);
    layout->addWidget(m_errorArea);
    layout->addWidget(m_buttonBox);
}

void SetRateLimitsDialog::setKnownLimits(const QString &projectId, const QList<RateLimit> &limits)
{
    m_limiter->setKnownLimits(projectId, limits);
}

void SetRateLimitsDialog::start()
{
    m_limiter->startReading();
    updateButtons();
}

void SetRateLimitsDialog::setModel(const QString &model)
{
    m_modelCombo->setCurrentText(model);
}

void SetRateLimitsDialog::setField(RateLimitField field, std::optional<qint64> value)
{
    m_fieldChecks.at(size_t(field))->setChecked(value.has_value());
    m_fieldEdits.at(size_t(field))->setText(value ? QLocale().toString(*value) : QString());
}

void SetRateLimitsDialog::useTemplate(const RateLimitTemplate &target, const QString &name)
{
    m_usingTemplate = true;
    m_templateLabel->setText(tr("Template %1: %n model(s).", nullptr, target.modelCount())
                                 .arg(DisplayText::isolated(name)));
    m_templateLabel->show();
    m_modelCombo->setEnabled(false);
    for (int i = 0; i < RateLimitFieldCount; ++i) {
        m_fieldChecks.at(size_t(i))->setEnabled(false);
        m_fieldEdits.at(size_t(i))->setEnabled(false);
    }
    m_preview->setColumnHidden(ModelColumn, false);
    m_errorArea->hide();
    m_limiter->setTarget(target);
}

bool SetRateLimitsDialog::importFrom(const QString &path)
{
    QFile file(path);
    QString why;
    std::optional<RateLimitTemplate> target;
    if (!file.open(QIODevice::ReadOnly))
        why = tr("The file could not be read: %1").arg(file.errorString());
    else if (file.size() > MaxTemplateBytes)
        why = tr("The file is too large for a rate-limit template.");
    else
        target = RateLimitTemplate::fromJson(file.readAll(), &why);
    if (!target) {
        m_errorArea->showMessage(MessageArea::Kind::Error, why);
        m_errorArea->show();
        return false;
    }
    useTemplate(*target, QFileInfo(path).fileName());
    return true;
}

void SetRateLimitsDialog::chooseImportFile()
{
    auto *dialog = new QFileDialog(this, tr("Import Rate Limits"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Rate-limit templates (*.json)"));
    connect(dialog, &QFileDialog::fileSelected, this, &SetRateLimitsDialog::importFrom);
    dialog->open();
}

void SetRateLimitsDialog::updateTarget()
{
    if (m_usingTemplate || m_limiter->isApplying() || m_done)
        return;
    RateLimitChange change;
    for (int i = 0; i < RateLimitFieldCount; ++i) {
        if (!m_fieldChecks.at(size_t(i))->isChecked())
            continue;
        if (const auto value = PositiveIntegerValidator::parse(m_fieldEdits.at(size_t(i))->text()))
            change.set(RateLimitField(i), *value);
    }
    RateLimitTemplate target;
    const QString model = m_modelCombo->currentText().trimmed();
    if (!model.isEmpty() && !change.isEmpty())
        target.set(model, change);
    m_limiter->setTarget(target);
}

QString SetRateLimitsDialog::valuesText(const RateLimitPlanItem &item, bool wanted) const
{
    QStringList parts;
    const bool one = item.wanted.values().size() == 1;
    for (const auto &[field, value] : item.wanted.values()) {
        std::optional<qint64> shown = wanted ? std::optional<qint64>(value)
                                             : (item.current ? item.current->value(field) : std::nullopt);
        const QString number = shown ? QLocale().toString(*shown) : tr("—");
        parts << (one ? number : tr("%1 %2").arg(RateLimitTableModel::fieldTitle(field), number));
    }
    return parts.join(QStringLiteral("; "));
}

QString SetRateLimitsDialog::noteText(const RateLimitPlanItem &item) const
{
    using Status = RateLimitPlanItem::Status;
    switch (item.status) {
    case Status::Reading:
        return tr("Reading…");
    case Status::ReadFailed:
        return tr("Skipped: its limits could not be read (%1)").arg(item.error.userMessageWithoutRequestId());
    case Status::Archived:
        return tr("Skipped: archived");
    case Status::NoModel:
        return tr("Skipped: no limit for this model");
    case Status::NoField:
        return tr("Skipped: the model does not have this limit");
    case Status::Unchanged:
        return tr("Already set: nothing to send");
    case Status::WillChange:
        return tr("Will change");
    case Status::Changed:
        return tr("Changed");
    case Status::Failed: {
        const QString said = item.error.apiMessage().trimmed();
        return tr("Failed: %1").arg(said.isEmpty() ? item.error.userMessageWithoutRequestId()
                                                   : DisplayText::visible(said));
    }
    case Status::NotAttempted:
        return tr("Left untouched (stopped before its turn)");
    }
    return {};
}

void SetRateLimitsDialog::updatePreview()
{
    // Known models fill the list as the projects are read; the choice made stays.
    if (!m_usingTemplate) {
        const QStringList models = m_limiter->models();
        if (models.size() != m_modelCombo->count()) {
            const QString chosen = m_modelCombo->currentText();
            const QSignalBlocker blocker(m_modelCombo);
            m_modelCombo->clear();
            m_modelCombo->addItems(models);
            m_modelCombo->setCurrentText(chosen.isEmpty() && !models.isEmpty() ? models.first() : chosen);
            if (chosen.isEmpty())
                updateTarget();
        }
    }
    const QList<RateLimitPlanItem> &plan = m_limiter->plan();
    if (m_preview->topLevelItemCount() != plan.size()) {
        m_preview->clear();
        for (qsizetype i = 0; i < plan.size(); ++i)
            new QTreeWidgetItem(m_preview);
    }
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const RateLimitPlanItem &entry = plan.at(i);
        QTreeWidgetItem *item = m_preview->topLevelItem(int(i));
        item->setText(ProjectColumn, ProjectErrorText::quoted(entry.project));
        item->setToolTip(ProjectColumn, PlainText::toolTip(entry.project.id));
        item->setText(ModelColumn, DisplayText::visible(entry.model));
        item->setText(CurrentColumn, entry.current ? valuesText(entry, false) : QString());
        item->setText(NewColumn, valuesText(entry, true));
        item->setText(NoteColumn, noteText(entry));
        item->setToolTip(NoteColumn, PlainText::toolTip(noteText(entry)));
    }
    for (int column : {ProjectColumn, ModelColumn, CurrentColumn, NewColumn})
        m_preview->resizeColumnToContents(column);
    const int pending = m_limiter->pendingCount();
    if (m_limiter->target().isEmpty())
        m_previewLabel->setText(tr("Choose a model and the limits to set."));
    else if (m_limiter->isReading())
        m_previewLabel->setText(tr("Reading the projects' limits (%n update(s) to send so far)…", nullptr, pending));
    else if (!m_done && !m_limiter->isApplying())
        m_previewLabel->setText(tr("Apply will send %n update(s).", nullptr, pending));
    updateButtons();
}

void SetRateLimitsDialog::updateButtons()
{
    const bool applying = m_limiter->isApplying();
    m_applyButton->setEnabled(!applying && !m_done && !m_limiter->isReading() && m_limiter->pendingCount() > 0);
    m_importButton->setEnabled(!applying && !m_done);
    if (QPushButton *cancel = m_buttonBox->button(QDialogButtonBox::Cancel)) {
        cancel->setEnabled(!applying || !m_stopping);
        cancel->setText(applying ? (m_stopping ? tr("Stopping…") : tr("Stop")) : tr("Cancel"));
    }
}

void SetRateLimitsDialog::onProgress(int done, int total, int index)
{
    const RateLimitPlanItem &item = m_limiter->plan().at(index);
    QString text = tr("Setting %1 in %2 (%3 of %4)…")
                       .arg(DisplayText::isolated(item.model), ProjectErrorText::quoted(item.project))
                       .arg(done + 1)
                       .arg(total);
    if (m_stopping)
        text += QLatin1Char('\n') + tr("Stopping after this project…");
    m_progressLabel->setText(text);
    m_progressLabel->show();
}

void SetRateLimitsDialog::onFinished(const BulkRateLimitSummary &summary)
{
    m_done = true;
    updatePreview();
    QStringList lines;
    lines << tr("Changed: %n", nullptr, summary.changed) << tr("Unchanged (already set): %n", nullptr, summary.unchanged)
          << tr("Skipped: %n", nullptr, summary.skipped) << tr("Failed: %n", nullptr, summary.failed);
    if (summary.notAttempted > 0)
        lines << tr("Left untouched (stopped): %n", nullptr, summary.notAttempted);
    bool first = true;
    for (const RateLimitPlanItem &item : m_limiter->plan()) {
        if (item.status != RateLimitPlanItem::Status::Failed && item.status != RateLimitPlanItem::Status::ReadFailed)
            continue;
        if (first)
            lines << QString() << tr("Why they failed:");
        first = false;
        lines << QStringLiteral("  ") + ProjectErrorText::quoted(item.project) + QStringLiteral(" (")
                + DisplayText::visible(item.model) + QStringLiteral("): ")
                + ProjectErrorText::withRequestId(noteText(item), item.error);
    }
    m_summaryText->setPlainText(lines.join(QLatin1Char('\n')));
    m_summaryText->show();
    m_progressLabel->hide();
    m_previewLabel->setText(tr("Done."));
    m_buttonBox->setStandardButtons(QDialogButtonBox::Close);
    m_applyButton->hide();
    QPushButton *close = m_buttonBox->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setFocus();
}

void SetRateLimitsDialog::reject()
{
    if (!m_limiter->isApplying()) {
        QDialog::reject();
        return;
    }
    // An update in flight is never abandoned: Stop waits for it, then ends the run.
    if (!m_stopping) {
        m_stopping = true;
        m_progressLabel->setText(m_progressLabel->text() + QLatin1Char('\n') + tr("Stopping after this project…"));
        m_limiter->cancel();
        updateButtons();
    }
}
