// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

/// One answer of the sandbox, before it goes on the wire.
///
/// The sandbox writes HTTP/1.1 itself instead of going through QHttpServerResponder: the 6.4
/// responder keeps a reference to the connection's request object and a raw socket pointer (a
/// delayed write after the client left would touch freed memory), its status line only knows
/// the statuses of its own table, and it cannot stop in the middle of a body.
struct SandboxResponse
{
    enum class Delivery {
        Complete,    ///< status line, headers, whole body
        DropMidBody, ///< status line, headers with the full Content-Length, half the body, close
        Never,       ///< nothing at all; the connection stays open
    };

    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers; ///< besides content-type/-length, x-request-id
    QByteArray body;
    Delivery delivery = Delivery::Complete;

    /// A JSON answer.
    [[nodiscard]] static SandboxResponse json(int status, const QJsonObject &object);
    /// The API's error shape: {"error":{"message","type","param","code"}}; a null @p param or
    /// @p code is sent as JSON null.
    [[nodiscard]] static SandboxResponse error(int status, const QString &message,
                                               const QString &type,
                                               const QString &param = QString(),
                                               const QString &code = QString());

    /// The status line and headers (ending with the blank line), announcing the whole body.
    [[nodiscard]] QByteArray head(const QByteArray &requestId) const;
    /// What is written on the socket for this delivery (without closing it).
    [[nodiscard]] QByteArray wireBytes(const QByteArray &requestId) const;
};

/// "OK", "Not Found"... for a status line; "Unknown" for a code without a standard phrase.
[[nodiscard]] QByteArray httpReasonPhrase(int status);
