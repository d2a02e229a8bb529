// product_monthly_rollups (migration 031): per-product sales per calendar month, the sums of
// product_daily_rollups, so product figures over long ranges read months instead of days.
// Call after the daily rollups of the same days were rebuilt, inside the same transaction.
#pragma once

#include "util/result.h"

#include <QStringList>

namespace bva {

class Database;

// Recomputes the months (yyyy-MM) that contain `days` (yyyy-MM-dd local days) of one shop.
Result<void> rebuildMonths(Database &db, qint64 shopId, const QStringList &days);
// Recomputes every month of one shop (after RollupRepository::rebuildAll).
Result<void> rebuildAllMonths(Database &db, qint64 shopId);

} // namespace bva
