// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "projectdetailspane.h"
#include "ui_projectdetailspane.h"

#include "captions.h"
#include "contentfitter.h"
#include "displaytext.h"
#include "icons.h"

#include <QAction>
#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>

namespace {

QString formatTime(qint64 secondsSinceEpoch)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch),
                              QLocale::LongFormat);
}

// The same words as the table's status column (ProjectColumns).
QString statusText(const QString &status)
{
    if (status == u"active")
        return ProjectDetailsPane::tr("Active");
    if (status == u"archived")
        return ProjectDetailsPane::tr("Archived");
    return status.isEmpty() ? ProjectDetailsPane::tr("—") : status;
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? ProjectDetailsPane::tr("—") : text;
}

void follow(QPushButton *button, QAction *action)
{
    button->setEnabled(action->isEnabled());
    QObject::connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
}

} // namespace

ProjectDetailsPane::ProjectDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProjectDetailsPane>())
{
    m_ui->setupUi(this);
    // The values are selectable, so focusable: each caption labels its value, and the value's
    // own text is what a screen reader reads.
    const std::pair<QLabel *, QLabel *> captioned[] = {
        {m_ui->nameLabel, m_ui->nameValue},
        {m_ui->idLabel, m_ui->idValue},
        {m_ui->statusLabel, m_ui->statusValue},
        {m_ui->createdLabel, m_ui->createdValue},
        {m_ui->archivedLabel, m_ui->archivedValue},
        {m_ui->externalKeyIdLabel, m_ui->externalKeyIdValue},
        {m_ui->residencyLabel, m_ui->residencyValue},
    };
    for (const auto &[caption, value] : captioned) {
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus); // reached with Tab, not only by a click
        value->setWordWrap(true);
        Captions::tie(caption, value);
    }
    m_ui->idValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->copyIdButton->setIcon(Icons::themed(QStringLiteral("edit-copy")));
    m_ui->refreshDetailsButton->setIcon(Icons::themed(QStringLiteral("view-refresh")));
    m_ui->copyIdButton->setEnabled(false);
    m_ui->refreshDetailsButton->setEnabled(false);
    // A dock does not ask its contents for height-for-width: long values would lose lines.
    ContentFitter::keepTextWhole(m_ui->detailsStack);
}

ProjectDetailsPane::~ProjectDetailsPane() = default;

void ProjectDetailsPane::setProject(const std::optional<Project> &project)
{
    if (!project) {
        m_ui->detailsStack->setCurrentWidget(m_ui->detailsPlaceholderPage);
        return;
    }
    m_ui->nameValue->setText(project->name.isEmpty() ? tr("(no name)")
                                                     : DisplayText::visible(project->name));
    m_ui->idValue->setText(DisplayText::visible(project->id));
    m_ui->statusValue->setText(DisplayText::visible(statusText(project->status)));
    m_ui->createdValue->setText(formatTime(project->createdAt));
    m_ui->archivedValue->setText(project->archivedAt ? formatTime(*project->archivedAt) : tr("No"));
    m_ui->externalKeyIdValue->setText(orNone(project->externalKeyId));
    m_ui->residencyValue->setText(orNone(project->residency));
    m_ui->detailsStack->setCurrentWidget(m_ui->detailsFormPage);
}

void ProjectDetailsPane::setPlaceholderText(const QString &text)
{
    m_ui->detailsPlaceholder->setText(text);
}

void ProjectDetailsPane::setActions(QAction *copyId, QAction *refresh)
{
    follow(m_ui->copyIdButton, copyId);
    follow(m_ui->refreshDetailsButton, refresh);
}
