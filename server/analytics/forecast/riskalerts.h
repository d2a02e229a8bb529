// Critical-risk notifications after a forecast refresh: a product that newly needs action now
// (stock-out within the lead time, or expired) notifies every user of its shop once; it notifies
// again only after its critical state changes (table forecast_risk_states, migration 043).
#pragma once

#include "smartshelf.h"
#include "util/result.h"

namespace bva {
class Database;
}

namespace bva::forecast {

// "expired", "stock_out" or empty when the item is not critical.
QString criticalStateOf(const ShelfItem &item);

// Compares the shop's report with the states notified before, writes notifications for products
// newly critical, and remembers the new states. Returns how many products were notified.
Result<int> notifyCriticalRisks(Database &db, qint64 shopId, const ShelfReport &report);

} // namespace bva::forecast
