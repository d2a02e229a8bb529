#include "historyloader.h"

#include "store/database.h"
#include "store/sql.h"
#include "util/clock.h"

#include <QHash>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva::forecast {

Result<ShopHistory> loadShopHistory(Database &db, qint64 shopId, QDate asOf, int historyDays)
{
    auto conn = db.tryConnection();
    if (!conn)
        return conn.error();
    ShopHistory h;
    h.shopId = shopId;
    {
        auto q = sql::run(*conn, u"SELECT name, currency, timezone FROM shops WHERE id = ?"_s, {shopId},
                          u"read shop");
        if (!q)
            return q.error();
        if (!q->next())
            return Error::notFound(u"shop %1"_s.arg(shopId));
        h.shopName = q->value(0).toString();
        h.currency = q->value(1).toString();
        if (!asOf.isValid()) {
            const QTimeZone zone(q->value(2).toString().toUtf8());
            asOf = Clock::today(zone.isValid() ? zone : QTimeZone::utc());
        }
    }
    h.asOf = asOf;
    h.from = asOf.addDays(-std::max(1, historyDays));
    const QDate last = asOf.addDays(-1);

    QHash<QString, size_t> index;
    {
        auto q = sql::run(
            *conn,
            u"SELECT p.external_id, p.sku, p.name, p.category, p.price_minor, p.cost_minor, p.stock, "
            "p.expiry_date, p.active, p.id, s.minimum_order, s.pack_size, s.on_order, s.lead_time_days "
            "FROM products p LEFT JOIN restock_product_settings s "
            "ON s.shop_id = p.shop_id AND s.product_external_id = p.external_id "
            "WHERE p.shop_id = ? AND p.deleted_at IS NULL ORDER BY p.external_id"_s,
            {shopId}, u"read products");
        if (!q)
            return q.error();
        while (q->next()) {
            ProductHistory p;
            p.product.shopId = shopId;
            p.product.externalId = q->value(0).toString();
            p.product.sku = q->value(1).toString();
            p.product.name = q->value(2).toString();
            p.product.category = q->value(3).toString();
            p.product.priceMinor = q->value(4).toLongLong();
            p.product.costMinor = sql::toOptional64(q->value(5));
            p.product.stock = q->value(6).toInt();
            p.product.expiryDate = sql::toDate(q->value(7));
            p.product.active = q->value(8).toInt() != 0;
            p.product.id = q->value(9).toLongLong();
            if (!q->value(10).isNull()) {
                p.minimumOrder = std::max(1, q->value(10).toInt());
                p.packSize = std::max(1, q->value(11).toInt());
                p.onOrder = std::max(0, q->value(12).toInt());
                if (!q->value(13).isNull())
                    p.leadTimeDays = q->value(13).toInt();
            }
            index.insert(p.product.externalId, h.products.size());
            h.products.push_back(std::move(p));
        }
    }

    std::vector<std::vector<std::pair<QDate, double>>> points(h.products.size());
    {
        auto q = sql::run(*conn,
                          u"SELECT product_external_id, day, units FROM product_daily_rollups "
                          "WHERE shop_id = ? AND day >= ? AND day <= ?"_s,
                          {shopId, h.from.toString(Qt::ISODate), last.toString(Qt::ISODate)},
                          u"read product rollups");
        if (!q)
            return q.error();
        while (q->next()) {
            const auto it = index.constFind(q->value(0).toString());
            if (it == index.constEnd())
                continue;
            const QDate day = QDate::fromString(q->value(1).toString(), Qt::ISODate);
            if (day.isValid())
                points[*it].emplace_back(day, q->value(2).toDouble());
        }
    }
    h.total = zeroFilled({}, Frequency::Daily, h.from, last);
    for (size_t i = 0; i < h.products.size(); ++i) {
        ProductHistory &p = h.products[i];
        QDate firstSale, lastSale;
        for (const auto &[day, units] : points[i]) {
            if (units <= 0)
                continue;
            if (!firstSale.isValid() || day < firstSale)
                firstSale = day;
            if (!lastSale.isValid() || day > lastSale)
                lastSale = day;
        }
        // A product's history starts at its first sale: days before it may predate the listing.
        p.series = zeroFilled(points[i], Frequency::Daily, firstSale.isValid() ? firstSale : last, last);
        if (!firstSale.isValid())
            p.series.values.clear();
        p.daysSinceLastSale = lastSale.isValid() ? int(lastSale.daysTo(asOf)) : -1;
        const int n = p.series.size();
        double recent = 0.0;
        for (int t = std::max(0, n - 30); t < n; ++t)
            recent += p.series.values[size_t(t)];
        p.recentDailyUnits = recent / 30.0;
        const int offset = int(h.from.daysTo(p.series.start));
        for (int t = 0; t < n; ++t)
            if (offset + t >= 0 && offset + t < h.total.size())
                h.total.values[size_t(offset + t)] += p.series.values[size_t(t)];
    }
    return h;
}

Result<QList<qint64>> shopIdsOfUser(Database &db, qint64 userId)
{
    auto conn = db.tryConnection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, u"SELECT shop_id FROM shop_access WHERE user_id = ? ORDER BY shop_id"_s,
                      {userId}, u"read shops of user");
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

} // namespace bva::forecast
