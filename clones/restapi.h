// The clone's REST API: what BVA reads (CONTRACT.md section 2) and the seller/buyer writes the
// site's own pages use. Write replies carry the webhooks the page must then send to BVA.
#pragma once

#include "clonestore.h"
#include "faults.h"
#include "httpserver.h"
#include "payloads.h"
#include "tokenservice.h"

#include <QCoreApplication>
#include <optional>

namespace bva::clone {

class JsonOut;

class RestApi final
{
    Q_DECLARE_TR_FUNCTIONS(bva::clone::RestApi)
public:
    RestApi(CloneStore &store, TokenService &tokens, const Faults &faults);

    // nullopt: not an API route.
    std::optional<HttpResponse> handle(const HttpRequest &request);

private:
    HttpResponse login(const HttpRequest &r);
    HttpResponse me(const HttpRequest &r);
    HttpResponse grant(const HttpRequest &r);
    HttpResponse refresh(const HttpRequest &r);
    HttpResponse productsOfShop(const HttpRequest &r, const QString &shopId);
    HttpResponse ordersOfShop(const HttpRequest &r, const QString &shopId);
    HttpResponse createProduct(const HttpRequest &r);
    HttpResponse updateProduct(const HttpRequest &r, const QString &id);
    HttpResponse deleteProduct(const HttpRequest &r, const QString &id);
    HttpResponse changeStock(const HttpRequest &r, const QString &id);
    HttpResponse changeOrderStatus(const HttpRequest &r, const QString &id);
    HttpResponse checkout(const HttpRequest &r);

    const Seller *authenticate(const HttpRequest &r, HttpResponse *failure) const;
    // Writes token, refreshToken, tokenType, expiresIn and expiresAt into the open object.
    static void writeGrant(JsonOut &j, const TokenService::Grant &g);
    HttpResponse error(int status, const QString &text) const;
    RenderOptions render() const { return {m_faults.numbersAsStrings, m_faults.lowercaseStatuses}; }
    Payloads payloads() const { return Payloads(m_store, render()); }
    static QByteArray webhooksJson(const QList<Webhook> &hooks);

    CloneStore &m_store;
    TokenService &m_tokens;
    const Faults &m_faults;
};

} // namespace bva::clone
