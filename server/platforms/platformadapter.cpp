#include "platformadapter.h"

#include "payloadreader.h"
#include "util/jsonread.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bva {

QString PlatformAdapter::consentPath() const
{
    return u"/bva-integration-check"_s;
}

QNetworkRequest PlatformAdapter::request(const QUrl &url, const QByteArray &token) const
{
    QNetworkRequest r(url);
    r.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return r;
}

static QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    if (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + path, QUrl::DecodedMode);
    return url;
}

QUrl PlatformAdapter::withPaging(QUrl url, const PageQuery &query)
{
    QUrlQuery q(url);
    if (query.page > 0) {
        q.addQueryItem(u"page"_s, QString::number(query.page));
        q.addQueryItem(u"pageSize"_s, QString::number(query.pageSize));
    }
    if (query.updatedSince.isValid())
        q.addQueryItem(u"updatedSince"_s, query.updatedSince.toUTC().toString(Qt::ISODateWithMs));
    if (!q.isEmpty())
        url.setQuery(q);
    return url;
}

QUrl PlatformAdapter::meUrl(const QUrl &apiBase) const
{
    return join(apiBase, u"/api/auth/me"_s);
}

QUrl PlatformAdapter::refreshUrl(const QUrl &apiBase) const
{
    return join(apiBase, u"/api/auth/refresh"_s);
}

QNetworkRequest PlatformAdapter::refreshRequest(const QUrl &url) const
{
    QNetworkRequest r = request(url, {});
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return r;
}

QByteArray PlatformAdapter::refreshBody(const QByteArray &refreshToken) const
{
    return QJsonDocument(QJsonObject{{u"refreshToken"_s, QString::fromLatin1(refreshToken)}})
        .toJson(QJsonDocument::Compact);
}

RemoteGrant grantFromJson(const QJsonObject &json, const QDateTime &now)
{
    const auto text = [&json](std::initializer_list<QLatin1StringView> keys) {
        for (QLatin1StringView key : keys) {
            if (const QString v = json.value(key).toString().trimmed(); !v.isEmpty())
                return v;
        }
        return QString();
    };
    RemoteGrant g;
    g.token = text({"token"_L1, "accessToken"_L1, "access_token"_L1}).toUtf8();
    g.refreshToken = text({"refreshToken"_L1, "refresh_token"_L1}).toUtf8();
    if (const QString at = text({"expiresAt"_L1, "expires_at"_L1}); !at.isEmpty())
        g.expiresAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!g.expiresAt.isValid()) {
        for (QLatin1StringView key : {"expiresIn"_L1, "expires_in"_L1}) {
            const QJsonValue v = json.value(key);
            const double secs = v.isString() ? v.toString().toDouble() : v.toDouble(-1);
            if (secs >= 0 && secs < 10.0 * 365 * 86400) {
                g.expiresAt = now.addMSecs(qint64(secs * 1000));
                break;
            }
        }
    }
    if (g.expiresAt.isValid())
        g.expiresAt = g.expiresAt.toUTC();
    return g;
}

Result<RemoteGrant> PlatformAdapter::readRefreshed(const QByteArray &body, const QDateTime &now) const
{
    auto data = unwrap(body);
    if (!data)
        return data.error();
    RemoteGrant g = grantFromJson(data->toObject(), now);
    if (g.token.isEmpty() || g.token.size() > 8192 || g.refreshToken.size() > 8192)
        return Error::parse(u"the refresh answer carries no usable access token"_s);
    return g;
}

QUrl PlatformAdapter::productsUrl(const QUrl &apiBase, const QString &shopId, const PageQuery &query) const
{
    return withPaging(join(apiBase, u"/api/products/shop/"_s + shopId), query);
}

QUrl PlatformAdapter::ordersUrl(const QUrl &apiBase, const QString &shopId, const PageQuery &query) const
{
    return withPaging(join(apiBase, u"/api/orders/seller/"_s + shopId), query);
}

Result<QJsonValue> PlatformAdapter::unwrap(const QByteArray &body, QJsonObject *envelope) const
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(payload::withoutNul(body), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::parse(u"the answer is not valid JSON ("_s + pe.errorString() + u" at byte "_s +
                            QString::number(pe.offset) + u')');
    if (doc.isArray())
        return QJsonValue(doc.array());
    const QJsonObject o = doc.object();
    if (envelope)
        *envelope = o;
    const QJsonValue success = o.value("success"_L1);
    if (success.isBool() && !success.toBool()) {
        QString message = payload::textFromJson(o.value("message"_L1));
        if (message.isEmpty())
            message = payload::textFromJson(o.value("error"_L1));
        return Error::remote(message.isEmpty() ? u"the marketplace reported a failure"_s : message);
    }
    if (o.contains("data"_L1))
        return o.value("data"_L1);
    return QJsonValue(o);
}

