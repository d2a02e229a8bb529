// JSON shapes of the forecasting results for the REST API. Money: "<field>Minor" integer minor units
// plus "<field>" as a decimal string in "currency"; ratios and unit forecasts are plain numbers.
#pragma once

#include "campaignstore.h"
#include "forecastservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bva::forecast {

QJsonObject shelfItemToJson(const ShelfItem &item, const QString &shopExternalId);
QJsonObject restockLineToJson(const RestockLine &line, const QString &currency,
                              const QString &shopExternalId);
QJsonObject restockPlanToJson(const RestockPlan &plan, const QHash<qint64, QString> &shopExternalIds);
QJsonObject promotionToJson(const PromotionSuggestion &p, const QString &currency,
                            const QString &shopExternalId);
QJsonObject campaignToJson(const Campaign &c, const QString &currency, const QString &shopExternalId);
QJsonObject forecastToJson(const ProductForecast &f, const QString &shopExternalId);
QJsonObject predictedDayToJson(const PredictedSalesDay &d, const QString &currency);

} // namespace bva::forecast
