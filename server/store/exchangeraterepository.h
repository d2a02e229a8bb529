// The exchange rates of each account (exchange_rates): read whole, replaced whole.
#pragma once

#include "domain/exchangerates.h"
#include "util/result.h"

namespace bva {

class Database;

class ExchangeRateRepository final
{
public:
    explicit ExchangeRateRepository(Database &db)
        : m_db(db)
    {}

    // The account's rates; empty (no target) when it set none.
    Result<ExchangeRates> ofUser(qint64 userId);
    // Replaces every rate of the account in one transaction; an empty target removes them all.
    Result<void> replace(qint64 userId, const ExchangeRates &rates);

private:
    Database &m_db;
};

} // namespace bva
