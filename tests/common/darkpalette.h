// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>

/// A dark colour scheme, as a dark desktop theme gives one (the usual Fusion dark colours),
/// for checking that OrgDesk's own colours follow the palette.
namespace DarkPalette {

[[nodiscard]] QPalette palette();

/// The WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
[[nodiscard]] double contrast(const QColor &a, const QColor &b);

} // namespace DarkPalette
