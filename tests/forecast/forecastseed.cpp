#include "forecastseed.h"

#include "store/database.h"
#include "store/sql.h"
#include "util/clock.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace bva::test {

namespace {

bool exec(Database &db, const QString &text, const QVariantList &binds)
{
    auto r = sql::run(db.connection(), text, binds, u"forecast seed");
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return r.ok();
}

} // namespace

QDate manilaToday()
{
    return bva::Clock::today(QTimeZone("Asia/Manila"));
}

QStringList seededProductIds(const QString &prefix)
{
    QStringList ids;
    for (const char *id : {"FAST", "RARE", "OLD", "SLOW", "NOCOST", "BULK"})
        ids.append(prefix + QString::fromLatin1(id));
    return ids;
}

bool seedForecastShop(Database &db, qint64 shopId, const QString &prefix)
{
    const QDate today = manilaToday();
    const qint64 now = bva::Clock::nowMs();
    struct P
    {
        const char *id;
        qint64 price;
        QVariant cost;
        int stock;
        QVariant expiry;
    };
    const QVariant noCost(QMetaType::fromType<qint64>());
    const QVariant noDate(QMetaType::fromType<QString>());
    const P products[] = {
        {"FAST", 25000, qint64(15000), 12, noDate},
        {"RARE", 90000, qint64(50000), 3, noDate},
        {"OLD", 5000, qint64(3000), 8, today.addDays(-2).toString(Qt::ISODate)},
        {"SLOW", 12000, qint64(7000), 40, noDate},
        {"NOCOST", 30000, noCost, 0, noDate},
        {"BULK", 8000, qint64(4000), 300, today.addDays(20).toString(Qt::ISODate)},
    };
    for (const P &p : products) {
        const QString id = prefix + QString::fromLatin1(p.id);
        if (!exec(db,
                  u"INSERT INTO products (shop_id, external_id, sku, name, price_minor, cost_minor, stock, "
                  "expiry_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {shopId, id, QString(u"SKU-"_s + id), QString(u"Product "_s + id), p.price, p.cost, p.stock,
                   p.expiry, now, now}))
            return false;
    }
    QVariantList binds;
    int rows = 0;
    auto add = [&](const char *id, QDate day, int units) {
        binds << shopId << QString(prefix + QString::fromLatin1(id)) << day.toString(Qt::ISODate) << units
              << units * 100;
        ++rows;
    };
    for (int t = 1; t <= 200; ++t) {
        const QDate day = today.addDays(-t);
        const bool payday = day.day() == 15 || day.day() == day.daysInMonth() || day.day() == 30;
        add("FAST", day, (payday ? 12 : 4) + (day.dayOfWeek() >= 6 ? 2 : 0));
        if (t % 9 == 0)
            add("RARE", day, 1 + t % 2);
        if (t % 3 == 0)
            add("OLD", day, 1);
        add("NOCOST", day, 2);
        if (t % 2 == 0)
            add("BULK", day, 1);
    }
    const QString insert =
        u"INSERT INTO product_daily_rollups (shop_id, product_external_id, day, units, revenue_minor) VALUES "_s;
    for (int start = 0; start < rows; start += 100) {
        const int n = std::min(100, rows - start);
        if (!exec(db, insert + sql::rowPlaceholders(n, 5), binds.mid(start * 5, n * 5)))
            return false;
    }
    return true;
}

} // namespace bva::test
