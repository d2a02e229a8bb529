// Shopee Open Platform v2 (https://open.shopee.com/developer-guide): partner_id + partner_key,
// signed requests, auth_partner → auth/token/get → auth/access_token/get, get_order_list over
// windows of at most 15 days then get_order_detail by 50, get_item_list then get_item_base_info by
// 50, pushes signed over url|body. docs/adding-a-marketplace.md "Real platforms" links each section.
#pragma once

#include "openplatform.h"

namespace bva {

class ShopeeOpenAdapter final : public OpenPlatformAdapter
{
public:
    static constexpr qint64 kMaxWindowSeconds = 15 * 24 * 3600; // get_order_list time_range
    static constexpr int kMaxBatch = 50;                        // get_order_detail, get_item_base_info
    static constexpr int kMaxPageSize = 100;                    // get_order_list, get_item_list

    Platform platform() const override { return Platform::Shopee; }
    ApiKind apiKind() const override { return ApiKind::ShopeeOpen; }
    QString displayName() const override;
    QString defaultApiHost(const QString &region) const override;
    QString defaultAuthHost(const QString &region) const override { return defaultApiHost(region); }
    bool authOnApiHost() const override { return true; }
    QStringList knownHosts() const override; // and the sandbox's

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

    // One get_order_detail order / get_item_base_info item in the clone contract's shape (money in
    // minor units of a currency with `exponent` decimals; an unreadable amount stays unreadable).
    static QJsonObject normalisedOrder(const QJsonObject &order, int exponent);
    static QJsonObject normalisedProduct(const QJsonObject &item, int exponent);
};

} // namespace bva
