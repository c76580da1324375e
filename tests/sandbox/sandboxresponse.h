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
        Close,       ///< nothing at all; the connection is closed
        Streamed,    ///< status line and headers, then `stream`'s body made as the socket drains
    };

    /// A body too large to build at once: a list envelope padded to `size` bytes, written piece
    /// by piece (see StreamedBody).
    struct Stream
    {
        qint64 size = 0;           ///< bytes of the (inflated) body
        bool gzip = false;         ///< gzip-encoded, sent chunked (its length is not known ahead)
        bool compressible = true;  ///< padding of one character (else random hex digits)
    };

    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers; ///< besides content-type/-length, x-request-id
    QByteArray body;
    Delivery delivery = Delivery::Complete;
    Stream stream; ///< for Delivery::Streamed

    /// A JSON answer.
    [[nodiscard]] static SandboxResponse json(int status, const QJsonObject &object);
    /// The API's error shape: {"error":{"message","type","param","code"}}; a null @p param or
    /// @p code is sent as JSON null.
    [[nodiscard]] static SandboxResponse error(int status, const QString &message,
                                               const QString &type,
                                               const QString &param = QString(),
                                               const QString &code = QString());

    /// The status line and headers (ending with the blank line), announcing the whole body
    /// (for a streamed one: its length, or chunks and `connection: close`).
    [[nodiscard]] QByteArray head(const QByteArray &requestId) const;
    /// What is written on the socket for this delivery (without closing it).
    [[nodiscard]] QByteArray wireBytes(const QByteArray &requestId) const;
};

/// "OK", "Not Found"... for a status line; "Unknown" for a code without a standard phrase.
[[nodiscard]] QByteArray httpReasonPhrase(int status);
