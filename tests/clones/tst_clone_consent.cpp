// The consent page's postMessage behaviour per flavour, in a real QWebEngine page: log in, load
// /bva-integration-check, press Grant or Deny, and check the exact message; not-logged-in paths.
#include "cloneprocess.h"

#include <QApplication>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <memory>

using namespace Qt::StringLiterals;
using bva::test::CloneOptions;
using bva::test::CloneProcess;

// A page whose main world records every message event on window.__bvaMessages from the very
// start, like BVA's consent window listens to what the site posts to its parent.
class RecordingPage final
{
public:
    explicit RecordingPage(QWebEngineProfile *profile)
        : m_page(profile)
    {
        QWebEngineScript recorder;
        recorder.setName(u"bva-recorder"_s);
        recorder.setInjectionPoint(QWebEngineScript::DocumentCreation);
        recorder.setWorldId(QWebEngineScript::MainWorld);
        recorder.setRunsOnSubFrames(false);
        recorder.setSourceCode(uR"(
            window.__bvaMessages = [];
            window.addEventListener('message', function (e) {
                window.__bvaMessages.push({ origin: e.origin, data: e.data });
            });
        )"_s);
        m_page.scripts().insert(recorder);
    }

    bool load(const QUrl &url)
    {
        QSignalSpy finished(&m_page, &QWebEnginePage::loadFinished);
        m_page.load(url);
        return finished.wait(30000) && finished.first().first().toBool();
    }

