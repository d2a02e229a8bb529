#include "monthlyrollups.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

const QString insertSelect =
    u"INSERT INTO product_monthly_rollups (shop_id, month, product_external_id, units, revenue_minor) "
    "SELECT shop_id, SUBSTR(day, 1, 7), product_external_id, SUM(units), SUM(revenue_minor) "
    "FROM product_daily_rollups WHERE shop_id = ?"_s;
const QString groupBy = u" GROUP BY shop_id, SUBSTR(day, 1, 7), product_external_id"_s;

} // namespace

Result<void> rebuildMonths(Database &db, qint64 shopId, const QStringList &days)
{
    QSet<QString> months;
    for (const QString &d : days) {
        if (d.size() >= 7)
            months.insert(d.left(7));
    }
    if (months.isEmpty())
        return {};
    QSqlDatabase c = db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return Error::storage(u"begin monthly rollup rebuild: "_s + tx.beginError());
    for (const QString &m : std::as_const(months)) {
        // Days are yyyy-MM-dd text, so a month is the closed text range [m-01, m-31].
        const QVariantList binds{QVariant(shopId), QString(m + u"-01"_s), QString(m + u"-31"_s)};
        if (auto q = sql::run(c, u"DELETE FROM product_monthly_rollups WHERE shop_id = ? AND month = ?"_s, {QVariant(shopId), m},
                              u"clear monthly product rollups");
            !q)
            return q.error();
        if (auto q = sql::run(c, insertSelect + u" AND day >= ? AND day <= ?"_s + groupBy, binds,
                              u"rebuild monthly product rollups");
            !q)
            return q.error();
    }
    return tx.commit();
}

Result<void> rebuildAllMonths(Database &db, qint64 shopId)
{
    QSqlDatabase c = db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return Error::storage(u"begin monthly rollup rebuild: "_s + tx.beginError());
    if (auto q = sql::run(c, u"DELETE FROM product_monthly_rollups WHERE shop_id = ?"_s, {shopId},
                          u"clear monthly product rollups");
        !q)
        return q.error();
    if (auto q = sql::run(c, insertSelect + groupBy, {shopId}, u"rebuild monthly product rollups"); !q)
        return q.error();
    return tx.commit();
}

} // namespace bva
