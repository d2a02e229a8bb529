// The real marketplaces' open platforms (Shopee Open Platform v2, Lazada Open Platform) behind the
// PlatformAdapter seam. Unlike the clone sites, they need requests signed at send time with the
// seller's app credentials, several calls per list (a list of ids, then details in batches), their
// own code-for-token and refresh endpoints, and signed pushes. An OpenPlatformAdapter says how; the
// sync job still schedules, retries and stores (it runs the adapter's FetchPlan one call at a time).
//
// An integration records which API it talks (ApiKind); a real Shopee shop is still Platform::Shopee
// everywhere else (dashboards, reports, "By platform").
#pragma once

#include "apisigning.h"
#include "fetcherror.h"
#include "platformadapter.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QStringList>
#include <functional>
#include <memory>

namespace bva {

// What a seller registered on the platform's console: Shopee partner_id + partner_key, Lazada
// app_key + app_secret. The secret lives in the vault; it is here only while a request is signed.
struct AppCredentials
{
    ApiKind kind = ApiKind::Clone;
    QString appId;     // partner_id (digits) | app_key
    QByteArray secret; // partner_key | app_secret
    QString region;    // PH, ID, MY, TH, VN, SG
    QString apiHost;   // empty: the platform's production host for the region
    QString authHost;  // empty: the platform's production authorization host

    bool complete() const { return !appId.isEmpty() && !secret.isEmpty(); }
};

// One call to make. `params` go in the query; a POST sends `body` as JSON.
struct ApiCall
{
    enum class Scope { Partner, Shop }; // Partner: app-level (token calls), Shop: with the shop's access
    QByteArray verb = "GET";
    QString path; // as signed: "/api/v2/order/get_order_list", "/orders/get"
    signing::Params params;
    QJsonObject body;
    Scope scope = Scope::Shop;
    bool onAuthHost = false; // Lazada's token calls go to the authorization host
    int step = 0;            // for the plan that made it
};

// The shop access a shop-scoped call is signed with.
struct ShopToken
{
    QByteArray accessToken;
    QString shopId;
};

// A code-for-token or refresh answer.
struct OpenGrant
{
    RemoteGrant grant;
    QDateTime refreshExpiresAt; // invalid: not said
    QStringList shopIds;        // the shops the grant covers (Shopee shop_id_list, Lazada seller_id)
    QString account;            // Lazada's seller account (an e-mail), for display
    QString country;            // Lazada: ph, id, …; upper-cased region
};

// A verified push, read as a notice: which record changed (the sync fetches it).
struct PushNotice
{
    enum class Topic { Order, Product, Authorization, Other };
    Topic topic = Topic::Other;
    QString shopId;    // Shopee shop_id, Lazada seller_id; empty for broadcasts and the console's check
    QString recordId;  // order_sn / trade_order_id, item_id
    QString rawStatus; // the status the push names, in the platform's words
    QDateTime updatedAt;
    QString code; // the platform's push code / message_type, as text
};

// The app a shop's integration signs with: its owner's (sync/platformapps).
using AppLookup = std::function<Result<AppCredentials>(qint64 userId, ApiKind kind)>;

struct PlanContext
{
    QString shopId;
    QHash<QString, QString> productBySku; // seller SKU → product id, for order lines naming only a SKU
    QDateTime from;                       // records changed (orders: created or updated) since then
    QDateTime to;                         // … up to then (now)
    int exponent = 2;                     // of the shop's currency (money is normalised to minor units)
    int pageSize = 50;
};

/*!
 * One list read as a sequence of calls: next() gives a call, the sync job sends it (signed, retried),
 * then hands the answer to accept(), which returns the records ready to write — normalised to the
 * clone contract's shape with money as minor-unit strings (OpenPlatformAdapter::readOrder and
 * readProduct read them as such) — and decides the next call.
 */
class FetchPlan
{
public:
    virtual ~FetchPlan() = default;
    virtual std::optional<ApiCall> next() = 0;
    // Parse: the answer is unusable (the call is made again); Remote: the platform refused it.
    virtual Result<QJsonArray> accept(const ApiCall &call, const QByteArray &body) = 0;
    int recordsDone() const { return m_done; }

protected:
    int m_done = 0;
};

class OpenPlatformAdapter : public PlatformAdapter
{
public:
    virtual ApiKind apiKind() const = 0;
    virtual QStringList regions() const;
    virtual QString defaultApiHost(const QString &region) const = 0;
    virtual QString defaultAuthHost(const QString &region) const = 0;
    virtual bool authOnApiHost() const { return false; }
    // The platform's own host names (every region's API and authorization hosts, and its sandbox):
    // the only ones besides this computer a seller's app may point BVA at, so no request can make BVA
    // send a token or a signature anywhere else.
    virtual QStringList knownHosts() const;
    QString apiHost(const AppCredentials &app) const;
    QString authHost(const AppCredentials &app) const;
    QString consentPath() const override { return {}; }
    QString defaultSiteUrl() const override { return defaultApiHost(QStringLiteral("PH")); }
    // Plans hand over minor units already (see FetchPlan): the shop's exponent was applied there.
    Result<Product> readProduct(const QJsonObject &json, int currencyExponent) const override;
    Result<Order> readOrder(const QJsonObject &json, int currencyExponent) const override;

