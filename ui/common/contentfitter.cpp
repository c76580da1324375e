// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "contentfitter.h"

#include <QEvent>
#include <QLayout>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace {

// What the items of @p layout ask for at @p width, word-wrapped lines included.
int wantedHeight(const QLayout *layout, int width)
{
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                       : layout->totalSizeHint().height();
}

// Below this, some word-wrapped line at @p width is cut off.
int smallestHeight(const QLayout *layout, int width)
{
    return layout->hasHeightForWidth() ? layout->totalMinimumHeightForWidth(width)
                                       : layout->totalMinimumSize().height();
}

// Nothing to do without a layout, or for a window whose layout fixes its size
// (QLayout::SetFixedSize).
bool sizesItself(const QWidget *widget)
{
    return !widget->layout()
        || (widget->isWindow() && widget->minimumSize() == widget->maximumSize());
}

} // namespace

void ContentFitter::fitWindow(QWidget *window)
{
    Q_ASSERT(window->isWindow());
    new ContentFitter(window, true);
}

void ContentFitter::keepTextWhole(QWidget *widget)
{
    new ContentFitter(widget, false);
}

ContentFitter::ContentFitter(QWidget *widget, bool fitsWindow)
    : QObject(widget)
    , m_widget(widget)
    , m_fitsWindow(fitsWindow)
{
    widget->installEventFilter(this);
}

bool ContentFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_widget || m_fitting)
        return false;
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::LayoutRequest:
        // The layout takes a LayoutRequest before event filters see it: the sizes its items
        // ask for are already those of the new content.
        if (!m_widget->isVisible())
            break;
        if (m_fitsWindow)
            fit();
        else
            updateMinimumHeight();
        break;
    case QEvent::Resize:
        // A new width may need more lines: someone else's resize (the user, a window manager,
        // a parent's layout). Not from inside the resize itself.
        if (static_cast<QResizeEvent *>(event)->oldSize().width() != m_widget->width())
            QMetaObject::invokeMethod(this, &ContentFitter::updateMinimumHeight,
                                      Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return false;
}

void ContentFitter::fit()
{
    if (sizesItself(m_widget))
        return;
    const QScopedValueRollback guard(m_fitting, true);
    const QLayout *layout = m_widget->layout();
    const QSize room = available();
    const QRect before = m_widget->geometry();
    const bool firstFit = m_fittedHeight < 0;

    const int width = std::min(std::max(before.width(), layout->totalMinimumSize().width()),
                               room.width());
    const int minimum = std::min(smallestHeight(layout, width), room.height());
    // Height the user added by hand stays; height added for content goes with it.
    const int added = firstFit ? 0 : std::max(0, before.height() - m_fittedHeight);
    const int height = std::clamp(wantedHeight(layout, width) + added, minimum, room.height());
    m_widget->setMinimumHeight(minimum);
    m_widget->resize(width, height);
    m_fittedHeight = height;
    // Shown centred where Qt placed it for its old height; from then on it grows downwards,
    // as windows do.
    if (firstFit)
        m_widget->move(m_widget->pos() + QPoint(0, (before.height() - height) / 2));
    keepOnScreen();
}

void ContentFitter::updateMinimumHeight()
{
    if (sizesItself(m_widget))
        return;
    const QScopedValueRollback guard(m_fitting, true);
    const int minimum = std::min(smallestHeight(m_widget->layout(), m_widget->width()),
                                 available().height());
    m_widget->setMinimumHeight(minimum); // a lower window Qt makes this high
    if (m_fitsWindow)
        keepOnScreen();
}

void ContentFitter::keepOnScreen()
{
    const QRect area = m_widget->screen()->availableGeometry();
    QRect frame = m_widget->frameGeometry();
    frame.moveBottom(std::min(frame.bottom(), area.bottom()));
    frame.moveRight(std::min(frame.right(), area.right()));
    frame.moveTop(std::max(frame.top(), area.top()));
    frame.moveLeft(std::max(frame.left(), area.left()));
    if (frame.topLeft() != m_widget->frameGeometry().topLeft())
        m_widget->move(frame.topLeft());
}

QSize ContentFitter::available() const
{
    const QWidget *window = m_widget->window();
    const QSize frame = window->frameGeometry().size() - window->size();
    return m_widget->screen()->availableGeometry().size() - frame;
}
