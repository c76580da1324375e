// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QLabel>
#include <QRegion>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QWidget>

namespace LayoutCheck {

namespace {

// The widgets of @p window itself that are on screen: not hidden, not in a window of their own.
QList<const QWidget *> shownWidgets(const QWidget *window)
{
    QList<const QWidget *> shown;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (const QWidget *widget : all) {
        if (widget->isVisible() && !widget->isWindow() && widget->window() == window)
            shown.append(widget);
    }
    return shown;
}

// Inside a scroll area's viewport a widget may sit anywhere: the area shows part of it.
bool scrollsInsideAnArea(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent && !parent->isWindow();
         parent = parent->parentWidget()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
        if (area && area->viewport() == parent)
            return true;
    }
    return false;
}

QString size(const QSize &s)
{
    return QStringLiteral("%1 x %2").arg(s.width()).arg(s.height());
}

QString rect(const QRect &r)
{
    return QStringLiteral("(%1, %2) %3").arg(r.x()).arg(r.y()).arg(size(r.size()));
}

void checkText(const QWidget *widget, QStringList &problems)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->text().isEmpty())
            return;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed) {
                problems << QStringLiteral("%1 is %2 px high at %3 px wide; its text needs %4 px: "
                                           "lines are cut off")
                                .arg(describe(label))
                                .arg(label->height())
                                .arg(label->width())
                                .arg(needed);
            }
        } else if (label->width() < label->sizeHint().width()
                   || label->height() < label->sizeHint().height()) {
            problems << QStringLiteral("%1 is %2 but its text needs %3: it is cut off")
                            .arg(describe(label), size(label->size()), size(label->sizeHint()));
        }
        return;
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (button->text().isEmpty())
            return;
        const QSize needed = button->minimumSizeHint();
        if (button->width() < needed.width() || button->height() < needed.height()) {
            problems << QStringLiteral("%1 is %2 but its text needs %3: it is cut off")
                            .arg(describe(button), size(button->size()), size(needed));
        }
    }
}

// Content taller than its scroll area must be reachable: the scroll bar shows.
void checkScrolling(const QWidget *widget, QStringList &problems)
{
    const auto *area = qobject_cast<const QScrollArea *>(widget);
    if (!area || !area->widget())
        return;
    const int hidden = area->widget()->height() - area->viewport()->height();
    if (hidden > 0 && !area->verticalScrollBar()->isVisible()) {
        problems << QStringLiteral("%1 shows %2 px of %3 px of its content and no scroll bar")
                        .arg(describe(area))
                        .arg(area->viewport()->height())
                        .arg(area->widget()->height());
    }
}

void checkInsideWindow(const QWidget *window, const QWidget *widget, QStringList &problems)
{
    if (scrollsInsideAnArea(widget))
        return;
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    if (!window->rect().contains(inWindow)) {
        problems << QStringLiteral("%1 at %2 lies outside its window (%3)")
                        .arg(describe(widget), rect(inWindow), size(window->size()));
    }
}

void checkSiblings(const QWidget *parent, QStringList &problems)
{
    QList<const QWidget *> children;
    for (const QObject *object : parent->children()) {
        const auto *child = qobject_cast<const QWidget *>(object);
        if (child && child->isVisible() && !child->isWindow() && !child->geometry().isEmpty())
            children.append(child);
    }
    for (qsizetype i = 0; i < children.size(); ++i) {
        for (qsizetype j = i + 1; j < children.size(); ++j) {
            const QRect overlap = children.at(i)->geometry() & children.at(j)->geometry();
            if (!overlap.isEmpty()) {
                problems << QStringLiteral("%1 and %2 overlap by %3 in %4")
                                .arg(describe(children.at(i)), describe(children.at(j)),
                                     size(overlap.size()), describe(parent));
            }
        }
    }
}

} // namespace

QStringList problems(const QWidget *window)
{
    QStringList found;
    const QList<const QWidget *> shown = shownWidgets(window);
    checkSiblings(window, found);
    for (const QWidget *widget : shown) {
        checkText(widget, found);
        checkScrolling(widget, found);
        checkInsideWindow(window, widget, found);
        checkSiblings(widget, found);
    }
    if (const QScreen *screen = window->screen()) {
        const QRect available = screen->availableGeometry();
        if (!available.contains(window->frameGeometry())) {
            found << QStringLiteral("%1 at %2 reaches past the screen's available area %3")
                         .arg(describe(window), rect(window->frameGeometry()), rect(available));
        }
    }
    return found;
}

QString requestIdProblem(const QWidget *window, const QString &requestId)
{
    if (requestId.isEmpty())
        return QStringLiteral("the service sent no request id");
    for (const QWidget *widget : shownWidgets(window)) {
        const auto *label = qobject_cast<const QLabel *>(widget);
        if (!label || !label->text().contains(requestId))
            continue;
        if (label->wordWrap() && label->height() < label->heightForWidth(label->width()))
            return QStringLiteral("%1 shows the request id, but its last lines are cut off")
                .arg(describe(label));
        if (label->visibleRegion() != QRegion(label->rect()))
            return QStringLiteral("%1 shows the request id, but only %2 of it is in view")
                .arg(describe(label), rect(label->visibleRegion().boundingRect()));
        const Qt::TextInteractionFlags selectable = Qt::TextSelectableByMouse
            | Qt::TextSelectableByKeyboard;
        if ((label->textInteractionFlags() & selectable) != selectable)
            return QStringLiteral("%1 shows the request id, but it cannot be selected and copied")
                .arg(describe(label));
        return {};
    }
    return QStringLiteral("no visible label shows the request id %1").arg(requestId);
}

QString describe(const QWidget *widget)
{
    const QString name = widget->objectName();
    const QString self = QString::fromLatin1(widget->metaObject()->className())
        + (name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(name));
    if (!name.isEmpty() || !widget->parentWidget())
        return self;
    return self + QStringLiteral(" in ") + describe(widget->parentWidget());
}

} // namespace LayoutCheck
