#include "analyticsservice.h"

#include "reportbuilder.h"
#include "store/database.h"
#include "store/exchangeraterepository.h"
#include "store/localday.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/rolluprepository.h"
#include "store/shoprepository.h"
#include "util/clock.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>
#include <algorithm>

Q_LOGGING_CATEGORY(lcAnalytics, "bva.analytics")

using namespace Qt::StringLiterals;

namespace bva {

struct AnalyticsService::Loaded
{
    QList<Shop> shops;
    QHash<qint64, Shop> byId;
    QList<qint64> ids;
    QDate today; // the shops' current local day
    DateRange range;
    DateRange previous;
    QList<DailyRollup> rows; // current and (if asked) previous range
};

namespace {

// Currencies with the most orders first (orders compare across currencies; amounts do not).
QStringList currencyOrder(const QHash<QString, qint64> &orders, const QList<Shop> &shops)
{
    QStringList list;
    for (const Shop &s : shops) {
        if (!list.contains(s.currency))
            list.append(s.currency);
    }
    std::stable_sort(list.begin(), list.end(), [&](const QString &a, const QString &b) {
        const qint64 ra = orders.value(a), rb = orders.value(b);
        return ra != rb ? ra > rb : a < b;
    });
    return list;
}

QList<BreakdownRow> breakdownOf(const QList<Shop> &shops, const QList<DailyRollup> &rows,
                                const DateRange &range, const DateRange &previous, bool perShop)
{
    // Key: shop id, or platform + currency (a platform's shops in two currencies are two rows).
    QMap<QString, BreakdownRow> map;
    QHash<qint64, QString> keyOfShop;
    const QHash<qint64, QString> labels = perShop ? shopLabels(shops) : QHash<qint64, QString>();
    for (const Shop &s : shops) {
        const QString key = perShop ? u"%1"_s.arg(s.id, 12, 10, QLatin1Char('0'))
                                    : platformName(s.platform) + u'|' + s.currency;
        keyOfShop.insert(s.id, key);
        if (!map.contains(key)) {
            BreakdownRow b;
            b.platform = s.platform;
            b.shopId = perShop ? s.id : 0;
            b.label = perShop ? labels.value(s.id) : platformName(s.platform);
            b.currency = s.currency;
            map.insert(key, b);
        }
    }
    for (const DailyRollup &r : rows) {
        const QDate d = QDate::fromString(r.day, Qt::ISODate);
        auto it = map.find(keyOfShop.value(r.shopId));
        if (it == map.end())
            continue;
        if (range.contains(d))
            it->current.add(r);
        else if (previous.contains(d))
            it->previous.add(r);
    }
    QList<BreakdownRow> list = map.values();
    std::stable_sort(list.begin(), list.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
        if (a.currency != b.currency)
            return a.currency < b.currency;
        return a.current.revenueMinor > b.current.revenueMinor;
    });
    return list;
}

StockState stockStateOf(const ProductStats &p, const StockThresholds &t)
{
    if (!p.active)
        return StockState::Inactive;
    if (p.stock <= 0)
        return StockState::Out;
    if (p.stock <= t.lowStockUnits)
        return StockState::Low;
    if (const auto doi = p.daysOfInventory(); doi && *doi < t.lowStockDaysOfCover)
        return StockState::Low;
    return StockState::InStock;
}

} // namespace

AnalyticsService::AnalyticsService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Result<QList<Shop>> AnalyticsService::shops(const AnalyticsScope &scope) const
{
    if (scope.shopIds.isEmpty())
        return QList<Shop>();
    auto all = ShopRepository(m_db).all();
    if (!all)
        return all.error();
    QList<Shop> list;
    for (const Shop &s : *all) {
        if (!scope.shopIds.contains(s.id))
            continue;
        if (scope.platform && s.platform != *scope.platform)
            continue;
        list.append(s);
    }
    return list;
}

