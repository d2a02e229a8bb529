// The dashboard's "predicted sales": units expected per day for the coming weeks (all products of
// the scope) with the 95% interval as a band, from the stored forecasts. An honest empty state
// says when no forecast exists yet.
#pragma once

#include "analytics/forecast/forecastservice.h"

#include <QWidget>

class QAreaSeries;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QValueAxis;

namespace bva::ui {

class PredictedSalesChart final : public QWidget
{
    Q_OBJECT
public:
    explicit PredictedSalesChart(QWidget *parent = nullptr);

    // Days of several shops are added per date (units; revenue only within one currency).
    void setDays(const QList<forecast::PredictedSalesDay> &days, const QString &currency);
    const QList<forecast::PredictedSalesDay> &days() const { return m_days; }
    bool showsEmptyState() const;

private:
    QList<forecast::PredictedSalesDay> m_days;
    QStackedWidget *m_stack;
    QLabel *m_caption;
    QChartView *m_view;
    QLineSeries *m_mean;
    QLineSeries *m_lower;
    QLineSeries *m_upper;
    QAreaSeries *m_band;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
};

// Sums the per-shop predicted days by date.
QList<forecast::PredictedSalesDay> addPredictedDays(const QList<QList<forecast::PredictedSalesDay>> &perShop);

} // namespace bva::ui
