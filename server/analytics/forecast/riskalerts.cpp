#include "riskalerts.h"

#include "store/database.h"
#include "store/notificationrepository.h"
#include "store/shoprepository.h"
#include "store/sql.h"
#include "store/transaction.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::forecast::RiskAlerts)
};

} // namespace

QString criticalStateOf(const ShelfItem &item)
{
    if (item.has(ShelfRisk::Expired))
        return u"expired"_s;
    if (item.has(ShelfRisk::StockOut) && item.level == RiskLevel::Critical)
        return u"stock_out"_s;
    return {};
}

Result<int> notifyCriticalRisks(Database &db, qint64 shopId, const ShelfReport &report)
{
    auto conn = db.tryConnection();
    if (!conn)
        return conn.error();
    QHash<QString, QString> before;
    {
        auto q = sql::run(*conn,
                          u"SELECT product_external_id, state FROM forecast_risk_states WHERE shop_id = ?"_s,
                          {shopId}, u"read risk states");
        if (!q)
            return q.error();
        while (q->next())
            before.insert(q->value(0).toString(), q->value(1).toString());
    }
    // The expired items are in both lists of the report; each product counts once.
    QHash<QString, const ShelfItem *> now;
    for (const auto *list : {&report.items, &report.expired})
        for (const ShelfItem &it : *list)
            if (it.shopId == shopId && !criticalStateOf(it).isEmpty())
                now.insert(it.productExternalId, &it);

    QList<const ShelfItem *> fresh;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (before.value(it.key()) != criticalStateOf(**it))
            fresh.append(*it);
    bool cleared = false;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        cleared = cleared || !now.contains(it.key());
    if (fresh.isEmpty() && !cleared)
        return 0;

    auto users = ShopRepository(db).usersOfShop(shopId);
    if (!users)
        return users.error();
    Transaction tx(*conn);
    if (!tx.isActive())
        return Error::storage(u"begin risk alerts: "_s + tx.beginError());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (now.contains(it.key()))
            continue;
        if (auto r = sql::run(
                *conn, u"DELETE FROM forecast_risk_states WHERE shop_id = ? AND product_external_id = ?"_s,
                {shopId, it.key()}, u"clear risk state");
            !r)
            return r.error();
    }
    const qint64 stamp = Clock::nowMs();
    NotificationRepository notifications(db);
    for (const ShelfItem *item : std::as_const(fresh)) {
        const QString state = criticalStateOf(*item);
        if (auto r =
                sql::run(*conn,
                         u"INSERT INTO forecast_risk_states (shop_id, product_external_id, state, since) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT (shop_id, product_external_id) "
                         "DO UPDATE SET state = excluded.state, since = excluded.since"_s,
                         {shopId, item->productExternalId, state, stamp}, u"save risk state");
            !r)
            return r.error();
        Notification n;
        n.shopId = shopId;
        n.kind = u"critical_risk"_s;
        // The time makes each critical episode its own notification; the state table stops repeats.
        n.dedupeKey =
            u"critical_risk:%1:%2:%3:%4"_s.arg(shopId).arg(item->productExternalId, state).arg(stamp);
        const QString name = item->name.isEmpty() ? item->productExternalId : item->name;
        n.title =
            state == u"expired"_s ? Text::tr("Expired: %1").arg(name) : Text::tr("Running out: %1").arg(name);
        n.body = item->reasons.join(u' ') + u' ' + item->actionText;
        for (qint64 user : std::as_const(*users)) {
            n.userId = user;
            if (auto r = notifications.add(n); !r)
                return r.error();
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(fresh.size());
}

} // namespace bva::forecast