QDate AnalyticsService::today(const QList<Shop> &shops) const
{
    if (shops.isEmpty())
        return Clock::today(QTimeZone::systemTimeZone());
    const QTimeZone zone(shops.first().timezone.toUtf8());
    return Clock::today(zone.isValid() ? zone : QTimeZone::utc());
}

Result<DateRange> AnalyticsService::rangeOf(const AnalyticsScope &scope) const
{
    auto s = shops(scope);
    if (!s)
        return s.error();
    const DateRange r = scope.range(today(*s));
    if (!r.isValid())
        return Error::invalid(tr("The date range is not valid: the start must be on or before the end."));
    return r;
}

Result<AnalyticsService::Loaded> AnalyticsService::load(const AnalyticsScope &scope, bool withPrevious) const
{
    Loaded l;
    auto s = shops(scope);
    if (!s)
        return s.error();
    l.shops = *s;
    for (const Shop &shop : l.shops) {
        l.byId.insert(shop.id, shop);
        l.ids.append(shop.id);
    }
    l.today = today(l.shops);
    l.range = scope.range(l.today);
    if (!l.range.isValid())
        return Error::invalid(tr("The date range is not valid: the start must be on or before the end."));
    l.previous = l.range.previous();
    if (l.ids.isEmpty())
        return l;
    const QDate from = withPrevious ? l.previous.from : l.range.from;
    auto rows = RollupRepository(m_db).range(l.ids, from.toString(Qt::ISODate), l.range.toDay());
    if (!rows)
        return rows.error();
    l.rows = std::move(*rows);
    return l;
}

Result<QList<CurrencyKpis>> AnalyticsService::kpis(const AnalyticsScope &scope) const
{
    auto l = load(scope, true);
    if (!l)
        return l.error();
    QHash<QString, CurrencyKpis> map;
    QHash<QString, qint64> revenue;
    for (const Shop &s : l->shops)
        map[s.currency].currency = s.currency;
    for (const DailyRollup &r : l->rows) {
        const QString currency = l->byId.value(r.shopId).currency;
        const QDate d = QDate::fromString(r.day, Qt::ISODate);
        CurrencyKpis &k = map[currency];
        if (l->range.contains(d))
            k.current.add(r);
        else
            k.previous.add(r);
    }
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        revenue.insert(it.key(), it->current.orders);
    QList<CurrencyKpis> list;
    for (const QString &c : currencyOrder(revenue, l->shops))
        list.append(map.value(c));
    return list;
}

Result<QList<CurrencySeries>> AnalyticsService::series(const AnalyticsScope &scope, Granularity g) const
{
    auto l = load(scope, false);
    if (!l)
        return l.error();
    QList<QDate> periods;
    for (QDate p = periodStart(l->range.from, g); p <= l->range.to; p = nextPeriod(p, g))
        periods.append(p);
    QHash<QString, QMap<QDate, KpiTotals>> byCurrency;
    QHash<QString, qint64> revenue;
    for (const DailyRollup &r : l->rows) {
        const QString currency = l->byId.value(r.shopId).currency;
        const QDate p = periodStart(QDate::fromString(r.day, Qt::ISODate), g);
        byCurrency[currency][p].add(r);
        revenue[currency] += r.orders;
    }
    QList<CurrencySeries> list;
    for (const QString &c : currencyOrder(revenue, l->shops)) {
        CurrencySeries s;
        s.currency = c;
        s.granularity = g;
        const QMap<QDate, KpiTotals> values = byCurrency.value(c);
        s.points.reserve(periods.size());
        for (const QDate &p : periods)
            s.points.append({p, values.value(p)});
        list.append(s);
    }
    return list;
}

Result<QList<BreakdownRow>> AnalyticsService::platformBreakdown(const AnalyticsScope &scope) const
{
    auto l = load(scope, true);
    if (!l)
        return l.error();
    return breakdownOf(l->shops, l->rows, l->range, l->previous, false);
}

