// Lazada Open Platform (https://open.lazada.com/apps/doc/doc): app_key + app_secret, requests signed
// over api_path + sorted parameters (sign_method sha256, ms timestamps), /oauth/authorize →
// /auth/token/create → /auth/token/refresh, /orders/get (update_after, offset paging) then
// /orders/items/get by 50, /products/get, pushes signed over app_key + body.
#pragma once

#include "openplatform.h"

namespace bva {

class LazadaOpenAdapter final : public OpenPlatformAdapter
{
public:
    static constexpr int kMaxBatch = 50;       // /orders/items/get order_ids
    static constexpr int kMaxOrderPage = 100;  // /orders/get limit
    static constexpr int kMaxProductPage = 50; // /products/get limit

    Platform platform() const override { return Platform::Lazada; }
    ApiKind apiKind() const override { return ApiKind::LazadaOpen; }
    QString displayName() const override;
    QString defaultApiHost(const QString &region) const override;
    QString defaultAuthHost(const QString &region) const override;

    QNetworkRequest signedRequest(const ApiCall &call, const AppCredentials &app, const ShopToken &shop,
                                  qint64 nowMs, QByteArray *body) const override;
    QUrl authorizeUrl(const AppCredentials &app, const QString &redirectUri, const QString &state,
                      qint64 nowMs) const override;
    ApiCall tokenCall(const AppCredentials &app, const QString &code, const QString &shopId) const override;
    ApiCall refreshCall(const AppCredentials &app, const QByteArray &refreshToken,
                        const QString &shopId) const override;
    Result<OpenGrant> readGrant(const QByteArray &body, const QDateTime &now) const override;
    ApiCall shopInfoCall() const override;
    Result<RemoteShop> readShopInfo(const QByteArray &body, const QString &shopId,
                                    const QString &region) const override;
    std::optional<FetchError> checkAnswer(int httpStatus, const QByteArray &body) const override;
    std::unique_ptr<FetchPlan> productPlan(const PlanContext &context) const override;
    std::unique_ptr<FetchPlan> orderPlan(const PlanContext &context) const override;
    Result<PushNotice> readPush(const AppCredentials &app, const QByteArray &url,
                                const QByteArray &authorization, const QByteArray &body) const override;

    // An /orders/get order with its /orders/items/get lines (one line per unit), and a /products/get
    // product, in the clone contract's shape with money in minor units.
    // A line is the product its seller SKU names (`productBySku`: BVA's products, so each SKU of a
    // multi-SKU item is its own), else its product_id, else kept under the SKU itself.
    static QJsonObject normalisedOrder(const QJsonObject &order, const QJsonArray &lines, int exponent,
                                       const QHash<QString, QString> &productBySku = {});
    // One record per SKU, as BVA keeps variants (the clone sites list each variant as a product with
    // its own SKU): an item with one SKU is the product `item_id`; an item with several gives the
    // products `item_id:SkuId`, named "<item name> - <variation or seller SKU>", each its own price
    // and stock.
    static QJsonArray normalisedProducts(const QJsonObject &product, int exponent);
    static QString skuProductId(const QJsonObject &product, const QJsonObject &sku);
};

} // namespace bva
