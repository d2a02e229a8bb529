// Hand-computed analytics fixtures shared by the analytics tests: three shops (Shopee PHP and
// Lazada PHP in Manila, Lazada IDR in Jakarta) with orders on day boundaries, cancellations,
// refunds, unknown costs and a previous period. Expected figures are in the test comments.
#pragma once

#include "domain/order.h"
#include "domain/shop.h"
#include "store/database.h"

#include <memory>

namespace bva::test {

std::unique_ptr<Database> openStore(const QString &url);
Shop makeShop(Database &db, Platform platform, const QString &ext, const QString &currency,
              const QString &tz);
QDateTime utc(const char *iso);

struct Fixture
{
    Shop shopee;   // PHP, Asia/Manila
    Shop lazada;   // PHP, Asia/Manila
    Shop lazadaId; // IDR, Asia/Jakarta
};

// Loads the fixture into an open store. The range under test is 2024-03-10 .. 2024-03-16.
Fixture loadFixture(Database &db);

} // namespace bva::test