Result<QList<BreakdownRow>> AnalyticsService::shopBreakdown(const AnalyticsScope &scope) const
{
    auto l = load(scope, true);
    if (!l)
        return l.error();
    return breakdownOf(l->shops, l->rows, l->range, l->previous, true);
}

namespace {

// How product_daily_rollups rows enter a sum: added (days of a partial month inside the range) or
// subtracted (days of a mostly covered month outside it, taken from that month's total).
struct DayPiece
{
    QDate from;
    QDate to;
    bool subtract = false;
};

// Days of [from, to] that can hold rows (none after tomorrow, UTC, in any time zone).
qint64 daysWithData(QDate from, QDate to, QDate lastPossible)
{
    const QDate end = qMin(to, lastPossible);
    return end < from ? 0 : from.daysTo(end) + 1;
}

} // namespace

Result<AnalyticsService::ProductSales> AnalyticsService::productSales(const QList<qint64> &shopIds,
                                                                      const DateRange &range) const
{
    ProductSales sales;
    if (shopIds.isEmpty() || !range.isValid())
        return sales;
    // Each calendar month of the range is either read whole from product_monthly_rollups, or as its
    // days inside the range from product_daily_rollups, or as its month total minus the days outside
    // the range, whichever reads fewer daily rows. Exact in every case; a year is ~12 monthly rows per
    // product plus at most half a month of daily rows at each end.
    const QDate lastPossible = Clock::nowUtc().date().addDays(1);
    QStringList months;
    QList<DayPiece> pieces;
    for (QDate m(range.from.year(), range.from.month(), 1); m <= range.to; m = m.addMonths(1)) {
        const QDate monthEnd = m.addMonths(1).addDays(-1);
        const QDate from = qMax(m, range.from), to = qMin(monthEnd, range.to);
        const qint64 inside = daysWithData(from, to, lastPossible);
        const qint64 outside = daysWithData(m, from.addDays(-1), lastPossible) +
                               daysWithData(to.addDays(1), monthEnd, lastPossible);
        if (outside == 0) {
            months.append(m.toString(u"yyyy-MM"));
        } else if (inside <= outside) {
            pieces.append({from, to, false});
        } else {
            months.append(m.toString(u"yyyy-MM"));
            if (from > m)
                pieces.append({m, from.addDays(-1), true});
            if (to < monthEnd)
                pieces.append({to.addDays(1), monthEnd, true});
        }
    }

    RollupRepository rollups(m_db);
    auto add = [&sales](const QList<ProductSalesRow> &rows, qint64 sign) {
        for (const ProductSalesRow &row : rows) {
            ProductTotals &t = sales[{row.shopId, row.productExternalId}];
            t.units += sign * row.units;
            t.revenueMinor += sign * row.revenueMinor;
        }
    };
    if (!months.isEmpty()) {
        // The months are consecutive (only the first and last can be left to the daily rows).
        auto rows = rollups.productSalesByMonths(shopIds, months.first(), months.last());
        if (!rows)
            return rows.error();
        add(*rows, 1);
    }
    for (const DayPiece &p : std::as_const(pieces)) {
        auto rows =
            rollups.productSalesByDays(shopIds, p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate));
        if (!rows)
            return rows.error();
        add(*rows, p.subtract ? -1 : 1);
    }
    // A product sold only on the days subtracted nets to nothing: not a sale in this range.
    sales.removeIf([](ProductSales::iterator it) { return it->units == 0 && it->revenueMinor == 0; });
    return sales;
}

