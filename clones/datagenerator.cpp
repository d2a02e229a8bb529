#include "datagenerator.h"

#include "catalog.h"
#include "clock.h"

#include <QDateTime>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::clone {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kPhtOffsetMs = 8 * 3600000; // sellers live in Asia/Manila (UTC+8, no DST)

enum class Trend { Stable, Trending, Dying, Slow, Launch };

struct ProductPlan
{
    qsizetype index; // in the store
    double base;
    Trend trend;
    double launchAt; // 0..1 of the history
    quint64 salt;
    int stock;
};

double dayFactor(const QDate &d)
{
    static const double weekday[] = {0, 0.9, 0.95, 1.0, 1.0, 1.1, 1.25, 1.2};
    double f = weekday[d.dayOfWeek()];
    const int last = d.daysInMonth();
    // Payday: the 15th and the month end (and the day after, when salaries are spent).
    if (d.day() == 15 || d.day() == last)
        f *= 1.7;
    else if (d.day() == 16 || d.day() == 1)
        f *= 1.3;
    // Double-date mega sales, with 11.11 and 12.12 the biggest.
    if (d.month() == d.day() && d.month() >= 3) {
        f *= (d.month() >= 11) ? 5.0 : 3.0;
    } else if (d.month() >= 9 && (d.day() == d.month() - 1 || d.day() == d.month() + 1)) {
        f *= 1.5;
    }
    if (d.month() == 12 && d.day() <= 24)
        f *= 1.3;
    return f;
}

bool isMegaSale(const QDate &d)
{
    return d.month() == d.day() && d.month() >= 3;
}

double trendWeight(const ProductPlan &p, double t, qint64 dayIndex)
{
    switch (p.trend) {
    case Trend::Stable:
        return p.base;
    case Trend::Trending:
        return p.base * (0.15 + 3.5 * t * t);
    case Trend::Dying:
        return p.base * std::max(0.02, 1.6 * (1 - t) * (1 - t));
    case Trend::Slow: {
        // Intermittent: most days nothing, now and then a burst.
        quint64 x = p.salt ^ quint64(dayIndex) * 0x9e3779b97f4a7c15ULL;
        const quint64 h = Rng::splitmix(x);
        return (h % 100) < 8 ? p.base * 0.6 : p.base * 0.01;
    }
    case Trend::Launch:
        return t < p.launchAt ? 0.0 : p.base * 1.8;
    }
    return p.base;
}

int hourOfDay(Rng &rng)
{
    // Manila buying hours: lunch break and late evening peaks.
    static const int weights[24] = {3,  2,  1, 1, 1, 1, 2, 4,  5,  6,  7,  8,
                                    11, 10, 7, 6, 6, 7, 8, 10, 12, 13, 11, 6};
    static const int total = [] {
        int s = 0;
        for (int w : weights)
            s += w;
        return s;
    }();
    int r = int(rng.range(0, total - 1));
    for (int h = 0; h < 24; ++h) {
        if (r < weights[h])
            return h;
        r -= weights[h];
    }
    return 12;
}

qint64 roundPrice(double pesos)
{
    // Marketplace prices end in 9, .50 or .00.
    const qint64 whole = qint64(pesos);
    const int style = int(whole % 3);
    if (style == 0)
        return (whole / 10 * 10 + 9) * 100;
    if (style == 1)
        return whole * 100 + 50;
    return whole * 100;
}

