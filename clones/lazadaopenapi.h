// lazada-open: the Lazada Open Platform as its documentation describes it (signing, "code for token"
// authorization, orders, order items, products, seller). docs/adding-a-marketplace.md has the shapes.
#pragma once

#include "clonestore.h"
#include "faults.h"
#include "httpserver.h"
#include "openauth.h"
#include "openplatform.h"
#include "tokenservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <optional>

namespace bva::clone {

class LazadaOpenApi final
{
    Q_DECLARE_TR_FUNCTIONS(bva::clone::LazadaOpenApi)
public:
    LazadaOpenApi(CloneStore &store, TokenService &tokens, const Faults &faults,
                  const OpenPlatformConfig &config);

    // nullopt: not a Lazada path (/rest/… or /oauth/authorize).
    std::optional<HttpResponse> handle(const HttpRequest &request);
    static bool isApiPath(const QString &path) { return path.startsWith(u"/rest/"); }
    static HttpResponse error(const QString &code, const QString &message,
                              const QString &type = QStringLiteral("ISV"), int status = 200);
    static HttpResponse throttled();
    static HttpResponse serverError();

private:
    using Params = QList<QPair<QString, QString>>;
    struct Caller
    {
        const Seller *seller = nullptr;
        const Shop *shop = nullptr;
    };
    std::optional<HttpResponse> check(const QString &apiPath, const Params &params, bool withToken,
                                      Caller *c);
    HttpResponse authorize(const HttpRequest &r);
    HttpResponse tokenCreate(const Params &params);
    HttpResponse tokenRefresh(const Params &params);
    HttpResponse tokenAnswer(const Seller &seller, const Shop &shop, const TokenService::Grant &g) const;
    HttpResponse sellerGet(const Caller &c) const;
    HttpResponse ordersGet(const Params &params, const Caller &c) const;
    HttpResponse orderItemsGet(const Params &params, const Caller &c);
    HttpResponse multipleOrderItemsGet(const Params &params, const Caller &c);
    HttpResponse productsGet(const Params &params, const Caller &c) const;
    // `items`: each product's item (itemsOfShop), for the lines' product_id.
    QJsonArray orderLines(const Order &o, const QString &currency,
                          const QHash<QString, QString> &items) const;
    // Items with several SKUs: in a shop's catalogue, in the order it was listed, every fifth product
    // is one more SKU of the item listed just before it. Product id → the id of its item's first product.
    QHash<QString, QString> itemsOfShop(const QString &shopId) const;
    QString localTime(qint64 ms) const;
    QString shopSku(qint64 itemNumber) const; // Lazada's "<item>_<region>AMZ-<n>"

    CloneStore &m_store;
    TokenService &m_tokens;
    const Faults &m_faults;
    const OpenPlatformConfig &m_config;
    OpenAuth m_auth;
    OpenIds m_ids;
    QHash<QString, QString> m_familyShop; // refresh family → the shop the seller authorized
};

} // namespace bva::clone