Result<QList<ProductStats>> AnalyticsService::productStatsFor(const Loaded &l) const
{
    QList<ProductStats> list;
    if (l.ids.isEmpty())
        return list;
    auto products = ProductRepository(m_db).liveOfShops(l.ids);
    if (!products)
        return products.error();
    QHash<QPair<qint64, QString>, qsizetype> index;
    for (const Product &product : std::as_const(*products)) {
        ProductStats p;
        p.productId = product.id;
        p.shopId = product.shopId;
        p.externalId = product.externalId;
        p.sku = product.sku;
        p.name = product.name;
        p.category = product.category;
        p.priceMinor = product.priceMinor;
        p.costMinor = product.costMinor;
        p.stock = product.stock;
        p.active = product.active;
        index.insert({p.shopId, p.externalId}, list.size());
        list.append(p);
    }
    auto sales = productSales(l.ids, l.range);
    if (!sales)
        return sales.error();
    for (auto it = sales->cbegin(); it != sales->cend(); ++it) {
        const qint64 shopId = it.key().first;
        const QString &ext = it.key().second;
        auto found = index.constFind({shopId, ext});
        qsizetype at;
        if (found == index.cend()) {
            // Sold but no longer listed (deleted or never synced): still part of the figures.
            ProductStats p;
            p.shopId = shopId;
            p.externalId = ext;
            p.name = ext;
            p.active = false;
            at = list.size();
            index.insert({shopId, ext}, at);
            list.append(p);
        } else {
            at = *found;
        }
        list[at].unitsSold = it->units;
        list[at].revenueMinor = it->revenueMinor;
    }
    const QHash<qint64, QString> labels = shopLabels(l.byId.values());
    for (ProductStats &p : list) {
        const Shop shop = l.byId.value(p.shopId);
        p.shopName = labels.value(p.shopId);
        p.platform = shop.platform;
        p.currency = shop.currency;
        p.rangeDays = l.range.days();
        p.stockState = stockStateOf(p, m_thresholds);
    }
    return list;
}

Result<QList<ProductStats>> AnalyticsService::productStats(const AnalyticsScope &scope) const
{
    auto l = load(scope, false);
    if (!l)
        return l.error();
    return productStatsFor(*l);
}

static void sortTop(QList<ProductStats> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const ProductStats &a, const ProductStats &b) {
        if (a.unitsSold != b.unitsSold)
            return a.unitsSold > b.unitsSold;
        if (a.revenueMinor != b.revenueMinor)
            return a.revenueMinor > b.revenueMinor;
        return a.name < b.name;
    });
}

Result<QList<ProductStats>> AnalyticsService::topProducts(const AnalyticsScope &scope, int n) const
{
    auto all = productStats(scope);
    if (!all)
        return all.error();
    QList<ProductStats> list;
    for (const ProductStats &p : *all) {
        if (p.unitsSold > 0)
            list.append(p);
    }
    sortTop(list);
    return list.mid(0, n);
}

Result<QList<ProductStats>> AnalyticsService::bottomProducts(const AnalyticsScope &scope, int n) const
{
    auto all = productStats(scope);
    if (!all)
        return all.error();
    QList<ProductStats> list;
    for (const ProductStats &p : *all) {
        if (p.active)
            list.append(p);
    }
    std::stable_sort(list.begin(), list.end(), [](const ProductStats &a, const ProductStats &b) {
        if (a.unitsSold != b.unitsSold)
            return a.unitsSold < b.unitsSold;
        if (a.revenueMinor != b.revenueMinor)
            return a.revenueMinor < b.revenueMinor;
        return a.stock > b.stock;
    });
    return list.mid(0, n);
}

static QList<StockAlert> alertsOf(const QList<ProductStats> &all)
{
    QList<StockAlert> list;
    for (const ProductStats &p : all) {
        if (p.stockState == StockState::Out || p.stockState == StockState::Low)
            list.append({p, p.stockState});
    }
    // Out of stock first, then the ones that will run out soonest.
    std::stable_sort(list.begin(), list.end(), [](const StockAlert &a, const StockAlert &b) {
        if (a.state != b.state)
            return a.state == StockState::Out;
        const double da = a.product.daysOfInventory().value_or(1e9);
        const double db = b.product.daysOfInventory().value_or(1e9);
        if (da != db)
            return da < db;
        return a.product.stock < b.product.stock;
    });
    return list;
}

