// Where one HTTP/1.1 request ends, read as its bytes arrive and before anything buffers them:
// the request line, the headers (bounded in size and count), then a Content-Length body or a chunked
// one, each bounded. It reads the stream the way Qt 6.4's QHttpServerRequest does, and refuses what
// the two could read differently (both Content-Length and Transfer-Encoding, two lengths, folded
// headers, chunk lines without CRLF, trailers), so the request the front door lets through is exactly
// the one Qt then parses. No allocation beyond one bounded line. Used by the front door (frontdoor.h).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace bva {

struct FramingLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    int maxHeadBytes = 16 * 1024; // request line and headers, blank lines before it included
    int maxRequestLineBytes = 8 * 1024;
    int maxHeaderCount = 100;
    // A chunked body's framing (sizes, extensions, CRLFs) may add half the body limit again.
    qint64 maxChunkedBytes() const { return maxBodyBytes + maxBodyBytes / 2 + 4096; }
};

class RequestFramer final
{
public:
    enum class Status { NeedMore, Complete, Refused };

    explicit RequestFramer(FramingLimits limits = {});

    // Reads the next bytes of the stream. Complete: one request ended within them, the first *used
    // bytes (the rest belongs to the next request). Refused: refusalStatus()/refusalReason() say why.
    Status feed(QByteArrayView data, qsizetype *used = nullptr);
    // Ready for the next request on the connection.
    void reset();

    bool started() const { return m_state != State::Start; }
    bool headDone() const;
    bool expectsContinue() const { return m_expectContinue; }
    bool hasBody() const { return m_chunked || m_length > 0; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    // The head's bytes so far (blank lines before it included); once Complete with a Content-Length
    // body (or none), the request is exactly headBytes() + bodyBytes() bytes of the stream.
    qint64 headBytes() const { return m_headBytes; }
    bool chunked() const { return m_chunked; }
    // The client asked to end the connection after this request's answer: `Connection: close`, or HTTP/1.0
    // without `Connection: keep-alive` (RFC 9112 9.3). The tokens are read as Qt 6.4 reads Connection.
    bool closesAfter() const { return m_http10 ? !m_keepAlive : m_close; }
    int refusalStatus() const { return m_refusalStatus; }
    QString refusalReason() const { return m_refusalReason; }

private:
    enum class State {
        Start,
        RequestLine,
        Header,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        LastChunkEnd,
        Done,
        Refused
    };

    Status refuse(int status, const QString &reason);
    Status lineEnded(QByteArrayView line);
    Status requestLine(QByteArrayView line);
    Status header(QByteArrayView line);
    Status headEnded();
    Status chunkSize(QByteArrayView line);

    FramingLimits m_limits;
    State m_state = State::Start;
    QByteArray m_line;
    qint64 m_headBytes = 0;
    int m_headers = 0;
    qint64 m_length = -1; // Content-Length, -1 when absent
    bool m_chunked = false;
    bool m_expectContinue = false;
    bool m_http10 = false;
    bool m_close = false;     // a Connection header names close
    bool m_keepAlive = false; // a Connection header names keep-alive
    qint64 m_remaining = 0;   // of the body or of the current chunk
    qint64 m_bodyBytes = 0;   // body bytes (chunk data only, for a chunked body)
    qint64 m_framedBytes = 0; // every byte after the head (chunked framing included)
    int m_refusalStatus = 0;
    QString m_refusalReason;
};

} // namespace bva
