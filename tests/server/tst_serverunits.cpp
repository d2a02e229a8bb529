// Small pieces of the server without HTTP: JWT, password hashes, token lookup hash, rate limiter,
// CORS policy, router matching, Standard Webhooks signatures, host names, request framing, the webhook
// requests read without Qt's parser, the client
// behind a trusted proxy, the CSV writer of every export.
#include "auth/jwt.h"
#include "auth/passwordhasher.h"
#include "auth/vaultkeys.h"
#include "http/cors.h"
#include "http/directrequest.h"
#include "http/frontdoor.h"
#include "http/hostpolicy.h"
#include "http/httpreply.h"
#include "http/httpserver.h"
#include "http/ratelimiter.h"
#include "http/requestframer.h"
#include "http/router.h"
#include "memoryvault.h"
#include "util/clock.h"
#include "util/csvwriter.h"
#include "webhooks/repeatgate.h"
#include "webhooks/webhookverifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;
using namespace bva;

// A plain TCP connection to `port` on 127.0.0.1 (-1 when it fails), read and written without an event loop.
static int connectToLoopback(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

class TstServerUnits : public QObject
{
    Q_OBJECT

private slots:
    void jwtRoundTrip()
    {
        constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        const QByteArray key = "k";
        const QDateTime now = bva::Clock::nowUtc();
        const QByteArray token =
            jwt::sign({{u"sub"_s, u"7"_s}, {u"exp"_s, double(now.addSecs(60).toSecsSinceEpoch())}}, key);
        auto claims = jwt::verify(token, key, now);
        QVERIFY(claims.ok());
        QCOMPARE(claims->value(u"sub"_s).toString(), u"7"_s);
        QVERIFY(!jwt::verify(token, "other", now).ok());
        QVERIFY(!jwt::verify(token, key, now.addSecs(120)).ok()); // expired
        QVERIFY(!jwt::verify(token + "x", key, now).ok());
        QVERIFY(!jwt::verify("a.b", key, now).ok());
        // alg "none" is refused.
        const QByteArray none =
            QByteArray("{\"alg\":\"none\"}")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
            '.' + token.split('.').at(1) + '.';
        QVERIFY(!jwt::verify(none, key, now).ok());
        // The same claims signed HS512 with the same key: a valid signature of another algorithm.
        const QByteArray hs512Input =
            QByteArray("{\"alg\":\"HS512\",\"typ\":\"JWT\"}").toBase64(b64) + '.' + token.split('.').at(1);
        const QByteArray hs512 =
            hs512Input + '.' +
            QMessageAuthenticationCode::hash(hs512Input, key, QCryptographicHash::Sha512).toBase64(b64);
        QVERIFY(!jwt::verify(hs512, key, now).ok());
        QVERIFY(!jwt::verify(token.left(token.size() - 1) + '\0' + token.right(1), key, now).ok());
    }

    // RFC 7515 appendix A.1: the HS256 example, verified with its key at a time before its "exp".
    void jwtRfc7515Example()
    {
        constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        const QByteArray token =
            "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
            "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        const QByteArray key = QByteArray::fromBase64(
            "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow", b64);
        const QDateTime before = QDateTime::fromSecsSinceEpoch(1300819380 - 60, Qt::UTC);
        auto claims = jwt::verify(token, key, before);
        QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error().message));
        QCOMPARE(claims->value(u"iss"_s).toString(), u"joe"_s);
        QCOMPARE(claims->value(u"http://example.com/is_root"_s).toBool(), true);
        QVERIFY(!jwt::verify(token, key, before.addSecs(120)).ok()); // past its exp
        QByteArray tampered = token;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'X' ? 'Y' : 'X';
        QVERIFY(!jwt::verify(tampered, key, before).ok());
    }

    void passwords()
    {
        PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        auto hash = hasher.hash(u"correct horse"_s);
        QVERIFY(hash.ok());
        QVERIFY(hash->startsWith(u"$argon2id$"_s));
        QVERIFY(hasher.verify(*hash, u"correct horse"_s));
        QVERIFY(!hasher.verify(*hash, u"wrong horse"_s));
        QVERIFY(!hasher.verify(u"garbage"_s, u"correct horse"_s));
    }

    void tokenLookup()
    {
        MemoryVault vault;
        auto a = tokenLookupKey(vault, "token-1");
        auto b = tokenLookupKey(vault, "token-1");
        auto c = tokenLookupKey(vault, "token-2");
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(*a, *b);
        QVERIFY(*a != *c);
        QCOMPARE(a->size(), 64);
        QVERIFY(!a->contains(u"token"_s));
        MemoryVault other;
        QVERIFY(*tokenLookupKey(other, "token-1") != *a); // keyed: another install, another hash
    }

    void rateLimiter()
    {
        RateLimiter limiter(3);
        int allowed = 0;
        int retry = 0;
        for (int i = 0; i < 10; ++i)
            allowed += limiter.take(u"a"_s, &retry) ? 1 : 0;
        QCOMPARE(allowed, 3);
        QCOMPARE(retry, 1);
        QVERIFY(limiter.take(u"b"_s));
        RateLimiter off(0);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(off.take(u"a"_s));
    }

    void repeatGateKeepsEachCredentialsKeys()
    {
        // 4 keys a credential, 12 in all; a real rate of 4 a second, so repeats get 1.
        RepeatGate gate(4, 4, 12);
        RateLimiter rate(4);
        gate.accepted(u"victim"_s, u"v1"_s);
        gate.accepted(u"victim"_s, u"v2"_s);
        for (int i = 0; i < 1000; ++i) // one account, then many, accepting keys of their own
            gate.accepted(u"attacker"_s + QString::number(i < 500 ? 0 : i % 5), u"a"_s + QString::number(i));
        QCOMPARE(gate.size(), 12);
        // Six credentials share 12 keys: the victim keeps its newest (of its share, 2, at most one is lost).
        int retry = 0;
        QCOMPARE(gate.admit(rate, u"victim"_s, u"v2"_s, &retry), RepeatGate::Admission::Admitted);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(gate.admit(rate, u"victim"_s, u"v2"_s, &retry), RepeatGate::Admission::RepeatAnswered);
        for (int i = 0; i < 4; ++i) // the replays spent none of the real rate
            QVERIFY(rate.take(u"victim"_s));
        QVERIFY(!rate.take(u"victim"_s));
        // A key is a repeat only for the credential that delivered it.
        QCOMPARE(gate.admit(rate, u"attacker0"_s, u"v2"_s, &retry), RepeatGate::Admission::Admitted);
        QCOMPARE(gate.admit(rate, u"attacker0"_s, u"v2"_s, &retry), RepeatGate::Admission::Admitted);
        // One credential alone keeps its own newest keys, never more.
        RepeatGate alone(4, 4, 12);
        for (int i = 0; i < 10; ++i)
            alone.accepted(u"shop"_s, QString::number(i));
        QCOMPARE(alone.size(), 4);
        QCOMPARE(alone.admit(rate, u"shop"_s, u"9"_s, &retry), RepeatGate::Admission::Admitted);
        QCOMPARE(alone.admit(rate, u"shop"_s, u"9"_s, &retry), RepeatGate::Admission::RepeatAnswered);
        QCOMPARE(alone.admit(rate, u"shop"_s, u"6"_s, &retry), RepeatGate::Admission::RepeatAnswered);
        QCOMPARE(alone.admit(rate, u"shop"_s, u"5"_s, &retry), RepeatGate::Admission::Admitted); // forgotten
    }

    void cors()
    {
        CorsPolicy policy({u"http://localhost:5173"_s, u"http://127.0.0.1:3001/"_s});
        QVERIFY(policy.allows("http://localhost:5173"));
        QVERIFY(policy.allows("http://127.0.0.1:5173"));
        QVERIFY(policy.allows("http://localhost:3001"));
        QVERIFY(!policy.allows("http://localhost:5174"));
        QVERIFY(!policy.allows("https://localhost:5173"));
        QVERIFY(!policy.allows("null"));
        QVERIFY(policy.responseHeaders("http://evil.example").isEmpty());
    }

    void router()
    {
        Router r;
        int hit = 0;
        r.add(HttpRequest::Method::Get, u"/api/products/:id"_s, [&](HttpRequest &, HttpReply) { hit = 1; });
        r.add(HttpRequest::Method::Get, u"/api/products/shop/:shopId"_s,
              [&](HttpRequest &, HttpReply) { hit = 2; });
        HttpRequest req;
        req.method = HttpRequest::Method::Get;
        req.path = u"/api/products/shop/77"_s;
        Router::Handler h;
        QCOMPARE(r.match(req, &h), Router::Match::Found);
        h(req, HttpReply());
        QCOMPARE(hit, 2);
        QCOMPARE(req.param(u"shopId"_s), u"77"_s);
        req.path = u"/api/products/5"_s;
        QCOMPARE(r.match(req, &h), Router::Match::Found);
        QCOMPARE(req.param(u"id"_s), u"5"_s);
        req.method = HttpRequest::Method::Post;
        QCOMPARE(r.match(req, &h), Router::Match::MethodNotAllowed);
        req.path = u"/api/other"_s;
        QCOMPARE(r.match(req, &h), Router::Match::NotFound);

        // Routes without captures: the first route that matches wins, in any spelling of the path.
        r.add(HttpRequest::Method::Get, u"/api/products/all"_s, [&](HttpRequest &, HttpReply) { hit = 3; });
        r.add(HttpRequest::Method::Post, u"/api/webhooks/orders/created"_s,
              [&](HttpRequest &, HttpReply) { hit = 4; });
        r.add(HttpRequest::Method::Post, u"/api/webhooks/orders/created"_s,
              [&](HttpRequest &, HttpReply) { hit = 5; });
        req.method = HttpRequest::Method::Get;
        req.path = u"/api/products/all"_s;
        QCOMPARE(r.match(req, &h), Router::Match::Found);
        h(req, HttpReply());
        QCOMPARE(hit, 1); // /api/products/:id came first
        QCOMPARE(req.param(u"id"_s), u"all"_s);
        req.method = HttpRequest::Method::Post;
        for (const QString &path : {u"/api/webhooks/orders/created"_s, u"/api/webhooks//orders/created/"_s}) {
            req.path = path;
            req.params.insert(u"stale"_s, u"x"_s);
            QCOMPARE(r.match(req, &h), Router::Match::Found);
            h(req, HttpReply());
            QCOMPARE(hit, 4);
            QVERIFY(req.params.isEmpty());
        }
        req.method = HttpRequest::Method::Get;
        QCOMPARE(r.match(req, &h), Router::Match::MethodNotAllowed);
    }

    void hostPolicy()
    {
        const HostPolicy loopback;
        for (const char *ok : {"127.0.0.1:3000", "localhost", "LocalHost:1", "a.localhost", "[::1]:3000",
                               "127.9.9.9", "localhost."})
            QVERIFY2(loopback.allows(ok), ok);
        for (const char *no :
             {"", "evil.example", "localhost.evil.example", "10.0.0.1", "[::1", "::1", "127.0.0.1.evil"})
            QVERIFY2(!loopback.allows(no), no);
        const HostPolicy published(QHostAddress(u"192.168.1.5"_s), {u"https://bva.example.com/"_s});
        QVERIFY(published.allows("bva.example.com"));
        QVERIFY(published.allows("BVA.example.com:8443"));
        QVERIFY(published.allows("192.168.1.5:3000"));
        QVERIFY(!published.allows("192.168.1.6"));
        QVERIFY(!published.allows("example.com"));
        QVERIFY(listenRefusal(QHostAddress::LocalHost, false, false).isEmpty());
        QVERIFY(!listenRefusal(QHostAddress::AnyIPv4, false, false).isEmpty());
        QVERIFY(listenRefusal(QHostAddress::AnyIPv4, true, false).isEmpty());
        QVERIFY(listenRefusal(QHostAddress::AnyIPv4, false, true).isEmpty());
    }

    // Where a request ends, fed at once and a byte at a time alike; what is refused and why.
    void requestFramer_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status"); // 0: complete
        QTest::addColumn<int>("used");   // bytes of the first request (complete rows)
        const QByteArray get = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
        QTest::newRow("get") << get << 0 << int(get.size());
        QTest::newRow("pipelined") << get + get << 0 << int(get.size());
        QTest::newRow("blank lines first") << "\r\n\r\n" + get << 0 << int(get.size() + 4);
        QTest::newRow("lf only") << QByteArray("GET / HTTP/1.0\nA: b\n\nrest") << 0 << 21;
        const QByteArray post = "POST /w HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET";
        QTest::newRow("length") << post << 0 << int(post.size() - 3);
        const QByteArray chunked =
            "POST /w HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;x=1\r\nhello\r\nA\r\n0123456789\r\n0\r\n\r\n";
        QTest::newRow("chunked") << chunked << 0 << int(chunked.size());
        QTest::newRow("too long body")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1025\r\n\r\n") << 413 << 0;
        QTest::newRow("too long chunk")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n401\r\n") << 413 << 0;
        QTest::newRow("chunks add up") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n200\r\n" +
                                              QByteArray(512, 'a') + "\r\n201\r\n"
                                       << 413 << 0;
        QTest::newRow("tiny chunks") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" +
                                            QByteArray("1\r\na\r\n").repeated(1000)
                                     << 413 << 0;
        QTest::newRow("both lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n") << 400
            << 0;
        QTest::newRow("two lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400 << 0;
        QTest::newRow("same length twice")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\ncontent-length: 1\r\n\r\nxy") << 0 << 58;
        QTest::newRow("signed length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\n") << 400 << 0;
        QTest::newRow("gzip") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501 << 0;
        QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400 << 0;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nA b\r\n\r\n") << 400 << 0;
        QTest::newRow("space in name") << QByteArray("GET / HTTP/1.1\r\nA b: c\r\n\r\n") << 400 << 0;
        QTest::newRow("http/2 line") << QByteArray("GET / HTTP/2\r\n\r\n") << 400 << 0;
        QTest::newRow("no target") << QByteArray("GET HTTP/1.1\r\n\r\n") << 400 << 0;
        // Origin-form only: absolute-form, network-path and authority-form targets are refused.
        QTest::newRow("absolute-form")
            << QByteArray("GET http://evil.example/api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 400
            << 0;
        QTest::newRow("absolute-form https")
            << QByteArray("POST https://127.0.0.1/api/webhooks/orders/created HTTP/1.1\r\n\r\n") << 400 << 0;
        QTest::newRow("network-path")
            << QByteArray("GET //evil.example/api/health HTTP/1.1\r\n\r\n") << 400 << 0;
        QTest::newRow("authority-form")
            << QByteArray("CONNECT evil.example:443 HTTP/1.1\r\n\r\n") << 400 << 0;
        QTest::newRow("asterisk get") << QByteArray("GET * HTTP/1.1\r\n\r\n") << 400 << 0;
        const QByteArray asterisk = "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n";
        QTest::newRow("asterisk options") << asterisk << 0 << int(asterisk.size());
        QTest::newRow("chunk without CR")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n") << 400
            << 0;
        QTest::newRow("chunk overrun")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhello\r\n") << 400 << 0;
        QTest::newRow("bad chunk size")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\n") << 400 << 0;
        QTest::newRow("trailers")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: 1\r\n\r\n") << 400
            << 0;
        QTest::newRow("long line") << "GET /" + QByteArray(300, 'a') + " HTTP/1.1\r\n\r\n" << 414 << 0;
        QTest::newRow("big head") << "GET / HTTP/1.1\r\nA: " + QByteArray(600, 'a') + "\r\n\r\n" << 431 << 0;
        QTest::newRow("many headers") << "GET / HTTP/1.1\r\n" + QByteArray("A: b\r\n").repeated(11) + "\r\n"
                                      << 431 << 0;
        QTest::newRow("endless blank") << QByteArray(600, '\n') << 431 << 0;
    }
    void requestFramer()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(int, used);
        FramingLimits limits;
        limits.maxBodyBytes = 1024;
        limits.maxHeadBytes = 512;
        limits.maxRequestLineBytes = 256;
        limits.maxHeaderCount = 10;
        // At once, byte by byte, and in pieces that cut lines anywhere (a line read where it lies, or
        // pieced together).
        for (qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(5), qsizetype(13)}) {
            RequestFramer framer(limits);
            RequestFramer::Status s = RequestFramer::Status::NeedMore;
            qsizetype total = 0;
            if (piece > 0) {
                for (qsizetype i = 0; i < bytes.size() && s == RequestFramer::Status::NeedMore; i += piece) {
                    qsizetype n = 0;
                    s = framer.feed(QByteArrayView(bytes).sliced(i, qMin(piece, bytes.size() - i)), &n);
                    total += n;
                }
            } else {
                s = framer.feed(bytes, &total);
            }
            if (status == 0) {
                QCOMPARE(int(s), int(RequestFramer::Status::Complete));
                QCOMPARE(int(total), used);
            } else {
                QCOMPARE(int(s), int(RequestFramer::Status::Refused));
                QCOMPARE(framer.refusalStatus(), status);
                QVERIFY(!framer.refusalReason().isEmpty());
            }
        }
    }

    // Which framed requests the front door answers itself (directrequest.h) and how it reads them; the
    // rest are left to Qt's parser.
    void directRequest_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("direct");
        QTest::addColumn<bool>("close");
        const QByteArray line = "POST /api/webhooks/orders/created HTTP/1.1\r\n";
        const QByteArray host = "Host: 127.0.0.1:3000\r\n";
        const QByteArray body = R"({"id":"A"})";
        const QByteArray length = "Content-Length: 10\r\n";
        QTest::newRow("webhook") << line + host + length + "\r\n" << body << true << false;
        QTest::newRow("blank lines first") << "\r\n" + line + host + length + "\r\n" << body << true << false;
        QTest::newRow("lf only") << QByteArray(
                                        "POST /api/webhooks/a HTTP/1.1\nHost: x\nContent-Length: 10\n\n")
                                 << body << true << false;
        QTest::newRow("no body") << line + host + "\r\n" << QByteArray() << true << false;
        QTest::newRow("close") << line + host + "Connection: Close\r\n" + length + "\r\n"
                               << body << true << true;
        QTest::newRow("keep-alive") << line + host + "Connection: keep-alive\r\n" + length + "\r\n"
                                    << body << true << false;
        QTest::newRow("http/1.0") << "POST /api/webhooks/a HTTP/1.0\r\n" + host + length + "\r\n"
                                  << body << true << true;
        QTest::newRow("http/1.0 keep-alive")
            << "POST /api/webhooks/a HTTP/1.0\r\n" + host + "Connection: Keep-Alive\r\n" + length + "\r\n"
            << body << true << false;
        QTest::newRow("get") << "GET /api/webhooks/a HTTP/1.1\r\n" + host + "\r\n"
                             << QByteArray() << false << false;
        QTest::newRow("other path") << "POST /api/auth/login HTTP/1.1\r\n" + host + length + "\r\n"
                                    << body << false << false;
        QTest::newRow("query") << "POST /api/webhooks/a?x=1 HTTP/1.1\r\n" + host + length + "\r\n"
                               << body << false << false;
        QTest::newRow("escape") << "POST /api/webhooks/orders%2Fcreated HTTP/1.1\r\n" + host + length + "\r\n"
                                << body << false << false;
        QTest::newRow("absolute target")
            << "POST http://127.0.0.1/api/webhooks/a HTTP/1.1\r\n" + host + length + "\r\n"
            << body << false << false;
        QTest::newRow("header twice") << line + host + host + length + "\r\n" << body << false << false;
        QTest::newRow("same header, two cases")
            << line + host + "Authorization: a\r\nauthorization: b\r\n" + length + "\r\n"
            << body << false << false;
        QTest::newRow("upgrade") << line + host + "Connection: Upgrade\r\nUpgrade: websocket\r\n" + length +
                                        "\r\n"
                                 << body << false << false;
        QTest::newRow("chunked") << line + host + "Transfer-Encoding: chunked\r\n\r\n"
                                 << QByteArray("0\r\n\r\n") << false << false;
        QTest::newRow("upgrade header alone") << line + host + "Upgrade: h2c\r\n" + length + "\r\n"
                                              << body << false << false;
        QTest::newRow("connection upgrade alone")
            << line + host + "Connection: keep-alive, Upgrade\r\n" + length + "\r\n"
            << body << false << false;
        QTest::newRow("chunked, upper case") << line + host + "TRANSFER-ENCODING: chunked\r\n\r\n"
                                             << QByteArray("0\r\n\r\n") << false << false;
        QTest::newRow("names in upper case")
            << line + host + "CONTENT-LENGTH:  10 \r\nCONNECTION: CLOSE\r\n\r\n"
            << body << true << true;
        QTest::newRow("length twice, two cases") << line + host + length + "content-length: 10\r\n\r\n"
                                                 << body << false << false;
        QTest::newRow("length differs") << line + host + "Content-Length: 9\r\n\r\n"
                                        << body << false << false;
        QTest::newRow("body without length") << line + host + "\r\n" << body << false << false;
    }
    void directRequest()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, body);
        QFETCH(bool, direct);
        QFETCH(bool, close);
        const std::optional<DirectRequest> read = readDirectRequest(QByteArray(head + body), head.size());
        QCOMPARE(read.has_value(), direct);
        if (!read)
            return;
        QCOMPARE(read->close, close);
        QCOMPARE(int(read->request.method), int(HttpRequest::Method::Post));
        QVERIFY(read->request.path.startsWith(u"/api/webhooks/"_s));
        QCOMPARE(read->request.body, body);
        QCOMPARE(read->request.header("host"),
                 head.contains("Host: x") ? QByteArray("x") : QByteArray("127.0.0.1:3000"));
        QVERIFY(read->request.query.isEmpty());
        // Framed by RequestFramer the same way: the head ends where the direct reader says.
        RequestFramer framer;
        qsizetype used = 0;
        QCOMPARE(int(framer.feed(QByteArray(head + body + "GET"), &used)),
                 int(RequestFramer::Status::Complete));
        QCOMPARE(framer.headBytes(), qint64(head.size()));
        QCOMPARE(qint64(used), qint64(head.size() + body.size()));
    }

    // Every header of a request the front door reads itself is looked up as Qt's parser has it (names in
    // lower case, values trimmed), the names it keeps as shared constants included; the body is the bytes
    // after the head.
    void directRequestHeaders()
    {
        const QList<std::pair<QByteArray, QByteArray>> sent = {
            {"HOST", " 127.0.0.1:3000"},
            {"Content-Type", "application/json "},
            {"authorization", "\tBearer  tok-1"},
            {"User-Agent", "clone/1"},
            {"Accept", "*/*"},
            {"Accept-Encoding", "gzip"},
            {"Webhook-Id", "msg_1"},
            {"WEBHOOK-TIMESTAMP", "1700000000"},
            {"webhook-Signature", "v1,abc="},
            {"X-Forwarded-For", "203.0.113.9"},
            {"Origin", "http://app.example"},
            {"X-Request-Id", "r-9"},
            {"Content-Length", "10"},
        };
        QByteArray head = "POST /api/webhooks/orders/created HTTP/1.1\r\n";
        for (const auto &[name, value] : sent)
            head += name + ':' + value + "\r\n";
        head += "\r\n";
        const QByteArray body = R"({"id":"A"})";
        const std::optional<DirectRequest> read = readDirectRequest(head, body);
        QVERIFY(read);
        QCOMPARE(read->request.headers.size(), sent.size());
        for (const auto &[name, value] : sent)
            QCOMPARE(read->request.header(name.toLower()), value.trimmed());
        QCOMPARE(read->request.header("content-length"), QByteArray("10"));
        QVERIFY(read->request.header("connection").isEmpty());
        QCOMPARE(read->request.bearerToken(), QByteArray("tok-1"));
        QCOMPARE(read->request.body, body);
        QVERIFY(!read->close);
    }

    // The answer to a request the front door read itself is the very bytes Qt's responder writes for the
    // same send() (the same route asked by GET, which Qt parses): status line, headers and their order,
    // CORS, caching, Connection: close.
    void directAnswerAsQtWritesIt_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("extraName");
        QTest::addColumn<QByteArray>("extraValue");
        QTest::addColumn<QByteArray>("requestHeaders");
        QTest::newRow("200 json") << 200
                                  << QByteArray(R"({"data":{"duplicate":false,"id":7},"success":true})")
                                  << QByteArray("application/json") << QByteArray() << QByteArray()
                                  << QByteArray();
        QTest::newRow("503 retry") << 503 << QByteArray(R"({"error":"x","success":false})")
                                   << QByteArray("application/json") << QByteArray("Retry-After")
                                   << QByteArray("1") << QByteArray();
        QTest::newRow("route's caching")
            << 200 << QByteArray("abc") << QByteArray("text/plain") << QByteArray("Cache-Control")
            << QByteArray("max-age=60") << QByteArray();
        QTest::newRow("no phrase, no type")
            << 299 << QByteArray("x") << QByteArray() << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("empty body") << 204 << QByteArray() << QByteArray() << QByteArray() << QByteArray()
                                    << QByteArray();
        QTest::newRow("cors") << 200 << QByteArray("{}") << QByteArray("application/json") << QByteArray()
                              << QByteArray() << QByteArray("Origin: http://app.example\r\n");
        QTest::newRow("close") << 400 << QByteArray(R"({"error":"bad","success":false})")
                               << QByteArray("application/json") << QByteArray() << QByteArray()
                               << QByteArray("Connection: close\r\n");
        QTest::newRow("long body") << 200 << QByteArray(100000, 'y') << QByteArray("application/json")
                                   << QByteArray() << QByteArray() << QByteArray();
    }
    void directAnswerAsQtWritesIt()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, extraName);
        QFETCH(QByteArray, extraValue);
        QFETCH(QByteArray, requestHeaders);
        HttpServer server{CorsPolicy({u"http://app.example"_s})};
        auto *door = new FrontDoor(FrontDoorLimits{}, std::nullopt, &server);
        QVERIFY(door->listen(QHostAddress::LocalHost, 0));
        server.bind(door);
        HeaderPairs extra;
        if (!extraName.isEmpty())
            extra.append({extraName, extraValue});
        for (const auto method : {HttpRequest::Method::Get, HttpRequest::Method::Post}) {
            server.router().add(method, u"/api/webhooks/same"_s, [&](HttpRequest &, HttpReply reply) {
                reply.send(status, body, contentType, extra);
            });
        }
        auto exchange = [&](const QByteArray &method) {
            const int fd = connectToLoopback(door->serverPort());
            if (fd < 0)
                return QByteArray("connect failed");
            const auto closeFd = qScopeGuard([fd] { ::close(fd); });
            const QByteArray request = method + " /api/webhooks/same HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                                       requestHeaders + "Content-Length: 0\r\n\r\n";
            ::send(fd, request.constData(), size_t(request.size()), 0);
            QByteArray answer;
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 10000) {
                QCoreApplication::processEvents();
                char buffer[65536];
                const auto n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
                if (n > 0)
                    answer += QByteArray(buffer, int(n));
                const qsizetype end = answer.indexOf("\r\n\r\n");
                if (n == 0 || (end >= 0 && answer.size() - end - 4 >= body.size()))
                    break;
            }
            return answer;
        };
        const QByteArray qt = exchange("GET");
        const QByteArray direct = exchange("POST");
        QVERIFY2(qt.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))),
                 qt.left(200).constData());
        QVERIFY(qt.endsWith(QByteArray("\r\n\r\n" + body)));
        QCOMPARE(direct, qt);
    }

    // A direct-path answer is in the kernel when send() returns, with no turn of the event loop (Qt's
    // buffered write waited for one: two eventfd writes and a wake-up per webhook); what the kernel
    // does not take waits in Qt's buffer and follows in order.
    void directAnswerGoesOutAtOnce()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(client.waitForConnected(10000));
        QVERIFY(server.waitForNewConnection(10000));
        QTcpSocket *answering = server.nextPendingConnection();
        QVERIFY(answering);
        const int fd = int(client.socketDescriptor());

        HttpReply(answering, {}, false).send(200, "{\"ok\":true}", "application/json", {});
        QCOMPARE(answering->bytesToWrite(), qint64(0));
        pollfd readable{fd, POLLIN, 0};
        QCOMPARE(::poll(&readable, 1, 10000), 1); // blocks this thread: no event loop runs meanwhile
        char head[512];
        const auto got = ::recv(fd, head, sizeof head, MSG_DONTWAIT);
        QVERIFY(got > 0);
        QVERIFY(QByteArray(head, int(got)).startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(QByteArray(head, int(got)).endsWith("\r\n\r\n{\"ok\":true}"));

        // Larger than the socket buffers: the kernel takes a part, Qt's buffer the rest, in order.
        QByteArray body(16 * 1024 * 1024, 'x');
        for (qsizetype i = 0; i < body.size(); i += 4096)
            body[i] = char('a' + (i / 4096) % 26);
        HttpReply(answering, {}, false).send(200, body, "application/octet-stream", {});
        QVERIFY(answering->bytesToWrite() > 0);
        QVERIFY(answering->bytesToWrite() < body.size());
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT(
            (received += client.readAll()).endsWith(body.right(64)) && received.size() > body.size(), 60000);
        QByteArray tail("\r\n\r\n");
        tail += body;
        QVERIFY(received.endsWith(tail));
        QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
        QCOMPARE(answering->bytesToWrite(), qint64(0));
    }

    // A connection that pipelines webhook POSTs gets a few of them framed and answered per turn of the
    // HTTP thread's event loop, then the others' turn: answers go straight to the kernel, so Qt's buffer
    // (the pipelining bound) need not fill to stop it. Before, one readyRead answered all 100 at once.
    void pipelinedRequestsYieldTheThread()
    {
        HttpServer server{CorsPolicy(QStringList())};
        auto *door = new FrontDoor(FrontDoorLimits{}, std::nullopt, &server);
        QVERIFY(door->listen(QHostAddress::LocalHost, 0));
        server.bind(door);
        const int fd = connectToLoopback(door->serverPort());
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        const QByteArray one =
            "POST /api/webhooks/nothing-here HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n";
        qint64 answers = 0;
        QByteArray carry;
        auto readAnswers = [&] {
            char buffer[65536];
            for (;;) {
                const auto n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
                if (n <= 0)
                    return;
                const QByteArray data = carry + QByteArray(buffer, int(n));
                answers += data.count("HTTP/1.1 404 ");
                carry = data.right(12);
            }
        };
        // The connection is accepted and its gate waits for requests.
        QCOMPARE(::send(fd, one.constData(), size_t(one.size()), 0), ssize_t(one.size()));
        QTRY_VERIFY_WITH_TIMEOUT((readAnswers(), answers == 1), 10000);

        const QByteArray batch = one.repeated(100); // on loopback, in the server's kernel when send returns
        QCOMPARE(::send(fd, batch.constData(), size_t(batch.size()), 0), ssize_t(batch.size()));
        qint64 firstTurn = 0;
        QElapsedTimer t;
        t.start();
        while (answers == 1 && t.elapsed() < 10000) {
            QCoreApplication::processEvents(); // one turn of the event loop, without waiting
            readAnswers();
            firstTurn = answers - 1;
        }
        QVERIFY2(firstTurn > 0 && firstTurn <= 16, qPrintable(QString::number(firstTurn)));
        QTRY_VERIFY_WITH_TIMEOUT((readAnswers(), answers == 101), 10000);
    }

    void standardWebhooksSignature()
    {
        // Test vector of the Standard Webhooks specification.
        const QByteArray secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        const QByteArray id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        const QByteArray ts = "1614265330";
        const QByteArray body = "{\"test\": 2432232314}";
        QCOMPARE(WebhookVerifier::sign(secret, id, ts, body),
                 QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }
    void clientBehindProxy()
    {
        HttpServer server{CorsPolicy(QStringList())};
        const QHostAddress proxy(u"10.0.0.2"_s), client(u"203.0.113.7"_s);
        // No trusted proxy: the header is anyone's to write.
        QCOMPARE(server.clientOf(proxy, "198.51.100.1"), proxy);
        server.setTrustedProxies({proxy, QHostAddress(u"10.0.0.3"_s)});
        QCOMPARE(server.clientOf(proxy, "203.0.113.7"), client);
        // Read from the right: what the client itself wrote further left is not believed.
        QCOMPARE(server.clientOf(proxy, "1.2.3.4, 203.0.113.7"), client);
        QCOMPARE(server.clientOf(proxy, "1.2.3.4, 203.0.113.7, 10.0.0.3"), client);
        QCOMPARE(server.clientOf(proxy, "garbage"), proxy);
        QCOMPARE(server.clientOf(proxy, ""), proxy);
        // A peer that is not a trusted proxy is the client, whatever it forwards.
        QCOMPARE(server.clientOf(client, "198.51.100.1"), client);
        // IPv4 peers of a dual-stack socket.
        QCOMPARE(server.clientOf(QHostAddress(u"::ffff:10.0.0.2"_s), "203.0.113.7"), client);
        HttpRequest r;
        r.remoteAddress = QHostAddress(u"::ffff:192.0.2.1"_s);
        QCOMPARE(r.client(), u"192.0.2.1"_s);
    }

    void csvFormulaGuard_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("plus") << u"+1+2"_s << u"'+1+2"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("full-width equals")
            << QString(QChar(0xFF1D)) + u"1+1"_s << u"'"_s + QChar(0xFF1D) + u"1+1"_s;
        QTest::newRow("plain") << u"Kape 3in1"_s << u"Kape 3in1"_s;
        QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("comma") << u"SKU,1"_s << u"\"SKU,1\""_s;
        QTest::newRow("quote") << u"Bag \"XL\""_s << u"\"Bag \"\"XL\"\"\""_s;
        QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void csvFormulaGuard()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        CsvWriter csv;
        csv.text(cell).number(qint64(-5)).number(u"-12.50"_s);
        csv.endRow();
        // Figures stay numbers (a negative amount is not a formula); only the text cell is guarded.
        QCOMPARE(csv.content(), written + u",-5,-12.50\r\n"_s);
        QCOMPARE(CsvWriter::textCell(cell), written);
    }

    void csvRowsAndFile()
    {
        CsvWriter csv(CsvWriter::LineEnd::Lf);
        csv.row({u"a"_s, u"b"_s});
        csv.blankLine();
        csv.text(u"x"_s).empty().number(qint64(3));
        csv.endRow();
        QCOMPARE(csv.content(), u"a,b\n\nx,,3\n"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        QVERIFY(csv.save(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBF"
                                         "a,b\n\nx,,3\n"));
        QVERIFY(!csv.save(dir.filePath(u"missing/dir/out.csv"_s)).ok());
    }
};

QTEST_GUILESS_MAIN(TstServerUnits)
#include "tst_serverunits.moc"