Result<QList<StockAlert>> AnalyticsService::stockAlerts(const AnalyticsScope &scope) const
{
    auto all = productStats(scope);
    if (!all)
        return all.error();
    return alertsOf(*all);
}

Result<QList<RecentOrder>> AnalyticsService::recentOrders(const AnalyticsScope &scope, int n) const
{
    auto s = shops(scope);
    if (!s)
        return s.error();
    QList<RecentOrder> list;
    OrderRepository orders(m_db);
    const QHash<qint64, QString> labels = shopLabels(*s);
    // One indexed probe per shop (orders_shop_placed), then merged: no sort over all orders.
    for (const Shop &shop : *s) {
        auto latest = orders.latest(shop.id, n);
        if (!latest)
            return latest.error();
        for (const Order &order : std::as_const(*latest)) {
            RecentOrder r;
            r.order = order;
            r.shopName = labels.value(shop.id);
            r.platform = shop.platform;
            r.currency = shop.currency;
            list.append(r);
        }
    }
    std::stable_sort(list.begin(), list.end(), [](const RecentOrder &a, const RecentOrder &b) {
        if (a.order.placedAt != b.order.placedAt)
            return a.order.placedAt > b.order.placedAt;
        return a.order.id > b.order.id;
    });
    return list.mid(0, n);
}

Result<QList<SeriesPoint>> AnalyticsService::productSeries(qint64 shopId, const QString &productExternalId,
                                                           const DateRange &range) const
{
    if (!range.isValid())
        return Error::invalid(tr("The date range is not valid: the start must be on or before the end."));
    auto days = RollupRepository(m_db).productDays(shopId, productExternalId, range.fromDay(), range.toDay());
    if (!days)
        return days.error();
    QHash<QDate, KpiTotals> byDay;
    for (const ProductDay &day : std::as_const(*days)) {
        KpiTotals &t = byDay[QDate::fromString(day.day, Qt::ISODate)];
        t.units += day.units;
        t.revenueMinor += day.revenueMinor;
    }
    QList<SeriesPoint> list;
    for (QDate d = range.from; d <= range.to; d = d.addDays(1))
        list.append({d, byDay.value(d)});
    return list;
}

