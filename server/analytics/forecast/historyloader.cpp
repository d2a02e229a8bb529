#include "historyloader.h"

#include "store/forecastrepository.h"
#include "store/orderrepository.h"
#include "store/rolluprepository.h"
#include "store/shoprepository.h"
#include "util/clock.h"

#include <QHash>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva::forecast {

Result<ShopHistory> loadShopHistory(Database &db, qint64 shopId, QDate asOf, int historyDays)
{
    ShopHistory h;
    h.shopId = shopId;
    auto shop = ShopRepository(db).findById(shopId);
    if (!shop)
        return shop.error();
    if (!shop->has_value())
        return Error::notFound(u"shop %1"_s.arg(shopId));
    h.shopName = (*shop)->name;
    h.currency = (*shop)->currency;
    if (!asOf.isValid()) {
        const QTimeZone zone((*shop)->timezone.toUtf8());
        asOf = Clock::today(zone.isValid() ? zone : QTimeZone::utc());
    }
    h.asOf = asOf;
    h.from = asOf.addDays(-std::max(1, historyDays));
    const QDate last = asOf.addDays(-1);

    auto products = ForecastRepository(db).restockProducts(shopId);
    if (!products)
        return products.error();
    QHash<QString, size_t> index;
    for (RestockProduct &r : *products) {
        ProductHistory p;
        p.product = std::move(r.product);
        p.minimumOrder = r.minimumOrder;
        p.packSize = r.packSize;
        p.onOrder = r.onOrder;
        p.leadTimeDays = r.leadTimeDays;
        index.insert(p.product.externalId, h.products.size());
        h.products.push_back(std::move(p));
    }

    std::vector<std::vector<std::pair<QDate, double>>> points(h.products.size());
    auto days = RollupRepository(db).productDaysOfShop(shopId, h.from.toString(Qt::ISODate),
                                                       last.toString(Qt::ISODate));
    if (!days)
        return days.error();
    for (const ProductDay &d : std::as_const(*days)) {
        const auto it = index.constFind(d.productExternalId);
        const QDate day = QDate::fromString(d.day, Qt::ISODate);
        if (it != index.constEnd() && day.isValid())
            points[*it].emplace_back(day, double(d.units));
    }
    // Basket sizes from the last 90 days: recent habits, and a bounded scan of the orders.
    const QDate basketFrom = std::max(h.from, last.addDays(-89));
    auto perOrder = OrderRepository(db).unitsPerOrder(shopId, basketFrom.toString(Qt::ISODate),
                                                      last.toString(Qt::ISODate));
    if (!perOrder)
        return perOrder.error();
    for (ProductHistory &p : h.products)
        p.unitsPerOrder = perOrder->value(p.product.externalId);
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
    auto roles = ShopRepository(db).rolesOfUser(userId);
    if (!roles)
        return roles.error();
    QList<qint64> ids = roles->keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace bva::forecast
