// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "errorbanner.h"

#include "apierror.h"
#include "icons.h"

#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_requestId(new QLabel(this))
    , m_copyButton(new QToolButton(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));

    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->setAccessibleName(tr("Severity"));

    m_message->setObjectName(QStringLiteral("bannerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Error message"));

    m_requestId->setObjectName(QStringLiteral("bannerRequestId"));
    m_requestId->setTextFormat(Qt::PlainText);
    m_requestId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_requestId->setAccessibleName(tr("Request ID"));

    m_copyButton->setObjectName(QStringLiteral("bannerCopyRequestIdButton"));
    m_copyButton->setIcon(Icons::themed(QStringLiteral("edit-copy")));
    m_copyButton->setToolTip(tr("Copy the request ID"));
    m_copyButton->setAccessibleName(tr("Copy request ID"));
    m_copyButton->setAutoRaise(true);

    m_actionButton->setObjectName(QStringLiteral("bannerActionButton"));

    m_closeButton->setObjectName(QStringLiteral("bannerCloseButton"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close the message"));
    m_closeButton->setAutoRaise(true);

    auto *idRow = new QHBoxLayout;
    idRow->setSpacing(2);
    idRow->addWidget(m_requestId);
    idRow->addWidget(m_copyButton);
    idRow->addStretch();

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_message);
    text->addLayout(idRow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignTop);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_copyButton, &QToolButton::clicked, this, &ErrorBanner::copyRequestId);
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
    return m_requestId->isHidden() ? QString() : m_requestId->property("requestId").toString();
}

QString ErrorBanner::actionText() const
{
    return m_actionButton->isHidden() ? QString() : m_actionButton->text();
}

void ErrorBanner::present(const QString &message, const QString &requestId, Severity severity,
                          const QString &actionText)
{
    m_severity = severity;

    QString iconName;
    QString role;
    QColor background;
    switch (severity) {
    case Severity::Error:
        iconName = QStringLiteral("dialog-error");
        role = tr("Error");
        background = QColor(0xfb, 0xe3, 0xe4);
        break;
    case Severity::Warning:
        iconName = QStringLiteral("dialog-warning");
        role = tr("Warning");
        background = QColor(0xfd, 0xf1, 0xd6);
        break;
    case Severity::Information:
        iconName = QStringLiteral("dialog-information");
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

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::themed(iconName).pixmap(iconSize, iconSize));
    m_message->setText(message);

    m_requestId->setProperty("requestId", requestId);
    m_requestId->setText(tr("Request ID: %1").arg(requestId));
    m_requestId->setVisible(!requestId.isEmpty());
    m_copyButton->setVisible(!requestId.isEmpty());

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

void ErrorBanner::copyRequestId()
{
    QGuiApplication::clipboard()->setText(requestId());
}
