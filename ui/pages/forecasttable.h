// The table look of the forecasting pages: rows selected whole, sortable by a click but in the
// engine's order (most urgent first) until then, one stretching text column.
#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace bva::ui {

// `nameColumn` (or -1) starts at `nameWidth` and can be resized; `stretchColumn` takes the rest.
QTableView *makeForecastTable(QAbstractItemModel *model, int stretchColumn, int nameColumn, int nameWidth,
                              QWidget *parent);

} // namespace bva::ui
