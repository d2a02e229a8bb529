// One product's forecast as the pages show it and the store keeps it (tables product_forecasts and
// product_forecast_days), with the Syntetos-Boylan demand class it was forecast as.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <limits>

namespace bva::forecast {

enum class DemandClass { NoDemand, Smooth, Erratic, Intermittent, Lumpy };
QString demandClassKey(DemandClass c);           // "smooth", ... stable, for storage and CSV
DemandClass demandClassFromKey(QStringView key); // NoDemand when unknown

struct ForecastDay
{
    QDate day;
    double forecast = 0.0; // units
    double lower = 0.0;
    double upper = 0.0;
    double sd = 0.0;
};

// One row of the forecast table.
struct ProductForecast
{
    qint64 shopId = 0;
    QString productExternalId;
    QString sku;
    QString name;
    int stock = 0;
    QString model; // "ETS(A,Ad,A)", "SBA", ...
    QString parameters;
    DemandClass demandClass = DemandClass::NoDemand;
    QString demandClassLabel; // translated
    double adi = 0.0;
    double cv2 = 0.0;
    double backtestMase = std::numeric_limits<double>::quiet_NaN();
    double naiveMase = std::numeric_limits<double>::quiet_NaN();
    double paydayFactor = 1.0;
    double megaSaleFactor = 1.0;
    double next7Days = 0.0; // units
    double nextHorizon = 0.0;
    QString reason; // translated, for the seller
    QList<ForecastDay> days;
};

} // namespace bva::forecast
