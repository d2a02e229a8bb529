// The open flavours' (shopee-open, lazada-open) view of the store: the platform's own words and
// numbers for its records, regions and currencies, and the registered-redirect rule.
#pragma once

#include "clonestore.h"
#include "openconfig.h"

#include <QHash>
#include <QString>

namespace bva::clone {

namespace Open {

QString currencyOfRegion(const QString &region); // "PH" → "PHP", …; empty if unknown
QString lazadaSite(const QString &region);       // "lazada_ph"
int utcOffsetSecs(const QString &region);        // the region's local time (Lazada writes it)
// Shopee's redirect check (same host; loopback hosts any port) or Lazada's (same URL; loopback any port).
bool redirectAllowed(const QUrl &registered, const QUrl &candidate, bool samePath);
// Every shop of the PHP catalogue re-priced in the region's currency (fixed rates; IDR and VND in whole
// hundreds). Shops that already sell abroad (--regional-shop) keep theirs.
void applyRegion(CloneStore &store, const QString &region);
// Sellers unlist items (Shopee UNLIST, Lazada InActive) and keep them: every sixth of a shop's
// catalogue, in the order it was listed, is unlisted (at least one when a shop has six).
void unlistSome(CloneStore &store);

QString shopeeStatus(const Order &o);
QString lazadaStatus(const Order &o);
// Major units for the wire: Shopee as a JSON number (12.5), Lazada as text with two decimals ("12.50").
QByteArray shopeeMoney(qint64 minor);
QString lazadaMoney(qint64 minor);

} // namespace Open

// Numeric ids for the store's text ids (Shopee and Lazada number their shops, items and orders) and
// Shopee's order_sn, with the way back.
class OpenIds final
{
public:
    explicit OpenIds(const CloneStore &store)
        : m_store(store)
    {}

    static qint64 shopNumber(const QString &id);                // 9 digits
    static qint64 itemNumber(const QString &id);                // 10 digits
    static qint64 orderNumber(const QString &id);               // 15 digits (Lazada order_id)
    static qint64 lineNumber(const QString &orderId, int line); // Lazada order_item_id
    static QString orderSn(const Order &o);                     // Shopee: yyMMdd + 8 letters and digits

    const Shop *shop(qint64 number) const;
    const Product *product(qint64 number);
    const Order *orderBySn(const QString &sn);
    const Order *orderByNumber(qint64 number);

private:
    void indexOrders();
    void indexProducts();
    const CloneStore &m_store;
    QHash<QString, QString> m_bySn;
    QHash<qint64, QString> m_orderByNumber;
    size_t m_ordersIndexed = 0;
    QHash<qint64, QString> m_productByNumber;
};

} // namespace bva::clone
