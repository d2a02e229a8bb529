// Plain records of the simulated marketplace. Money is integer minor units of the shop's currency
// (centavos for PHP, sen for MYR and IDR: every seeded currency has two decimals in ISO 4217).
#pragma once

#include "flavor.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace bva::clone {

struct Seller
{
    QString id;
    QString email;
    QString password;
    QString firstName;
    QString lastName;
    QString shopId;
    qint64 createdMs = 0;
    QString name() const { return firstName + u' ' + lastName; }
};

struct Shop
{
    QString id;
    QString name;
    QString sellerId;
    qint64 createdMs = 0;
    QString currency = QStringLiteral("PHP"); // ISO 4217, reported with the shop
};

struct Product
{
    QString id;
    QString shopId;
    QString sku;
    QString name;
    QString description; // null QString = JSON null
    QString category;
    QString imageUrl; // null QString = JSON null
    qint64 price = 0;
    std::optional<qint64> cost;
    int stock = 0;
    int quantity = 0; // usually == stock; the public clones let them drift
    int threshold = 10;
    std::optional<qint64> expiryMs;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    bool active = true;
    mutable QByteArray jsonCache;
};

struct OrderItem
{
    QString productId;
    QString productName;
    QString imageUrl;
    int quantity = 1;
    qint64 price = 0;
    qint64 unitCost = -1; // -1: unknown cost
    bool bare = false;    // buyer checkout items carry only productId/quantity/price
};

struct Order
{
    QString id;
    QString shopId;
    QList<OrderItem> items;
    OrderStatus status = OrderStatus::Pending;
    QString customerName;
    QString customerEmail;
    QString buyerId;
    QString shippingAddress;
    QString paymentMethod;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    mutable QByteArray jsonCache;

    qint64 total() const
    {
        qint64 t = 0;
        for (const auto &i : items)
            t += i.price * i.quantity;
        return t;
    }
    qint64 profit() const
    {
        qint64 p = 0;
        for (const auto &i : items)
            p += (i.price - (i.unitCost < 0 ? 0 : i.unitCost)) * i.quantity;
        return p;
    }
};

} // namespace bva::clone
