// libFuzzer target: what a marketplace answers BVA's GETs (CONTRACT.md section 2), read by both
// built-in adapters: GET /api/auth/me (the ownership proof) and a products or orders page with its
// envelope, each record through readProduct/readOrder as a sync does, and the answer to a token
// renewal (POST /api/auth/refresh). Input: the first byte picks the adapter, the reader and the currency
// exponent, the rest is the response body. Must never crash, hang or leak.
#include "platforms/lazadaadapter.h"
#include "platforms/shopeeadapter.h"

#include <QJsonObject>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    static const bva::ShopeeAdapter shopee;
    static const bva::LazadaAdapter lazada;
    const bva::PlatformAdapter &adapter =
        data[0] & 1 ? static_cast<const bva::PlatformAdapter &>(lazada) : shopee;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    volatile qsizetype seen = 0;
    if (data[0] & 0x80) {
        if (auto grant = adapter.readRefreshed(body, QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)))
            seen = grant->token.size() + grant->refreshToken.size() + (grant->expiresAt.isValid() ? 1 : 0);
        return 0;
    }
    if ((data[0] >> 1) % 2 == 0) {
        if (auto account = adapter.readAccount(body))
            seen = account->shops.size();
        return 0;
    }
    auto page = adapter.readList(body);
    if (!page)
        return 0;
    // The shop's currency exponent (bits 2-3): JPY 0, PHP 2, KWD 3.
    static constexpr int exponents[] = {0, 2, 3, 2};
    const int exponent = exponents[(data[0] >> 2) % 4];
    for (const QJsonValue v : std::as_const(page->items)) {
        if (!v.isObject())
            continue;
        if (auto p = adapter.readProduct(v.toObject(), exponent))
            seen = seen + p->priceMinor % 7;
        if (auto o = adapter.readOrder(v.toObject(), exponent))
            seen = seen + o->items.size() + o->totalMinor % 7;
    }
    (void)seen;
    return 0;
}
