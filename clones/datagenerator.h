// Deterministic history for a simulated shop: catalogue, buyers and orders from one seed.
#pragma once

#include "clonestore.h"

#include <QDate>

namespace bva::clone {

struct GeneratorOptions
{
    quint64 seed = 20251111;
    int products = 60;
    int days = 180;
    double ordersPerDay = 30;
    int sellers = 1;
    bool regionalShop = false; // a last seller whose shop sells in IDR (lazada) or MYR (shopee)
    QString regionalCurrency;  // or in this currency (IDR, MYR, JPY)
    qint64 nowMs = 0;          // the end of the history
    QString baseUrl;           // prefix of product image URLs
};

class DataGenerator final
{
public:
    explicit DataGenerator(const GeneratorOptions &options);
    void generate(CloneStore &store);

    static QString defaultEmail(Flavor f, int sellerIndex);
    static QString defaultPassword() { return QStringLiteral("seller123"); }
    static QString secondShopName(const Seller &seller);
    // The regional seller's sign-in and shop: Indonesia on lazada, Malaysia on shopee.
    static QString regionalEmail(Flavor f);
    static QString regionalCurrency(Flavor f);

private:
    struct Customer
    {
        QString id;
        QString name;
        QString email;
        QString address;
    };
    void generateShop(CloneStore &store, const QString &shopId, int products, double perDay,
                      std::vector<Order> &orders, Rng &rng, const QString &currency = QStringLiteral("PHP"));
    void addRegionalSeller(CloneStore &store, std::vector<Order> &orders, Rng &rng);
    GeneratorOptions m_opt;
    QList<Customer> m_customers;
};

} // namespace bva::clone
