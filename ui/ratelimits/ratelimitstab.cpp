// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "ratelimitstab.h"

#include "messagearea.h"
#include "plaintext.h"
#include "ratelimitdelegate.h"
#include "ratelimittemplate.h"

#include <QSaveFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/// The error area shows the request id on its own line, with a copy button.
void showError(MessageArea *area, const ApiError &error)
{
    area->showMessage(MessageArea::Kind::Error, error.userMessageWithoutRequestId(), error.requestId());
    area->show();
}

} // namespace

RateLimitsTab::RateLimitsTab(AdminApiClient *client, QWidget *parent)
    : ProjectTab(parent)
    , m_api(client)
    , m_calls(new QObject(this))
    , m_searchEdit(new QLineEdit(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_errorArea(new MessageArea(this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_statusLabel(new QLabel(this))
    , m_exportButton(new QPushButton(tr("&Export…"), this))
    , m_revertButton(new QPushButton(tr("Re&vert"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("rateLimitsTab"));
    m_searchEdit->setObjectName(QStringLiteral("rateLimitSearch"));
    m_searchEdit->setPlaceholderText(tr("Search models"));
    m_searchEdit->setAccessibleName(tr("Search models"));
    m_searchEdit->setClearButtonEnabled(true);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setText(tr("This project is archived: its rate limits can be read but not changed."));
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->hide();
    m_errorArea->setObjectName(QStringLiteral("rateLimitError"));
    m_errorArea->hide();
    m_table->setObjectName(QStringLiteral("rateLimitTable"));
    m_table->setAccessibleName(tr("Rate limits"));
    m_table->setItemDelegate(new RateLimitDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Twelve-odd rows: every number and model name whole, the result gets what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setModel(m_proxy);
    m_proxy->setFilterKeyColumn(RateLimitTableModel::ModelColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_statusLabel->setObjectName(QStringLiteral("rateLimitStatus"));
    m_statusLabel->setWordWrap(true);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));

    // A long message from the service is shown whole, not squeezed to its smallest height.
    m_errorArea->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(m_errorArea);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);
    setTabOrder(m_searchEdit, m_table);
    setTabOrder(m_table, m_exportButton);
    setTabOrder(m_exportButton, m_revertButton);
    setTabOrder(m_revertButton, m_saveButton);
    PlainText::makeLabelsPlain(this);

    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_saveButton, &QPushButton::clicked, this, &RateLimitsTab::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        if (m_shown)
            m_shown->revertEdits();
        m_statusLabel->clear();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &RateLimitsTab::chooseExportFile);
    updateState();
}

RateLimitsTab::~RateLimitsTab() = default;

void RateLimitsTab::setProject(const std::optional<Project> &project)
{
    const QString previous = m_project ? m_project->id : QString();
    // A first page still on its way for the project left behind is not wanted any more.
    if (m_shown && m_shown->rowCount() == 0 && m_shown->isLoading())
        m_shown->pager()->stop();
    m_project = project;
    m_statusLabel->clear();
    m_errorArea->hide();
    if (!project) {
        showModel(nullptr);
        return;
    }
    showModel(m_models.value(project->id));
    if (m_shown)
        m_shown->setReadOnly(project->isArchived());
    if (isVisible())
        ensureLoaded();
    updateState();
}

void RateLimitsTab::refresh()
{
    if (!m_project)
        return;
    if (!m_shown)
        ensureLoaded();
    else
        m_shown->reload();
}

void RateLimitsTab::forgetAll()
{
    // No answer may reach a model deleted here (a save in flight calls back into its model).
    delete m_calls;
    m_calls = new QObject(this);
    showModel(nullptr);
    qDeleteAll(m_models);
    m_models.clear();
    setProject(m_project);
}

RateLimitTableModel *RateLimitsTab::currentModel() const
{
    return m_shown;
}

std::optional<QList<RateLimit>> RateLimitsTab::knownLimits(const QString &projectId) const
{
    const RateLimitTableModel *model = m_models.value(projectId);
    if (!model || !model->pager()->isComplete())
        return std::nullopt;
    return model->serviceLimits();
}

void RateLimitsTab::limitUpdated(const QString &projectId, const RateLimit &limit)
{
    if (RateLimitTableModel *model = m_models.value(projectId))
        model->updateFromService(limit);
}

void RateLimitsTab::showEvent(QShowEvent *event)
{
    ProjectTab::showEvent(event);
    ensureLoaded();
}

void RateLimitsTab::ensureLoaded()
{
    if (!m_project)
        return;
    RateLimitTableModel *model = m_models.value(m_project->id);
    if (!model) {
        const QString projectId = m_project->id;
        model = new RateLimitTableModel(
            [this, projectId](const QString &after, RateLimitTableModel::PageDone done) {
                return m_api.listRateLimits(projectId, PageQuery{after, 100}, m_calls, std::move(done));
            },
            [this, projectId](const QString &id, const RateLimitChange &change, RateLimitTableModel::UpdateDone done) {
                return m_api.updateRateLimit(projectId, id, change, m_calls, std::move(done));
            },
            this);
        model->setReadOnly(m_project->isArchived());
        m_models.insert(projectId, model);
        connect(model, &RateLimitTableModel::changesChanged, this, &RateLimitsTab::updateState);
        connect(model, &RateLimitTableModel::saveFinished, this, [this, model](int saved, int failed) {
            if (model == m_shown)
                onSaveFinished(saved, failed);
        });
        connect(model->pager(), &Pager::loadingChanged, this, [this, model] {
            if (model == m_shown)
                updateState();
        });
        connect(model->pager(), &Pager::errorOccurred, this, [this, model](const ApiError &error) {
            if (model == m_shown)
                showError(m_errorArea, error);
        });
        connect(model->pager(), &Pager::errorCleared, this, [this, model] {
            if (model == m_shown)
                m_errorArea->hide();
        });
        showModel(model);
    }
    if (!model->hasStarted())
        model->reload();
}

void RateLimitsTab::showModel(RateLimitTableModel *model)
{
    m_shown = model;
    m_proxy->setSourceModel(model);
    if (model && model->lastError().isError())
        showError(m_errorArea, model->lastError());
    updateState();
}

void RateLimitsTab::updateState()
{
    const bool readOnly = m_project && m_project->isArchived();
    m_readOnlyLabel->setVisible(readOnly);
    const bool editable = m_shown && !readOnly;
    m_saveButton->setEnabled(editable && m_shown->hasChanges());
    m_revertButton->setEnabled(editable && m_shown->hasChanges());
    m_exportButton->setEnabled(m_shown && m_shown->rowCount() > 0);
    m_searchEdit->setEnabled(m_project.has_value());
    if (m_shown && m_shown->isLoading() && m_shown->rowCount() == 0)
        m_statusLabel->setText(tr("Reading the rate limits…"));
    else if (m_statusLabel->text() == tr("Reading the rate limits…"))
        m_statusLabel->clear();
}

void RateLimitsTab::save()
{
    if (!m_shown)
        return;
    const int sent = m_shown->save();
    if (sent > 0)
        m_statusLabel->setText(tr("Saving %n limit(s)…", nullptr, sent));
    updateState();
}

void RateLimitsTab::onSaveFinished(int saved, int failed)
{
    QString text = tr("%n limit(s) saved.", nullptr, saved);
    if (failed > 0)
        text += QLatin1Char(' ') + tr("%n not saved: see the Result column.", nullptr, failed);
    m_statusLabel->setText(text);
    updateState();
}

QByteArray RateLimitsTab::exportedTemplate() const
{
    if (!m_shown)
        return {};
    return RateLimitTemplate::fromLimits(m_shown->serviceLimits()).toJson();
}

bool RateLimitsTab::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(exportedTemplate()) < 0 || !file.commit()) {
        m_errorArea->showMessage(MessageArea::Kind::Error,
                                 tr("The template could not be written to %1: %2").arg(path, file.errorString()));
        m_errorArea->show();
        return false;
    }
    m_statusLabel->setText(tr("Rate limits exported to %1.").arg(path));
    return true;
}

void RateLimitsTab::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export Rate Limits"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Rate-limit templates (*.json)"));
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &RateLimitsTab::exportTo);
    dialog->open();
}
