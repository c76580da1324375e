// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "emptystateview.h"
#include "ui_emptystateview.h"

#include <algorithm>

EmptyStateView::EmptyStateView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EmptyStateView>())
{
    m_ui->setupUi(this);
    m_margins = m_ui->emptyStateLayout->contentsMargins();
    QFont titleFont = m_ui->emptyTitle->font();
    titleFont.setPointSizeF(QFont().pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->emptyTitle->setFont(titleFont);
    connect(m_ui->emptyButton, &QPushButton::clicked, this, &EmptyStateView::buttonClicked);
}

EmptyStateView::~EmptyStateView() = default;

void EmptyStateView::setContent(const QString &title, const QString &text,
                                const QString &buttonText)
{
    m_ui->emptyTitle->setText(title);
    m_ui->emptyText->setText(text);
    m_ui->emptyText->setVisible(!text.isEmpty());
    m_ui->emptyButton->setText(buttonText);
    m_ui->emptyButton->setAccessibleName(buttonText);
    m_ui->emptyButton->setVisible(!buttonText.isEmpty());
    setAccessibleDescription(text.isEmpty() ? title : title + u' ' + text);
}

void EmptyStateView::resizeEvent(QResizeEvent *event)
{
    fitText();
    QWidget::resizeEvent(event);
}

// Short lines read better than one sentence across a wide window, so the text keeps to about
// 72 characters, centred by wider side margins. Not by a maximum width and a centring
// alignment on the labels: the layout would size a word-wrapped label's height for the
// layout's width but lay it out narrower, and its last lines would be cut off.
void EmptyStateView::fitText()
{
    const int readableWidth = fontMetrics().averageCharWidth() * 72;
    const int side = std::max(0, (width() - readableWidth) / 2);
    m_ui->emptyStateLayout->setContentsMargins(std::max(m_margins.left(), side), m_margins.top(),
                                               std::max(m_margins.right(), side),
                                               m_margins.bottom());
}
