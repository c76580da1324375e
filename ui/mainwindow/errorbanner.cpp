// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "errorbanner.h"

#include "apierror.h"
#include "messagearea.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace {

// The banner as an alert whose name is what went wrong: Orca speaks an alert that becomes
// showing, with its name and description.
class ErrorBannerAccessible : public QAccessibleWidget
{
public:
    explicit ErrorBannerAccessible(ErrorBanner *banner)
        : QAccessibleWidget(banner, QAccessible::AlertMessage)
    {
    }

    QAccessible::Role role() const override { return QAccessible::AlertMessage; }

    QString text(QAccessible::Text t) const override
    {
        const auto *banner = static_cast<const ErrorBanner *>(widget());
        switch (t) {
        case QAccessible::Name:
            return banner->message();
        case QAccessible::Description:
            return banner->requestIdText();
        default:
            return QAccessibleWidget::text(t);
        }
    }
};

QAccessibleInterface *errorBannerAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("ErrorBanner") && object && object->isWidgetType())
        return new ErrorBannerAccessible(static_cast<ErrorBanner *>(object));
    return nullptr;
}

} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_message(new MessageArea(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(errorBannerAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)

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

QString ErrorBanner::requestIdText() const
{
    return m_message->requestIdText();
}

QString ErrorBanner::actionText() const
{
    return m_actionButton->isHidden() ? QString() : m_actionButton->text();
}

void ErrorBanner::present(const QString &message, const QString &requestId, Severity severity,
                          const QString &actionText)
{
    m_severity = severity;

    QColor background;
    MessageArea::Kind kind = MessageArea::Kind::Error;
    switch (severity) {
    case Severity::Error:
        background = QColor(0xfb, 0xe3, 0xe4);
        break;
    case Severity::Warning:
        kind = MessageArea::Kind::Warning;
        background = QColor(0xfd, 0xf1, 0xd6);
        break;
    case Severity::Information:
        kind = MessageArea::Kind::Information;
        background = QColor(0xe1, 0xec, 0xf9);
        break;
    }
    // A tint only on light palettes: on a dark theme these pastel colours would be unreadable.
    QPalette pal = QApplication::palette();
    if (pal.color(QPalette::Window).lightness() > 128) {
        pal.setColor(QPalette::Window, background);
        pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    }
    setPalette(pal);

    m_message->showMessage(kind, message, requestId);

    m_actionButton->setText(actionText);
    m_actionButton->setAccessibleName(actionText);
    m_actionButton->setVisible(!actionText.isEmpty());

    // Qt 6.4's AT-SPI bridge drops QAccessible::Alert and has no announcement event (6.8 has);
    // Orca speaks an alert that becomes showing. So a new message while the banner is up
    // hides it and shows it again, keeping the focus where it was inside it.
    if (isVisible()) {
        QWidget *focused = QApplication::focusWidget();
        if (!isAncestorOf(focused))
            focused = nullptr;
        hide();
        show();
        if (focused && focused->isVisible())
            focused->setFocus(Qt::OtherFocusReason);
    } else {
        show();
    }
    QAccessibleEvent event(this, QAccessible::Alert); // for the platforms that announce it
    QAccessible::updateAccessibility(&event);
}
