// JSON views of the analytics figures for the REST API. Money stays integer minor units next to
// its currency; unknown margins are null, never zero.
#pragma once

#include "analyticstypes.h"

#include <QJsonObject>

namespace bva {

QJsonObject kpiTotalsToJson(const KpiTotals &t);
QJsonObject dashboardToJson(const Dashboard &d);
// {target, currencies, missing, current?, previous?}: totals only when every currency had a rate.
QJsonObject convertedKpisToJson(const ConvertedKpis &c);

} // namespace bva
