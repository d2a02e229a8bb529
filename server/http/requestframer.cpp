#include "requestframer.h"

#include "httprequest.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Http)
};

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView s, int maxDigits)
{
    if (s.isEmpty() || s.size() > maxDigits)
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

} // namespace

RequestFramer::RequestFramer(FramingLimits limits)
    : m_limits(limits)
{}

void RequestFramer::reset()
{
    *this = RequestFramer(m_limits);
}

bool RequestFramer::headDone() const
{
    switch (m_state) {
    case State::Body:
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkEnd:
    case State::LastChunkEnd:
    case State::Done:
        return true;
    default:
        return false;
    }
}

RequestFramer::Status RequestFramer::refuse(int status, const QString &reason)
{
    m_state = State::Refused;
    m_refusalStatus = status;
    m_refusalReason = reason;
    return Status::Refused;
}

RequestFramer::Status RequestFramer::feed(QByteArrayView data, qsizetype *used)
{
    qsizetype i = 0;
    const qsizetype n = data.size();
    auto result = [&](Status s) {
        if (used)
            *used = i;
        return s;
    };
    while (m_state != State::Done && m_state != State::Refused && i < n) {
        switch (m_state) {
        case State::Start: {
            // Blank lines between requests are skipped (Qt does too) but count toward the head.
            const char c = data[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v') {
                ++i;
                if (++m_headBytes > m_limits.maxHeadBytes)
                    return result(refuse(
                        431,
                        Text::tr("request headers are larger than %1 bytes").arg(m_limits.maxHeadBytes)));
                continue;
            }
            m_state = State::RequestLine;
            continue;
        }
        case State::RequestLine:
        case State::Header:
        case State::ChunkSize: {
            const qsizetype newline = data.sliced(i).indexOf('\n');
            const qsizetype take = newline < 0 ? n - i : newline + 1;
            if (m_state == State::ChunkSize) {
                m_framedBytes += take;
                if (m_line.size() + take > 1024)
                    return result(
                        refuse(400, Text::tr("chunked body: a chunk size line is longer than 1024 bytes")));
            } else {
                m_headBytes += take;
                if (m_state == State::RequestLine && m_line.size() + take > m_limits.maxRequestLineBytes)
                    return result(refuse(
                        414,
                        Text::tr("request line is longer than %1 bytes").arg(m_limits.maxRequestLineBytes)));
                if (m_headBytes > m_limits.maxHeadBytes)
                    return result(refuse(
                        431,
                        Text::tr("request headers are larger than %1 bytes").arg(m_limits.maxHeadBytes)));
            }
            if (newline < 0) {
                m_line.append(data.sliced(i, take));
                i += take;
                break;
            }
            // A line that arrived whole is read where it lies; only one split between feeds is kept.
            QByteArrayView line = data.sliced(i, take - 1); // without the '\n'
            if (!m_line.isEmpty()) {
                m_line.append(line);
                line = m_line;
            }
            i += take;
            const Status s = lineEnded(line);
            m_line.clear();
            if (s != Status::NeedMore)
                return result(s);
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, n - i);
            i += take;
            m_remaining -= take;
            m_bodyBytes += take;
            if (m_remaining == 0)
                m_state = State::Done;
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, n - i);
            i += take;
            m_remaining -= take;
            m_bodyBytes += take;
            m_framedBytes += take;
            if (m_remaining == 0)
                m_state = State::ChunkEnd;
            break;
        }
        case State::ChunkEnd:
        case State::LastChunkEnd: {
            const char c = data[i++];
            ++m_framedBytes;
            const char expected = m_line.isEmpty() ? '\r' : '\n';
            if (c != expected) {
                return result(m_state == State::ChunkEnd
                                  ? refuse(400, Text::tr("chunked body: a chunk is longer than its size"))
                                  : refuse(400, Text::tr("chunked body: trailers are not accepted")));
            }
            m_line.append(c);
            if (m_line.size() == 2) {
                m_line.clear();
                m_state = m_state == State::ChunkEnd ? State::ChunkSize : State::Done;
            }
            break;
        }
        case State::Done:
        case State::Refused:
            break;
        }
        if (m_chunked && m_framedBytes > m_limits.maxChunkedBytes())
            return result(refuse(413, Text::tr("chunked body: its framing is larger than %1 bytes")
                                          .arg(m_limits.maxChunkedBytes())));
    }
    if (m_state == State::Refused)
        return result(Status::Refused);
    return result(m_state == State::Done ? Status::Complete : Status::NeedMore);
}

