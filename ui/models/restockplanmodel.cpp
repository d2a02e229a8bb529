#include "restockplanmodel.h"

#include "models/displayformat.h"
#include "theme/theme.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bva::ui {

using namespace bva::forecast;

namespace {

QString units(double v)
{
    return QLocale().toString(v, 'f', v < 10 ? 1 : 0);
}

} // namespace

RestockPlanModel::RestockPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RestockPlanModel::setPlan(const RestockPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int RestockPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.lines.size());
}

int RestockPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RestockPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_plan.lines.size()) || index.column() >= ColumnCount)
        return {};
    const RestockLine &l = m_plan.lines[size_t(index.row())];
    const QString &cur = m_plan.currency;
    const bool noCost = l.status == RestockStatus::NoCost;
    switch (role) {
    case SortRole:
        switch (index.column()) {
        case Priority:
            return l.priority;
        case Product:
            return l.name;
        case Stock:
            return l.stock;
        case ForecastDemand:
            return l.coverDemand;
        case SafetyStock:
            return l.safetyStock;
        case ReorderPoint:
            return l.reorderPoint;
        case Recommended:
            return l.recommendedQty;
        case Planned:
            return l.plannedQty;
        case Cost:
            return l.costMinor;
        case ExpectedRevenue:
            return l.expectedRevenueMinor;
        case ExpectedProfit:
            return l.expectedProfitMinor;
        case Reason:
            return l.reason;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Priority:
            return l.priority > 0 ? QString::number(l.priority) : QString();
        case Product:
            return l.name.isEmpty() ? l.productExternalId : l.name;
        case Stock:
            return formatCount(l.stock);
        case ForecastDemand:
            return units(l.coverDemand);
        case SafetyStock:
            return units(l.safetyStock);
        case ReorderPoint:
            return units(l.reorderPoint);
        case Recommended:
            return formatCount(l.recommendedQty);
        case Planned:
            return formatCount(l.plannedQty);
        // Lines the budget does not buy leave the money columns empty, so the bought ones stand out.
        case Cost:
            return noCost ? unknownText() : l.plannedQty > 0 ? formatMoney(l.costMinor, cur) : QString();
        case ExpectedRevenue:
            return l.plannedQty > 0 ? formatMoney(l.expectedRevenueMinor, cur) : QString();
        case ExpectedProfit:
            return noCost             ? unknownText()
                   : l.plannedQty > 0 ? formatMoney(l.expectedProfitMinor, cur)
                                      : QString();
        case Reason:
            return l.reason;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SafetyStock && l.safetyStock < 0)
            return tr("Below zero: the service level is a fill rate, and this product's orders are large "
                      "enough that the next one may arrive a little after the expected sales of the lead "
                      "time without missing more sales than the level allows.");
        return index.column() == Reason || index.column() == Product ? plainToolTip(l.reason) : QVariant();
    case Qt::TextAlignmentRole:
        return columnAlignment(index.column() != Product && index.column() != Reason);
    case Qt::ForegroundRole:
        if (index.column() == Product && l.atRisk)
            return Theme::danger();
        if (index.column() == Planned && l.plannedQty < l.recommendedQty)
            return Theme::warning();
        return {};
    }
    return {};
}

QVariant RestockPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(section != Product && section != Reason);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Priority:
            return tr("Priority: 1 is the most urgent.");
        case ForecastDemand:
            return tr("Units expected to sell over the lead time plus the horizon.");
        case SafetyStock:
            return tr("Extra units held against demand above the forecast (service level). Below zero when "
                      "the level is a fill rate and a large order may wait a little past the expected sales "
                      "of the lead time.");
        case ReorderPoint:
            return tr("Below this stock the product runs out before a new order arrives.");
        case Recommended:
            return tr(
                "What the product needs, rounded to the minimum order and pack size. For products that "
                "sell in large, irregular amounts, sales expected to be missed for lack of stock before "
                "the delivery arrives are not made up.");
        case Planned:
            return tr("What the budget buys.");
        case ExpectedRevenue:
            return tr("Revenue from the extra units these items are expected to sell.");
        case ExpectedProfit:
            return tr("Expected revenue minus the cost of the order.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority:
        return tr("#");
    case Product:
        return tr("Product");
    case Stock:
        return tr("Stock");
    case ForecastDemand:
        return tr("Demand");
    case SafetyStock:
        return tr("Safety");
    case ReorderPoint:
        return tr("Reorder at");
    case Recommended:
        return tr("Needed");
    case Planned:
        return tr("Buy");
    case Cost:
        return tr("Cost");
    case ExpectedRevenue:
        return tr("Revenue");
    case ExpectedProfit:
        return tr("Profit");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace bva::ui
