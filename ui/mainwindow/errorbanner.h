// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "messagearea.h"

#include <QFrame>

class ApiError;
class QToolButton;
class QPushButton;

/// A non-modal strip above the table that says what went wrong in plain words, shows the
/// request id to quote to OpenAI support, and offers one way forward (Retry, Enter new key…).
///
/// To assistive technologies it is an alert (QAccessible::AlertMessage) named by its message,
/// with the request id line as its description, and it appears anew with each message (see
/// showMessage()). The message and its request id are a MessageArea: a long message scrolls, and
/// the id stays in view with a Copy button.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    using Severity = MessageArea::Kind;

    explicit ErrorBanner(QWidget *parent = nullptr);

    /// Shows @p error's message and request id, with a button labelled @p actionText
    /// (none when empty).
    void showError(const ApiError &error, const QString &actionText);
    /// Shows a message of our own, with the request id of the reply it is about, if any.
    void showMessage(const QString &message, Severity severity, const QString &actionText,
                     const QString &requestId = {});

    [[nodiscard]] QString message() const;
    [[nodiscard]] QString requestId() const;
    /// The request id's line as shown ("Request ID: req_…"); empty when there is none.
    [[nodiscard]] QString requestIdText() const;
    [[nodiscard]] QString actionText() const;

Q_SIGNALS:
    /// The action button was pressed.
    void actionTriggered();
    /// The user closed the banner.
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTint();

    Severity m_severity = Severity::Error;
    MessageArea *m_message;
    QPushButton *m_actionButton;
    QToolButton *m_closeButton;
};
