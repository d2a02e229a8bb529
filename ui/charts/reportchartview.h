// Chart of a report table as its ChartSpec says: lines over dates (one series per value column
// and currency) or bars per label (platform colors where the label is a marketplace). Reads the
// ReportTableModel's ChartValueRole and redraws on model reset.
#pragma once

#include <QChartView>

namespace bva::ui {

class ReportTableModel;

class ReportChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit ReportChartView(ReportTableModel *model, QWidget *parent = nullptr);

    void setMaxBars(int n) { m_maxBars = n; }
    bool hasChart() const;
    void rebuild();

private:
    void buildLines(QChart *chart);
    void buildBars(QChart *chart);

    ReportTableModel *m_model;
    int m_maxBars = 10;
};

} // namespace bva::ui
