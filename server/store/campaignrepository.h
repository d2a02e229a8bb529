// MarketMate's campaigns (table campaigns): drafts, scheduled and done promotions per shop.
#pragma once

#include "domain/campaign.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace bva {

class Database;

class CampaignRepository final
{
public:
    explicit CampaignRepository(Database &db)
        : m_db(db)
    {}

    // Returns the campaign with its id and times.
    Result<forecast::Campaign> create(const forecast::Campaign &campaign);
    Result<void> update(const forecast::Campaign &campaign); // by id; NotFound if unknown
    Result<void> setStatus(qint64 id, forecast::CampaignStatus status);
    Result<void> remove(qint64 id);
    Result<std::optional<forecast::Campaign>> find(qint64 id);
    // By start day (undated last), then id.
    Result<QList<forecast::Campaign>> list(qint64 shopId,
                                           std::optional<forecast::CampaignStatus> status = std::nullopt);

private:
    Database &m_db;
};

} // namespace bva
