#include "forecastrepository.h"

#include "database.h"
#include "notificationrepository.h"
#include "sql.h"
#include "transaction.h"
#include "util/clock.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace bva {

using forecast::ForecastDay;
using forecast::ProductForecast;

namespace {

QVariant nullable(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant(QMetaType::fromType<double>());
}

double nanIfNull(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

// Multi-row INSERTs of `width` columns, sent every kRowsPerInsert rows.
class RowBatch
{
public:
    RowBatch(QSqlDatabase db, QString insertPrefix, int width, QString what)
        : m_db(std::move(db))
        , m_prefix(std::move(insertPrefix))
        , m_what(std::move(what))
        , m_width(width)
    {}

    Result<void> add(const QVariantList &row)
    {
        m_binds << row;
        return ++m_rows >= kRowsPerInsert ? flush() : Result<void>();
    }

    Result<void> flush()
    {
        if (m_rows == 0)
            return {};
        auto r = sql::run(m_db, m_prefix + sql::rowPlaceholders(m_rows, m_width), m_binds, m_what);
        m_binds.clear();
        m_rows = 0;
        if (!r)
            return r.error();
        return {};
    }

private:
    static constexpr int kRowsPerInsert = 200;
    QSqlDatabase m_db;
    QString m_prefix;
    QString m_what;
    int m_width;
    int m_rows = 0;
    QVariantList m_binds;
};

} // namespace

Result<qint64> ForecastRepository::replace(const ForecastRun &run, const QList<ProductForecast> &rows)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    Transaction tx(*db);
    if (!tx.isActive())
        return Error::storage(u"begin forecast refresh: "_s + tx.beginError());
    const qint64 now = Clock::nowMs();
    const QString insertRun = u"INSERT INTO forecast_runs (shop_id, history_from, history_to, horizon_days, "
                              "products, duration_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
    const QVariantList runBinds{run.shopId,
                                run.historyFrom.toString(Qt::ISODate),
                                run.historyTo.toString(Qt::ISODate),
                                run.horizonDays,
                                run.products,
                                run.durationMs,
                                now};
    qint64 runId = 0;
    if (m_db.isPostgres()) {
        auto q = sql::run(*db, insertRun + u" RETURNING id"_s, runBinds, u"insert forecast run");
        if (!q)
            return q.error();
        if (q->next())
            runId = q->value(0).toLongLong();
    } else {
        auto q = sql::run(*db, insertRun, runBinds, u"insert forecast run");
        if (!q)
            return q.error();
        runId = q->lastInsertId().toLongLong();
    }
    for (const QString &table : {u"product_forecasts"_s, u"product_forecast_days"_s}) {
        if (auto r = sql::run(*db, u"DELETE FROM "_s + table + u" WHERE shop_id = ?"_s, {run.shopId},
                              u"clear forecasts");
            !r)
            return r.error();
    }
    RowBatch heads(*db,
                   u"INSERT INTO product_forecasts (shop_id, product_external_id, run_id, model, parameters, "
                   "demand_class, adi, cv2, backtest_mase, naive_mase, payday_factor, mega_sale_factor, "
                   "reason, updated_at) VALUES "_s,
                   14, u"insert product forecasts"_s);
    RowBatch days(*db,
                  u"INSERT INTO product_forecast_days (shop_id, product_external_id, day, forecast, "
                  "lower_bound, upper_bound, sd) VALUES "_s,
                  7, u"insert forecast days"_s);
    for (const ProductForecast &row : rows) {
        if (auto r = heads.add({run.shopId, row.productExternalId, runId, row.model, row.parameters,
                                forecast::demandClassKey(row.demandClass), nullable(row.adi),
                                nullable(row.cv2), nullable(row.backtestMase), nullable(row.naiveMase),
                                row.paydayFactor, row.megaSaleFactor, row.reason, now});
            !r)
            return r.error();
        for (const ForecastDay &d : row.days) {
            if (auto r = days.add({run.shopId, row.productExternalId, d.day.toString(Qt::ISODate), d.forecast,
                                   d.lower, d.upper, d.sd});
                !r)
                return r.error();
        }
    }
    if (auto r = heads.flush(); !r)
        return r.error();
    if (auto r = days.flush(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return runId;
}

Result<QList<ProductForecast>> ForecastRepository::stored(qint64 shopId, bool withDays)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    auto q = sql::run(
        *db,
        u"SELECT f.product_external_id, COALESCE(p.sku, ''), COALESCE(p.name, ''), COALESCE(p.stock, 0), "
        "f.model, f.parameters, f.demand_class, f.adi, f.cv2, f.backtest_mase, f.naive_mase, "
        "f.payday_factor, f.mega_sale_factor, f.reason FROM product_forecasts f "
        "LEFT JOIN products p ON p.shop_id = f.shop_id AND p.external_id = f.product_external_id "
        "WHERE f.shop_id = ? ORDER BY f.product_external_id"_s,
        {shopId}, u"read forecasts");
    if (!q)
        return q.error();
    QList<ProductForecast> rows;
    QHash<QString, qsizetype> index;
    while (q->next()) {
        ProductForecast r;
        r.shopId = shopId;
        r.productExternalId = q->value(0).toString();
        r.sku = q->value(1).toString();
        r.name = q->value(2).toString();
        r.stock = q->value(3).toInt();
        r.model = q->value(4).toString();
        r.parameters = q->value(5).toString();
        r.demandClass = forecast::demandClassFromKey(q->value(6).toString());
        r.adi = nanIfNull(q->value(7));
        r.cv2 = nanIfNull(q->value(8));
        r.backtestMase = nanIfNull(q->value(9));
        r.naiveMase = nanIfNull(q->value(10));
        r.paydayFactor = q->value(11).toDouble();
        r.megaSaleFactor = q->value(12).toDouble();
        r.reason = q->value(13).toString();
        index.insert(r.productExternalId, rows.size());
        rows.append(r);
    }
    auto d = sql::run(*db,
                      u"SELECT product_external_id, day, forecast, lower_bound, upper_bound, sd "
                      "FROM product_forecast_days WHERE shop_id = ? ORDER BY product_external_id, day"_s,
                      {shopId}, u"read forecast days");
    if (!d)
        return d.error();
    QHash<QString, int> dayCounts;
    while (d->next()) {
        const auto it = index.constFind(d->value(0).toString());
        if (it == index.constEnd())
            continue;
        ProductForecast &r = rows[*it];
        const ForecastDay day{QDate::fromString(d->value(1).toString(), Qt::ISODate), d->value(2).toDouble(),
                              d->value(3).toDouble(), d->value(4).toDouble(), d->value(5).toDouble()};
        if (dayCounts[r.productExternalId]++ < 7)
            r.next7Days += day.forecast;
        r.nextHorizon += day.forecast;
        if (withDays)
            r.days.append(day);
    }
    return rows;
}

Result<QList<ForecastDayTotal>> ForecastRepository::dayTotals(qint64 shopId)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    auto q = sql::run(
        *db,
        u"SELECT d.day, SUM(d.forecast), SUM(d.sd * d.sd), SUM(d.forecast * COALESCE(p.price_minor, 0)) "
        "FROM product_forecast_days d LEFT JOIN products p "
        "ON p.shop_id = d.shop_id AND p.external_id = d.product_external_id "
        "WHERE d.shop_id = ? GROUP BY d.day ORDER BY d.day"_s,
        {shopId}, u"read predicted sales");
    if (!q)
        return q.error();
    QList<ForecastDayTotal> out;
    while (q->next())
        out.append({QDate::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toDouble(),
                    q->value(2).toDouble(), q->value(3).toDouble()});
    return out;
}

