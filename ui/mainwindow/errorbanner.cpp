// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "errorbanner.h"

#include "apierror.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QColor>
#include <QEvent>
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
    showMessage(error.userMessageWithoutRequestId(), Severity::Error, actionText, error.requestId());
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

namespace {

// The banner's background for @p severity on @p palette: the palette's window colour with a
// fifth of the severity's hue, so the palette's text stays readable on it.
QColor tint(const QPalette &palette, ErrorBanner::Severity severity)
{
    using Severity = ErrorBanner::Severity;
    QColor hue;
    switch (severity) {
    case Severity::Error:
        hue = QColor(0xe0, 0x1b, 0x24); // GNOME's red 3
        break;
    case Severity::Warning:
        hue = QColor(0xf6, 0xd3, 0x2d); // yellow 3
        break;
    case Severity::Information:
        hue = QColor(0x35, 0x84, 0xe4); // blue 3
        break;
    }
    const QColor window = palette.color(QPalette::Window);
    constexpr double share = 0.2; // of the hue: a tint, the text keeps its contrast
    return QColor::fromRgbF(float(window.redF() * (1 - share) + hue.redF() * share),
                            float(window.greenF() * (1 - share) + hue.greenF() * share),
                            float(window.blueF() * (1 - share) + hue.blueF() * share));
}

} // namespace

void ErrorBanner::applyTint()
{
    // Only the window colour is the banner's own; every other colour, the text's too, is
    // inherited, so a new palette still reaches it (and brings a PaletteChange here).
    const QPalette inherited = parentWidget() ? parentWidget()->palette()
                                              : QApplication::palette(this);
    const QColor background = tint(inherited, m_severity);
    if (testAttribute(Qt::WA_SetPalette) && palette().color(QPalette::Window) == background)
        return; // set already: setting it again would only announce another palette change
    QPalette own;
    own.setResolveMask(0);
    own.setColor(QPalette::Window, background);
    setPalette(own);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    // A new theme or colour scheme while the banner is up: tint the new window colour.
    switch (event->type()) {
    case QEvent::ApplicationPaletteChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        applyTint();
        break;
    default:
        break;
    }
    QFrame::changeEvent(event);
}

void ErrorBanner::showMessage(const QString &message, Severity severity, const QString &actionText,
                              const QString &requestId)
{
    m_severity = severity;

    // The severity's hue blended into the palette's own window colour, and the palette's
    // text colour on it: a light tint on a light theme, a dark one on a dark theme, readable on
    // both (and the colours follow when the theme changes, see changeEvent()).
    applyTint();

    m_message->showMessage(severity, message, requestId);

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
