// The open flavours (shopee-open, lazada-open) over real sockets: the platforms' signatures (the
// documentation's own vector where it gives one, else an independent HMAC), the authorization
// redirect and token rotation, the documented errors and limits, paging, and signed pushes.
// Shapes and sources: docs/adding-a-marketplace.md, "The real platforms as the simulator plays them".
#include "cloneprocess.h"
#include "opensigning.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace Qt::StringLiterals;
using bva::test::CloneOptions;
using bva::test::CloneProcess;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray retryAfter;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Plain HTTP without following redirects: the redirect itself is what the tests look at.
Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
           const QByteArray &type = "application/json")
{
    static QNetworkAccessManager nam; // clazy:exclude=non-pod-global-static
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, type);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.location = reply->rawHeader("Location");
    r.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return r;
}

QByteArray hmacHex(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields)
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    return out;
}

struct Push
{
    QByteArray authorization;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A stand-in for the app's push endpoint.
class PushReceiver final
{
public:
    PushReceiver()
    {
        m_server.route(u"/push"_s, [this](const QHttpServerRequest &req) {
            m_all.append(Push{req.value("Authorization"), req.body()});
            if (m_failNext > 0) {
                --m_failNext;
                return QHttpServerResponse(QHttpServerResponder::StatusCode::ServiceUnavailable);
            }
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/push"_s.arg(m_port)); }
    QList<Push> m_all;
    int m_failNext = 0;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

const QString kShopeeRedirect = u"http://127.0.0.1/shopee/callback"_s;
const QString kLazadaRedirect = u"http://127.0.0.1/lazada/callback"_s;

} // namespace

class TestCloneOpen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PushReceiver> m_push;
    std::unique_ptr<CloneProcess> m_shopee;
    std::unique_ptr<CloneProcess> m_lazada;
    qint64 m_clockOffsetSecs = 0; // how far the simulator's clock (--now) is from ours

    // --- Shopee helpers (signatures computed here, independently of the simulator's code) ---
    qint64 partnerId() const { return qint64(m_shopee->readyLine().value(u"partnerId"_s).toDouble()); }
    QByteArray partnerKey() const { return m_shopee->readyLine().value(u"partnerKey"_s).toString().toUtf8(); }
    QUrl shopeeUrl(const QString &path, QList<QPair<QString, QString>> params, const QByteArray &token = {},
                   qint64 shopId = 0, qint64 timestamp = 0, const QByteArray &key = {}) const
    {
        const qint64 ts = timestamp ? timestamp : QDateTime::currentSecsSinceEpoch() + m_clockOffsetSecs;
        QByteArray base = QByteArray::number(partnerId()) + path.toUtf8() + QByteArray::number(ts);
        if (!token.isEmpty()) {
            base += token + QByteArray::number(shopId);
            params.append({u"access_token"_s, QString::fromLatin1(token)});
            params.append({u"shop_id"_s, QString::number(shopId)});
        }
        params.append({u"partner_id"_s, QString::number(partnerId())});
        params.append({u"timestamp"_s, QString::number(ts)});
        params.append({u"sign"_s, QString::fromLatin1(hmacHex(key.isEmpty() ? partnerKey() : key, base))});
        QUrl url = m_shopee->url();
        url.setPath(path);
        url.setQuery(QString::fromLatin1(form(params)));
        return url;
    }
    Reply shopeeGet(const QString &path, const QList<QPair<QString, QString>> &params,
                    const QByteArray &token, qint64 shopId) const
    {
        return send("GET", shopeeUrl(path, params, token, shopId));
    }
    Reply shopeePost(const QString &path, const QJsonObject &body) const
    {
        return send("POST", shopeeUrl(path, {}), QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // Logs in on the authorization page and confirms; returns the redirect's Location.
    static QUrl consent(const QUrl &pageUrl, const QString &email, const QString &password, int shopIndex = 0,
                        bool authorize = true)
    {
        const Reply login = send(
            "POST", pageUrl, form({{u"step"_s, u"login"_s}, {u"email"_s, email}, {u"password"_s, password}}),
            "application/x-www-form-urlencoded");
        if (login.status != 200)
            return {};
        const QString page = QString::fromUtf8(login.body);
        const QString ticket =
            QRegularExpression(u"name=\"ticket\" value=\"([0-9a-f]+)\""_s).match(page).captured(1);
        QStringList shops;
        auto it = QRegularExpression(u"name=\"shop_id\" value=\"(\\d+)\""_s).globalMatch(page);
        while (it.hasNext())
            shops.append(it.next().captured(1));
        if (ticket.isEmpty() || shopIndex >= shops.size())
            return {};
        const Reply done = send("POST", pageUrl,
                                form({{u"step"_s, u"consent"_s},
                                      {u"ticket"_s, ticket},
                                      {u"shop_id"_s, shops[shopIndex]},
                                      {u"decision"_s, authorize ? u"authorize"_s : u"cancel"_s}}),
                                "application/x-www-form-urlencoded");
        return done.status == 302 ? QUrl::fromEncoded(done.location) : QUrl();
    }
    QUrl shopeeAuthUrl(const QString &redirect) const
    {
        return shopeeUrl(u"/api/v2/shop/auth_partner"_s, {{u"redirect"_s, redirect}});
    }
    QJsonObject shopeeReadyShop(int index) const
    {
        return m_shopee->readyLine().value(u"shops"_s).toArray().at(index).toObject();
    }

    // --- Lazada helpers ---
    QByteArray appKey() const { return m_lazada->readyLine().value(u"appKey"_s).toString().toUtf8(); }
    QByteArray appSecret() const { return m_lazada->readyLine().value(u"appSecret"_s).toString().toUtf8(); }
    QUrl lazadaUrl(const QString &apiPath, QList<QPair<QString, QString>> params,
                   const QByteArray &token = {}, qint64 timestampMs = 0) const
    {
        params.append({u"app_key"_s, QString::fromLatin1(appKey())});
        params.append({u"timestamp"_s,
                       QString::number(timestampMs ? timestampMs : QDateTime::currentMSecsSinceEpoch())});
        params.append({u"sign_method"_s, u"sha256"_s});
        if (!token.isEmpty())
            params.append({u"access_token"_s, QString::fromLatin1(token)});
        auto sorted = params;
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        QByteArray base = apiPath.toUtf8();
        for (const auto &[k, v] : std::as_const(sorted))
            base += k.toUtf8() + v.toUtf8();
        params.append({u"sign"_s, QString::fromLatin1(hmacHex(appSecret(), base).toUpper())});
        QUrl url = m_lazada->url();
        url.setPath(u"/rest"_s + apiPath);
        url.setQuery(QString::fromLatin1(form(params)));
        return url;
    }
    QJsonObject lazadaGet(const QString &apiPath, const QList<QPair<QString, QString>> &params,
                          const QByteArray &token = {}) const
    {
        const Reply r = send("GET", lazadaUrl(apiPath, params, token));
        return r.status == 200 ? r.json() : QJsonObject{{u"httpStatus"_s, r.status}};
    }
    QUrl lazadaAuthUrl(const QString &redirect, const QString &state) const
    {
        QUrl url = m_lazada->url();
        url.setPath(u"/oauth/authorize"_s);
        url.setQuery(QString::fromLatin1(form({{u"response_type"_s, u"code"_s},
                                               {u"force_auth"_s, u"true"_s},
                                               {u"redirect_uri"_s, redirect},
                                               {u"client_id"_s, QString::fromLatin1(appKey())},
                                               {u"state"_s, state}})));
        return url;
    }
    QJsonObject lazadaTokens(int sellerIndex, int shopIndex) const
    {
        const QJsonObject seller = m_lazada->seller(sellerIndex);
        const QUrl done =
            consent(lazadaAuthUrl(u"http://127.0.0.1:5555/lazada/callback"_s, u"s"_s),
                    seller.value(u"email"_s).toString(), seller.value(u"password"_s).toString(), shopIndex);
        const QString code = QUrlQuery(done).queryItemValue(u"code"_s);
        return lazadaGet(u"/auth/token/create"_s, {{u"code"_s, code}});
    }

    static bool waitFor(const std::function<bool()> &done, int ms = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < ms)
            QTest::qWait(20);
        return done();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_push = std::make_unique<PushReceiver>();
        const QStringList push{u"--push-url"_s, m_push->url().toString()};
        m_shopee = std::make_unique<CloneProcess>(CloneOptions{
            .flavor = u"shopee-open"_s, .products = 12, .days = 40, .ordersPerDay = 5, .extraArgs = push});
        m_lazada = std::make_unique<CloneProcess>(CloneOptions{
            .flavor = u"lazada-open"_s, .products = 12, .days = 40, .ordersPerDay = 5, .extraArgs = push});
        QVERIFY2(m_shopee->start(), qPrintable(m_shopee->errorString()));
        QVERIFY2(m_lazada->start(), qPrintable(m_lazada->errorString()));
        QCOMPARE(m_shopee->readyLine().value(u"flavor"_s).toString(), u"shopee-open"_s);
        QCOMPARE(m_lazada->readyLine().value(u"flavor"_s).toString(), u"lazada-open"_s);
    }

    void init()
    {
        QVERIFY(m_shopee->setFaults({{u"reset"_s, true}}));
        QVERIFY(m_lazada->setFaults({{u"reset"_s, true}}));
    }

    void lazadaDocumentVectors()
    {
        // https://open.alitrip.com/docs/doc.htm?articleId=108069&docType=1&treeId=499 (HTTP request
        // sample): app secret "helloworld", GetOrder with order_id 1234.
        const QList<QPair<QString, QString>> params{{u"app_key"_s, u"123456"_s},
                                                    {u"access_token"_s, u"test"_s},
                                                    {u"timestamp"_s, u"1517820392000"_s},
                                                    {u"sign_method"_s, u"sha256"_s},
                                                    {u"order_id"_s, u"1234"_s}};
        QCOMPARE(bva::clone::OpenSigning::lazadaSign("helloworld", u"/order/get"_s, params),
                 "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A"_ba);
        // https://open.alitrip.com/docs/doc.htm?articleId=108068&docType=1&treeId=499 (signature
        // algorithm): foo=1, bar=2, foo_bar=3, foobar=4 sort to "/test/apibar2foo1foo_bar3foobar4".
        QCOMPARE(bva::clone::OpenSigning::lazadaSign(
                     "helloworld", u"/test/api"_s,
                     {{u"foo"_s, u"1"_s}, {u"bar"_s, u"2"_s}, {u"foo_bar"_s, u"3"_s}, {u"foobar"_s, u"4"_s}}),
                 hmacHex("helloworld", "/test/apibar2foo1foo_bar3foobar4").toUpper());
        // Push: hex(HMAC-SHA256(app_key + body, app_secret)) (article 120168 / jaq-doc 119493).
        QCOMPARE(bva::clone::OpenSigning::lazadaPushAuthorization("100123", "secret", "{\"a\":1}"),
                 hmacHex("secret", "100123{\"a\":1}"));
        // Shopee gives no key with its examples; its rule against an independent HMAC:
        // https://open.shopee.com/developer-guide/16
        QCOMPARE(bva::clone::OpenSigning::shopeeSign("key", 2001887, u"/api/v2/shop/get_shop_info"_s,
                                                     1700000000, "tok", 123456789),
                 hmacHex("key", "2001887/api/v2/shop/get_shop_info1700000000tok123456789"));
        QCOMPARE(bva::clone::OpenSigning::shopeePushAuthorization("key", "https://a.b/push", "{}"),
                 hmacHex("key", "https://a.b/push|{}"));
    }

    void shopeeAuthorizeTokenRotation()
    {
        // A redirect off the registered host is refused with a page, never a redirect.
        const Reply foreign = send("GET", shopeeAuthUrl(u"http://evil.example/cb"_s));
        QCOMPARE(foreign.status, 400);
        QVERIFY(foreign.location.isEmpty());
        // Loopback: any port (RFC 8252 §7.3).
        const QUrl authUrl = shopeeAuthUrl(u"http://127.0.0.1:48213/shopee/callback"_s);
        const Reply page = send("GET", authUrl);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("type=\"password\""));
        const Reply wrong = send(
            "POST", authUrl,
            form(
                {{u"step"_s, u"login"_s}, {u"email"_s, m_shopee->sellerEmail()}, {u"password"_s, u"nope"_s}}),
            "application/x-www-form-urlencoded");
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.location.isEmpty());

        const QUrl cancelled =
            consent(authUrl, m_shopee->sellerEmail(), m_shopee->sellerPassword(), 0, false);
        QCOMPARE(QUrlQuery(cancelled).queryItemValue(u"error"_s), u"access_denied"_s);
        QVERIFY(!QUrlQuery(cancelled).hasQueryItem(u"code"_s));

        const QUrl done = consent(authUrl, m_shopee->sellerEmail(), m_shopee->sellerPassword());
        QCOMPARE(done.host(), u"127.0.0.1"_s);
        QCOMPARE(done.port(), 48213);
        QCOMPARE(done.path(), u"/shopee/callback"_s);
        const QString code = QUrlQuery(done).queryItemValue(u"code"_s);
        const qint64 shopId = QUrlQuery(done).queryItemValue(u"shop_id"_s).toLongLong();
        QVERIFY(!code.isEmpty());
        QCOMPARE(shopId, qint64(shopeeReadyShop(0).value(u"shopId"_s).toDouble()));

        // A code for another shop_id is refused (and used up).
        const QJsonObject tokens =
            shopeePost(u"/api/v2/auth/token/get"_s,
                       {{u"code"_s, code}, {u"shop_id"_s, shopId}, {u"partner_id"_s, partnerId()}})
                .json();
        QCOMPARE(tokens.value(u"error"_s).toString(), QString());
        QCOMPARE(tokens.value(u"expire_in"_s).toInt(), 4 * 3600);
        QCOMPARE(tokens.value(u"shop_id_list"_s).toArray().at(0).toDouble(), double(shopId));
        const QByteArray access = tokens.value(u"access_token"_s).toString().toLatin1();
        const QString refresh = tokens.value(u"refresh_token"_s).toString();
        QVERIFY(!access.isEmpty() && !refresh.isEmpty());
        const Reply again =
            shopeePost(u"/api/v2/auth/token/get"_s,
                       {{u"code"_s, code}, {u"shop_id"_s, shopId}, {u"partner_id"_s, partnerId()}});
        QCOMPARE(again.status, 403);
        QCOMPARE(again.json().value(u"error"_s).toString(), u"error_auth"_s);

        const Reply info = shopeeGet(u"/api/v2/shop/get_shop_info"_s, {}, access, shopId);
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().value(u"shop_name"_s).toString(),
                 shopeeReadyShop(0).value(u"name"_s).toString());
        QCOMPARE(info.json().value(u"region"_s).toString(), u"PH"_s);

        // Rotation: the new refresh token works once, the old one never again.
        const QJsonObject renewed =
            shopeePost(
                u"/api/v2/auth/access_token/get"_s,
                {{u"refresh_token"_s, refresh}, {u"shop_id"_s, shopId}, {u"partner_id"_s, partnerId()}})
                .json();
        QCOMPARE(renewed.value(u"error"_s).toString(), QString());
        QCOMPARE(renewed.value(u"shop_id"_s).toDouble(), double(shopId));
        const QString refresh2 = renewed.value(u"refresh_token"_s).toString();
        QVERIFY(refresh2 != refresh);
        const QByteArray access2 = renewed.value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(shopeeGet(u"/api/v2/shop/get_shop_info"_s, {}, access2, shopId).status, 200);
        const Reply reused = shopeePost(
            u"/api/v2/auth/access_token/get"_s,
            {{u"refresh_token"_s, refresh}, {u"shop_id"_s, shopId}, {u"partner_id"_s, partnerId()}});
        QCOMPARE(reused.status, 403);
        QCOMPARE(reused.json().value(u"error"_s).toString(), u"error_auth"_s);
    }

