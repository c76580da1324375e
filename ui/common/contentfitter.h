// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

/// Keeps what a window shows whole, in every state: the one rule for every window and dialog.
///
/// Qt sizes a window once, and its idea of a minimum size ignores height-for-width: a warning,
/// an error, a hint, a progress line or a summary that appears later is squeezed into the
/// height there is, and word-wrapped labels lose their last lines. The same happens inside a
/// QMainWindow, which never asks its central widget or docks for height-for-width.
///
/// - fitWindow(): a dialog follows every change of its layout. It grows to show all of its
///   content at its current width and shrinks back when the content goes, within the screen's
///   available area (moved up if it would reach past the bottom). Height the user added by
///   hand is kept. Text longer than a screen belongs in an area that scrolls (MessageArea).
/// - keepTextWhole(): a widget that its container lays out without height-for-width (a main
///   window's central widget, a dock's contents) gets, at each width, the minimum height its
///   word-wrapped lines need, so the window cannot be made so small that text is cut off.
///
/// fitWindow() does what keepTextWhole() does too. The fitter is a child of the widget.
class ContentFitter : public QObject
{
    Q_OBJECT
public:
    static void fitWindow(QWidget *window);
    static void keepTextWhole(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ContentFitter(QWidget *widget, bool fitsWindow);

    void fit();
    void updateMinimumHeight();
    void keepOnScreen();
    [[nodiscard]] QSize available() const;

    QWidget *m_widget;
    bool m_fitsWindow;
    int m_fittedHeight = -1; ///< the height fit() last gave; -1 before the first fit
    bool m_fitting = false;
};