namespace {

// "currency" (or "currencyCode"): three ASCII letters. Anything else is ignored, and the shop keeps
// the currency BVA already knows.
QString currencyCodeFrom(const QJsonObject &shop)
{
    QString code = payload::textFromJson(shop.value("currency"_L1)).trimmed().toUpper();
    if (code.isEmpty())
        code = payload::textFromJson(shop.value("currencyCode"_L1)).trimmed().toUpper();
    if (code.size() != 3)
        return {};
    for (QChar c : std::as_const(code)) {
        if (c < u'A' || c > u'Z')
            return {};
    }
    return code;
}

} // namespace

Result<RemoteAccount> PlatformAdapter::readAccount(const QByteArray &body) const
{
    auto data = unwrap(body);
    if (!data)
        return data.error();
    QJsonObject o = data->toObject();
    if (o.contains("user"_L1) && o.value("user"_L1).isObject() && !o.contains("shops"_L1)) {
        // {user:{…, shops}} variants.
        o = o.value("user"_L1).toObject();
    }
    RemoteAccount a;
    a.userId = payload::idFrom(o, {"id"_L1, "userId"_L1});
    a.email = payload::textFromJson(o.value("email"_L1));
    a.name = payload::textFromJson(o.value("name"_L1));
    QJsonArray shops = o.value("shops"_L1).toArray();
    if (shops.isEmpty() && data->toObject().value("shops"_L1).isArray())
        shops = data->toObject().value("shops"_L1).toArray();
    if (shops.isEmpty() && o.value("shop"_L1).isObject())
        shops.append(o.value("shop"_L1));
    for (const QJsonValue &v : std::as_const(shops)) {
        const QJsonObject s = v.toObject();
        RemoteShop shop;
        shop.externalId = payload::idFrom(s, {"id"_L1, "shopId"_L1});
        if (shop.externalId.isEmpty() || payload::badId(shop.externalId, "shop id"_L1))
            continue;
        shop.name = payload::textFromJson(s.value("name"_L1));
        if (s.contains("platform"_L1))
            shop.platform = platformFromString(payload::textFromJson(s.value("platform"_L1)));
        shop.currency = currencyCodeFrom(s);
        a.shops.append(shop);
    }
    if (a.userId.isEmpty() && a.shops.isEmpty())
        return Error::parse(u"the account answer names no user and no shop"_s);
    return a;
}

Result<ListPage> PlatformAdapter::readList(const QByteArray &body) const
{
    QJsonObject envelope;
    auto data = unwrap(body, &envelope);
    if (!data)
        return data.error();
    ListPage page;
    if (data->isArray()) {
        page.items = data->toArray();
    } else if (data->isObject()) {
        // {data:{products:[…]}} / {data:{items:[…], pagination}} variants.
        const QJsonObject o = data->toObject();
        bool found = false;
        for (const auto key : {"items"_L1, "products"_L1, "orders"_L1, "rows"_L1, "results"_L1}) {
            if (o.value(key).isArray()) {
                page.items = o.value(key).toArray();
                found = true;
                break;
            }
        }
        if (!found)
            return Error::parse(u"the list answer holds no list"_s);
        if (o.value("pagination"_L1).isObject() && !envelope.value("pagination"_L1).isObject())
            envelope.insert(u"pagination"_s, o.value("pagination"_L1));
    } else {
        return Error::parse(u"the list answer holds no list"_s);
    }
    const QJsonValue pg = envelope.value("pagination"_L1);
    if (pg.isObject()) {
        const QJsonObject p = pg.toObject();
        Pagination pagination;
        pagination.page = int(payload::integerFromJson(p.value("page"_L1)).value_or(1));
        pagination.pageSize =
            int(payload::integerFromJson(p.value("pageSize"_L1)).value_or(page.items.size()));
        const auto total =
            payload::integerFromJson(p.contains("total"_L1) ? p.value("total"_L1) : p.value("totalItems"_L1));
        if (total) {
            pagination.total = *total;
            page.pagination = pagination;
        }
    }
    return page;
}

Result<Product> PlatformAdapter::readProduct(const QJsonObject &json, int currencyExponent) const
{
    return payload::productFromJson(json, currencyExponent);
}

Result<Order> PlatformAdapter::readOrder(const QJsonObject &json, int currencyExponent) const
{
    return payload::orderFromJson(json, currencyExponent);
}

} // namespace bva