    void shopeeSecondShop()
    {
        // The second seller runs two shops: the consent page lets them pick the second.
        const QJsonObject seller = m_shopee->seller(1);
        const QUrl done = consent(shopeeAuthUrl(kShopeeRedirect), seller.value(u"email"_s).toString(),
                                  seller.value(u"password"_s).toString(), 1);
        const qint64 shopId = QUrlQuery(done).queryItemValue(u"shop_id"_s).toLongLong();
        QCOMPARE(shopId, qint64(shopeeReadyShop(2).value(u"shopId"_s).toDouble()));
        QCOMPARE(shopeeReadyShop(2).value(u"sellerEmail"_s).toString(), seller.value(u"email"_s).toString());
    }

    void shopeeRejections()
    {
        const qint64 shopId = qint64(shopeeReadyShop(0).value(u"shopId"_s).toDouble());
        const QByteArray token = m_shopee->issueToken(3600);
        const QString path = u"/api/v2/shop/get_shop_info"_s;
        Reply r = send("GET", shopeeUrl(path, {}, token, shopId, 0, "not-the-key"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"error_sign"_s);
        QVERIFY(!r.json().value(u"request_id"_s).toString().isEmpty());
        r = send("GET", shopeeUrl(path, {}, token, shopId, QDateTime::currentSecsSinceEpoch() - 400));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"error_param"_s);
        QCOMPARE(r.json().value(u"message"_s).toString(), u"Invalid timestamp."_s);
        r = shopeeGet(path, {}, m_shopee->issueToken(0), shopId);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_acceess_token"_s);
        // Another seller's shop with this seller's token.
        r = shopeeGet(path, {}, token, qint64(shopeeReadyShop(1).value(u"shopId"_s).toDouble()));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"error_auth"_s);
        QCOMPARE(shopeeGet(path, {}, token, shopId).status, 200);
    }

