#include "stockhistorymodel.h"

#include "displayformat.h"
#include "theme/format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bva::ui {

StockHistoryModel::StockHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StockHistoryModel::setEvents(const QList<InventoryEvent> &events, const QString &timeZone)
{
    beginResetModel();
    m_events = events;
    m_timeZone = timeZone;
    endResetModel();
}

int StockHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int StockHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryEvent &e = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return Format::shopDateTime(e.occurredAt, m_timeZone);
        case Level:
            return formatCount(e.quantity);
        case Change:
            if (!e.delta)
                return unknownText();
            return QString((*e.delta > 0 ? u"+"_s : QString()) + QLocale().toString(*e.delta));
        case Source:
            if (e.source == u"webhook")
                return tr("Webhook");
            if (e.source == u"sync")
                return tr("Sync");
            if (e.source == u"order")
                return tr("Order");
            return e.source;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(index.column() == Level || index.column() == Change);
    return {};
}

QVariant StockHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(section == Level || section == Change);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Level:
        return tr("Stock");
    case Change:
        return tr("Change");
    case Source:
        return tr("Source");
    }
    return {};
}

} // namespace bva::ui
