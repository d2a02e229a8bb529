// Small pieces of the server without HTTP: JWT, password hashes, token lookup hash, rate limiter,
// CORS policy, router matching, Standard Webhooks signatures.
#include "auth/jwt.h"
#include "auth/passwordhasher.h"
#include "auth/vaultkeys.h"
#include "http/cors.h"
#include "http/ratelimiter.h"
#include "http/router.h"
#include "memoryvault.h"
#include "webhooks/webhookverifier.h"
#include "util/clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;

class TstServerUnits : public QObject
{
    Q_OBJECT

private slots:
    void jwtRoundTrip()
    {
        const QByteArray key = "k";
        const QDateTime now = bva::Clock::nowUtc();
        const QByteArray token = jwt::sign({{u"sub"_s, u"7"_s}, {u"exp"_s, double(now.addSecs(60).toSecsSinceEpoch())}}, key);
        auto claims = jwt::verify(token, key, now);
        QVERIFY(claims.ok());
        QCOMPARE(claims->value(u"sub"_s).toString(), u"7"_s);
        QVERIFY(!jwt::verify(token, "other", now).ok());
        QVERIFY(!jwt::verify(token, key, now.addSecs(120)).ok());          // expired
        QVERIFY(!jwt::verify(token + "x", key, now).ok());
        QVERIFY(!jwt::verify("a.b", key, now).ok());
        // alg "none" is refused.
        const QByteArray none = QByteArray("{\"alg\":\"none\"}").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + '.' + token.split('.').at(1) + '.';
        QVERIFY(!jwt::verify(none, key, now).ok());
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
        QVERIFY(*tokenLookupKey(other, "token-1") != *a);   // keyed: another install, another hash
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
        r.add(HttpRequest::Method::Get, u"/api/products/shop/:shopId"_s, [&](HttpRequest &, HttpReply) { hit = 2; });
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
    }

    void standardWebhooksSignature()
    {
        // Test vector of the Standard Webhooks specification.
        const QByteArray secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        const QByteArray id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        const QByteArray ts = "1614265330";
        const QByteArray body = "{\"test\": 2432232314}";
        QCOMPARE(WebhookVerifier::sign(secret, id, ts, body), QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }
};

QTEST_GUILESS_MAIN(TstServerUnits)
#include "tst_serverunits.moc"
