#include "riskalerts.h"

#include "store/forecastrepository.h"
#include "store/shoprepository.h"
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
    ForecastRepository repository(db);
    auto before = repository.riskStates(shopId);
    if (!before)
        return before.error();
    // The expired items are in both lists of the report; each product counts once.
    QHash<QString, const ShelfItem *> now;
    for (const auto *list : {&report.items, &report.expired})
        for (const ShelfItem &it : *list)
            if (it.shopId == shopId && !criticalStateOf(it).isEmpty())
                now.insert(it.productExternalId, &it);

    QList<const ShelfItem *> fresh;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (before->value(it.key()) != criticalStateOf(**it))
            fresh.append(*it);
    QStringList cleared;
    for (auto it = before->cbegin(); it != before->cend(); ++it)
        if (!now.contains(it.key()))
            cleared.append(it.key());
    if (fresh.isEmpty() && cleared.isEmpty())
        return 0;

    auto users = ShopRepository(db).usersOfShop(shopId);
    if (!users)
        return users.error();
    const qint64 stamp = Clock::nowMs();
    QList<RiskState> changed;
    QList<Notification> notifications;
    for (const ShelfItem *item : std::as_const(fresh)) {
        const QString state = criticalStateOf(*item);
        changed.append({item->productExternalId, state});
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
            notifications.append(n);
        }
    }
    if (auto r = repository.recordRiskStates(shopId, cleared, changed, stamp, notifications); !r)
        return r.error();
    return int(fresh.size());
}

} // namespace bva::forecast