Result<Dashboard> AnalyticsService::dashboard(const AnalyticsScope &scope,
                                              const DashboardOptions &options) const
{
    auto l = load(scope, true);
    if (!l)
        return l.error();
    Dashboard d;
    d.today = l->today;
    {
        const QTimeZone zone(l->shops.isEmpty() ? QByteArray() : l->shops.first().timezone.toUtf8());
        d.todayEndsAt = QDateTime(l->today.addDays(1), QTime(0, 0),
                                  l->shops.isEmpty() ? QTimeZone::systemTimeZone()
                                                     : (zone.isValid() ? zone : QTimeZone::utc()))
                            .toUTC();
    }
    if (!l->shops.isEmpty()) {
        d.dayTimeZone = l->shops.first().timezone;
        const QDateTime now = Clock::nowUtc();
        const auto offsetOf = [&now](const Shop &s) {
            const QTimeZone zone(s.timezone.toUtf8());
            return zone.isValid() ? zone.offsetFromUtc(now) : 0;
        };
        for (const Shop &s : l->shops)
            d.daysDifferByShop = d.daysDifferByShop || offsetOf(s) != offsetOf(l->shops.first());
    }
    d.range = l->range;
    d.previousRange = l->previous;
    d.shopCount = int(l->shops.size());
    if (l->shops.isEmpty())
        return d;

    // KPIs and series from the rows already read (one rollup query for both periods).
    const Granularity g = options.autoGranularity ? defaultGranularity(l->range) : options.granularity;
    QHash<QString, CurrencyKpis> kpiMap;
    QHash<QString, QMap<QDate, KpiTotals>> seriesMap;
    QHash<QString, qint64> revenue;
    for (const Shop &s : l->shops)
        kpiMap[s.currency].currency = s.currency;
    for (const DailyRollup &r : l->rows) {
        const QString currency = l->byId.value(r.shopId).currency;
        const QDate day = QDate::fromString(r.day, Qt::ISODate);
        if (l->range.contains(day)) {
            kpiMap[currency].current.add(r);
            seriesMap[currency][periodStart(day, g)].add(r);
            revenue[currency] += r.orders;
        } else {
            kpiMap[currency].previous.add(r);
        }
    }
    QList<QDate> periods;
    for (QDate p = periodStart(l->range.from, g); p <= l->range.to; p = nextPeriod(p, g))
        periods.append(p);
    for (const QString &c : currencyOrder(revenue, l->shops)) {
        d.kpis.append(kpiMap.value(c));
        CurrencySeries s;
        s.currency = c;
        s.granularity = g;
        const QMap<QDate, KpiTotals> values = seriesMap.value(c);
        for (const QDate &p : periods)
            s.points.append({p, values.value(p)});
        d.series.append(s);
    }
    d.byPlatform = breakdownOf(l->shops, l->rows, l->range, l->previous, false);
    d.byShop = breakdownOf(l->shops, l->rows, l->range, l->previous, true);

    auto products = productStatsFor(*l);
    if (!products)
        return products.error();
    QList<ProductStats> top;
    for (const ProductStats &p : *products) {
        if (p.unitsSold > 0)
            top.append(p);
    }
    sortTop(top);
    d.topProducts = top.mid(0, options.topProducts);
    d.stockAlerts = alertsOf(*products).mid(0, options.stockAlerts);

    auto recent = recentOrders(scope, options.recentOrders);
    if (!recent)
        return recent.error();
    d.recentOrders = *recent;
    return d;
}

Result<SearchHits> AnalyticsService::find(const AnalyticsScope &scope, const QString &text, int limit) const
{
    SearchHits hits;
    if (text.trimmed().isEmpty())
        return hits;
    auto s = shops(scope);
    if (!s)
        return s.error();
    QList<qint64> ids;
    for (const Shop &shop : std::as_const(*s)) {
        ids.append(shop.id);
        hits.shopNames.insert(shop.id, shop.name.isEmpty() ? shop.externalId : shop.name);
    }
    auto products = ProductRepository(m_db).findInShops(ids, text, limit);
    if (!products)
        return products.error();
    hits.products = *products;
    OrderQuery query;
    query.scope = scope;
    query.search = text.trimmed();
    query.withinRange = false;
    query.pageSize = limit;
    auto orders = this->orders(query);
    if (!orders)
        return orders.error();
    hits.orders = orders->orders;
    return hits;
}

Result<OrderListPage> AnalyticsService::orders(const OrderQuery &query) const
{
    OrderListPage page;
    page.page = qMax(1, query.page);
    page.pageSize = qBound(1, query.pageSize, 1000);
    auto s = shops(query.scope);
    if (!s)
        return s.error();
    QHash<qint64, Shop> byId;
    OrderFilter filter;
    for (const Shop &shop : *s) {
        if (query.shopId && shop.id != *query.shopId)
            continue;
        byId.insert(shop.id, shop);
        filter.shopIds.append(shop.id);
    }
    if (filter.shopIds.isEmpty())
        return page;
    if (query.withinRange) {
        const DateRange r = query.scope.range(today(*s));
        if (!r.isValid())
            return Error::invalid(tr("The date range is not valid: the start must be on or before the end."));
        // Instants of the first shop's zone; shops of one seller share it in practice.
        LocalDayMapper mapper(byId.value(filter.shopIds.first()).timezone);
        filter.from = mapper.startOfDay(r.from);
        filter.to = mapper.startOfDay(r.to.addDays(1));
    }
    filter.status = query.status;
    filter.search = query.search;
    filter.page = page.page;
    filter.pageSize = page.pageSize;
    auto list = OrderRepository(m_db).list(filter);
    if (!list)
        return list.error();
    page.total = list->total;
    const QHash<qint64, QString> labels = shopLabels(*s);
    for (const Order &o : list->orders) {
        const Shop shop = byId.value(o.shopId);
        page.orders.append({o, labels.value(o.shopId), shop.platform, shop.currency});
    }
    return page;
}

