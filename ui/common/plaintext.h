// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

class QString;
class QWidget;

/// Labels and tooltips that show what the service sent never interpret it as rich text.
///
/// QLabel and QToolTip guess (Qt::AutoText): a project named "<b>x</b>" or an error message
/// with "<img src=…>" would be rendered as HTML. Every window calls makeLabelsPlain() once its
/// form is set up; a label that must show a link opts out by setting the dynamic property
/// "orgdeskRichText" to true.
namespace PlainText {

/// Sets Qt::PlainText on every QLabel under @p root that has not opted out.
void makeLabelsPlain(QWidget *root);

/// A tooltip that shows @p text literally (escaped, line breaks kept), whatever it contains.
[[nodiscard]] QString toolTip(const QString &text);

} // namespace PlainText
