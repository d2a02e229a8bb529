// The CSV exchange format of bva-forecast: input `series,date,quantity`, one row per observation.
#pragma once

#include "timeseries.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace bva::forecast {

struct CsvSeries
{
    QString name;
    TimeSeries series; // regular, gaps filled with zero
    int monthDay = 1;  // monthly: day of month used by the input (0 = month end)

    QDate dateAt(int index) const; // in the input's own convention
};

// Parses the whole input. Errors name the line (1-based) and the reason. Series keep the order in
// which they first appear; dates within a series may come in any order but not twice.
Result<std::vector<CsvSeries>> parseSeriesCsv(const QByteArray &data);

// A figure as bva-forecast writes it (4 decimals at most, NA when not finite); cells go through CsvWriter.
QString csvNumber(double v);

} // namespace bva::forecast
