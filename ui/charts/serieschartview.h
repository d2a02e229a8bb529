// Line chart of a SeriesTableModel (time on x), one QLineSeries per chosen column through
// QVXYModelMapper: the model stays the single source; a model reset redraws in place.
#pragma once

#include <QChartView>
#include <QList>

class QDateTimeAxis;
class QValueAxis;

namespace bva::ui {

class SeriesTableModel;

class SeriesChartView final : public QChartView
{
    Q_OBJECT
public:
    struct Line
    {
        int column = 0;
        QString title;
        QColor color;
        bool area = false; // filled area under the line
    };

    SeriesChartView(SeriesTableModel *model, const QList<Line> &lines, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateAxes();

    SeriesTableModel *m_model;
    QList<Line> m_lines;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace bva::ui
