// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "messagearea.h"

#include "icons.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Enough for the sentence OrgDesk writes and a long message from the service at a dialog's
// usual width; more scrolls.
constexpr int MaxLines = 10;

// A scroll area as tall as its word-wrapped content, up to MaxLines lines. It answers
// heightForWidth() as a label does, so the layouts around it (and ContentFitter) give it
// exactly the height it shows. Its scroll bar is on exactly when the content is taller than
// that: left to itself, QScrollArea may keep a bar it needed at an earlier, narrower width.
class CappedScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    bool hasHeightForWidth() const override { return true; }

    int heightForWidth(int width) const override
    {
        const int frame = 2 * frameWidth();
        return std::min(contentHeight(width - frame), cap()) + frame;
    }

    QSize sizeHint() const override
    {
        const int width = (widget() ? widget()->sizeHint().width() : 0) + 2 * frameWidth();
        return {width, heightForWidth(width)};
    }

    QSize minimumSizeHint() const override
    {
        // A few words a line beside the scroll bar; a line high until a width is known.
        return {fontMetrics().averageCharWidth() * 12 + verticalScrollBar()->sizeHint().width(),
                fontMetrics().lineSpacing() + 2 * frameWidth()};
    }

    /// Shows the scroll bar if, and only if, the content needs it at the current width; only
    /// then is the area a stop for the Tab key, to scroll with the keyboard.
    void followContent()
    {
        const bool scrolls = contentHeight(width() - 2 * frameWidth()) > cap();
        setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
        setFocusPolicy(scrolls ? Qt::StrongFocus : Qt::NoFocus);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        followContent();
        QScrollArea::resizeEvent(event);
    }

private:
    int cap() const { return MaxLines * fontMetrics().lineSpacing(); }
    int contentHeight(int width) const { return widget() ? widget()->heightForWidth(width) : 0; }
};

QString iconName(MessageArea::Kind kind)
{
    switch (kind) {
    case MessageArea::Kind::Error:
        return QStringLiteral("dialog-error");
    case MessageArea::Kind::Warning:
        return QStringLiteral("dialog-warning");
    case MessageArea::Kind::Information:
        return QStringLiteral("dialog-information");
    }
    return {};
}

QString kindName(MessageArea::Kind kind)
{
    switch (kind) {
    case MessageArea::Kind::Error:
        return MessageArea::tr("Error");
    case MessageArea::Kind::Warning:
        return MessageArea::tr("Warning");
    case MessageArea::Kind::Information:
        return MessageArea::tr("Information");
    }
    return {};
}

} // namespace

MessageArea::MessageArea(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_scroll(new CappedScrollArea(this))
    , m_text(new QLabel)
    , m_requestIdLabel(new QLabel(this))
    , m_copyButton(new QToolButton(this))
{
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->setAccessibleName(kindName(Kind::Error));

    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_scroll->setObjectName(QStringLiteral("messageScrollArea"));
    // As tall as its text, not taller: a scroll area would take any space there is.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    m_scroll->setSizePolicy(policy);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_text);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setAccessibleName(tr("Message")); // a frame around the text, not text
    // The scroll area is transparent: the text reads as part of its window or banner.
    m_scroll->viewport()->setAutoFillBackground(false);
    m_text->setAutoFillBackground(false);

    m_requestIdLabel->setObjectName(QStringLiteral("requestIdLabel"));
    m_requestIdLabel->setTextFormat(Qt::PlainText);
    m_requestIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                              | Qt::TextSelectableByKeyboard);

    m_copyButton->setObjectName(QStringLiteral("copyRequestIdButton"));
    m_copyButton->setIcon(Icons::themed(QStringLiteral("edit-copy")));
    m_copyButton->setToolTip(tr("Copy the request ID"));
    m_copyButton->setAccessibleName(tr("Copy request ID"));
    m_copyButton->setAutoRaise(true);
    connect(m_copyButton, &QToolButton::clicked, this, &MessageArea::copyRequestId);

    auto *idRow = new QHBoxLayout;
    idRow->setSpacing(2);
    idRow->addWidget(m_requestIdLabel);
    idRow->addWidget(m_copyButton);
    idRow->addStretch();

    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(2);
    textColumn->addWidget(m_scroll);
    textColumn->addLayout(idRow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(textColumn, 1);

    hide();
}

void MessageArea::showMessage(Kind kind, const QString &text, const QString &requestId)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::themed(iconName(kind)).pixmap(QSize(iconSize, iconSize),
                                                           devicePixelRatioF()));
    // The icon is a picture of the kind: its name says it. The text speaks for itself.
    m_icon->setAccessibleName(kindName(kind));
    m_text->setText(text);
    static_cast<CappedScrollArea *>(m_scroll)->followContent();
    m_scroll->verticalScrollBar()->setValue(0);

    m_requestId = requestId;
    m_requestIdLabel->setText(tr("Request ID: %1").arg(requestId));
    m_requestIdLabel->setVisible(!requestId.isEmpty());
    m_copyButton->setVisible(!requestId.isEmpty());
    show();
    updateGeometry();
}

QString MessageArea::text() const
{
    return m_text->text();
}

QString MessageArea::requestId() const
{
    return m_requestId;
}

QString MessageArea::requestIdText() const
{
    return m_requestId.isEmpty() ? QString() : m_requestIdLabel->text();
}

void MessageArea::copyRequestId()
{
    QGuiApplication::clipboard()->setText(m_requestId);
}