    // The request for `call`, signed now; a POST's body goes to *body.
    virtual QNetworkRequest signedRequest(const ApiCall &call, const AppCredentials &app,
                                          const ShopToken &shop, qint64 nowMs, QByteArray *body) const = 0;
    // Where the seller authorizes the app; the platform sends the browser back to `redirectUri`.
    virtual QUrl authorizeUrl(const AppCredentials &app, const QString &redirectUri, const QString &state,
                              qint64 nowMs) const = 0;
    virtual ApiCall tokenCall(const AppCredentials &app, const QString &code,
                              const QString &shopId) const = 0;
    virtual ApiCall refreshCall(const AppCredentials &app, const QByteArray &refreshToken,
                                const QString &shopId) const = 0;
    virtual Result<OpenGrant> readGrant(const QByteArray &body, const QDateTime &now) const = 0;
    virtual ApiCall shopInfoCall() const = 0;
    virtual Result<RemoteShop> readShopInfo(const QByteArray &body, const QString &shopId,
                                            const QString &region) const = 0;
    // The platform's error in an answer (any HTTP status) as a FetchError: throttling as HTTP 429
    // (retried with back-off), an expired or invalid access token as 401 (renewed once), others as
    // Api. nullopt: the answer is a success.
    virtual std::optional<FetchError> checkAnswer(int httpStatus, const QByteArray &body) const = 0;
    virtual std::unique_ptr<FetchPlan> productPlan(const PlanContext &context) const = 0;
    virtual std::unique_ptr<FetchPlan> orderPlan(const PlanContext &context) const = 0;
    // A push: Unauthorized when the signature does not match, Parse when the body is unusable.
    // `url` is the full URL the push was sent to (Shopee signs it).
    virtual Result<PushNotice> readPush(const AppCredentials &app, const QByteArray &url,
                                        const QByteArray &authorization, const QByteArray &body) const = 0;
};

namespace openplatform {

// [from, to) cut into consecutive windows of at most `maxSpanSeconds` (Shopee: 15 days).
QList<QPair<qint64, qint64>> splitWindows(qint64 fromSeconds, qint64 toSeconds, qint64 maxSpanSeconds);
// `ids` in batches of at most `size` (Shopee, Lazada: 50), in order.
QList<QStringList> batches(const QStringList &ids, int size);
// An amount as the platform wrote it (a JSON number or a decimal string) in minor units of a currency
// with `exponent` decimals, as a decimal string. JSON numbers are read back through their shortest
// round-trip text, which is the literal the platform wrote for every amount of up to 15 significant
// digits; more decimals than the currency has are refused (never rounded).
std::optional<QString> minorUnitsText(const QJsonValue &amount, int exponent);
// The currency a shop of the region sells in (PH: PHP, ID: IDR, MY: MYR, TH: THB, VN: VND, SG: SGD).
QString currencyOfRegion(QStringView region);

} // namespace openplatform

} // namespace bva
