#include "directrequest.h"

namespace bva {

namespace {

// The path as QUrl::fromEncoded(...).path() reads it, without QUrl: only unreserved characters.
bool plainWebhookPath(QByteArrayView target)
{
    if (!target.startsWith("/api/webhooks/"))
        return false;
    for (char c : target) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '/' || c == '-' || c == '.' || c == '_' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

bool hasToken(const QByteArray &lowerValue, QByteArrayView token)
{
    // As Qt 6.4 reads Connection (toLower().contains()): enough for close, keep-alive and upgrade.
    return lowerValue.contains(token);
}

} // namespace

std::optional<DirectRequest> readDirectRequest(const QByteArray &bytes, qsizetype headBytes)
{
    if (headBytes <= 0 || headBytes > bytes.size())
        return std::nullopt;
    const QByteArrayView head = QByteArrayView(bytes).first(headBytes);
    qsizetype pos = 0;
    while (pos < head.size() && (head[pos] == ' ' || head[pos] == '\t' || head[pos] == '\r' ||
                                 head[pos] == '\n' || head[pos] == '\v'))
        ++pos;
    qsizetype end = head.indexOf('\n', pos);
    if (end < 0)
        return std::nullopt;
    // METHOD SP TARGET SP VERSION: RequestFramer refused any other shape.
    const QByteArrayView line = withoutCr(head.sliced(pos, end - pos));
    pos = end + 1;
    const qsizetype first = line.indexOf(' ');
    const qsizetype last = line.lastIndexOf(' ');
    if (first <= 0 || last <= first + 1 || line.first(first) != "POST")
        return std::nullopt;
    const QByteArrayView target = line.sliced(first + 1, last - first - 1);
    const QByteArrayView version = line.sliced(last + 1);
    if (!plainWebhookPath(target) || (version != "HTTP/1.1" && version != "HTTP/1.0"))
        return std::nullopt;

    DirectRequest direct;
    HttpRequest &r = direct.request;
    r.method = HttpRequest::Method::Post;
    r.path = QString::fromLatin1(target);
    r.headers.reserve(12);
    // The headers the decision below needs are noted on the way (no lookups of literal names after).
    bool upgradeOrChunked = false;
    QByteArray connection;
    QByteArray length;
    for (;;) {
        end = head.indexOf('\n', pos);
        if (end < 0)
            return std::nullopt;
        const QByteArrayView header = withoutCr(head.sliced(pos, end - pos));
        pos = end + 1;
        if (header.isEmpty())
            break;
        const qsizetype colon = header.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        QByteArray name = header.first(colon).toByteArray().toLower();
        // Trimmed as Qt's QHttpHeaderParser trims a value.
        QByteArray value = header.sliced(colon + 1).toByteArray().trimmed();
        if (name == "upgrade" || name == "transfer-encoding")
            upgradeOrChunked = true;
        else if (name == "connection")
            connection = value.toLower();
        else if (name == "content-length")
            length = value;
        const qsizetype before = r.headers.size();
        r.headers.insert(std::move(name), std::move(value));
        if (r.headers.size() == before)
            return std::nullopt; // given twice: left to Qt, whose reading of it the routes know
    }
    if (pos != head.size() || upgradeOrChunked)
        return std::nullopt;
    if (hasToken(connection, "upgrade"))
        return std::nullopt;
    direct.close =
        version == "HTTP/1.0" ? !hasToken(connection, "keep-alive") : hasToken(connection, "close");
    if (length.isEmpty() ? bytes.size() != headBytes : length.toLongLong() != bytes.size() - headBytes)
        return std::nullopt;
    r.body = bytes.sliced(headBytes);
    return direct;
}

} // namespace bva
