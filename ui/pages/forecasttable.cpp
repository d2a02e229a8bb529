#include "forecasttable.h"

#include "charts/pagekit.h"

#include <QHeaderView>
#include <QTableView>

namespace bva::ui {

QTableView *makeForecastTable(QAbstractItemModel *model, int stretchColumn, int nameColumn, int nameWidth,
                              QWidget *parent)
{
    auto *view = new QTableView(parent);
    styleTable(view);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setWordWrap(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *h = view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    if (nameColumn >= 0) {
        h->setSectionResizeMode(nameColumn, QHeaderView::Interactive);
        view->setColumnWidth(nameColumn, nameWidth);
    }
    return view;
}

} // namespace bva::ui
