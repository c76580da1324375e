// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

/// What a screen reader would be told that a sighted user is not shown, found through the
/// accessible interfaces Qt gives assistive technologies.
namespace AccessibilityCheck {

/// The text @p label shows, as a person reads it: rich text as plain text, without the
/// mnemonic '&'.
[[nodiscard]] QString visibleText(const QLabel *label);

/// Every visible label under @p window that shows text but whose accessible name is
/// something else (an accessibleName that hides the text), one sentence each; empty when none.
/// A label showing only a picture may be named: a name is all a picture has.
[[nodiscard]] QStringList labelProblems(const QWidget *window);

} // namespace AccessibilityCheck
