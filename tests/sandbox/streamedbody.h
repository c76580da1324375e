// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxresponse.h"

#include <QByteArray>
#include <QObject>
#include <QRandomGenerator>

#include <zlib.h>

class QTcpSocket;

/// Writes a body of many MiB on a socket a piece at a time, as the socket drains: a list
/// envelope whose one project name is padded to the wanted size, plain or gzip-encoded (then
/// in HTTP chunks, since the encoded length is not known ahead). Neither the body nor its
/// encoding is ever held whole, so a 1 GiB answer costs the sandbox well under a MiB.
///
/// Owned by the socket: it goes when the client does. When the body is complete it closes
/// the connection (the head said `connection: close`).
class StreamedBody final : public QObject
{
public:
    /// Starts writing @p stream's body on @p socket, after the head already written.
    static void start(QTcpSocket *socket, const SandboxResponse::Stream &stream);
    ~StreamedBody() override;

    StreamedBody(const StreamedBody &) = delete;
    StreamedBody &operator=(const StreamedBody &) = delete;

private:
    StreamedBody(QTcpSocket *socket, const SandboxResponse::Stream &stream);

    void pump();
    /// The next piece of the plain body; the last one when m_produced reaches the size.
    [[nodiscard]] QByteArray nextPlain();
    void writeGzipChunk(const QByteArray &plain, bool last);

    QTcpSocket *m_socket;
    SandboxResponse::Stream m_stream;
    QByteArray m_prefix;
    QByteArray m_suffix;
    qint64 m_produced = 0; ///< plain bytes made so far
    bool m_done = false;
    QRandomGenerator m_random{1};
    z_stream m_zip{};
    QByteArray m_zipOut;
};
