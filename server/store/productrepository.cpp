#include "productrepository.h"

#include "batchwriter.h"
#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

constexpr int kColumns = 17;

const QString productColumns =
    u"id, shop_id, external_id, sku, name, description, category, image_url, price_minor, cost_minor, stock, "
    "expiry_date, active, source_created_at, source_updated_at, deleted_at"_s;

Product readProduct(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.shopId = q.value(1).toLongLong();
    p.externalId = q.value(2).toString();
    p.sku = q.value(3).toString();
    p.name = q.value(4).toString();
    p.description = q.value(5).toString();
    p.category = q.value(6).toString();
    p.imageUrl = q.value(7).toString();
    p.priceMinor = q.value(8).toLongLong();
    p.costMinor = sql::toOptional64(q.value(9));
    p.stock = q.value(10).toInt();
    p.expiryDate = sql::toDate(q.value(11));
    p.active = q.value(12).toInt() != 0;
    p.sourceCreatedAt = sql::toTime(q.value(13));
    p.sourceUpdatedAt = sql::toTime(q.value(14));
    p.deletedAt = sql::toTime(q.value(15));
    return p;
}

QString upsertSql(int rows)
{
    return u"INSERT INTO products (shop_id, external_id, sku, name, description, category, image_url, price_minor, "
           "cost_minor, stock, expiry_date, active, source_created_at, source_updated_at, deleted_at, created_at, "
           "updated_at) VALUES "_s +
           sql::rowPlaceholders(rows, kColumns) +
           u" ON CONFLICT (shop_id, external_id) DO UPDATE SET sku = excluded.sku, name = excluded.name, "
           "description = excluded.description, category = excluded.category, image_url = excluded.image_url, "
           "price_minor = excluded.price_minor, cost_minor = COALESCE(excluded.cost_minor, products.cost_minor), "
           "stock = excluded.stock, expiry_date = excluded.expiry_date, active = excluded.active, "
           "source_created_at = COALESCE(excluded.source_created_at, products.source_created_at), "
           "source_updated_at = COALESCE(excluded.source_updated_at, products.source_updated_at), "
           "deleted_at = NULL, updated_at = excluded.updated_at"_s;
}

Result<QHash<QString, int>> existingStock(Database &store, qint64 shopId, const QVariantList &externalIds)
{
    QHash<QString, int> stock;
    auto r = sql::forEachInList(
        store.connection(), store.batchBindLimit(),
        u"SELECT external_id, stock FROM products WHERE shop_id = ? AND external_id IN "_s, QString(),
        {shopId}, externalIds,
        [&](const sql::Row &q) { stock.insert(q.value(0).toString(), q.value(1).toInt()); },
        u"read product stock");
    if (!r)
        return r.error();
    return stock;
}

QString inventoryEventSql(int rows)
{
    return u"INSERT INTO inventory_events (shop_id, product_external_id, quantity, delta, source, occurred_at) VALUES "_s +
           sql::rowPlaceholders(rows, 6);
}

Result<void> insertInventoryEvents(Database &store, qint64 shopId, const QList<StockChange> &changes,
                                   const QString &source, const QVariant &at)
{
    sql::BatchWriter writer(store.connection(), 6, store.batchBindLimit(), inventoryEventSql,
                            u"record stock changes"_s);
    for (const StockChange &c : changes) {
        auto r = writer.add({shopId, c.productExternalId, c.after,
                             c.before ? QVariant(c.after - *c.before) : QVariant(QMetaType::fromType<int>()),
                             source, at});
        if (!r)
            return r;
    }
    return writer.finish();
}

} // namespace

