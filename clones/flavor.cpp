#include "flavor.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace bva::clone {

QString flavorName(Flavor f)
{
    return f == Flavor::Shopee ? u"shopee"_s : u"lazada"_s;
}

std::optional<Flavor> flavorFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"shopee")
        return Flavor::Shopee;
    if (n == u"lazada")
        return Flavor::Lazada;
    return std::nullopt;
}

quint16 defaultPort(Flavor f)
{
    return f == Flavor::Shopee ? 5173 : 3001;
}

QString platformEnum(Flavor f)
{
    return f == Flavor::Shopee ? u"SHOPEE"_s : u"LAZADA"_s;
}

QString loginPlatform(Flavor f)
{
    return f == Flavor::Shopee ? u"SHOPEE_CLONE"_s : u"LAZADA_CLONE"_s;
}

QString messagePrefix(Flavor f)
{
    return loginPlatform(f);
}

static QString shopeeStatus(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Pending:
    case OrderStatus::Unpaid:
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
    }
    return u"PENDING"_s;
}

static QString lazadaStatus(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Pending:
        return u"pending"_s;
    case OrderStatus::Unpaid:
        return u"unpaid"_s;
    case OrderStatus::ToShip:
        return u"to-ship"_s;
    case OrderStatus::ToReceive:
        return u"shipping"_s;
    case OrderStatus::Completed:
        return u"delivered"_s;
    case OrderStatus::Cancelled:
        return u"cancellation"_s;
    case OrderStatus::Returned:
    case OrderStatus::Refunded:
        return u"return-refund"_s;
    case OrderStatus::Failed:
        return u"failed-delivery"_s;
    }
    return u"pending"_s;
}

QString statusText(Flavor f, OrderStatus s, bool lowercase)
{
    if (!lowercase)
        return f == Flavor::Shopee ? shopeeStatus(s) : lazadaStatus(s);
    // Lazada is lowercase already; its fault variant is the lowercased shopee word instead.
    return shopeeStatus(s).toLower();
}

std::optional<OrderStatus> statusFromText(const QString &text)
{
    QString t = text.trimmed().toUpper();
    t.replace(u'-', u'_');
    static const QList<std::pair<QString, OrderStatus>> table = {
        {u"PENDING"_s, OrderStatus::Pending},        {u"UNPAID"_s, OrderStatus::Unpaid},
        {u"TO_SHIP"_s, OrderStatus::ToShip},         {u"TO_RECEIVE"_s, OrderStatus::ToReceive},
        {u"SHIPPING"_s, OrderStatus::ToReceive},     {u"SHIPPED"_s, OrderStatus::ToReceive},
        {u"COMPLETED"_s, OrderStatus::Completed},    {u"DELIVERED"_s, OrderStatus::Completed},
        {u"CANCELLED"_s, OrderStatus::Cancelled},    {u"CANCELLATION"_s, OrderStatus::Cancelled},
        {u"RETURNED"_s, OrderStatus::Returned},      {u"RETURN_REFUND"_s, OrderStatus::Returned},
        {u"REFUNDED"_s, OrderStatus::Refunded},      {u"FAILED"_s, OrderStatus::Failed},
        {u"FAILED_DELIVERY"_s, OrderStatus::Failed},
    };
    for (const auto &[name, status] : table) {
        if (name == t)
            return status;
    }
    return std::nullopt;
}

bool isFinalStatus(OrderStatus s)
{
    return s == OrderStatus::Completed || s == OrderStatus::Cancelled || s == OrderStatus::Returned ||
           s == OrderStatus::Refunded || s == OrderStatus::Failed;
}

bool releasesStock(OrderStatus s)
{
    return s == OrderStatus::Cancelled || s == OrderStatus::Returned || s == OrderStatus::Refunded ||
           s == OrderStatus::Failed;
}

} // namespace bva::clone
