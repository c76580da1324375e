// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "errorbanner.h"

#include "apierror.h"
#include "messagearea.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_message(new MessageArea(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));

    m_message->setObjectName(QStringLiteral("bannerMessage"));

    m_actionButton->setObjectName(QStringLiteral("bannerActionButton"));

    m_closeButton->setObjectName(QStringLiteral("bannerCloseButton"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close the message"));
    m_closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignTop);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_actionButton, &QPushButton::clicked, this, &ErrorBanner::actionTriggered);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });

    hide();
}

void ErrorBanner::showError(const ApiError &error, const QString &actionText)
{
    // The request id gets a line of its own with a copy button, not the end of the sentence.
    ApiError withoutId = error;
    withoutId.setRequestId({});
    present(withoutId.userMessage(), error.requestId(), Severity::Error, actionText);
}

void ErrorBanner::showMessage(const QString &message, Severity severity, const QString &actionText,
                              const QString &requestId)
{
    present(message, requestId, severity, actionText);
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

QString ErrorBanner::requestId() const
{
    return m_message->requestId();
}

QString ErrorBanner::actionText() const
{
    return m_actionButton->isHidden() ? QString() : m_actionButton->text();
}

void ErrorBanner::present(const QString &message, const QString &requestId, Severity severity,
                          const QString &actionText)
{
    m_severity = severity;

    QString role;
    QColor background;
    MessageArea::Kind kind = MessageArea::Kind::Error;
    switch (severity) {
    case Severity::Error:
        role = tr("Error");
        background = QColor(0xfb, 0xe3, 0xe4);
        break;
    case Severity::Warning:
        kind = MessageArea::Kind::Warning;
        role = tr("Warning");
        background = QColor(0xfd, 0xf1, 0xd6);
        break;
    case Severity::Information:
        kind = MessageArea::Kind::Information;
        role = tr("Information");
        background = QColor(0xe1, 0xec, 0xf9);
        break;
    }
    // A tint only on light palettes: on a dark theme these pastel colours would be unreadable.
    QPalette pal = QGuiApplication::palette();
    if (pal.color(QPalette::Window).lightness() > 128) {
        pal.setColor(QPalette::Window, background);
        pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    }
    setPalette(pal);

    m_message->showMessage(kind, message, requestId);

    m_actionButton->setText(actionText);
    m_actionButton->setAccessibleName(actionText);
    m_actionButton->setVisible(!actionText.isEmpty());

    setAccessibleName(role);
    const QString spoken = requestId.isEmpty()
        ? message
        : tr("%1 Request ID: %2").arg(message, requestId);
    setAccessibleDescription(spoken);
    show();

    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}
