// One KPI tile: a caption, the figure, its change against the previous period and a short note.
#pragma once

#include <QFrame>
#include <optional>

class QLabel;

namespace bva::ui {

class DashboardTile final : public QFrame
{
    Q_OBJECT
public:
    explicit DashboardTile(const QString &caption, QWidget *parent = nullptr);

    // `higherIsBetter` colors the delta (cancellations going up is bad news).
    void setFigure(const QString &value, std::optional<double> deltaPercent, const QString &note = QString(),
                   bool higherIsBetter = true);
    QString value() const;
    QString delta() const;
    QString note() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_delta;
    QLabel *m_note;
};

} // namespace bva::ui
