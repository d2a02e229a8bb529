// Products of a shop, upserted in batches keyed by (shop, marketplace id). Stock changes seen by
// an upsert are recorded as inventory events, so every product has a stock history.
#pragma once

#include "domain/product.h"
#include "domain/records.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace bva {

class Database;

struct StockChange
{
    QString productExternalId;
    std::optional<int> before; // nullopt for a product seen for the first time
    int after = 0;
    QString name; // the product's name, for what tells the seller
};

struct ProductUpsertResult
{
    int inserted = 0;
    int updated = 0;
    QList<StockChange> stockChanges;
};

class ProductRepository final
{
public:
    explicit ProductRepository(Database &db)
        : m_db(db)
    {}

    // One transaction (a savepoint inside the caller's). The last of duplicate ids in `products` wins.
    Result<ProductUpsertResult> upsertBatch(qint64 shopId, const QList<Product> &products,
                                            const QString &stockSource = QStringLiteral("sync"));
    Result<std::optional<Product>> findById(qint64 id);
    Result<std::optional<Product>> findByExternal(qint64 shopId, const QString &externalId);
    Result<QList<Product>> listByShop(qint64 shopId, bool includeDeleted = false);
    // The live products of the shops, by shop and id, without description, image and times (figures).
    Result<QList<Product>> liveOfShops(const QList<qint64> &shopIds);
    // Live products of the shops whose name, SKU or marketplace id contains `text` (any case), by name.
    Result<QList<Product>> findInShops(const QList<qint64> &shopIds, const QString &text, int limit);
    Result<qint64> count(qint64 shopId, bool includeDeleted = false);
    // Soft delete: the product stays for history and reports. Returns false if it was unknown.
    Result<bool> softDelete(qint64 shopId, const QString &externalId, const QDateTime &at);
    // Sets the stock level and records an inventory event; returns the change (nullopt: unknown product).
    Result<std::optional<StockChange>> setStock(qint64 shopId, const QString &externalId, int stock,
                                                const QString &source, const QDateTime &at,
                                                std::optional<int> threshold = std::nullopt);
    // Adds `delta` to the stock in one statement (two writers cannot lose each other's change), never
    // going below zero, and records an inventory event; nullopt for an unknown product. The change's
    // `before` is the level the statement found, so a caller can refuse (roll back) an oversell.
    Result<std::optional<StockChange>> adjustStock(qint64 shopId, const QString &externalId, int delta,
                                                   const QString &source, const QDateTime &at);
    // The live product of the shop with this SKU (any case), if any.
    Result<std::optional<Product>> findBySku(qint64 shopId, const QString &sku);
    Result<QList<InventoryEvent>> stockHistory(qint64 shopId, const QString &externalId, int limit = 500);

private:
    Result<QList<Product>> liveProducts(const QList<qint64> &shopIds, const QString &where,
                                        const QVariantList &whereBinds, const QString &orderBy);
    Database &m_db;
};

} // namespace bva