Result<QList<OrderItem>> AnalyticsService::orderItems(qint64 orderId) const
{
    return OrderRepository(m_db).items(orderId);
}

Result<QList<OrderStatusChange>> AnalyticsService::statusHistory(qint64 orderId) const
{
    return OrderRepository(m_db).statusHistory(orderId);
}

Result<QList<InventoryEvent>> AnalyticsService::stockHistory(qint64 shopId, const QString &productExternalId,
                                                             int limit) const
{
    return ProductRepository(m_db).stockHistory(shopId, productExternalId, limit);
}

Result<ExchangeRates> AnalyticsService::exchangeRates(qint64 userId) const
{
    return ExchangeRateRepository(m_db).ofUser(userId);
}

Result<void> AnalyticsService::setExchangeRates(qint64 userId, const ExchangeRates &rates)
{
    if (userId <= 0)
        return Error::invalid(tr("Exchange rates belong to an account; sign in first."));
    if (!rates.target.isEmpty() && !isCurrencyCode(rates.target))
        return Error::invalid(
            tr("%1 is not a currency code (three letters, such as PHP).").arg(rates.target));
    if (rates.target.isEmpty() && !rates.rates.isEmpty())
        return Error::invalid(tr("Choose the currency to convert into."));
    for (auto it = rates.rates.cbegin(); it != rates.rates.cend(); ++it) {
        if (!isCurrencyCode(it.key()))
            return Error::invalid(
                tr("%1 is not a currency code (three letters, such as IDR).").arg(it.key()));
        if (!parseRate(it.value()))
            return Error::invalid(tr("The rate for %1 must be a positive number with up to %2 decimals, such "
                                     "as 0.0035 (written with a point); \"%3\" is not.")
                                      .arg(it.key())
                                      .arg(kMaxRateDecimals)
                                      .arg(it.value()));
    }
    ExchangeRates stored = rates;
    stored.rates.remove(rates.target);
    if (auto r = ExchangeRateRepository(m_db).replace(userId, stored); !r)
        return r;
    emit exchangeRatesChanged(userId);
    return {};
}

Result<Report> AnalyticsService::report(ReportKind kind, const AnalyticsScope &scope,
                                        std::optional<Granularity> g, const ExchangeRates &rates) const
{
    auto l = load(scope, true);
    if (!l)
        return l.error();
    const Granularity granularity = g.value_or(defaultGranularity(l->range));
    ReportBuilder builder(l->range, granularity);
    switch (kind) {
    case ReportKind::SalesSummary: {
        auto s = series(scope, granularity);
        if (!s)
            return s.error();
        auto k = kpis(scope);
        if (!k)
            return k.error();
        return builder.salesSummary(*s, *k, convertKpis(*k, rates));
    }
    case ReportKind::ProfitAnalysis: {
        auto s = series(scope, granularity);
        if (!s)
            return s.error();
        return builder.profitAnalysis(*s, breakdownOf(l->shops, l->rows, l->range, l->previous, true));
    }
    case ReportKind::StockTurnover: {
        auto p = productStatsFor(*l);
        if (!p)
            return p.error();
        return builder.stockTurnover(*p);
    }
    case ReportKind::PlatformComparison:
        return builder.platformComparison(breakdownOf(l->shops, l->rows, l->range, l->previous, false),
                                          breakdownOf(l->shops, l->rows, l->range, l->previous, true));
    }
    return Error::invalid(u"unknown report"_s);
}

} // namespace bva
