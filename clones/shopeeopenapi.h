// shopee-open: the Shopee Open Platform v2 API as its documentation describes it (signing, partner
// authorization, tokens, orders, products, shop info). docs/adding-a-marketplace.md has the shapes.
#pragma once

#include "clonestore.h"
#include "faults.h"
#include "httpserver.h"
#include "openauth.h"
#include "openplatform.h"
#include "tokenservice.h"

#include <QCoreApplication>
#include <optional>

namespace bva::clone {

class ShopeeOpenApi final
{
    Q_DECLARE_TR_FUNCTIONS(bva::clone::ShopeeOpenApi)
public:
    ShopeeOpenApi(CloneStore &store, TokenService &tokens, const Faults &faults,
                  const OpenPlatformConfig &config);

    // nullopt: not a Shopee path.
    std::optional<HttpResponse> handle(const HttpRequest &request);
    static bool isApiPath(const QString &path); // the paths the API faults apply to
    static HttpResponse error(int status, const QString &error, const QString &message);
    static HttpResponse throttled();
    static HttpResponse serverError();

private:
    struct Caller
    {
        const Seller *seller = nullptr;
        const Shop *shop = nullptr;
    };
    // The common parameters: partner, timestamp, sign and (shop APIs) token and shop.
    std::optional<HttpResponse> check(const HttpRequest &r, bool shopApi, Caller *caller) const;
    HttpResponse authPartner(const HttpRequest &r);
    HttpResponse tokenGet(const HttpRequest &r);
    HttpResponse accessTokenGet(const HttpRequest &r);
    HttpResponse shopInfo(const Caller &c) const;
    HttpResponse orderList(const HttpRequest &r, const Caller &c);
    HttpResponse orderDetail(const HttpRequest &r, const Caller &c);
    HttpResponse itemList(const HttpRequest &r, const Caller &c) const;
    HttpResponse itemBaseInfo(const HttpRequest &r, const Caller &c);
    HttpResponse grant(const Seller &seller, const Shop &shop, bool refreshed,
                       const TokenService::Grant &g) const;

    CloneStore &m_store;
    TokenService &m_tokens;
    const Faults &m_faults;
    const OpenPlatformConfig &m_config;
    OpenAuth m_auth;
    OpenIds m_ids;
};

// A fresh request id, as both platforms put one in every answer.
QString openRequestId();

} // namespace bva::clone
