#include "fixtures.h"

#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"

using namespace Qt::StringLiterals;

namespace bva::test {

std::unique_ptr<Database> openStore(const QString &url)
{
    auto config = DatabaseConfig::fromUrl(url);
    if (!config)
        qFatal("bad url %s", qPrintable(url));
    auto db = std::make_unique<Database>(*config);
    if (auto r = db->open(); !r)
        qFatal("open failed: %s", qPrintable(r.error().message));
    return db;
}

Shop makeShop(Database &db, Platform platform, const QString &ext, const QString &currency, const QString &tz)
{
    Shop s;
    s.platform = platform;
    s.externalId = ext;
    s.name = u"Shop "_s + ext;
    s.currency = currency;
    s.timezone = tz;
    auto stored = ShopRepository(db).upsert(s);
    if (!stored)
        qFatal("shop upsert failed: %s", qPrintable(stored.error().message));
    return *stored;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

namespace {

Product product(const QString &ext, const QString &category, qint64 price, std::optional<qint64> cost,
                int stock)
{
    Product p;
    p.externalId = ext;
    p.sku = u"SKU-"_s + ext;
    p.name = u"Product "_s + ext;
    p.category = category;
    p.priceMinor = price;
    p.costMinor = cost;
    p.stock = stock;
    return p;
}

OrderItem item(const QString &product, int qty, qint64 unit)
{
    OrderItem i;
    i.productExternalId = product;
    i.quantity = qty;
    i.unitPriceMinor = unit;
    i.subtotalMinor = qty * unit;
    return i;
}

Order order(const QString &ext, const char *placed, QList<OrderItem> items,
            OrderStatus status = OrderStatus::Completed)
{
    Order o;
    o.externalId = ext;
    o.status = status;
    o.rawStatus = orderStatusName(status);
    o.placedAt = utc(placed);
    o.customerName = u"Customer "_s + ext;
    o.items = items;
    for (const OrderItem &i : items)
        o.totalMinor += i.subtotalMinor;
    return o;
}

void check(const Result<OrderUpsertResult> &r)
{
    if (!r)
        qFatal("order upsert failed: %s", qPrintable(r.error().message));
}

} // namespace

Fixture loadFixture(Database &db)
{
    Fixture f;
    f.shopee = makeShop(db, Platform::Shopee, u"sp1"_s, u"PHP"_s, u"Asia/Manila"_s);
    f.lazada = makeShop(db, Platform::Lazada, u"lz1"_s, u"PHP"_s, u"Asia/Manila"_s);
    f.lazadaId = makeShop(db, Platform::Lazada, u"lz-id"_s, u"IDR"_s, u"Asia/Jakarta"_s);
    ProductRepository products(db);
    // P1 cost known, P2 cost unknown (out of stock), P3 never sold.
    if (!products.upsertBatch(f.shopee.id, {product(u"P1"_s, u"Bags"_s, 10000, 6000, 100),
                                            product(u"P2"_s, u"Shoes"_s, 5000, std::nullopt, 0),
                                            product(u"P3"_s, u"Shoes"_s, 7000, 3000, 40)}))
        qFatal("products");
    if (!products.upsertBatch(f.lazada.id, {product(u"P9"_s, u"Bags"_s, 4000, 3000, 3)}))
        qFatal("products");
    if (!products.upsertBatch(f.lazadaId.id, {product(u"X1"_s, u"Bags"_s, 1500000, 1000000, 50)}))
        qFatal("products");

    OrderRepository orders(db);
    check(orders.upsertBatch(
        f.shopee.id,
        {
            // 00:30 on 2024-03-10 in Manila: first minute-ish of the range.
            order(u"a1"_s, "2024-03-09T16:30:00Z", {item(u"P1"_s, 2, 10000)}),
            // 23:59:59 on 2024-03-16 in Manila: last second of the range; unknown cost.
            order(u"a2"_s, "2024-03-16T15:59:59Z", {item(u"P2"_s, 1, 5000)}),
            // 00:00 on 2024-03-17 in Manila: after the range.
            order(u"a3"_s, "2024-03-16T16:00:00Z", {item(u"P1"_s, 5, 10000)}),
            // 23:59 on 2024-03-09 in Manila: previous period.
            order(u"a4"_s, "2024-03-09T15:59:00Z", {item(u"P1"_s, 1, 10000)}),
            order(u"a5"_s, "2024-03-12T04:00:00Z", {item(u"P1"_s, 3, 10000)}, OrderStatus::Cancelled),
            order(u"a6"_s, "2024-03-13T04:00:00Z", {item(u"P1"_s, 1, 10000)}, OrderStatus::Refunded),
            order(u"a7"_s, "2024-03-11T04:00:00Z", {item(u"P2"_s, 2, 5000)}, OrderStatus::Failed),
        }));
    check(
        orders.upsertBatch(f.lazada.id, {order(u"b1"_s, "2024-03-14T02:00:00Z", {item(u"P9"_s, 4, 4000)})}));
    // 01:00 on 2024-03-16 in Jakarta (still 03-15 in UTC).
    check(orders.upsertBatch(f.lazadaId.id,
                             {order(u"c1"_s, "2024-03-15T18:00:00Z", {item(u"X1"_s, 1, 1500000)})}));
    return f;
}

} // namespace bva::test
