// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Text that came from the service (a project name, an id, an error message), made safe to
/// show: it is never interpreted, only shown.
///
/// Labels are plain text (see PlainText in ui/common); this is the other half. Control
/// characters are shown as visible symbols rather than obeyed (a newline would break a
/// sentence in two; U+202E would reverse the rest of it), and a name set inside a sentence is
/// isolated (U+2068 … U+2069), so that right-to-left text in it cannot reorder the words
/// around it.
namespace DisplayText {

/// @p text with every control character (C0, C1, DEL) shown as a symbol (U+2400…, "␤" for a
/// newline) and every bidi formatting character (embeddings, overrides, isolates, marks)
/// shown as "[U+202E]". Returns @p text itself, without copying, when there is none.
[[nodiscard]] QString visible(const QString &text);

/// visible(@p text) between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: for a name or
/// message set inside a sentence.
[[nodiscard]] QString isolated(const QString &text);

} // namespace DisplayText
