// MarketMate's local campaign list, for the pages and the API (stored by CampaignRepository).
#pragma once

#include "adcopy.h"
#include "domain/campaign.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace bva {
class Database;
}

namespace bva::forecast {

QString campaignStatusLabel(CampaignStatus s); // translated

// Invalid naming the field (title, body, hashtags) when a campaign is beyond the bounds in campaign.h.
Result<void> checkCampaign(const Campaign &campaign);

class CampaignStore final
{
public:
    explicit CampaignStore(Database &db)
        : m_db(db)
    {}

    Result<Campaign> create(const Campaign &campaign);
    Result<void> update(const Campaign &campaign); // by id; NotFound if unknown
    Result<void> setStatus(qint64 id, CampaignStatus status);
    Result<void> remove(qint64 id);
    Result<std::optional<Campaign>> find(qint64 id);
    Result<QList<Campaign>> list(qint64 shopId, std::optional<CampaignStatus> status = std::nullopt);

private:
    Database &m_db;
};

} // namespace bva::forecast
