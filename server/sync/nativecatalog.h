// Products that live only in BVA and offline (walk-in) sales, kept in a team's BVA channel: a shop of
// platform OTHER that BVA itself is the source of truth for. Its orders and products sit in the same
// tables as a marketplace's, so dashboards, reports, SmartShelf, forecasts and restock plans read
// them the same way. The REST API (/api/products, /api/sales) and the desktop's Products page both
// call this, and it checks the roles itself: editors and admins of the channel change it, viewers
// only read it.
//
// Thread-safe (store calls on the caller's thread; the desktop calls it through runAsync). Changes
// are announced on the EventBus from that thread.
#pragma once

#include "auth/actor.h"
#include "auth/shopaccess.h"
#include "domain/order.h"
#include "domain/product.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <optional>

namespace bva {

class Database;
class EventBus;

struct SaleLine
{
    QString productExternalId;
    int quantity = 0;
    std::optional<qint64> unitPriceMinor; // nullopt: the product's price
};

struct OfflineSale
{
    qint64 shopId = 0;
    QDateTime placedAt; // required: the seller's date (the desktop defaults it to now, editable)
    QString customerName;
    QList<SaleLine> lines;
    QString externalId; // empty: a new id; an import's row key makes re-imports idempotent
};

struct SaleOutcome
{
    Order order;
    bool created = false; // false: an order with this id was already recorded (nothing changed)
};

// One product short for a sale: what the seller is asked to confirm.
struct StockShortage
{
    QString productExternalId;
    QString name;
    int inStock = 0;
    int wanted = 0;
};

class NativeCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NativeCatalog)
public:
    static constexpr int kMaxStock = 1'000'000'000;
    static constexpr int kMaxQuantity = 100'000;
    // One sale, like one marketplace order (payload::kMaxQuantity): its quantities' sum and its lines.
    static constexpr int kMaxSaleUnits = 1'000'000;
    static constexpr int kMaxSaleLines = 1000;

    NativeCatalog(Database &db, EventBus *bus, QObject *parent = nullptr);

    // The BVA channels the actor can see; the actor's own is made on first use when it has none
    // it can edit (named "My products").
    Result<QList<AccessibleShop>> channels(const Actor &actor);
    // The channel to write to: `shopId` when given (must be a BVA channel the actor edits), else the
    // first the actor can edit (made on first use).
    Result<AccessibleShop> writableChannel(const Actor &actor, qint64 shopId = 0);
    Result<QList<Product>> products(const Actor &actor, qint64 shopId);

    // Creates (product.id == 0, a new id) or updates a product of the channel. Name required, SKU
    // unique in the channel (any case) when given, money and stock not negative.
    Result<Product> saveProduct(const Actor &actor, qint64 shopId, Product product);
    // Takes a product of the channel off the catalog (soft delete): its past sales stay in orders and
    // reports; it leaves the product lists, SmartShelf and restock plans, and its SKU is free again.
    Result<void> removeProduct(const Actor &actor, qint64 shopId, const QString &externalId);

    // Records a COMPLETED order of the channel and takes its quantities off stock in the same
    // transaction. More than in stock is refused (Conflict, with shortages()) unless
    // `allowOversell`; then the stock stops at zero. An order id already recorded changes nothing.
    Result<SaleOutcome> recordSale(const Actor &actor, const OfflineSale &sale, bool allowOversell = false);
    // What recordSale would refuse, for the seller's confirmation (no change).
    Result<QList<StockShortage>> shortages(const Actor &actor, const OfflineSale &sale);

    // Validation shared with the CSV import (messages for people, translated). Text is held to the caps of
    // marketplace text (platforms/payloadreader.h: name and category 1000 characters, SKU 400, description
    // 20,000, image address 2048), counted in code points: what a seller types is shown, exported and
    // synced like what a marketplace sends.
    static Result<void> checkProduct(const Product &product);
    // "<field>: at most <maxChars> characters" when `text` is longer, else nothing.
    static std::optional<QString> overlong(const QString &field, const QString &text, int maxChars);
    EventBus *bus() const { return m_bus; }
    Database &database() const { return m_db; }

signals:
    // A sale of the channel was recorded (emitted on the caller's thread, after its commit): the
    // channel's forecasts are due a refresh, as after a marketplace sync.
    void salesRecorded(qint64 shopId);

private:
    Result<QList<Product>> linesProducts(qint64 shopId, const OfflineSale &sale);

    Database &m_db;
    EventBus *m_bus;
};

} // namespace bva
