// The simulated marketplace's state: sellers, shops, products and orders of one flavour, with
// cached wire JSON per record so whole-list replies of 100k orders stay cheap.
#pragma once

#include "model.h"
#include "refreshgrants.h"
#include "rng.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <vector>

namespace bva::clone {

struct RenderOptions
{
    bool numbersAsStrings = false;
    bool lowercaseStatuses = false;
    bool cacheable() const { return !numbersAsStrings && !lowercaseStatuses; }
};

class CloneStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloneStore)
public:
    explicit CloneStore(Flavor flavor, quint64 seed, QObject *parent = nullptr);

    Flavor flavor() const { return m_flavor; }
    QString newId();
    Rng &rng() { return m_rng; }

    // Sellers and shops
    Seller &addSeller(Seller seller, const QString &shopName, qint64 createdMs,
                      const QString &currency = QStringLiteral("PHP"));
    const QList<Seller> &sellers() const { return m_sellers; }
    const QList<Shop> &shops() const { return m_shops; }
    const Seller *sellerByEmail(const QString &email) const;
    const Seller *sellerById(const QString &id) const;
    const Shop *shopById(const QString &id) const;
    // Another shop for an existing seller (a seller may run several shops on one account).
    const Shop &addShop(const QString &sellerId, const QString &name, qint64 createdMs,
                        const QString &currency = QStringLiteral("PHP"));
    // The seller's shops, the one they signed up with first.
    QList<const Shop *> shopsOf(const Seller &seller) const;
    bool owns(const Seller &seller, const QString &shopId) const;
    // The open flavours' --region: the shop sells in another currency (its prices are re-set too).
    void setShopCurrency(const QString &shopId, const QString &currency);

    // Products
    const std::vector<Product> &products() const { return m_products; }
    const Product *product(const QString &id) const;
    Product &addProduct(Product p);
    // Call after changing a product through mutableProduct(): drops its cached JSON.
    Product *mutableProduct(const QString &id);
    void productChanged(Product &p, qint64 nowMs);
    bool removeProduct(const QString &id);

    // Orders; adding an order takes its items out of stock.
    const std::vector<Order> &orders() const { return m_orders; }
    const Order *order(const QString &id) const;
    Order &addOrder(Order o, bool applyStock = true);
    void reserveOrders(size_t n)
    {
        m_orders.reserve(n);
        m_orderIndex.reserve(qsizetype(n));
    }
    // Moves an order; cancelled/returned orders put their items back. Returns false if unknown.
    bool setOrderStatus(const QString &id, OrderStatus status, qint64 nowMs);
    Order *mutableOrder(const QString &id);

    QByteArray productJson(const Product &p, const RenderOptions &o = {}) const;
    QByteArray orderJson(const Order &o, const RenderOptions &r = {}) const;
    QByteArray shopJson(const Shop &s, bool withPlatform) const;

    // Persistence (--data): the whole state including the token secret.
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);
    bool saveFile(const QString &path, QString *error) const;
    bool loadFile(const QString &path, QString *error);

    QByteArray jwtSecret() const { return m_jwtSecret; }
    // The seller's current stable token (persisted, so BVA's stored token survives a restart).
    QByteArray sellerToken(const QString &sellerId) const { return m_sellerTokens.value(sellerId); }
    void setSellerToken(const QString &sellerId, const QByteArray &token)
    {
        m_sellerTokens.insert(sellerId, token);
    }
    void setJwtSecret(const QByteArray &s) { m_jwtSecret = s; }
    // Refresh tokens handed out (persisted with the rest, so BVA's stay good across a restart).
    RefreshGrants &refreshGrants() { return m_refreshGrants; }

    // Bumped on every change (for the debounced save).
    void markChanged() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();

private:
    void rebuildProductIndex();
    Flavor m_flavor;
    Rng m_rng;
    quint64 m_idCounter = 0;
    QByteArray m_jwtSecret;
    QHash<QString, QByteArray> m_sellerTokens;
    RefreshGrants m_refreshGrants;
    QList<Seller> m_sellers;
    QList<Shop> m_shops;
    std::vector<Product> m_products;
    QHash<QString, qsizetype> m_productIndex;
    std::vector<Order> m_orders;
    QHash<QString, qsizetype> m_orderIndex;
};

} // namespace bva::clone
