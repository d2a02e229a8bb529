// What BVA must know about one marketplace: where its API is, how to authenticate, how its lists
// are paged and how its JSON maps to the domain. Adapters are stateless and shared by threads.
#pragma once

#include "domain/order.h"
#include "domain/platform.h"
#include "domain/product.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkRequest>
#include <QUrl>
#include <optional>

namespace bva {

struct PageQuery
{
    int page = 0; // 0: do not ask for paging (whole list)
    int pageSize = 0;
    QDateTime updatedSince; // invalid: everything
};

struct Pagination
{
    int page = 1;
    int pageSize = 0;
    qint64 total = 0;
};

// One list answer. `pagination` is absent when the site ignored paging and sent the whole list.
struct ListPage
{
    QJsonArray items;
    std::optional<Pagination> pagination;
};

struct RemoteShop
{
    QString externalId;
    QString name;
    std::optional<Platform> platform;
    QString currency; // ISO 4217 code as the marketplace reports it (upper case); empty: not said
};

// GET /api/auth/me: who the token belongs to and which shops it owns.
struct RemoteAccount
{
    QString userId;
    QString email;
    QString name;
    QList<RemoteShop> shops;
};

// Access a marketplace granted: what its consent page, its login and POST /api/auth/refresh hand over.
struct RemoteGrant
{
    QByteArray token;        // the access token (a secret)
    QByteArray refreshToken; // empty: none given (the token is used until it is refused)
    QDateTime expiresAt;     // invalid: not said
};
// Reads token|accessToken|access_token, refreshToken|refresh_token and expiresAt|expires_at (ISO-8601)
// or else expiresIn|expires_in (seconds from `now`). Missing fields stay empty.
RemoteGrant grantFromJson(const QJsonObject &json, const QDateTime &now);

/*!
 * One marketplace. Implement platform(), displayName() and defaultSiteUrl(); override the rest only
 * where the marketplace differs from the clone contract (CONTRACT.md sections 2-4), which the base
 * implementations follow. Register the adapter in builtinadapters.cpp.
 */
class PlatformAdapter
{
public:
    virtual ~PlatformAdapter() = default;

    virtual Platform platform() const = 0;
    virtual QString displayName() const = 0;    // "Shopee"
    virtual QString defaultSiteUrl() const = 0; // "http://localhost:5173"
    virtual QString consentPath() const;        // "/bva-integration-check"

    // A GET request with the marketplace's auth header (Bearer).
    virtual QNetworkRequest request(const QUrl &url, const QByteArray &token) const;
    virtual QUrl meUrl(const QUrl &apiBase) const;
    // POST with {"refreshToken": …}: a new access token (and, rotating, a new refresh token).
    virtual QUrl refreshUrl(const QUrl &apiBase) const;
    virtual QNetworkRequest refreshRequest(const QUrl &url) const;
    virtual QByteArray refreshBody(const QByteArray &refreshToken) const;
    virtual QUrl productsUrl(const QUrl &apiBase, const QString &shopId, const PageQuery &query) const;
    virtual QUrl ordersUrl(const QUrl &apiBase, const QString &shopId, const PageQuery &query) const;

    // Parses a whole response body: the envelope {success,data,pagination} or a bare value.
    virtual Result<QJsonValue> unwrap(const QByteArray &body, QJsonObject *envelope = nullptr) const;
    virtual Result<RemoteAccount> readAccount(const QByteArray &body) const;
    // The refresh answer; Parse when it carries no access token.
    virtual Result<RemoteGrant> readRefreshed(const QByteArray &body, const QDateTime &now) const;
    virtual Result<ListPage> readList(const QByteArray &body) const;
    // Money in the shop's currency, read with its ISO 4217 exponent (currencyExponent: PHP 2, JPY 0,
    // KWD 3): the marketplace writes major units, BVA keeps minor units.
    virtual Result<Product> readProduct(const QJsonObject &json, int currencyExponent) const;
    virtual Result<Order> readOrder(const QJsonObject &json, int currencyExponent) const;

protected:
    static QUrl withPaging(QUrl url, const PageQuery &query);
};

} // namespace bva