RequestFramer::Status RequestFramer::lineEnded(QByteArrayView line)
{
    switch (m_state) {
    case State::RequestLine:
        return requestLine(line);
    case State::Header:
        return header(line);
    case State::ChunkSize:
        return chunkSize(line);
    default:
        return Status::NeedMore;
    }
}

RequestFramer::Status RequestFramer::requestLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype first = line.indexOf(' ');
    const qsizetype last = line.lastIndexOf(' ');
    if (first <= 0 || last <= first + 1 || !isToken(line.first(first)) ||
        line.sliced(first + 1, last - first - 1).contains(' '))
        return refuse(400, Text::tr("malformed request line"));
    const QByteArrayView version = line.sliced(last + 1);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refuse(400, Text::tr("only HTTP/1.0 and HTTP/1.1 are spoken here"));
    m_http10 = version == "HTTP/1.0";
    // A path only (origin-form), or "*" for OPTIONS. Qt routes an absolute-form target
    // ("http://evil.example/api/...") or a network-path one ("//evil.example/...") by its path alone,
    // answering for a host the Host check never saw; this server is no proxy.
    const QByteArrayView target = line.sliced(first + 1, last - first - 1);
    const bool asterisk = target == "*" && line.first(first) == "OPTIONS";
    if (!asterisk && (!target.startsWith('/') || target.startsWith("//")))
        return refuse(400, Text::tr("request target: a path starting with a single / is required"));
    m_state = State::Header;
    return Status::NeedMore;
}

RequestFramer::Status RequestFramer::header(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return headEnded();
    if (line.front() == ' ' || line.front() == '\t')
        return refuse(400, Text::tr("folded header lines are not accepted"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return refuse(400, Text::tr("malformed header line"));
    if (++m_headers > m_limits.maxHeaderCount)
        return refuse(431, Text::tr("more than %1 request headers").arg(m_limits.maxHeaderCount));
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    if (headerNameIs(name, "content-length")) {
        if (!isDigits(value, 18))
            return refuse(400, Text::tr("Content-Length: not a number of bytes"));
        const qint64 length = value.toLongLong();
        if (m_length >= 0 && m_length != length)
            return refuse(400, Text::tr("Content-Length: given twice, differently"));
        m_length = length;
    } else if (headerNameIs(name, "transfer-encoding")) {
        if (m_chunked)
            return refuse(400, Text::tr("Transfer-Encoding: given twice"));
        if (value.toByteArray().toLower() != "chunked")
            return refuse(501, Text::tr("Transfer-Encoding: only chunked is understood"));
        m_chunked = true;
    } else if (headerNameIs(name, "expect")) {
        m_expectContinue = value.toByteArray().toLower() == "100-continue";
    } else if (headerNameIs(name, "connection")) {
        const QByteArray tokens = value.toByteArray().toLower();
        m_close = m_close || tokens.contains("close");
        m_keepAlive = m_keepAlive || tokens.contains("keep-alive");
    }
    return Status::NeedMore;
}

RequestFramer::Status RequestFramer::headEnded()
{
    if (m_chunked && m_length >= 0)
        return refuse(400,
                      Text::tr("both Content-Length and Transfer-Encoding: the body's length is ambiguous"));
    if (m_chunked) {
        m_state = State::ChunkSize;
        return Status::NeedMore;
    }
    if (m_length > m_limits.maxBodyBytes)
        return refuse(413, Text::tr("request body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
    if (m_length > 0) {
        m_state = State::Body;
        m_remaining = m_length;
        return Status::NeedMore;
    }
    m_state = State::Done;
    return Status::Complete;
}

RequestFramer::Status RequestFramer::chunkSize(QByteArrayView line)
{
    if (!line.endsWith('\r'))
        return refuse(400, Text::tr("chunked body: a chunk size line must end with CRLF"));
    line.chop(1);
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView digits = trimmed(semicolon < 0 ? line : line.first(semicolon));
    bool ok = digits.size() >= 1 && digits.size() <= 15;
    for (char c : digits)
        ok = ok && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    const qint64 size = ok ? digits.toLongLong(&ok, 16) : 0;
    if (!ok || size < 0)
        return refuse(400, Text::tr("chunked body: malformed chunk size"));
    if (m_bodyBytes + size > m_limits.maxBodyBytes)
        return refuse(413, Text::tr("request body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
    if (size == 0) {
        m_state = State::LastChunkEnd;
        return Status::NeedMore;
    }
    m_state = State::ChunkData;
    m_remaining = size;
    return Status::NeedMore;
}

} // namespace bva
