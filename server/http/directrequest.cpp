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

// The header names that come with every webhook, and those the direct path decides on: one constant
// each, shared by every request (no allocation for the name).
enum Known {
    Host,
    ContentType,
    ContentLength,
    Authorization,
    Connection,
    UserAgent,
    Accept,
    AcceptEncoding,
    WebhookId,
    WebhookTimestamp,
    WebhookSignature,
    ForwardedFor,
    Origin,
    Upgrade,
    TransferEncoding,
    KnownCount
};

const QByteArray &knownName(int k)
{
    static const QByteArray names[KnownCount] = {
        QByteArrayLiteral("host"),
        QByteArrayLiteral("content-type"),
        QByteArrayLiteral("content-length"),
        QByteArrayLiteral("authorization"),
        QByteArrayLiteral("connection"),
        QByteArrayLiteral("user-agent"),
        QByteArrayLiteral("accept"),
        QByteArrayLiteral("accept-encoding"),
        QByteArrayLiteral("webhook-id"),
        QByteArrayLiteral("webhook-timestamp"),
        QByteArrayLiteral("webhook-signature"),
        QByteArrayLiteral("x-forwarded-for"),
        QByteArrayLiteral("origin"),
        QByteArrayLiteral("upgrade"),
        QByteArrayLiteral("transfer-encoding"),
    };
    return names[k];
}

// Which of the known names `name` (any case) is; KnownCount for another.
int knownIndex(QByteArrayView name)
{
    for (int k = 0; k < KnownCount; ++k) {
        if (headerNameIs(name, knownName(k)))
            return k;
    }
    return KnownCount;
}

} // namespace

std::optional<DirectRequest> readDirectRequest(const QByteArray &bytes, qsizetype headBytes)
{
    if (headBytes <= 0 || headBytes > bytes.size())
        return std::nullopt;
    return readDirectRequest(QByteArrayView(bytes).first(headBytes), bytes.sliced(headBytes));
}

std::optional<DirectRequest> readDirectRequest(QByteArrayView head, QByteArray body)
{
    if (head.isEmpty())
        return std::nullopt;
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
    r.headers.reserve(8);
    // The headers the decision below needs are noted on the way (no lookups of literal names after).
    bool upgradeOrChunked = false;
    QByteArrayView connection;
    QByteArrayView length;
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
        const int known = knownIndex(header.first(colon));
        // Trimmed as Qt's QHttpHeaderParser trims a value.
        const QByteArrayView value = header.sliced(colon + 1).trimmed();
        if (known == Upgrade || known == TransferEncoding)
            upgradeOrChunked = true;
        else if (known == Connection)
            connection = value;
        else if (known == ContentLength)
            length = value;
        QByteArray name = known < KnownCount ? knownName(known) : header.first(colon).toByteArray().toLower();
        if (!r.headers.insert(std::move(name), value.toByteArray()))
            return std::nullopt; // given twice: left to Qt, whose reading of it the routes know
    }
    if (pos != head.size() || upgradeOrChunked)
        return std::nullopt;
    const QByteArray connectionLower = connection.toByteArray().toLower();
    if (hasToken(connectionLower, "upgrade"))
        return std::nullopt;
    direct.close =
        version == "HTTP/1.0" ? !hasToken(connectionLower, "keep-alive") : hasToken(connectionLower, "close");
    if (length.isEmpty() ? !body.isEmpty() : length.toLongLong() != body.size())
        return std::nullopt;
    r.body = std::move(body);
    return direct;
}

} // namespace bva
