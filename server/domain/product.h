// A product of one shop. Money in minor units of the shop's currency; unknown cost stays unknown.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace bva {

struct Product
{
    qint64 id = 0;      // BVA's row id (0 until stored)
    qint64 shopId = 0;  // BVA's shop row id
    QString externalId; // marketplace product id
    QString sku;
    QString name;
    QString description;
    QString category;
    QString imageUrl;
    qint64 priceMinor = 0;
    std::optional<qint64> costMinor;
    int stock = 0;
    std::optional<QDate> expiryDate;
    bool active = true;
    QDateTime sourceCreatedAt; // marketplace's createdAt, if given
    QDateTime sourceUpdatedAt; // marketplace's updatedAt, if given
    QDateTime deletedAt;       // soft delete
};

} // namespace bva