// A catalogue price in pesos as a shop in `currency` would list it, in that currency's minor units
// (two decimals for PHP, MYR and IDR alike). Peso shops keep exactly the prices they always had.
// JPY has no decimals: its amounts are kept in hundredths like the others but always whole yen, so
// what the API sends has none.
qint64 priceIn(double pesos, const QString &currency)
{
    if (currency == u"JPY") // whole tens of yen: 980, 1,250
        return std::max<qint64>(1, qint64(pesos * 2.6 / 10.0)) * 10 * 100;
    if (currency == u"IDR") {
        // Rupiah prices are whole thousands, or just under: 49.900, 50.000, 50.500.
        const qint64 thousands = std::max<qint64>(1, qint64(pesos * 280.0 / 1000.0));
        const int style = int(thousands % 3);
        const qint64 rupiah = style == 0   ? thousands * 1000 - 100
                              : style == 1 ? thousands * 1000 + 500
                                           : thousands * 1000;
        return rupiah * 100;
    }
    if (currency == u"MYR") {
        const qint64 whole = std::max<qint64>(1, qint64(pesos * 0.08));
        const int style = int(whole % 3);
        return whole * 100 + (style == 0 ? 90 : style == 1 ? 50 : 0);
    }
    return roundPrice(pesos);
}

// Rupiah amounts carry no sen in practice, yen none at all: costs and sale prices are whole units.
qint64 inUsualUnits(qint64 minor, const QString &currency)
{
    return currency == u"IDR" || currency == u"JPY" ? (minor + 50) / 100 * 100 : minor;
}

OrderStatus statusForAge(double ageDays, Flavor flavor, Rng &rng)
{
    const double r = rng.uniform();
    if (ageDays < 1) {
        if (r < 0.42)
            return (flavor == Flavor::Lazada && rng.chance(0.35)) ? OrderStatus::Unpaid
                                                                  : OrderStatus::Pending;
        return r < 0.92 ? OrderStatus::ToShip : OrderStatus::Cancelled;
    }
    if (ageDays < 3) {
        if (r < 0.3)
            return OrderStatus::ToShip;
        if (r < 0.85)
            return OrderStatus::ToReceive;
        return r < 0.93 ? OrderStatus::Cancelled : OrderStatus::Completed;
    }
    if (ageDays < 7) {
        if (r < 0.35)
            return OrderStatus::ToReceive;
        if (r < 0.9)
            return OrderStatus::Completed;
        if (r < 0.96)
            return OrderStatus::Cancelled;
        return r < 0.98 ? OrderStatus::Failed : OrderStatus::Returned;
    }
    if (r < 0.88)
        return OrderStatus::Completed;
    if (r < 0.94)
        return OrderStatus::Cancelled;
    if (r < 0.965)
        return OrderStatus::Returned;
    if (r < 0.98)
        return OrderStatus::Refunded;
    return OrderStatus::Failed;
}

} // namespace

DataGenerator::DataGenerator(const GeneratorOptions &options)
    : m_opt(options)
{
    if (m_opt.nowMs == 0)
        m_opt.nowMs = Clock::nowMs();
}

QString DataGenerator::defaultEmail(Flavor f, int sellerIndex)
{
    const QString domain = f == Flavor::Shopee ? u"shopee-clone.test"_s : u"lazada-clone.test"_s;
    if (sellerIndex == 0)
        return (f == Flavor::Shopee ? u"maria.santos@"_s : u"juan.delacruz@"_s) + domain;
    return u"seller%1@"_s.arg(sellerIndex + 1) + domain;
}

