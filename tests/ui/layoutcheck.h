// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

/// What a person would see cut off, squeezed or hidden in a window, found from the widget
/// geometry Qt laid out (not from pixels).
namespace LayoutCheck {

/// Every problem in @p window as it is laid out now, one sentence each; empty when none:
/// - a visible word-wrapped label lower than heightForWidth() at its width (lines cut off);
/// - a visible single-line label or button narrower than its text;
/// - a scroll area hiding part of its content without a scroll bar;
/// - a visible widget outside its window (widgets that scroll inside a scroll area are
///   judged by the area, not by where they scrolled to);
/// - two visible siblings overlapping;
/// - the window itself reaching past its screen's available area.
[[nodiscard]] QStringList problems(const QWidget *window);

/// Why the request id @p requestId cannot be read and copied in @p window; empty when it
/// can: a visible label shows it, whole (not clipped by its parents or cut off), selectable.
[[nodiscard]] QString requestIdProblem(const QWidget *window, const QString &requestId);

/// "ClassName "objectName"" for messages.
[[nodiscard]] QString describe(const QWidget *widget);

} // namespace LayoutCheck
