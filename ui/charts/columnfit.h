// Keeps a table's leading columns in sight beside a detail pane: when the viewport is narrower than
// they are, the columns that elide well (names, identifiers) give up width in proportion to their
// preferred width, never below a floor, and take it back when there is room again. Columns after
// the last one in sight may still scroll. Resizing a flexible column by hand ends the fitting: from
// then on the user's widths stand.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QHeaderView;
class QTableView;

namespace bva::ui {

class ColumnFit : public QObject
{
    Q_OBJECT
public:
    struct Flexible
    {
        int column;
        int preferredWidth;
    };
    // `lastInSight` is a logical column; it and every column shown left of it are kept in sight. The
    // flexible columns are among them.
    ColumnFit(QTableView *view, int lastInSight, QList<Flexible> flexible, int floorWidth);

    bool userSized() const { return m_userSized; }
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSectionResized(int logical);

    // Not the view itself: its viewport and header outlive its QAbstractScrollArea part while it is
    // destroyed, and their events still pass the filter then.
    QPointer<QWidget> m_viewport;
    QPointer<QHeaderView> m_header;
    int m_lastInSight;
    QList<Flexible> m_flexible;
    int m_floor;
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace bva::ui
