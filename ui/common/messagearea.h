// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

/// A message about what just happened (an error, a warning, a notice) with the request id the
/// service gave, for a dialog or a banner.
///
/// The text wraps, and past about ten lines it scrolls inside its own area, so a long
/// service message never pushes its window past the screen. The request id has a line of its
/// own below, always in view, selectable and with a Copy button: users quote it to OpenAI
/// support. Hidden until showMessage().
class MessageArea : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information };

    explicit MessageArea(QWidget *parent = nullptr);

    /// Shows @p text (plain text) and, when not empty, @p requestId on its line.
    void showMessage(Kind kind, const QString &text, const QString &requestId = {});
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString requestId() const; ///< empty when none is shown
    /// The request id's line as shown ("Request ID: req_…"); empty when none is shown.
    [[nodiscard]] QString requestIdText() const;

private:
    void copyRequestId();

    QString m_requestId;
    QLabel *m_icon;
    QScrollArea *m_scroll;
    QLabel *m_text;
    QLabel *m_requestIdLabel;
    QToolButton *m_copyButton;
};
