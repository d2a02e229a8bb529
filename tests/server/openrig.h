// The real platforms' simulator flavours (bva-clone --flavor shopee-open / lazada-open) wired to a
// test server the way a seller does it: the app entered through the API, the authorization started
// by a signed-in account, the platform's consent pages and their redirect to BVA's loopback callback.
// Also the platform's own view of a shop (orders, products, money in minor units), read by the test
// with signed calls, and the comparison of BVA's store with it, for the suites that check convergence.
#pragma once

#include "cloneprocess.h"
#include "marketplacecheck.h"
#include "sync/integrationservice.h"
#include "testserver.h"

#include <QMap>

namespace bva::test {

struct Page
{
    int status = 0;
    QByteArray body;
    QByteArray location;
};

// A browser step: no redirects followed (the redirect is what the tests look at).
Page browse(const QByteArray &method, const QUrl &url, const QByteArray &form = {},
            const QByteArray &contentType = {});
QByteArray form(const QList<QPair<QString, QString>> &fields);
// The seller signs in on the platform's page and authorizes: the redirect it answers with.
QUrl consent(const QUrl &authorizeUrl, const QString &email, const QString &password);

// A record as the platform lists it: statuses in its words, money in minor units (PHP: centavos).
struct PlatformOrder
{
    QString status;
    qint64 totalMinor = 0;
};
struct PlatformProduct
{
    int stock = 0;
    qint64 priceMinor = 0;
    QString sku;
};
struct PlatformState
{
    QMap<QString, PlatformOrder> orders;     // by order_sn (Shopee) or order_id (Lazada)
    QMap<QString, PlatformProduct> products; // by item_id (Lazada: item_id:SkuId for multi-SKU items)
    QString error;                           // why the platform could not be read
};

struct OpenRig
{
    std::unique_ptr<TestServer> server;
    std::unique_ptr<CloneProcess> clone;
    QString kind; // shopee-open | lazada-open
    qint64 userId = 0;
    QByteArray session;
    qint64 otherId = 0;
    QByteArray otherSession;
    int rate = 0; // the server's webhook (and push) rate per credential per second; 0: off

    // "" when up; "skip: …" when the backend is not available here.
    QString start(const QString &backend, const QString &flavor, int tokenTtl, const CloneOptions &base = {});
    bool shopee() const { return kind == u"shopee-open"; }
    QString platformShopId() const; // the main seller's first shop, as the platform numbers it
    QJsonObject ready() const { return clone->readyLine(); }
    QString appId() const;
    QString secret() const;
    QJsonObject appBody() const;
    Reply put(const QString &path, const QJsonObject &body, const QByteArray &s);
    // Starts an authorization as `s` and runs the seller's consent: its state and the callback URL.
    std::pair<QString, QUrl> authorize(const QByteArray &s);
    qint64 integrationOf(const QString &state, const QByteArray &s);
    // Enters the app, authorizes, follows the callback and waits for the first sync: the integration.
    std::optional<TestIntegration> connect(QString *why);
    std::optional<SyncRun> waitRun(qint64 integrationId, qint64 afterRun = 0);
    // The run's row is final a moment before the service writes the integration's state.
    void waitSettled(qint64 integrationId);
    // A signed shop API call of the platform (GET), its JSON answer.
    QJsonObject call(const QString &path, QList<QPair<QString, QString>> params, const QByteArray &token,
                     const QString &shopId);
    // Every order (created in the last `days`) and every product of the shop.
    PlatformState platformState(const QString &shopId, const QByteArray &token, int days = 60);
    int platformOrderCount(const QString &shopId, const QByteArray &token)
    {
        return int(platformState(shopId, token).orders.size());
    }
    // The shop's current access token in BVA's vault.
    QByteArray accessToken(qint64 integrationId);
};

// Rows "backend flavor" over SQLite and PostgreSQL, shopee-open and lazada-open.
void addOpenRows();

// The first difference between BVA's store and the platform's state (orders: count, status, total;
// products: count, stock, price; daily rollups: equal to a rebuild from the orders), or "".
QString differenceFromPlatform(Database &db, qint64 shopId, const PlatformState &platform, Compare what);

} // namespace bva::test
