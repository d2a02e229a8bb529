#include "orderstatus.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace bva {

QString orderStatusName(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Pending:
        return u"PENDING"_s;
    case OrderStatus::ToShip:
        return u"TO_SHIP"_s;
    case OrderStatus::ToReceive:
        return u"TO_RECEIVE"_s;
    case OrderStatus::Completed:
        return u"COMPLETED"_s;
    case OrderStatus::Cancelled:
        return u"CANCELLED"_s;
    case OrderStatus::Returned:
        return u"RETURNED"_s;
    case OrderStatus::Refunded:
        return u"REFUNDED"_s;
    case OrderStatus::Failed:
        return u"FAILED"_s;
    case OrderStatus::Unknown:
        break;
    }
    return u"UNKNOWN"_s;
}

OrderStatus orderStatusFromString(QStringView s)
{
    static const QHash<QString, OrderStatus> table = {
        {u"PENDING"_s, OrderStatus::Pending},
        {u"UNPAID"_s, OrderStatus::Pending},
        {u"TO_PAY"_s, OrderStatus::Pending},
        {u"PROCESSING"_s, OrderStatus::ToShip},
        {u"TO_SHIP"_s, OrderStatus::ToShip},
        {u"READY_TO_SHIP"_s, OrderStatus::ToShip},
        {u"PACKED"_s, OrderStatus::ToShip},
        {u"TO_RECEIVE"_s, OrderStatus::ToReceive},
        {u"SHIPPING"_s, OrderStatus::ToReceive},
        {u"SHIPPED"_s, OrderStatus::ToReceive},
        {u"IN_TRANSIT"_s, OrderStatus::ToReceive},
        {u"COMPLETED"_s, OrderStatus::Completed},
        {u"DELIVERED"_s, OrderStatus::Completed},
        {u"CANCELLED"_s, OrderStatus::Cancelled},
        {u"CANCELED"_s, OrderStatus::Cancelled},
        {u"CANCELLATION"_s, OrderStatus::Cancelled},
        {u"RETURNED"_s, OrderStatus::Returned},
        {u"RETURN"_s, OrderStatus::Returned},
        {u"RETURN_REFUND"_s, OrderStatus::Returned},
        {u"REFUNDED"_s, OrderStatus::Refunded},
        {u"REFUND"_s, OrderStatus::Refunded},
        {u"FAILED"_s, OrderStatus::Failed},
        {u"FAILED_DELIVERY"_s, OrderStatus::Failed},
        // Shopee Open Platform v2 (get_order_detail order_status).
        {u"INVOICE_PENDING"_s, OrderStatus::Pending},
        {u"PROCESSED"_s, OrderStatus::ToShip},
        {u"RETRY_SHIP"_s, OrderStatus::ToShip},
        {u"IN_CANCEL"_s, OrderStatus::ToShip},
        {u"TO_CONFIRM_RECEIVE"_s, OrderStatus::ToReceive},
        {u"TO_RETURN"_s, OrderStatus::Returned},
        // Lazada Open Platform (/orders/get statuses).
        {u"TOPACK"_s, OrderStatus::ToShip},
        {u"TOSHIP"_s, OrderStatus::ToShip},
        {u"READY_TO_SHIP_PENDING"_s, OrderStatus::ToShip},
        {u"CONFIRMED"_s, OrderStatus::Completed},
        {u"LOST_BY_3PL"_s, OrderStatus::Failed},
        {u"DAMAGED_BY_3PL"_s, OrderStatus::Failed},
        {u"PACKAGE_SCRAPPED"_s, OrderStatus::Failed},
        {u"SHIPPED_BACK"_s, OrderStatus::Returned},
        {u"SHIPPED_BACK_SUCCESS"_s, OrderStatus::Returned},
        {u"SHIPPED_BACK_FAILED"_s, OrderStatus::Returned},
    };
    // "to-ship", "to ship", "ToShip" and "readyToShip" all become the table's SNAKE_CASE.
    QString key;
    const QStringView trimmed = s.trimmed();
    key.reserve(trimmed.size() + 4);
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == u'-' || c == u' ')
            key += u'_';
        else if (c.isUpper() && i > 0 && trimmed.at(i - 1).isLower())
            key += u'_' + c;
        else
            key += c.toUpper();
    }
    return table.value(key, OrderStatus::Unknown);
}

bool isCancelledLike(OrderStatus s)
{
    return s == OrderStatus::Cancelled || s == OrderStatus::Failed;
}

bool isReturnedLike(OrderStatus s)
{
    return s == OrderStatus::Returned || s == OrderStatus::Refunded;
}

namespace {

int lifecycleStage(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Pending:
        return 0;
    case OrderStatus::ToShip:
        return 1;
    case OrderStatus::ToReceive:
        return 2;
    case OrderStatus::Completed:
    case OrderStatus::Cancelled:
    case OrderStatus::Failed:
        return 3;
    case OrderStatus::Returned:
        return 4;
    case OrderStatus::Refunded:
        return 5;
    case OrderStatus::Unknown:
        break;
    }
    return -1;
}

} // namespace

bool isForwardMove(OrderStatus from, OrderStatus to)
{
    const int next = lifecycleStage(to);
    return next >= 0 && next > lifecycleStage(from);
}

} // namespace bva