    void shopeeLimits()
    {
        const qint64 shopId = qint64(shopeeReadyShop(0).value(u"shopId"_s).toDouble());
        const QByteArray token = m_shopee->issueToken(3600);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto list = [&](qint64 from, qint64 to, int pageSize) {
            return shopeeGet(u"/api/v2/order/get_order_list"_s,
                             {{u"time_range_field"_s, u"create_time"_s},
                              {u"time_from"_s, QString::number(from)},
                              {u"time_to"_s, QString::number(to)},
                              {u"page_size"_s, QString::number(pageSize)}},
                             token, shopId);
        };
        QCOMPARE(list(now - 15 * 86400, now, 100).status, 200);
        Reply r = list(now - 15 * 86400 - 1, now, 100);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"error_param"_s);
        QCOMPARE(list(now - 86400, now, 101).status, 400);
        QStringList sns;
        for (int i = 0; i < 51; ++i)
            sns.append(u"2601010000000%1"_s.arg(i));
        r = shopeeGet(u"/api/v2/order/get_order_detail"_s, {{u"order_sn_list"_s, sns.join(u',')}}, token,
                      shopId);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"error_param"_s);
        sns.removeLast();
        QCOMPARE(shopeeGet(u"/api/v2/order/get_order_detail"_s, {{u"order_sn_list"_s, sns.join(u',')}}, token,
                           shopId)
                     .status,
                 200);
        QStringList items;
        for (int i = 0; i < 51; ++i)
            items.append(QString::number(1000000000 + i));
        QCOMPARE(shopeeGet(u"/api/v2/product/get_item_base_info"_s, {{u"item_id_list"_s, items.join(u',')}},
                           token, shopId)
                     .status,
                 400);
    }

    void shopeePagingCoversEveryOrder()
    {
        // Every shop walked in 15-day windows (time_to inclusive, so windows never overlap) with
        // small pages: each order exactly once, and all shops together hold every order.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonArray shops = m_shopee->readyLine().value(u"shops"_s).toArray();
        qint64 seen = 0;
        for (const auto v : shops) {
            const QJsonObject shop = v.toObject();
            const qint64 shopId = qint64(shop.value(u"shopId"_s).toDouble());
            const QByteArray token =
                m_shopee
                    ->admin(u"token"_s, {{u"email"_s, shop.value(u"sellerEmail"_s)}, {u"ttlSeconds"_s, 3600}})
                    .toObject()
                    .value(u"token"_s)
                    .toString()
                    .toLatin1();
            QSet<QString> sns;
            for (qint64 from = now - 200 * 86400; from <= now + 60; from += 15 * 86400) {
                QString cursor;
                for (int guard = 0; guard < 100; ++guard) {
                    const QJsonObject page =
                        shopeeGet(u"/api/v2/order/get_order_list"_s,
                                  {{u"time_range_field"_s, u"create_time"_s},
                                   {u"time_from"_s, QString::number(from)},
                                   {u"time_to"_s, QString::number(from + 15 * 86400 - 1)},
                                   {u"page_size"_s, u"7"_s},
                                   {u"cursor"_s, cursor}},
                                  token, shopId)
                            .json()
                            .value(u"response"_s)
                            .toObject();
                    const QJsonArray list = page.value(u"order_list"_s).toArray();
                    QVERIFY(list.size() <= 7);
                    for (const auto o : list) {
                        const QString sn = o.toObject().value(u"order_sn"_s).toString();
                        QVERIFY2(!sns.contains(sn), qPrintable(sn));
                        sns.insert(sn);
                    }
                    if (!page.value(u"more"_s).toBool())
                        break;
                    cursor = page.value(u"next_cursor"_s).toString();
                    QVERIFY(!cursor.isEmpty());
                }
            }
            seen += sns.size();
            // The details of one page: statuses in Shopee's words, totals from the items.
            const QStringList some = QStringList(sns.cbegin(), sns.cend()).mid(0, 50);
            if (some.isEmpty())
                continue;
            const QJsonArray details =
                shopeeGet(u"/api/v2/order/get_order_detail"_s,
                          {{u"order_sn_list"_s, some.join(u',')},
                           {u"response_optional_fields"_s, u"item_list,total_amount"_s}},
                          token, shopId)
                    .json()
                    .value(u"response"_s)
                    .toObject()
                    .value(u"order_list"_s)
                    .toArray();
            QCOMPARE(details.size(), some.size());
            static const QStringList words{u"UNPAID"_s,    u"READY_TO_SHIP"_s,      u"PROCESSED"_s,
                                           u"SHIPPED"_s,   u"TO_CONFIRM_RECEIVE"_s, u"COMPLETED"_s,
                                           u"CANCELLED"_s, u"TO_RETURN"_s,          u"IN_CANCEL"_s};
            for (const auto d : details) {
                const QJsonObject o = d.toObject();
                QVERIFY2(words.contains(o.value(u"order_status"_s).toString()),
                         qPrintable(o.value(u"order_status"_s).toString()));
                QCOMPARE(o.value(u"currency"_s).toString(), u"PHP"_s);
                QVERIFY(o.value(u"create_time"_s).toInteger() <= o.value(u"update_time"_s).toInteger());
                qint64 cents = 0;
                const QJsonArray items = o.value(u"item_list"_s).toArray();
                for (const auto i : items)
                    cents += qRound64(i.toObject().value(u"model_discounted_price"_s).toDouble() * 100) *
                             i.toObject().value(u"model_quantity_purchased"_s).toInteger();
                QCOMPARE(cents, qRound64(o.value(u"total_amount"_s).toDouble() * 100));
            }
        }
        QCOMPARE(seen, qint64(m_shopee->readyLine().value(u"orders"_s).toDouble()));
    }

    void shopeePushSigned()
    {
        m_push->m_all.clear();
        m_push->m_failNext = 1;
        const QJsonArray events = m_shopee->admin(u"events"_s, {{u"count"_s, 2}, {u"kind"_s, u"status"_s}})
                                      .toObject()
                                      .value(u"events"_s)
                                      .toArray();
        QCOMPARE(events.size(), 2);
        // The first push is answered 503 once and sent again, byte for byte.
        auto firstAgain = [this] {
            return std::count_if(m_push->m_all.cbegin(), m_push->m_all.cend(), [this](const Push &p) {
                       return p.body == m_push->m_all.constFirst().body;
                   }) >= 2;
        };
        QVERIFY(waitFor([&] { return !m_push->m_all.isEmpty() && firstAgain(); }));
        QVERIFY(m_push->m_all.size() >= 3);
        const QByteArray url = m_push->url().toEncoded();
        for (const Push &p : std::as_const(m_push->m_all)) {
            QCOMPARE(p.authorization, hmacHex(partnerKey(), url + '|' + p.body));
            const QJsonObject body = p.json();
            QCOMPARE(body.value(u"code"_s).toInt(), 3);
            QVERIFY(body.value(u"shop_id"_s).toDouble() > 0);
            const QJsonObject data = body.value(u"data"_s).toObject();
            QVERIFY(!data.value(u"ordersn"_s).toString().isEmpty());
            QVERIFY(!data.value(u"status"_s).toString().isEmpty());
            QVERIFY(data.value(u"update_time"_s).toInteger() > 0);
        }
        // Duplicates: each push twice, byte for byte.
        m_push->m_all.clear();
        QVERIFY(m_shopee->setFaults({{u"duplicateWebhooks"_s, true}}));
        m_shopee->admin(u"events"_s, {{u"count"_s, 1}, {u"kind"_s, u"status"_s}});
        QVERIFY(waitFor([this] { return m_push->m_all.size() >= 2; }));
        QCOMPARE(m_push->m_all.at(0).body, m_push->m_all.at(1).body);
        // Product changes are not pushed.
        m_push->m_all.clear();
        m_shopee->admin(u"events"_s, {{u"count"_s, 2}, {u"kind"_s, u"stock"_s}});
        QTest::qWait(300);
        QCOMPARE(m_push->m_all.size(), 0);
    }

    void shopeeThrottleAndErrors()
    {
        const qint64 shopId = qint64(shopeeReadyShop(0).value(u"shopId"_s).toDouble());
        const QByteArray token = m_shopee->issueToken(3600);
        QVERIFY(m_shopee->setFaults({{u"throttleRate"_s, 1.0}}));
        Reply r = shopeeGet(u"/api/v2/shop/get_shop_info"_s, {}, token, shopId);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, "1"_ba);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"error_rate_limit"_s);
        // The authorization page is not an API call.
        QCOMPARE(send("GET", shopeeAuthUrl(kShopeeRedirect)).status, 200);
        QVERIFY(m_shopee->setFaults({{u"reset"_s, true}, {u"errorRate"_s, 1.0}}));
        r = shopeeGet(u"/api/v2/shop/get_shop_info"_s, {}, token, shopId);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"error_server"_s);
    }

    void faultsApply()
    {
        const qint64 shopId = qint64(shopeeReadyShop(0).value(u"shopId"_s).toDouble());
        const QByteArray token = m_shopee->issueToken(3600);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto walk = [&] {
            QStringList sns;
            QString cursor;
            for (int guard = 0; guard < 100; ++guard) {
                const QJsonObject page = shopeeGet(u"/api/v2/order/get_order_list"_s,
                                                   {{u"time_range_field"_s, u"update_time"_s},
                                                    {u"time_from"_s, QString::number(now + 60 - 15 * 86400)},
                                                    {u"time_to"_s, QString::number(now + 60)},
                                                    {u"page_size"_s, u"5"_s},
                                                    {u"cursor"_s, cursor}},
                                                   token, shopId)
                                             .json()
                                             .value(u"response"_s)
                                             .toObject();
                const QJsonArray list = page.value(u"order_list"_s).toArray();
                for (const auto o : list)
                    sns.append(o.toObject().value(u"order_sn"_s).toString());
                if (!page.value(u"more"_s).toBool())
                    break;
                cursor = page.value(u"next_cursor"_s).toString();
            }
            return sns;
        };
        const QStringList clean = walk();
        QVERIFY(clean.size() > 10);
        QCOMPARE(QSet<QString>(clean.cbegin(), clean.cend()).size(), clean.size());
        // Records added while paging: later pages start earlier and repeat some.
        QVERIFY(m_shopee->setFaults({{u"pageDrift"_s, -2}}));
        const QStringList drifted = walk();
        QVERIFY(drifted.size() > clean.size());
        QCOMPARE(QSet<QString>(drifted.cbegin(), drifted.cend()),
                 QSet<QString>(clean.cbegin(), clean.cend()));
        // Cut bodies on the API, never on the authorization page.
        QVERIFY(m_shopee->setFaults({{u"reset"_s, true}, {u"truncateRate"_s, 1.0}}));
        const Reply cut = shopeeGet(u"/api/v2/shop/get_shop_info"_s, {}, token, shopId);
        QCOMPARE(cut.status, 200);
        QVERIFY(QJsonDocument::fromJson(cut.body).isNull());
        QVERIFY(send("GET", shopeeAuthUrl(kShopeeRedirect)).body.endsWith("</html>"));
    }

    // Sellers keep unlisted items (Shopee UNLIST, Lazada InActive), and Lazada items may have several
    // SKUs (each its own price and stock; order lines name the SKU).
    void unlistedItemsAndSkus()
    {
        const qint64 shopId = qint64(shopeeReadyShop(0).value(u"shopId"_s).toDouble());
        const QByteArray token = m_shopee->issueToken(3600);
        auto count = [&](const QList<QPair<QString, QString>> &statuses) {
            QList<QPair<QString, QString>> p{{u"offset"_s, u"0"_s}, {u"page_size"_s, u"100"_s}};
            p += statuses;
            return shopeeGet(u"/api/v2/product/get_item_list"_s, p, token, shopId)
                .json()
                .value(u"response"_s)
                .toObject()
                .value(u"item"_s)
                .toArray()
                .size();
        };
        const auto normal = count({{u"item_status"_s, u"NORMAL"_s}});
        const auto unlisted = count({{u"item_status"_s, u"UNLIST"_s}});
        QVERIFY(unlisted > 0);
        QCOMPARE(count({{u"item_status"_s, u"NORMAL"_s}, {u"item_status"_s, u"UNLIST"_s}}),
                 normal + unlisted);

        const QByteArray lazadaToken = m_lazada->issueToken(3600);
        const QJsonObject data =
            lazadaGet(u"/products/get"_s, {{u"filter"_s, u"all"_s}, {u"limit"_s, u"50"_s}}, lazadaToken)
                .value(u"data"_s)
                .toObject();
        int skus = 0;
        int multi = 0;
        int inactive = 0;
        QSet<QString> sellerSkus;
        const QJsonArray products = data.value(u"products"_s).toArray();
        for (const auto v : products) {
            const QJsonObject item = v.toObject();
            const QJsonArray list = item.value(u"skus"_s).toArray();
            skus += int(list.size());
            multi += list.size() > 1 ? 1 : 0;
            inactive += item.value(u"status"_s).toString() == u"InActive"_s ? 1 : 0;
            for (const auto s : list)
                sellerSkus.insert(s.toObject().value(u"SellerSku"_s).toString());
        }
        QCOMPARE(sellerSkus.size(), skus); // every product of the catalogue is one SKU
        QVERIFY(skus > products.size());
        QVERIFY(multi > 0);
        QVERIFY(inactive > 0);
        QCOMPARE(data.value(u"total_products"_s).toInt(), products.size());
    }

    void lazadaAuthorizeTokenRotation()
    {
        // The callback URL must be the registered one; only a loopback port may differ.
        QCOMPARE(send("GET", lazadaAuthUrl(u"http://127.0.0.1:5555/other"_s, u"x"_s)).status, 400);
        QCOMPARE(send("GET", lazadaAuthUrl(u"http://example.com/lazada/callback"_s, u"x"_s)).status, 400);
        const QUrl authUrl = lazadaAuthUrl(u"http://127.0.0.1:5555/lazada/callback"_s, u"st ate+1"_s);
        QCOMPARE(send("GET", authUrl).status, 200);
        const QUrl done = consent(authUrl, m_lazada->sellerEmail(), m_lazada->sellerPassword());
        QCOMPARE(done.port(), 5555);
        QCOMPARE(QUrlQuery(done).queryItemValue(u"state"_s, QUrl::FullyDecoded), u"st ate+1"_s);
        const QString code = QUrlQuery(done).queryItemValue(u"code"_s);
        QVERIFY(!code.isEmpty());

        const QJsonObject tokens = lazadaGet(u"/auth/token/create"_s, {{u"code"_s, code}});
        QCOMPARE(tokens.value(u"code"_s).toString(), u"0"_s);
        QCOMPARE(tokens.value(u"expires_in"_s).toInt(), 7 * 86400);
        QCOMPARE(tokens.value(u"refresh_expires_in"_s).toInt(), 14 * 86400);
        QCOMPARE(tokens.value(u"account"_s).toString(), m_lazada->sellerEmail());
        const QJsonObject info = tokens.value(u"country_user_info"_s).toArray().at(0).toObject();
        QCOMPARE(info.value(u"country"_s).toString(), u"ph"_s);
        QCOMPARE(info.value(u"seller_id"_s).toString(), m_lazada->readyLine()
                                                            .value(u"shops"_s)
                                                            .toArray()
                                                            .at(0)
                                                            .toObject()
                                                            .value(u"sellerId"_s)
                                                            .toString());
        QCOMPARE(lazadaGet(u"/auth/token/create"_s, {{u"code"_s, code}}).value(u"code"_s).toString(),
                 u"InvalidCode"_s);

        const QByteArray access = tokens.value(u"access_token"_s).toString().toLatin1();
        const QJsonObject seller = lazadaGet(u"/seller/get"_s, {}, access);
        QCOMPARE(seller.value(u"code"_s).toString(), u"0"_s);
        QCOMPARE(QString::number(seller.value(u"data"_s).toObject().value(u"seller_id"_s).toInteger()),
                 info.value(u"seller_id"_s).toString());

        const QString refresh = tokens.value(u"refresh_token"_s).toString();
        const QJsonObject renewed = lazadaGet(u"/auth/token/refresh"_s, {{u"refresh_token"_s, refresh}});
        QCOMPARE(renewed.value(u"code"_s).toString(), u"0"_s);
        QVERIFY(renewed.value(u"refresh_token"_s).toString() != refresh);
        QCOMPARE(lazadaGet(u"/seller/get"_s, {}, renewed.value(u"access_token"_s).toString().toLatin1())
                     .value(u"code"_s)
                     .toString(),
                 u"0"_s);
        QCOMPARE(
            lazadaGet(u"/auth/token/refresh"_s, {{u"refresh_token"_s, refresh}}).value(u"code"_s).toString(),
            u"IllegalRefreshToken"_s);
    }

    void lazadaRejections()
    {
        const QByteArray token = m_lazada->issueToken(3600);
        QUrl bad = lazadaUrl(u"/seller/get"_s, {}, token);
        QUrlQuery q(bad);
        const QString sign = q.queryItemValue(u"sign"_s);
        q.removeQueryItem(u"sign"_s);
        q.addQueryItem(u"sign"_s, QString(sign).replace(0, 1, sign.at(0) == u'A' ? u"B"_s : u"A"_s));
        bad.setQuery(q);
        QCOMPARE(send("GET", bad).json().value(u"code"_s).toString(), u"IncompleteSignature"_s);
        const Reply stale = send(
            "GET", lazadaUrl(u"/seller/get"_s, {}, token, QDateTime::currentMSecsSinceEpoch() - 7300 * 1000));
        QCOMPARE(stale.status, 200);
        QCOMPARE(stale.json().value(u"code"_s).toString(), u"InvalidTimestamp"_s);
        QCOMPARE(lazadaGet(u"/seller/get"_s, {}, m_lazada->issueToken(0)).value(u"code"_s).toString(),
                 u"IllegalAccessToken"_s);
        QCOMPARE(lazadaGet(u"/orders/get"_s,
                           {{u"created_after"_s, u"2020-01-01T00:00:00+08:00"_s}, {u"limit"_s, u"101"_s}},
                           token)
                     .value(u"code"_s)
                     .toString(),
                 u"InvalidParameter"_s);
        QCOMPARE(lazadaGet(u"/orders/get"_s, {}, token).value(u"code"_s).toString(), u"MissingParameter"_s);
        QStringList ids;
        for (int i = 0; i < 51; ++i)
            ids.append(QString::number(100000000000000 + i));
        QCOMPARE(lazadaGet(u"/orders/items/get"_s, {{u"order_ids"_s, u'[' + ids.join(u',') + u']'}}, token)
                     .value(u"code"_s)
                     .toString(),
                 u"InvalidParameter"_s);
        QVERIFY(m_lazada->setFaults({{u"throttleRate"_s, 1.0}}));
        const Reply throttled = send("GET", lazadaUrl(u"/seller/get"_s, {}, token));
        QCOMPARE(throttled.json().value(u"code"_s).toString(), u"ApiCallLimit"_s);
        QCOMPARE(throttled.retryAfter, "1"_ba);
    }

    void lazadaPagingCoversEveryOrder()
    {
        const QJsonArray shops = m_lazada->readyLine().value(u"shops"_s).toArray();
        qint64 seen = 0;
        for (int s = 0; s < shops.size(); ++s) {
            // Shops in the ready line: the main seller's, then the second seller's two.
            const QJsonObject tokens = lazadaTokens(s == 0 ? 0 : 1, s == 0 ? 0 : s - 1);
            QCOMPARE(tokens.value(u"country_user_info"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"seller_id"_s)
                         .toString(),
                     shops.at(s).toObject().value(u"sellerId"_s).toString());
            const QByteArray token = tokens.value(u"access_token"_s).toString().toLatin1();
            QSet<qint64> ids;
            qint64 countTotal = -1;
            for (int offset = 0; offset < 10000; offset += 7) {
                const QJsonObject data = lazadaGet(u"/orders/get"_s,
                                                   {{u"created_after"_s, u"2000-01-01T00:00:00+08:00"_s},
                                                    {u"sort_by"_s, u"created_at"_s},
                                                    {u"sort_direction"_s, u"ASC"_s},
                                                    {u"offset"_s, QString::number(offset)},
                                                    {u"limit"_s, u"7"_s}},
                                                   token)
                                             .value(u"data"_s)
                                             .toObject();
                countTotal = data.value(u"countTotal"_s).toInteger();
                const QJsonArray orders = data.value(u"orders"_s).toArray();
                for (const auto o : orders) {
                    const qint64 id = o.toObject().value(u"order_id"_s).toInteger();
                    QVERIFY(!ids.contains(id));
                    ids.insert(id);
                }
                if (orders.size() < 7)
                    break;
            }
            QCOMPARE(qint64(ids.size()), countTotal);
            seen += ids.size();
            if (ids.isEmpty())
                continue;
            // Lines add up to the order's price; one line per unit, money as "0.00" text.
            const qint64 first = *ids.cbegin();
            const QJsonObject order =
                lazadaGet(u"/orders/get"_s,
                          {{u"created_after"_s, u"2000-01-01T00:00:00+08:00"_s}, {u"limit"_s, u"100"_s}},
                          token)
                    .value(u"data"_s)
                    .toObject()
                    .value(u"orders"_s)
                    .toArray()
                    .at(0)
                    .toObject();
            const QJsonArray lines =
                lazadaGet(u"/order/items/get"_s,
                          {{u"order_id"_s, QString::number(order.value(u"order_id"_s).toInteger())}}, token)
                    .value(u"data"_s)
                    .toArray();
            QCOMPARE(lines.size(), order.value(u"items_count"_s).toInt());
            qint64 cents = 0;
            static const QRegularExpression moneyText(u"^\\d+\\.\\d\\d$"_s);
            for (const auto l : lines) {
                const QString price = l.toObject().value(u"paid_price"_s).toString();
                QVERIFY2(moneyText.match(price).hasMatch(), qPrintable(price));
                cents += qRound64(price.toDouble() * 100);
            }
            QCOMPARE(cents, qRound64(order.value(u"price"_s).toString().toDouble() * 100));
            const QJsonArray batch =
                lazadaGet(u"/orders/items/get"_s, {{u"order_ids"_s, u"[%1]"_s.arg(first)}}, token)
                    .value(u"data"_s)
                    .toArray();
            QCOMPARE(batch.size(), 1);
            QCOMPARE(batch.at(0).toObject().value(u"order_id"_s).toInteger(), first);
        }
        QCOMPARE(seen, qint64(m_lazada->readyLine().value(u"orders"_s).toDouble()));
    }

    void lazadaPushSigned()
    {
        m_push->m_all.clear();
        m_lazada->admin(u"events"_s, {{u"count"_s, 2}, {u"kind"_s, u"status"_s}});
        QVERIFY(waitFor([this] { return m_push->m_all.size() >= 2; }));
        for (const Push &p : std::as_const(m_push->m_all)) {
            QCOMPARE(p.authorization, hmacHex(appSecret(), appKey() + p.body));
            const QJsonObject body = p.json();
            QCOMPARE(body.value(u"message_type"_s).toInt(), 0);
            QCOMPARE(body.value(u"site"_s).toString(), u"lazada_ph"_s);
            QVERIFY(!body.value(u"seller_id"_s).toString().isEmpty());
            QVERIFY(body.value(u"timestamp"_s).toInteger() > 1000000000000);
            const QJsonObject data = body.value(u"data"_s).toObject();
            QVERIFY(!data.value(u"trade_order_id"_s).toString().isEmpty());
            QVERIFY(!data.value(u"order_status"_s).toString().isEmpty());
        }
    }

    void clockSkewAndExpiry()
    {
        // A simulator whose clock runs an hour ahead (--now) refuses our clock's timestamps; at its
        // own time the whole cycle works, across short access token lifetimes (--token-ttl 1).
        const QDateTime ahead = QDateTime::currentDateTimeUtc().addSecs(3600);
        auto skewed = std::make_unique<CloneProcess>(
            CloneOptions{.flavor = u"shopee-open"_s,
                         .products = 5,
                         .days = 5,
                         .ordersPerDay = 2,
                         .sellers = 1,
                         .extraArgs = {u"--now"_s, ahead.toString(Qt::ISODate), u"--token-ttl"_s, u"1"_s}});
        QVERIFY2(skewed->start(), qPrintable(skewed->errorString()));
        std::swap(m_shopee, skewed);
        const auto restore = qScopeGuard([&] {
            std::swap(m_shopee, skewed);
            m_clockOffsetSecs = 0;
        });
        const qint64 shopId = qint64(shopeeReadyShop(0).value(u"shopId"_s).toDouble());
        const Reply early = send("GET", shopeeAuthUrl(kShopeeRedirect));
        QCOMPARE(early.status, 403);
        QCOMPARE(early.json().value(u"message"_s).toString(), u"Invalid timestamp."_s);
        m_clockOffsetSecs = 3600;
        const QUrl done =
            consent(shopeeAuthUrl(kShopeeRedirect), m_shopee->sellerEmail(), m_shopee->sellerPassword());
        QJsonObject tokens =
            shopeePost(u"/api/v2/auth/token/get"_s, {{u"code"_s, QUrlQuery(done).queryItemValue(u"code"_s)},
                                                     {u"shop_id"_s, shopId},
                                                     {u"partner_id"_s, partnerId()}})
                .json();
        QCOMPARE(tokens.value(u"expire_in"_s).toInt(), 1);
        for (int lifetime = 0; lifetime < 2; ++lifetime) {
            const QByteArray access = tokens.value(u"access_token"_s).toString().toLatin1();
            QTest::qWait(2100);
            const Reply expired = shopeeGet(u"/api/v2/shop/get_shop_info"_s, {}, access, shopId);
            QCOMPARE(expired.status, 403);
            QCOMPARE(expired.json().value(u"error"_s).toString(), u"invalid_acceess_token"_s);
            tokens = shopeePost(u"/api/v2/auth/access_token/get"_s,
                                {{u"refresh_token"_s, tokens.value(u"refresh_token"_s)},
                                 {u"shop_id"_s, shopId},
                                 {u"partner_id"_s, partnerId()}})
                         .json();
            QCOMPARE(tokens.value(u"error"_s).toString(), QString());
            QCOMPARE(shopeeGet(u"/api/v2/shop/get_shop_info"_s, {},
                               tokens.value(u"access_token"_s).toString().toLatin1(), shopId)
                         .status,
                     200);
        }
    }

    void regionCurrency()
    {
        CloneProcess idr(CloneOptions{
            .flavor = u"shopee-open"_s,
            .products = 6,
            .days = 5,
            .ordersPerDay = 2,
            .sellers = 1,
            .extraArgs = {u"--region"_s, u"ID"_s, u"--partner-id"_s, u"777"_s, u"--partner-key"_s, u"k"_s}});
        QVERIFY2(idr.start(), qPrintable(idr.errorString()));
        QCOMPARE(idr.readyLine().value(u"currency"_s).toString(), u"IDR"_s);
        QCOMPARE(idr.readyLine().value(u"partnerId"_s).toInteger(), 777);
        const qint64 shopId = qint64(
            idr.readyLine().value(u"shops"_s).toArray().at(0).toObject().value(u"shopId"_s).toDouble());
        const QByteArray token = idr.issueToken(3600);
        const qint64 ts = QDateTime::currentSecsSinceEpoch();
        auto signedUrl = [&](const QString &path, const QString &query) {
            const QByteArray sign = hmacHex("k", "777" + path.toUtf8() + QByteArray::number(ts) + token +
                                                     QByteArray::number(shopId));
            QUrl url = idr.url();
            url.setPath(path);
            url.setQuery(query + u"&partner_id=777&timestamp=%1&access_token=%2&shop_id=%3&sign=%4"_s.arg(ts)
                                     .arg(QString::fromLatin1(token))
                                     .arg(shopId)
                                     .arg(QString::fromLatin1(sign)));
            return url;
        };
        const QJsonArray items =
            send("GET", signedUrl(u"/api/v2/product/get_item_list"_s,
                                  u"offset=0&page_size=50&item_status=NORMAL&item_status=UNLIST"_s))
                .json()
                .value(u"response"_s)
                .toObject()
                .value(u"item"_s)
                .toArray();
        QVERIFY(!items.isEmpty());
        QStringList ids;
        for (const auto i : items)
            ids.append(QString::number(i.toObject().value(u"item_id"_s).toInteger()));
        const QJsonArray info = send("GET", signedUrl(u"/api/v2/product/get_item_base_info"_s,
                                                      u"item_id_list="_s + ids.join(u',')))
                                    .json()
                                    .value(u"response"_s)
                                    .toObject()
                                    .value(u"item_list"_s)
                                    .toArray();
        QCOMPARE(info.size(), items.size());
        for (const auto v : info) {
            const QJsonObject price = v.toObject().value(u"price_info"_s).toArray().at(0).toObject();
            QCOMPARE(price.value(u"currency"_s).toString(), u"IDR"_s);
            const double rupiah = price.value(u"current_price"_s).toDouble();
            QVERIFY2(rupiah >= 1000 && std::fmod(rupiah, 100) == 0, qPrintable(QString::number(rupiah)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCloneOpen)
#include "tst_clone_open.moc"
