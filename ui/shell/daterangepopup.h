// The top bar's "Custom range…" popup: two dates (from, to, inclusive local days) and Apply.
// Refuses a start after the end or a span over ten years, saying why.
#pragma once

#include "analytics/analyticsscope.h"

#include <QFrame>

class QDateEdit;
class QLabel;
class QPushButton;

namespace bva::ui {

class DateRangePopup final : public QFrame
{
    Q_OBJECT
public:
    explicit DateRangePopup(QWidget *parent = nullptr);

    void setRange(const DateRange &range);
    DateRange range() const;
    // A valid range of at most ten years (the REST API's from/to limit): what Apply accepts.
    static bool accepts(const DateRange &range);
    // Shows the popup under `anchor` with `range` (or the last 30 days ending today when invalid).
    void popupBelow(QWidget *anchor, const DateRange &range);

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *errorLabel() const { return m_error; }

signals:
    void applied(const bva::DateRange &range);
    void cancelled();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void validate();

    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_error;
    QPushButton *m_apply;
    bool m_applied = false;
};

} // namespace bva::ui
