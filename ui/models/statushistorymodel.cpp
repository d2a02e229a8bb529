#include "statushistorymodel.h"

#include "displayformat.h"
#include "ordertablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bva::ui {

StatusHistoryModel::StatusHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::utc())
{}

void StatusHistoryModel::setHistory(const QList<OrderStatusChange> &history, const QString &timeZone)
{
    beginResetModel();
    m_history = history;
    const QTimeZone zone(timeZone.toUtf8());
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

int StatusHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int StatusHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatusHistoryModel::sourceText(const QString &source)
{
    if (source == u"webhook")
        return tr("Webhook");
    if (source == u"sync")
        return tr("Sync");
    if (source.isEmpty()) // the status the order had when BVA first saw it
        return tr("First seen");
    return source;
}

QVariant StatusHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderStatusChange &h = m_history.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(h.changedAt.toTimeZone(m_zone), u"yyyy-MM-dd HH:mm"_s);
        case Status: {
            QString text = OrderTableModel::statusText(h.status);
            if (!h.rawStatus.isEmpty() && h.rawStatus != orderStatusName(h.status))
                text += u" ("_s + h.rawStatus + u')';
            return text;
        }
        case Source:
            return sourceText(h.source);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == When)
        return h.changedAt.toString(Qt::ISODateWithMs); // the UTC instant
    return {};
}

QVariant StatusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(false);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When (shop time)");
    case Status:
        return tr("Status");
    case Source:
        return tr("Source");
    }
    return {};
}

} // namespace bva::ui
