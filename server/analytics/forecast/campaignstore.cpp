#include "campaignstore.h"

#include "store/campaignrepository.h"

#include <QCoreApplication>

namespace bva::forecast {

QString campaignStatusLabel(CampaignStatus s)
{
    switch (s) {
    case CampaignStatus::Draft:
        return QCoreApplication::translate("bva::forecast::MarketMate", "Draft");
    case CampaignStatus::Scheduled:
        return QCoreApplication::translate("bva::forecast::MarketMate", "Scheduled");
    case CampaignStatus::Done:
        return QCoreApplication::translate("bva::forecast::MarketMate", "Done");
    }
    return {};
}

Result<Campaign> CampaignStore::create(const Campaign &campaign)
{
    return CampaignRepository(m_db).create(campaign);
}

Result<void> CampaignStore::update(const Campaign &campaign)
{
    return CampaignRepository(m_db).update(campaign);
}

Result<void> CampaignStore::setStatus(qint64 id, CampaignStatus status)
{
    return CampaignRepository(m_db).setStatus(id, status);
}

Result<void> CampaignStore::remove(qint64 id)
{
    return CampaignRepository(m_db).remove(id);
}

Result<std::optional<Campaign>> CampaignStore::find(qint64 id)
{
    return CampaignRepository(m_db).find(id);
}

Result<QList<Campaign>> CampaignStore::list(qint64 shopId, std::optional<CampaignStatus> status)
{
    return CampaignRepository(m_db).list(shopId, status);
}

} // namespace bva::forecast