    QVariant js(const QString &code)
    {
        QVariant result;
        bool done = false;
        QEventLoop loop;
        m_page.runJavaScript(code, QWebEngineScript::MainWorld, [&](const QVariant &v) {
            result = v;
            done = true;
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        if (!done)
            loop.exec();
        return result;
    }

    QJsonArray messages()
    {
        return QJsonDocument::fromJson(
                   js(u"JSON.stringify(window.__bvaMessages || [])"_s).toString().toUtf8())
            .array();
    }

    bool visible(const QString &id)
    {
        return js(u"(function(){var e=document.getElementById('%1'); return !!e && !e.hidden;})()"_s.arg(id))
            .toBool();
    }

    QUrl url() const { return m_page.url(); }
    QWebEnginePage &page() { return m_page; }

private:
    QWebEnginePage m_page;
};

// BVA's webhook endpoint as a browser sees it: answers the CORS preflight, records the POSTs.
class CorsReceiver final
{
public:
    struct Hit
    {
        QByteArray method;
        QString path;
        QByteArray origin;
        QByteArray authorization;
        QJsonObject body;
    };
    CorsReceiver()
    {
        m_server.route(u"/api/webhooks/"_s, [this](const QUrl &rest, const QHttpServerRequest &req) {
            const bool preflight = req.method() == QHttpServerRequest::Method::Options;
            hits.append({preflight ? "OPTIONS"_ba : "POST"_ba, u'/' + rest.path(), req.value("Origin"),
                         req.value("Authorization"), QJsonDocument::fromJson(req.body()).object()});
            QHttpServerResponse r(preflight ? QHttpServerResponder::StatusCode::NoContent
                                            : QHttpServerResponder::StatusCode::Ok);
            r.addHeader("Access-Control-Allow-Origin", req.value("Origin"));
            r.addHeader("Access-Control-Allow-Methods", "POST, OPTIONS");
            r.addHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
            return r;
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/api/webhooks"_s.arg(m_port)); }
    QList<Hit> posts() const
    {
        QList<Hit> out;
        for (const Hit &h : hits)
            if (h.method == "POST")
                out.append(h);
        return out;
    }
    QList<Hit> hits;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

class TestCloneConsent : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CloneProcess> m_shopee;
    std::unique_ptr<CloneProcess> m_lazada;
    CloneProcess &clone(const QString &flavor) { return flavor == u"shopee" ? *m_shopee : *m_lazada; }

    // Logs in through the site's own form, the way a seller does in the consent window.
    static bool logIn(RecordingPage &page, CloneProcess &c, const QString &redirect = {})
    {
        QUrl url(c.url().toString() + u"/seller-login"_s);
        if (!redirect.isEmpty())
            url.setQuery(u"redirect="_s + QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        if (!page.load(url))
            return false;
        QSignalSpy loaded(&page.page(), &QWebEnginePage::loadFinished);
        page.js(
            u"document.getElementById('email').value = '%1';"
            u"document.getElementById('password').value = '%2';"
            u"document.getElementById('login-button').click();"_s.arg(c.sellerEmail(), c.sellerPassword()));
        return loaded.wait(20000);
    }

    static QString messagesText(RecordingPage &page)
    {
        return QString::fromUtf8(QJsonDocument(page.messages()).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_shopee = std::make_unique<CloneProcess>(
            CloneOptions{.flavor = u"shopee"_s, .products = 10, .days = 5, .ordersPerDay = 3});
        m_lazada = std::make_unique<CloneProcess>(
            CloneOptions{.flavor = u"lazada"_s, .products = 10, .days = 5, .ordersPerDay = 3});
        QVERIFY2(m_shopee->start(), qPrintable(m_shopee->errorString()));
        QVERIFY2(m_lazada->start(), qPrintable(m_lazada->errorString()));
    }

    void shopeeNotLoggedIn()
    {
        QWebEngineProfile profile; // off the record: a fresh browser
        RecordingPage page(&profile);
        QVERIFY(page.load(QUrl(m_shopee->url().toString() + u"/bva-integration-check"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(page.messages().size(), 1, 15000);
        const QJsonObject msg = page.messages()[0].toObject().value(u"data"_s).toObject();
        QCOMPARE(msg.value(u"type"_s).toString(), u"SHOPEE_CLONE_AUTH_REQUIRED"_s);
        QVERIFY(!msg.value(u"message"_s).toString().isEmpty());
        QCOMPARE(msg.keys(), (QStringList{u"message"_s, u"type"_s}));
        QCOMPARE(page.messages()[0].toObject().value(u"origin"_s).toString(), m_shopee->url().toString());
        QVERIFY(page.visible(u"consent-required"_s));
        QVERIFY(page.url().path() == u"/bva-integration-check");
    }

    void lazadaNotLoggedIn()
    {
        QWebEngineProfile profile;
        RecordingPage page(&profile);
        QSignalSpy urls(&page.page(), &QWebEnginePage::urlChanged);
        page.load(QUrl(m_lazada->url().toString() + u"/bva-integration-check"_s));
        // No message; the page goes to the login form and will come back afterwards.
        QTRY_COMPARE_WITH_TIMEOUT(page.url().path(), u"/seller-login"_s, 15000);
        QCOMPARE(QUrlQuery(page.url()).queryItemValue(u"redirect"_s, QUrl::FullyDecoded),
                 u"/bva-integration-check"_s);
        QTRY_VERIFY(page.visible(u"login-form"_s));
        QCOMPARE(page.messages().size(), 0);
    }

    void grant_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::newRow("shopee") << u"shopee"_s;
        QTest::newRow("lazada") << u"lazada"_s;
    }
    void grant()
    {
        QFETCH(QString, flavor);
        CloneProcess &c = clone(flavor);
        QWebEngineProfile profile;
        RecordingPage page(&profile);
        QVERIFY(logIn(page, c, u"/bva-integration-check"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page.url().path(), u"/bva-integration-check"_s, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(page.visible(u"consent-ask"_s), 15000);
        QCOMPARE(page.messages().size(), 0); // nothing posted before the seller decides
        page.js(u"document.getElementById('grant').click()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.messages().size(), 1, 10000);
        const QJsonObject msg = page.messages()[0].toObject().value(u"data"_s).toObject();
        const QString prefix = flavor == u"shopee" ? u"SHOPEE_CLONE"_s : u"LAZADA_CLONE"_s;
        QCOMPARE(msg.value(u"type"_s).toString(), prefix + u"_AUTH_SUCCESS"_s);
        QCOMPARE(msg.keys(), (QStringList{u"expiresAt"_s, u"expiresIn"_s, u"refreshToken"_s, u"shop"_s,
                                          u"token"_s, u"type"_s, u"user"_s}));
        // BVA's own grant: a refresh token nobody else holds, and how long the token lives.
        QVERIFY(msg.value(u"refreshToken"_s).toString().startsWith(u"rt_"_s));
        QVERIFY(msg.value(u"expiresIn"_s).toInt() > 86400);
        QVERIFY(QDateTime::fromString(msg.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject shop = msg.value(u"shop"_s).toObject();
        QCOMPARE(shop.keys(), (QStringList{u"currency"_s, u"id"_s, u"name"_s}));
        QCOMPARE(shop.value(u"currency"_s).toString(), u"PHP"_s);
        QCOMPARE(shop.value(u"id"_s).toString(), c.shopId());
        QCOMPARE(shop.value(u"name"_s).toString(), c.shopName());
        const QJsonObject user = msg.value(u"user"_s).toObject();
        QCOMPARE(user.keys(), (QStringList{u"email"_s, u"id"_s, u"name"_s}));
        QCOMPARE(user.value(u"id"_s).toString(), c.userId());
        QCOMPARE(user.value(u"email"_s).toString(), c.sellerEmail());
        // The token is the seller's bearer token: it proves the shop through /api/auth/me.
        const QByteArray token = msg.value(u"token"_s).toString().toLatin1();
        QCOMPARE(token, c.token());
        QCOMPARE(c.get(u"/api/auth/me"_s, token)
                     .data()
                     .toObject()
                     .value(u"shops"_s)
                     .toArray()[0]
                     .toObject()
                     .value(u"id"_s)
                     .toString(),
                 c.shopId());
        QTRY_VERIFY(page.visible(u"consent-done"_s));

        // A second consent in the same profile skips the login; Deny this time.
        RecordingPage again(&profile);
        QVERIFY(again.load(QUrl(c.url().toString() + u"/bva-integration-check"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(again.visible(u"consent-ask"_s), 15000);
        again.js(u"document.getElementById('deny').click()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(again.messages().size(), 1, 10000);
        const QJsonObject denied = again.messages()[0].toObject().value(u"data"_s).toObject();
        if (flavor == u"shopee") {
            QCOMPARE(denied.value(u"type"_s).toString(), u"SHOPEE_CLONE_AUTH_ERROR"_s);
            QCOMPARE(denied.keys(), (QStringList{u"error"_s, u"type"_s}));
            QVERIFY(!denied.value(u"error"_s).toString().isEmpty());
        } else {
            QCOMPARE(denied.value(u"type"_s).toString(), u"LAZADA_CLONE_AUTH_DENIED"_s);
            QCOMPARE(denied.keys(), QStringList{u"type"_s});
        }
        QTest::qWait(200);
        QCOMPARE(again.messages().size(), 1); // exactly one message per decision
    }

    void expiredSession_data() { grant_data(); }
    void expiredSession()
    {
        QFETCH(QString, flavor);
        CloneProcess &c = clone(flavor);
        QWebEngineProfile profile;
        RecordingPage page(&profile);
        QVERIFY(page.load(QUrl(c.url().toString() + u"/seller-login"_s)));
        // A stored session whose token has expired counts as not logged in.
        const QByteArray expired = c.issueToken(-30);
        page.js(
            u"localStorage.setItem('%1_clone_session', JSON.stringify({token: '%2', user: {id: 'u', email: 'e', name: 'n'}, shop: {id: 's', name: 'n'}}))"_s
                .arg(flavor, QString::fromLatin1(expired)));
        page.load(QUrl(c.url().toString() + u"/bva-integration-check"_s));
        if (flavor == u"shopee") {
            QTRY_COMPARE_WITH_TIMEOUT(page.messages().size(), 1, 15000);
            QCOMPARE(page.messages()[0].toObject().value(u"data"_s).toObject().value(u"type"_s).toString(),
                     u"SHOPEE_CLONE_AUTH_REQUIRED"_s);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(page.url().path(), u"/seller-login"_s, 15000);
            QCOMPARE(page.messages().size(), 0);
        }
    }

    void shopeeApiErrorGivesErrorMessage()
    {
        CloneProcess &c = *m_shopee;
        QWebEngineProfile profile;
        RecordingPage page(&profile);
        QVERIFY(logIn(page, c));
        QVERIFY(c.setFaults({{u"errorRate"_s, 1.0}}));
        page.load(QUrl(c.url().toString() + u"/bva-integration-check"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page.messages().size(), 1, 15000);
        QVERIFY(c.setFaults({{u"errorRate"_s, 0.0}}));
        const QJsonObject msg = page.messages()[0].toObject().value(u"data"_s).toObject();
        QCOMPARE(msg.value(u"type"_s).toString(), u"SHOPEE_CLONE_AUTH_ERROR"_s);
        QVERIFY(!msg.value(u"error"_s).toString().isEmpty());
    }

    void pageWritesRelayWebhooksFromTheBrowser()
    {
        // The products page saves through the API, then fetch()es the webhook to BVA's URL. With
        // no BVA configured it says so instead of failing silently.
        CloneProcess &c = *m_lazada;
        QWebEngineProfile profile;
        RecordingPage page(&profile);
        QVERIFY(logIn(page, c));
        QTRY_COMPARE_WITH_TIMEOUT(page.url().path(), u"/seller/products"_s, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.js(u"document.querySelectorAll('#product-table tbody tr').length"_s).toInt() == 10, 15000);
        page.js(u"document.querySelector('#product-table tbody tr .inc').click()"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page.js(u"document.getElementById('webhook-log').textContent"_s)
                                     .toString()
                                     .contains(u"not configured"_s),
                                 10000);
    }

    void browserRelaysWebhooksWithCors()
    {
        CorsReceiver receiver;
        CloneProcess c({.flavor = u"shopee"_s,
                        .products = 6,
                        .days = 3,
                        .ordersPerDay = 2,
                        .webhookUrl = receiver.url()});
        QVERIFY2(c.start(), qPrintable(c.errorString()));
        QWebEngineProfile profile;
        RecordingPage page(&profile);
        QVERIFY(logIn(page, c));
        QTRY_COMPARE_WITH_TIMEOUT(page.url().path(), u"/seller/products"_s, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.js(u"document.querySelectorAll('#product-table tbody tr').length"_s).toInt() == 6, 15000);
        page.js(u"document.querySelector('#product-table tbody tr .inc').click()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.posts().size(), 1, 15000);
        // The browser asked first (Authorization makes it a preflighted request), from the clone's origin.
        QCOMPARE(receiver.hits.first().method, "OPTIONS"_ba);
        const auto hit = receiver.posts().constFirst();
        QCOMPARE(hit.path, u"/inventory/updated"_s);
        QCOMPARE(hit.origin, c.url().toString().toLatin1());
        QCOMPARE(hit.authorization, "Bearer " + c.token());
        QCOMPARE(hit.body.value(u"shopId"_s).toString(), c.shopId());
        QVERIFY(hit.body.contains(u"threshold"_s));
        QTRY_VERIFY(page.js(u"document.getElementById('webhook-log').textContent"_s)
                        .toString()
                        .contains(u"/inventory/updated → 200"_s));

        // A buyer's checkout is relayed too, with the shop owner's token.
        RecordingPage buyer(&profile);
        QVERIFY(buyer.load(QUrl(c.url().toString() + u"/shop"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(
            buyer.js(u"document.querySelectorAll('#shop-products .add:not([disabled])').length"_s).toInt() >
                0,
            15000);
        buyer.js(
            u"document.querySelector('#shop-products .add:not([disabled])').click(); document.getElementById('checkout').click();"_s);
        QTRY_VERIFY_WITH_TIMEOUT(receiver.posts().size() >= 3, 15000);
        CorsReceiver::Hit created;
        for (const auto &h : receiver.posts())
            if (h.path == u"/orders/created")
                created = h;
        QCOMPARE(created.path, u"/orders/created"_s); // the browser sends them in parallel
        QCOMPARE(created.authorization, "Bearer " + c.token());
        QCOMPARE(created.body.value(u"status"_s).toString(), u"PENDING"_s);
        QCOMPARE(created.body.value(u"items"_s).toArray().first().toObject().keys(),
                 (QStringList{u"price"_s, u"productId"_s, u"quantity"_s}));
    }

    void sellerPagesEditProductsAndOrders()
    {
        CorsReceiver receiver;
        CloneProcess c({.flavor = u"lazada"_s,
                        .products = 4,
                        .days = 3,
                        .ordersPerDay = 4,
                        .webhookUrl = receiver.url()});
        QVERIFY2(c.start(), qPrintable(c.errorString()));
        QWebEngineProfile profile;
        RecordingPage page(&profile);
        QVERIFY(logIn(page, c));
        QTRY_COMPARE_WITH_TIMEOUT(page.url().path(), u"/seller/products"_s, 15000);
        const QString rows = u"document.querySelectorAll('#product-table tbody tr').length"_s;
        QTRY_COMPARE_WITH_TIMEOUT(page.js(rows).toInt(), 4, 15000);
        auto lastPost = [&] {
            return receiver.posts().isEmpty() ? CorsReceiver::Hit{} : receiver.posts().constLast();
        };

        // Add through the form.
        page.js(u"document.getElementById('p-name').value = 'Buko Pie';"
                u"document.getElementById('p-price').value = '250';"
                u"document.getElementById('p-stock').value = '8';"
                u"document.getElementById('p-save').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.posts().size(), 1, 15000);
        QCOMPARE(lastPost().path, u"/products/created"_s);
        QCOMPARE(lastPost().body.value(u"name"_s).toString(), u"Buko Pie"_s);
        QCOMPARE(lastPost().body.value(u"price"_s).toDouble(), 250.0);
        QCOMPARE(lastPost().body.value(u"isActive"_s).toBool(), true);
        const QString id = lastPost().body.value(u"id"_s).toString();
        QTRY_COMPARE_WITH_TIMEOUT(page.js(rows).toInt(), 5, 15000);

        // Edit it (newest first: it is the first row).
        page.js(u"document.querySelector('#product-table tbody tr .edit').click();"
                u"document.getElementById('p-price').value = '265.5';"
                u"document.getElementById('p-save').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(lastPost().path, u"/products/updated"_s, 15000);
        QCOMPARE(lastPost().body.value(u"id"_s).toString(), id);
        QCOMPARE(lastPost().body.value(u"price"_s).toDouble(), 265.5);

        // Delete it (the confirm dialog is answered yes).
        page.js(u"window.confirm = function () { return true; };"
                u"document.querySelector('#product-table tbody tr .delete').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(lastPost().path, u"/products/deleted"_s, 15000);
        QCOMPARE(lastPost().body.keys(), (QStringList{u"id"_s, u"shopId"_s}));
        QCOMPARE(lastPost().body.value(u"id"_s).toString(), id);
        QTRY_COMPARE_WITH_TIMEOUT(page.js(rows).toInt(), 4, 15000);

        // Move an order on the orders page.
        QVERIFY(page.load(QUrl(c.url().toString() + u"/seller/orders"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.js(u"document.querySelectorAll('#order-table tbody tr').length"_s).toInt() > 0, 15000);
        const QString orderId =
            page.js(u"document.querySelector('#order-table tbody tr').dataset.id"_s).toString();
        page.js(u"var s = document.querySelector('#order-table tbody tr .status-select');"
                u"s.value = 'shipping'; s.dispatchEvent(new Event('change', {bubbles: true}));"_s);
        QTRY_COMPARE_WITH_TIMEOUT(lastPost().path, u"/orders/status-changed"_s, 15000);
        QCOMPARE(lastPost().body.value(u"id"_s).toString(), orderId);
        QCOMPARE(lastPost().body.value(u"status"_s).toString(), u"shipping"_s);
        QCOMPARE(lastPost().authorization, "Bearer " + c.token());
        bool moved = false;
        const QJsonArray list = c.get(u"/api/orders/seller/"_s + c.shopId(), c.token()).data().toArray();
        for (const auto v : list)
            moved = moved || (v.toObject().value(u"id"_s).toString() == orderId &&
                              v.toObject().value(u"status"_s).toString() == u"shipping");
        QVERIFY(moved);
    }
};

QTEST_MAIN(TestCloneConsent)
#include "tst_clone_consent.moc"
