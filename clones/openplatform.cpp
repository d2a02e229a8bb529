#include "openplatform.h"

#include "jsonout.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QtEndian>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::clone {

QString OpenPlatformConfig::flavorName() const
{
    return kind == OpenKind::Shopee   ? u"shopee-open"_s
           : kind == OpenKind::Lazada ? u"lazada-open"_s
                                      : QString();
}

QUrl OpenPlatformConfig::registeredRedirect() const
{
    if (!redirectUrl.isEmpty())
        return redirectUrl;
    return QUrl(kind == OpenKind::Shopee ? u"http://127.0.0.1/shopee/callback"_s
                                         : u"http://127.0.0.1/lazada/callback"_s);
}

qint64 OpenPlatformConfig::defaultAccessTtlSecs() const
{
    return kind == OpenKind::Shopee ? 4 * 3600 : 7 * 86400;
}

qint64 OpenPlatformConfig::defaultRefreshTtlSecs() const
{
    return kind == OpenKind::Shopee ? 30 * 86400 : 14 * 86400;
}

namespace Open {

namespace {

struct Region
{
    const char *code;
    const char *currency;
    double perPeso; // fixed catalogue conversion (guess; see the docs)
    qint64 roundTo; // minor units
};

constexpr Region kRegions[] = {{"PH", "PHP", 1.0, 1},  {"ID", "IDR", 280.0, 10000}, {"MY", "MYR", 0.08, 1},
                               {"TH", "THB", 0.62, 1}, {"VN", "VND", 430.0, 10000}, {"SG", "SGD", 0.024, 1}};

const Region *regionOf(const QString &code)
{
    for (const Region &r : kRegions) {
        if (code.compare(QLatin1String(r.code), Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

qint64 convert(qint64 minor, const Region &r)
{
    const double v = double(minor) * r.perPeso;
    return std::max<qint64>(r.roundTo, qint64(std::llround(v / double(r.roundTo))) * r.roundTo);
}

quint64 hash64(const QByteArray &text)
{
    const QByteArray h = QCryptographicHash::hash(text, QCryptographicHash::Sha1);
    return qFromBigEndian<quint64>(h.constData());
}

} // namespace

QString currencyOfRegion(const QString &region)
{
    const Region *r = regionOf(region);
    return r ? QString::fromLatin1(r->currency) : QString();
}

QString lazadaSite(const QString &region)
{
    return u"lazada_"_s + region.toLower();
}

int utcOffsetSecs(const QString &region)
{
    const QString r = region.toUpper();
    return (r == u"ID" || r == u"TH" || r == u"VN" ? 7 : 8) * 3600;
}

bool redirectAllowed(const QUrl &registered, const QUrl &candidate, bool samePath)
{
    if (!candidate.isValid() || candidate.isRelative() || candidate.host().isEmpty())
        return false;
    if (candidate.scheme() != registered.scheme() || candidate.host() != registered.host())
        return false;
    // RFC 8252 §7.3: a native app's loopback redirect may use any port.
    const QString host = candidate.host();
    const bool loopback = host == u"127.0.0.1" || host == u"localhost" || host == u"::1";
    if (!loopback && candidate.port(candidate.scheme() == u"https" ? 443 : 80) !=
                         registered.port(registered.scheme() == u"https" ? 443 : 80))
        return false;
    if (!samePath)
        return true;
    const QString want = registered.path().isEmpty() ? u"/"_s : registered.path();
    const QString got = candidate.path().isEmpty() ? u"/"_s : candidate.path();
    return want == got && candidate.query() == registered.query() && !candidate.hasFragment();
}

void applyRegion(CloneStore &store, const QString &regionCode)
{
    const Region *r = regionOf(regionCode);
    if (!r || QLatin1String(r->currency) == u"PHP")
        return;
    const QString currency = QString::fromLatin1(r->currency);
    QSet<QString> shops;
    for (const Shop &s : store.shops()) {
        if (s.currency == u"PHP")
            shops.insert(s.id);
    }
    for (const QString &id : std::as_const(shops))
        store.setShopCurrency(id, currency);
    for (const Product &p : store.products()) {
        if (!shops.contains(p.shopId))
            continue;
        Product *m = store.mutableProduct(p.id);
        m->price = convert(m->price, *r);
        if (m->cost)
            m->cost = std::min(m->price, convert(*m->cost, *r));
        m->jsonCache.clear();
    }
    for (const Order &o : store.orders()) {
        if (!shops.contains(o.shopId))
            continue;
        Order *m = store.mutableOrder(o.id);
        for (OrderItem &item : m->items) {
            item.price = convert(item.price, *r);
            if (item.unitCost >= 0)
                item.unitCost = std::min(item.price, convert(item.unitCost, *r));
        }
        m->jsonCache.clear();
    }
    store.markChanged();
}

void unlistSome(CloneStore &store)
{
    QHash<QString, QList<const Product *>> byShop;
    for (const Product &p : store.products())
        byShop[p.shopId].append(&p);
    for (QList<const Product *> &products : byShop) {
        std::sort(products.begin(), products.end(), [](const Product *a, const Product *b) {
            return a->createdMs != b->createdMs ? a->createdMs < b->createdMs : a->id < b->id;
        });
        for (qsizetype i = 5; i < products.size(); i += 6) {
            Product *m = store.mutableProduct(products.at(i)->id);
            m->active = false;
            m->jsonCache.clear();
        }
    }
    store.markChanged();
}

QString shopeeStatus(const Order &o)
{
    // Where Shopee has two words for one of the simulator's states, each order keeps one of them.
    const bool second = hash64(o.id.toUtf8()) & 1;
    switch (o.status) {
    case OrderStatus::Pending:
    case OrderStatus::Unpaid:
        return u"UNPAID"_s;
    case OrderStatus::ToShip:
        return second ? u"PROCESSED"_s : u"READY_TO_SHIP"_s;
    case OrderStatus::ToReceive:
        return second ? u"TO_CONFIRM_RECEIVE"_s : u"SHIPPED"_s;
    case OrderStatus::Completed:
        return u"COMPLETED"_s;
    case OrderStatus::Cancelled:
    case OrderStatus::Failed:
        return u"CANCELLED"_s;
    case OrderStatus::Returned:
    case OrderStatus::Refunded:
        return u"TO_RETURN"_s;
    }
    return u"UNPAID"_s;
}

QString lazadaStatus(const Order &o)
{
    const bool second = hash64(o.id.toUtf8()) & 1;
    switch (o.status) {
    case OrderStatus::Pending:
        return u"pending"_s;
    case OrderStatus::Unpaid:
        return u"unpaid"_s;
    case OrderStatus::ToShip:
        return second ? u"packed"_s : u"ready_to_ship"_s;
    case OrderStatus::ToReceive:
        return u"shipped"_s;
    case OrderStatus::Completed:
        return u"delivered"_s;
    case OrderStatus::Cancelled:
        return u"canceled"_s;
    case OrderStatus::Returned:
    case OrderStatus::Refunded:
        return u"returned"_s;
    case OrderStatus::Failed:
        return u"failed"_s;
    }
    return u"pending"_s;
}

QByteArray shopeeMoney(qint64 minor)
{
    QByteArray out;
    JsonOut::appendMoney(out, minor);
    return out;
}

QString lazadaMoney(qint64 minor)
{
    const qint64 a = minor < 0 ? -minor : minor;
    return (minor < 0 ? u"-"_s : QString()) + QString::number(a / 100) + u'.' +
           QString::number(a % 100).rightJustified(2, u'0');
}

} // namespace Open

namespace {

qint64 numberIn(const QByteArray &salt, const QString &id, qint64 low, qint64 span)
{
    const QByteArray h = QCryptographicHash::hash(QByteArray(salt + id.toUtf8()), QCryptographicHash::Sha1);
    return low + qint64(qFromBigEndian<quint64>(h.constData()) % quint64(span));
}

} // namespace

qint64 OpenIds::shopNumber(const QString &id)
{
    return numberIn("shop:", id, 100000000, 900000000);
}

qint64 OpenIds::itemNumber(const QString &id)
{
    return numberIn("item:", id, 1000000000, 9000000000);
}

qint64 OpenIds::orderNumber(const QString &id)
{
    return numberIn("order:", id, 100000000000000, 900000000000000);
}

qint64 OpenIds::lineNumber(const QString &orderId, int line)
{
    return numberIn("line:" + QByteArray::number(line) + ':', orderId, 100000000000000, 900000000000000);
}

QString OpenIds::orderSn(const Order &o)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QByteArray h = QCryptographicHash::hash(QByteArray("sn:" + o.id.toUtf8()), QCryptographicHash::Sha1);
    QString sn = QDateTime::fromMSecsSinceEpoch(o.createdMs, Qt::UTC).toString(u"yyMMdd"_s);
    for (int i = 0; i < 8; ++i)
        sn += QLatin1Char(alphabet[quint8(h[i]) % 34]);
    return sn;
}

const Shop *OpenIds::shop(qint64 number) const
{
    for (const Shop &s : m_store.shops()) {
        if (shopNumber(s.id) == number)
            return &s;
    }
    return nullptr;
}

void OpenIds::indexOrders()
{
    const auto &orders = m_store.orders();
    for (; m_ordersIndexed < orders.size(); ++m_ordersIndexed) {
        const Order &o = orders[m_ordersIndexed];
        m_bySn.insert(orderSn(o), o.id);
        m_orderByNumber.insert(orderNumber(o.id), o.id);
    }
}

void OpenIds::indexProducts()
{
    m_productByNumber.clear();
    for (const Product &p : m_store.products())
        m_productByNumber.insert(itemNumber(p.id), p.id);
}

const Order *OpenIds::orderBySn(const QString &sn)
{
    indexOrders();
    const auto it = m_bySn.constFind(sn);
    return it == m_bySn.cend() ? nullptr : m_store.order(*it);
}

const Order *OpenIds::orderByNumber(qint64 number)
{
    indexOrders();
    const auto it = m_orderByNumber.constFind(number);
    return it == m_orderByNumber.cend() ? nullptr : m_store.order(*it);
}

const Product *OpenIds::product(qint64 number)
{
    auto it = m_productByNumber.constFind(number);
    if (it == m_productByNumber.cend() || !m_store.product(*it)) {
        indexProducts();
        it = m_productByNumber.constFind(number);
    }
    return it == m_productByNumber.cend() ? nullptr : m_store.product(*it);
}

} // namespace bva::clone
