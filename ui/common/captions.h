// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

class QLabel;

/// Captions ("Name:") beside the values they describe, told to assistive technologies
/// without hiding the value: a screen reader reads a value's own text as its name.
namespace Captions {

/// Ties @p caption to @p value: as its buddy when @p value takes focus (a selectable value;
/// the caption then labels it), else as its accessible description (the caption's text
/// without the colon). Call it once the value's text interaction flags are set.
void tie(QLabel *caption, QLabel *value);

} // namespace Captions