Result<ProductUpsertResult> ProductRepository::upsertBatch(qint64 shopId, const QList<Product> &products,
                                                           const QString &stockSource)
{
    // PostgreSQL refuses one statement touching a row twice: keep the last of each id.
    QHash<QString, qsizetype> lastIndex;
    for (qsizetype i = 0; i < products.size(); ++i)
        lastIndex.insert(products.at(i).externalId, i);
    QList<const Product *> unique;
    unique.reserve(lastIndex.size());
    for (qsizetype i = 0; i < products.size(); ++i) {
        if (lastIndex.value(products.at(i).externalId) == i)
            unique.append(&products.at(i));
    }

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin product batch: "_s + tx.beginError());
    QVariantList externalIds;
    externalIds.reserve(unique.size());
    for (const Product *p : std::as_const(unique))
        externalIds.append(p->externalId);
    auto before = existingStock(m_db, shopId, externalIds);
    if (!before)
        return before.error();

    ProductUpsertResult result;
    const QVariant now = sql::nowMs();
    sql::BatchWriter writer(db, kColumns, m_db.batchBindLimit(), upsertSql, u"upsert products"_s);
    for (const Product *p : std::as_const(unique)) {
        auto r = writer.add({shopId, p->externalId, p->sku, p->name, p->description, p->category, p->imageUrl,
                             p->priceMinor, sql::optional(p->costMinor), p->stock, sql::date(p->expiryDate),
                             p->active ? 1 : 0, sql::time(p->sourceCreatedAt), sql::time(p->sourceUpdatedAt),
                             QVariant(QMetaType::fromType<qint64>()), now, now});
        if (!r)
            return r.error();
        const auto it = before->constFind(p->externalId);
        if (it == before->cend()) {
            ++result.inserted;
            result.stockChanges.append({p->externalId, std::nullopt, p->stock, p->name});
        } else {
            ++result.updated;
            if (*it != p->stock)
                result.stockChanges.append({p->externalId, *it, p->stock, p->name});
        }
    }
    if (auto r = writer.finish(); !r)
        return r.error();
    if (auto r = insertInventoryEvents(m_db, shopId, result.stockChanges, stockSource, now); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

Result<std::optional<Product>> ProductRepository::findById(qint64 id)
{
    auto q = sql::run(m_db.connection(), u"SELECT "_s + productColumns + u" FROM products WHERE id = ?"_s,
                      {id}, u"find product");
    if (!q)
        return q.error();
    return q->next() ? std::optional<Product>(readProduct(*q)) : std::optional<Product>();
}

Result<std::optional<Product>> ProductRepository::findByExternal(qint64 shopId, const QString &externalId)
{
    auto q =
        sql::run(m_db.connection(),
                 u"SELECT "_s + productColumns + u" FROM products WHERE shop_id = ? AND external_id = ?"_s,
                 {shopId, externalId}, u"find product");
    if (!q)
        return q.error();
    return q->next() ? std::optional<Product>(readProduct(*q)) : std::optional<Product>();
}

Result<QList<Product>> ProductRepository::listByShop(qint64 shopId, bool includeDeleted)
{
    auto q =
        sql::run(m_db.connection(),
                 u"SELECT "_s + productColumns + u" FROM products WHERE shop_id = ?"_s +
                     (includeDeleted ? QString() : u" AND deleted_at IS NULL"_s) + u" ORDER BY name, id"_s,
                 {shopId}, u"list products");
    if (!q)
        return q.error();
    QList<Product> list;
    while (q->next())
        list.append(readProduct(*q));
    return list;
}

Result<qint64> ProductRepository::count(qint64 shopId, bool includeDeleted)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT COUNT(*) FROM products WHERE shop_id = ?"_s +
                          (includeDeleted ? QString() : u" AND deleted_at IS NULL"_s),
                      {shopId}, u"count products");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<bool> ProductRepository::softDelete(qint64 shopId, const QString &externalId, const QDateTime &at)
{
    auto q = sql::run(m_db.connection(),
                      u"UPDATE products SET deleted_at = COALESCE(deleted_at, ?), active = 0, updated_at = ? "
                      "WHERE shop_id = ? AND external_id = ? RETURNING id"_s,
                      {sql::time(at), sql::nowMs(), shopId, externalId}, u"delete product");
    if (!q)
        return q.error();
    return q->next();
}

Result<std::optional<StockChange>> ProductRepository::setStock(qint64 shopId, const QString &externalId,
                                                               int stock, const QString &source,
                                                               const QDateTime &at,
                                                               std::optional<int> threshold)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin stock update: "_s + tx.beginError());
    auto q = sql::run(db, u"SELECT stock, name FROM products WHERE shop_id = ? AND external_id = ?"_s,
                      {shopId, externalId}, u"read stock");
    if (!q)
        return q.error();
    if (!q->next()) {
        // Nothing written: ended as done, not rolled back (inside an all-or-nothing one that would fail it).
        q->finish();
        if (auto r = tx.commit(); !r)
            return r.error();
        return std::optional<StockChange>();
    }
    const int before = q->value(0).toInt();
    const QString name = q->value(1).toString();
    if (auto u = sql::run(
            db, u"UPDATE products SET stock = ?, updated_at = ? WHERE shop_id = ? AND external_id = ?"_s,
            {stock, sql::nowMs(), shopId, externalId}, u"set stock");
        !u)
        return u.error();
    if (auto e = sql::run(
            db,
            u"INSERT INTO inventory_events (shop_id, product_external_id, quantity, delta, threshold, "
            "source, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {shopId, externalId, stock, stock - before, sql::optional(threshold), source, sql::time(at)},
            u"record stock event");
        !e)
        return e.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return std::optional<StockChange>(StockChange{externalId, before, stock, name});
}

