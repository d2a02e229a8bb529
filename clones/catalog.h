// Seed material for a believable Philippine small-seller catalogue and its buyers.
#pragma once

#include <QList>
#include <QString>

namespace bva::clone {

struct ProductTemplate
{
    const char *category;
    const char *skuPrefix;
    const char *name;
    const char *description;
    int minPrice; // pesos
    int maxPrice;
    int shelfLifeDays; // 0: does not expire
};

const QList<ProductTemplate> &productTemplates();
const QList<QString> &productVariants(const char *category);
const QList<QString> &firstNames();
const QList<QString> &lastNames();
const QList<QString> &cities();
const QList<QString> &paymentMethods();

} // namespace bva::clone
