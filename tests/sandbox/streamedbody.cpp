// SPDX-FileCopyrightText: 2026 The OrgDesk authors
// SPDX-License-Identifier: MIT
#include "streamedbody.h"

#include <QMetaObject>
#include <QTcpSocket>

#include <algorithm>

namespace {

constexpr qint64 PieceBytes = 64 * 1024;
/// Writing pauses while the socket holds this much that the client has not taken yet.
constexpr qint64 HighWaterBytes = 256 * 1024;
/// Plain bytes made in one turn of the event loop at the most: a body that compresses 1000x
/// fills no socket, and the sandbox must go on serving other clients meanwhile.
constexpr qint64 TurnBytes = 4 * 1024 * 1024;

// One project with a placeholder id; its name is the padding.
const QByteArray PaddedId = QByteArrayLiteral("proj_PaddedBody00000000000000");

void fillHex(char *out, qint64 size, QRandomGenerator &random)
{
    static constexpr char digits[] = "0123456789abcdef";
    for (qint64 i = 0; i < size; i += 8) {
        quint32 bits = random.generate();
        for (qint64 j = i; j < std::min(size, i + 8); ++j, bits >>= 4)
            out[j] = digits[bits & 0xf];
    }
}

} // namespace

void StreamedBody::start(QTcpSocket *socket, const SandboxResponse::Stream &stream)
{
    auto *body = new StreamedBody(socket, stream);
    QObject::connect(socket, &QTcpSocket::bytesWritten, body, &StreamedBody::pump);
    body->pump();
}

StreamedBody::StreamedBody(QTcpSocket *socket, const SandboxResponse::Stream &stream)
    : QObject(socket)
    , m_socket(socket)
    , m_stream(stream)
    , m_prefix("{\"object\":\"list\",\"data\":[{\"id\":\"" + PaddedId
               + "\",\"object\":\"organization.project\",\"name\":\"")
    , m_suffix("\",\"created_at\":1767225600,\"archived_at\":null,\"status\":\"active\"}],"
               "\"first_id\":\"" + PaddedId + "\",\"last_id\":\"" + PaddedId
               + "\",\"has_more\":false}")
{
    m_stream.size = std::max(m_stream.size, qint64(m_prefix.size() + m_suffix.size()));
    if (m_stream.gzip) {
        // windowBits 15 + 16: zlib writes the gzip header and the CRC32/ISIZE trailer. Random
        // hex digits only gain from Huffman coding, which is also the fastest.
        // Fails only for invalid parameters (these are fixed and valid) or out of memory.
        [[maybe_unused]] const int initialized = deflateInit2(
            &m_zip, m_stream.compressible ? Z_BEST_COMPRESSION : Z_BEST_SPEED, Z_DEFLATED,
            15 + 16, 8, m_stream.compressible ? Z_DEFAULT_STRATEGY : Z_HUFFMAN_ONLY);
        Q_ASSERT(initialized == Z_OK);
        m_zipOut.resize(PieceBytes);
    }
}

StreamedBody::~StreamedBody()
{
    if (m_stream.gzip)
        deflateEnd(&m_zip);
}

void StreamedBody::pump()
{
    qint64 madeThisTurn = 0;
    while (!m_done && m_socket->state() == QAbstractSocket::ConnectedState
           && m_socket->bytesToWrite() < HighWaterBytes && madeThisTurn < TurnBytes) {
        const QByteArray plain = nextPlain();
        madeThisTurn += plain.size();
        const bool last = m_produced >= m_stream.size;
        if (m_stream.gzip)
            writeGzipChunk(plain, last);
        else
            m_socket->write(plain);
        if (last) {
            m_done = true;
            m_socket->disconnectFromHost(); // once the rest is written
        }
    }
    // Nothing waiting to be written means no bytesWritten() to come back on.
    if (!m_done && m_socket->state() == QAbstractSocket::ConnectedState
        && m_socket->bytesToWrite() == 0) {
        QMetaObject::invokeMethod(this, &StreamedBody::pump, Qt::QueuedConnection);
    }
}

QByteArray StreamedBody::nextPlain()
{
    const qint64 padEnd = m_stream.size - m_suffix.size();
    QByteArray piece;
    piece.reserve(PieceBytes);
    if (m_produced < m_prefix.size()) {
        piece += m_prefix;
        m_produced = m_prefix.size();
    }
    const qint64 padding = std::min(padEnd - m_produced, PieceBytes - qint64(piece.size()));
    if (padding > 0) {
        const qsizetype at = piece.size();
        piece.resize(at + padding);
        if (m_stream.compressible)
            std::fill(piece.begin() + at, piece.end(), 'x');
        else
            fillHex(piece.data() + at, padding, m_random);
        m_produced += padding;
    }
    if (m_produced == padEnd) {
        piece += m_suffix;
        m_produced = m_stream.size;
    }
    return piece;
}

void StreamedBody::writeGzipChunk(const QByteArray &plain, bool last)
{
    QByteArray encoded;
    m_zip.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    m_zip.avail_in = uInt(plain.size());
    do {
        m_zip.next_out = reinterpret_cast<Bytef *>(m_zipOut.data());
        m_zip.avail_out = uInt(m_zipOut.size());
        deflate(&m_zip, last ? Z_FINISH : Z_NO_FLUSH);
        encoded.append(m_zipOut.constData(), m_zipOut.size() - qsizetype(m_zip.avail_out));
    } while (m_zip.avail_out == 0);
    // A zero-length chunk would end the body early; deflate often keeps everything back.
    if (!encoded.isEmpty())
        m_socket->write(QByteArray::number(encoded.size(), 16) + "\r\n" + encoded + "\r\n");
    if (last)
        m_socket->write("0\r\n\r\n");
}