Result<std::optional<StockChange>> ProductRepository::adjustStock(qint64 shopId, const QString &externalId,
                                                                  int delta, const QString &source,
                                                                  const QDateTime &at)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin stock change: "_s + tx.beginError());
    // One statement: the row is locked while it changes, so two sales never read the same level.
    auto q = sql::run(
        db,
        u"UPDATE products SET stock = stock + ?, updated_at = ? WHERE shop_id = ? AND external_id = ? "
        "RETURNING stock, name"_s,
        {delta, sql::nowMs(), shopId, externalId}, u"change stock");
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        if (auto r = tx.commit(); !r) // nothing written (see setStock)
            return r.error();
        return std::optional<StockChange>();
    }
    const int reached = q->value(0).toInt();
    const QString name = q->value(1).toString();
    q->finish();
    const int before = reached - delta;
    const int after = std::max(0, reached);
    if (after != reached) {
        if (auto u = sql::run(db, u"UPDATE products SET stock = 0 WHERE shop_id = ? AND external_id = ?"_s,
                              {shopId, externalId}, u"clamp stock");
            !u)
            return u.error();
    }
    if (auto e = sql::run(
            db,
            u"INSERT INTO inventory_events (shop_id, product_external_id, quantity, delta, source, "
            "occurred_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {shopId, externalId, after, after - before, source, sql::time(at)}, u"record stock event");
        !e)
        return e.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return std::optional<StockChange>(StockChange{externalId, before, after, name});
}

Result<std::optional<Product>> ProductRepository::findBySku(qint64 shopId, const QString &sku)
{
    auto q =
        sql::run(m_db.connection(),
                 u"SELECT "_s + productColumns +
                     u" FROM products WHERE shop_id = ? AND deleted_at IS NULL AND LOWER(sku) = LOWER(?) "
                     "ORDER BY id LIMIT 1"_s,
                 {shopId, sku.trimmed()}, u"find product by SKU");
    if (!q)
        return q.error();
    return q->next() ? std::optional<Product>(readProduct(*q)) : std::optional<Product>();
}

Result<QList<InventoryEvent>> ProductRepository::stockHistory(qint64 shopId, const QString &externalId,
                                                              int limit)
{
    auto q =
        sql::run(m_db.connection(),
                 u"SELECT id, quantity, delta, threshold, source, occurred_at FROM inventory_events "
                 "WHERE shop_id = ? AND product_external_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?"_s,
                 {shopId, externalId, limit}, u"stock history");
    if (!q)
        return q.error();
    QList<InventoryEvent> list;
    while (q->next()) {
        InventoryEvent e;
        e.id = q->value(0).toLongLong();
        e.shopId = shopId;
        e.productExternalId = externalId;
        e.quantity = q->value(1).toInt();
        if (!q->value(2).isNull())
            e.delta = q->value(2).toInt();
        if (!q->value(3).isNull())
            e.threshold = q->value(3).toInt();
        e.source = q->value(4).toString();
        e.occurredAt = sql::toTime(q->value(5));
        list.append(e);
    }
    return list;
}

Result<QList<Product>> ProductRepository::liveOfShops(const QList<qint64> &shopIds)
{
    return liveProducts(shopIds, {}, {}, u" ORDER BY shop_id, id"_s);
}

Result<QList<Product>> ProductRepository::findInShops(const QList<qint64> &shopIds, const QString &text,
                                                      int limit)
{
    const QString like = sql::likeContains(text.trimmed().toLower());
    return liveProducts(shopIds,
                        u" AND (LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(sku) LIKE ? ESCAPE '\\' "
                        "OR LOWER(external_id) LIKE ? ESCAPE '\\')"_s,
                        {like, like, like},
                        u" ORDER BY name, id LIMIT "_s + QString::number(std::max(1, limit)));
}

Result<QList<Product>> ProductRepository::liveProducts(const QList<qint64> &shopIds, const QString &where,
                                                       const QVariantList &whereBinds, const QString &orderBy)
{
    QList<Product> list;
    if (shopIds.isEmpty())
        return list;
    QVariantList binds;
    for (qint64 id : shopIds)
        binds.append(id);
    binds << whereBinds;
    auto q = sql::run(
        m_db.connection(),
        u"SELECT id, shop_id, external_id, sku, name, category, price_minor, cost_minor, stock, active "
        "FROM products WHERE deleted_at IS NULL AND shop_id IN ("_s +
            sql::placeholders(int(shopIds.size())) + u')' + where + orderBy,
        binds, u"read products for analytics");
    if (!q)
        return q.error();
    while (q->next()) {
        Product p;
        p.id = q->value(0).toLongLong();
        p.shopId = q->value(1).toLongLong();
        p.externalId = q->value(2).toString();
        p.sku = q->value(3).toString();
        p.name = q->value(4).toString();
        p.category = q->value(5).toString();
        p.priceMinor = q->value(6).toLongLong();
        p.costMinor = sql::toOptional64(q->value(7));
        p.stock = q->value(8).toInt();
        p.active = q->value(9).toInt() != 0;
        list.append(p);
    }
    return list;
}

} // namespace bva