Result<QList<RestockProduct>> ForecastRepository::restockProducts(qint64 shopId)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    auto q =
        sql::run(*db,
                 u"SELECT p.external_id, p.sku, p.name, p.category, p.price_minor, p.cost_minor, p.stock, "
                 "p.expiry_date, p.active, p.id, s.minimum_order, s.pack_size, s.on_order, s.lead_time_days "
                 "FROM products p LEFT JOIN restock_product_settings s "
                 "ON s.shop_id = p.shop_id AND s.product_external_id = p.external_id "
                 "WHERE p.shop_id = ? AND p.deleted_at IS NULL ORDER BY p.external_id"_s,
                 {shopId}, u"read products");
    if (!q)
        return q.error();
    QList<RestockProduct> out;
    while (q->next()) {
        RestockProduct p;
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
        out.append(std::move(p));
    }
    return out;
}

Result<void> ForecastRepository::saveRestockSettings(qint64 shopId, const QString &externalId,
                                                     int minimumOrder, int packSize, int onOrder,
                                                     std::optional<int> leadTimeDays)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    auto r = sql::run(
        *db,
        u"INSERT INTO restock_product_settings (shop_id, product_external_id, minimum_order, pack_size, "
        "on_order, lead_time_days, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (shop_id, product_external_id) DO UPDATE SET minimum_order = excluded.minimum_order, "
        "pack_size = excluded.pack_size, on_order = excluded.on_order, "
        "lead_time_days = excluded.lead_time_days, updated_at = excluded.updated_at"_s,
        {shopId, externalId, minimumOrder, packSize, onOrder, sql::optional(leadTimeDays), sql::nowMs()},
        u"save restock settings");
    if (!r)
        return r.error();
    return {};
}

Result<QHash<QString, QString>> ForecastRepository::riskStates(qint64 shopId)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, u"SELECT product_external_id, state FROM forecast_risk_states WHERE shop_id = ?"_s,
                      {shopId}, u"read risk states");
    if (!q)
        return q.error();
    QHash<QString, QString> states;
    while (q->next())
        states.insert(q->value(0).toString(), q->value(1).toString());
    return states;
}

Result<void> ForecastRepository::recordRiskStates(qint64 shopId, const QStringList &cleared,
                                                  const QList<RiskState> &changed, qint64 sinceMs,
                                                  const QList<Notification> &notifications)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    Transaction tx(*db);
    if (!tx.isActive())
        return Error::storage(u"begin risk alerts: "_s + tx.beginError());
    for (const QString &product : cleared) {
        if (auto r = sql::run(
                *db, u"DELETE FROM forecast_risk_states WHERE shop_id = ? AND product_external_id = ?"_s,
                {shopId, product}, u"clear risk state");
            !r)
            return r.error();
    }
    for (const RiskState &s : changed) {
        if (auto r =
                sql::run(*db,
                         u"INSERT INTO forecast_risk_states (shop_id, product_external_id, state, since) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT (shop_id, product_external_id) "
                         "DO UPDATE SET state = excluded.state, since = excluded.since"_s,
                         {shopId, s.productExternalId, s.state, sinceMs}, u"save risk state");
            !r)
            return r.error();
    }
    NotificationRepository repository(m_db);
    for (const Notification &n : notifications)
        if (auto r = repository.add(n); !r)
            return r.error();
    return tx.commit();
}

} // namespace bva