void DataGenerator::generate(CloneStore &store)
{
    const Flavor flavor = store.flavor();
    Rng rng(m_opt.seed ^ (flavor == Flavor::Shopee ? 0x1111ULL : 0x2222ULL));

    const int customerCount = std::clamp(int(m_opt.ordersPerDay * m_opt.days / 6), 50, 8000);
    m_customers.reserve(customerCount);
    for (int i = 0; i < customerCount; ++i) {
        const QString first = rng.pick(firstNames());
        const QString last = rng.pick(lastNames());
        QString handle = (first + u'.' + last).toLower();
        handle.remove(u' ');
        static const QList<QString> mail = {u"gmail.com"_s, u"gmail.com"_s, u"yahoo.com"_s, u"outlook.com"_s};
        Customer c;
        c.id = store.newId();
        c.name = first + u' ' + last;
        c.email = handle + QString::number(rng.range(1, 999)) + u'@' + rng.pick(mail);
        c.address = QString::number(rng.range(1, 999)) + u" Rizal St., "_s + rng.pick(cities());
        m_customers.append(c);
    }

    std::vector<Order> orders;
    orders.reserve(size_t(m_opt.ordersPerDay * m_opt.days * 1.3) + 16);
    const qint64 historyStart = m_opt.nowMs - qint64(m_opt.days) * kDayMs;
    for (int s = 0; s < std::max(1, m_opt.sellers); ++s) {
        Seller seller;
        seller.id = store.newId();
        seller.email = defaultEmail(flavor, s);
        seller.password = defaultPassword();
        if (s == 0) {
            seller.firstName = flavor == Flavor::Shopee ? u"Maria"_s : u"Juan"_s;
            seller.lastName = flavor == Flavor::Shopee ? u"Santos"_s : u"Dela Cruz"_s;
        } else {
            seller.firstName = rng.pick(firstNames());
            seller.lastName = rng.pick(lastNames());
        }
        const QString shopName =
            s == 0 ? (flavor == Flavor::Shopee ? u"Maria's Pinoy Finds"_s : u"Juan's Lazada Corner"_s)
                   : seller.firstName + u"'s Shop "_s + QString::number(s + 1);
        const Seller &added = store.addSeller(seller, shopName, historyStart - 90 * kDayMs);
        const int products = s == 0 ? m_opt.products : std::max(5, m_opt.products / 5);
        const double perDay = s == 0 ? m_opt.ordersPerDay : std::max(1.0, m_opt.ordersPerDay / 5);
        generateShop(store, added.shopId, products, perDay, orders, rng);
    }
    // The second seller also runs a second shop on the same account (several shops per marketplace
    // account). Made after every other shop, so the others' data stays what the seed always gave.
    if (m_opt.sellers >= 2) {
        const Seller seller = store.sellers().at(1);
        const QString shopId =
            store.addShop(seller.id, secondShopName(seller), historyStart - 60 * kDayMs).id;
        generateShop(store, shopId, std::max(5, m_opt.products / 5), std::max(1.0, m_opt.ordersPerDay / 5),
                     orders, rng);
    }
    if (m_opt.regionalShop)
        addRegionalSeller(store, orders, rng);
    // Sorting keys, not the orders themselves: moving 100k+ records around costs more.
    std::vector<std::pair<qint64, size_t>> byTime;
    byTime.reserve(orders.size());
    for (size_t i = 0; i < orders.size(); ++i)
        byTime.emplace_back(orders[i].createdMs, i);
    std::stable_sort(byTime.begin(), byTime.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    store.reserveOrders(byTime.size());
    for (const auto &[createdMs, i] : byTime) {
        if (createdMs <= m_opt.nowMs)
            store.addOrder(std::move(orders[i]), false);
    }
}

QString DataGenerator::secondShopName(const Seller &seller)
{
    return seller.firstName + u"'s Outlet"_s;
}

QString DataGenerator::regionalEmail(Flavor f)
{
    return f == Flavor::Lazada ? u"siti.rahayu@lazada-clone.test"_s : u"aisyah.rahman@shopee-clone.test"_s;
}

QString DataGenerator::regionalCurrency(Flavor f)
{
    return f == Flavor::Lazada ? u"IDR"_s : u"MYR"_s;
}

void DataGenerator::addRegionalSeller(CloneStore &store, std::vector<Order> &orders, Rng &rng)
{
    // Made after every other shop, from the same stream: the others' data stays what it always was.
    const Flavor flavor = store.flavor();
    const bool lazada = flavor == Flavor::Lazada;
    Seller seller;
    seller.id = store.newId();
    seller.email = regionalEmail(flavor);
    seller.password = defaultPassword();
    seller.firstName = lazada ? u"Siti"_s : u"Aisyah"_s;
    seller.lastName = lazada ? u"Rahayu"_s : u"Rahman"_s;
    const QString shopName = lazada ? u"Toko Siti Jakarta"_s : u"Aisyah's KL Finds"_s;
    const qint64 historyStart = m_opt.nowMs - qint64(m_opt.days) * kDayMs;
    const QString currency =
        m_opt.regionalCurrency.isEmpty() ? regionalCurrency(flavor) : m_opt.regionalCurrency;
    const Seller &added = store.addSeller(seller, shopName, historyStart - 90 * kDayMs, currency);
    generateShop(store, added.shopId, std::max(5, m_opt.products / 3), std::max(1.0, m_opt.ordersPerDay / 3),
                 orders, rng, currency);
}

void DataGenerator::generateShop(CloneStore &store, const QString &shopId, int productCount, double perDay,
                                 std::vector<Order> &orders, Rng &rng, const QString &currency)
{
    const qint64 now = m_opt.nowMs;
    const qint64 historyStart = now - qint64(m_opt.days) * kDayMs;
    const auto &templates = productTemplates();

    std::vector<ProductPlan> plans;
    plans.reserve(size_t(productCount));
    QHash<QString, int> nameUse;
    for (int i = 0; i < productCount; ++i) {
        const ProductTemplate &t = templates[qsizetype(rng.next() % quint64(templates.size()))];
        const QString variant = rng.pick(productVariants(t.category));
        Product p;
        p.id = store.newId();
        p.shopId = shopId;
        p.category = QString::fromUtf8(t.category);
        QString name = QString::fromUtf8(t.name) + u" - "_s + variant;
        const int uses = nameUse[name]++;
        if (uses > 0)
            name += u" ("_s + QString::number(uses + 1) + u')';
        p.name = name;
        p.sku = QString::fromLatin1(t.skuPrefix) + u'-' + QString::number(1000 + i) + u'-' +
                variant.left(3).toUpper().remove(u' ');
        p.description = rng.chance(0.9) ? QString::fromUtf8(t.description) : QString();
        p.price = priceIn(t.minPrice + rng.uniform() * (t.maxPrice - t.minPrice), currency);
        if (rng.chance(0.85))
            p.cost =
                inUsualUnits(qint64(std::llround(double(p.price) * (0.42 + rng.uniform() * 0.3))), currency);
        if (t.shelfLifeDays > 0 && rng.chance(0.85)) {
            // Some batches are already past their date, some close to it.
            const qint64 left = rng.range(-30, t.shelfLifeDays);
            p.expiryMs = (now / kDayMs + left) * kDayMs + 16 * 3600000; // midnight in Manila
        }
        p.imageUrl = rng.chance(0.93) ? m_opt.baseUrl + u"/images/"_s + p.sku + u".svg"_s : QString();
        p.threshold = int(rng.range(5, 20));

        ProductPlan plan;
        const double r = rng.uniform();
        plan.trend = r < 0.55   ? Trend::Stable
                     : r < 0.67 ? Trend::Trending
                     : r < 0.79 ? Trend::Dying
                     : r < 0.94 ? Trend::Slow
                                : Trend::Launch;
        plan.base = 1.0 / std::pow(1.0 + double(rng.range(0, productCount)), 0.8);
        plan.launchAt = plan.trend == Trend::Launch ? 0.3 + rng.uniform() * 0.6 : 0.0;
        plan.salt = rng.next();
        plan.stock = int(rng.range(20, 200));
        p.createdMs =
            plan.trend == Trend::Launch
                ? historyStart + qint64(plan.launchAt * double(now - historyStart)) - rng.range(1, 5) * kDayMs
                : historyStart - rng.range(1, 60) * kDayMs - rng.range(0, kDayMs - 1);
        p.updatedMs = p.createdMs;
        plan.index = qsizetype(store.products().size());
        store.addProduct(std::move(p));
        plans.push_back(plan);
    }

    // Walk the days oldest first, Manila calendar.
    const qint64 firstDayStart = ((historyStart + kPhtOffsetMs) / kDayMs) * kDayMs - kPhtOffsetMs;
    std::vector<double> cumulative(plans.size());
    const int dayCount = m_opt.days + 1;
    for (int day = 0; day < dayCount; ++day) {
        const qint64 dayStart = firstDayStart + qint64(day) * kDayMs;
        if (dayStart > now)
            break;
        const QDate date = QDateTime::fromMSecsSinceEpoch(dayStart + kPhtOffsetMs, Qt::UTC).date();
        const double t = double(day) / std::max(1, dayCount - 1);
        const double noise = 0.85 + rng.uniform() * 0.3;
        const double mean = perDay * dayFactor(date) * (0.8 + 0.4 * t) * noise;
        const int count = rng.poisson(mean);

        double acc = 0;
        for (size_t i = 0; i < plans.size(); ++i) {
            const Product &p = store.products()[size_t(plans[i].index)];
            acc += p.createdMs <= dayStart + kDayMs ? trendWeight(plans[i], t, dayStart / kDayMs) : 0.0;
            cumulative[i] = acc;
        }
        if (acc <= 0)
            continue;
        const bool mega = isMegaSale(date);
        for (int n = 0; n < count; ++n) {
            Order o;
            o.id = store.newId();
            o.shopId = shopId;
            const qint64 offset = qint64(hourOfDay(rng)) * 3600000 + rng.range(0, 3599999);
            o.createdMs = dayStart + offset;
            const Customer &c = m_customers[qsizetype(
                std::min<quint64>(quint64(m_customers.size() - 1),
                                  quint64(std::pow(rng.uniform(), 1.6) * double(m_customers.size()))))];
            o.customerName = c.name;
            o.customerEmail = c.email;
            o.buyerId = c.id;
            o.shippingAddress = c.address;
            o.paymentMethod = rng.pick(paymentMethods());
            const double ri = rng.uniform();
            const int itemCount = ri < 0.65 ? 1 : ri < 0.9 ? 2 : 3;
            QVarLengthArray<size_t, 4> planOfItem;
            for (int k = 0; k < itemCount; ++k) {
                const double x = rng.uniform() * acc;
                const size_t at =
                    size_t(std::lower_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
                const size_t planIndex = std::min(at, plans.size() - 1);
                ProductPlan &plan = plans[planIndex];
                const Product &p = store.products()[size_t(plan.index)];
                bool dup = false;
                for (const auto &it : o.items)
                    dup = dup || it.productId == p.id;
                if (dup)
                    continue;
                const double rq = rng.uniform();
                int qty = rq < 0.75 ? 1 : rq < 0.93 ? 2 : int(rng.range(3, 5));
                if (mega && rng.chance(0.3))
                    ++qty;
                if (plan.stock < qty) {
                    // Dying products are not restocked late in their life: they sell out.
                    if (plan.trend == Trend::Dying && t > 0.7)
                        continue;
                    plan.stock += int(rng.range(60, 300));
                }
                plan.stock -= qty;
                OrderItem item;
                item.productId = p.id;
                item.productName = p.name;
                item.imageUrl = p.imageUrl;
                item.quantity = qty;
                item.price = mega ? inUsualUnits(p.price * (80 + rng.range(0, 10)) / 100, currency) : p.price;
                item.unitCost = p.cost.value_or(-1);
                o.items.append(item);
                planOfItem.append(planIndex);
            }
            if (o.items.isEmpty())
                continue;
            const double ageDays = double(now - o.createdMs) / kDayMs;
            o.status = statusForAge(ageDays, store.flavor(), rng);
            if (releasesStock(o.status)) {
                for (qsizetype k = 0; k < o.items.size(); ++k)
                    plans[planOfItem[k]].stock += o.items[k].quantity;
            }
            o.updatedMs = std::min(now, o.createdMs + qint64(std::min(ageDays, 9.0) * 0.6 * kDayMs));
            orders.push_back(std::move(o));
        }
    }

    for (const auto &plan : plans) {
        Product *p = store.mutableProduct(store.products()[size_t(plan.index)].id);
        p->stock = std::max(0, plan.stock);
        p->quantity = rng.chance(0.93) ? p->stock : p->stock + int(rng.range(1, 5));
        p->updatedMs = std::min(now, std::max(p->createdMs, now - rng.range(0, 20) * kDayMs));
    }
}

} // namespace bva::clone
