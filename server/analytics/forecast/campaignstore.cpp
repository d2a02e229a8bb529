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

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::forecast::MarketMate)
};

} // namespace

Result<void> checkCampaign(const Campaign &c)
{
    if (c.title.trimmed().isEmpty() || c.title.size() > kMaxCampaignTitleChars)
        return Error::invalid(Text::tr("title: required, at most 200 characters"));
    if (c.body.size() > kMaxCampaignBodyChars)
        return Error::invalid(Text::tr("body: at most 5000 characters"));
    if (c.hashtags.size() > kMaxHashtags)
        return Error::invalid(Text::tr("hashtags: at most %n hashtags", nullptr, kMaxHashtags));
    for (const QString &tag : c.hashtags) {
        if (tag.trimmed().isEmpty() || tag.size() > kMaxHashtagChars || tag.contains(u' '))
            return Error::invalid(
                Text::tr("hashtags: each one word of at most %n characters", nullptr, kMaxHashtagChars));
    }
    return {};
}

Result<Campaign> CampaignStore::create(const Campaign &campaign)
{
    if (auto ok = checkCampaign(campaign); !ok)
        return ok.error();
    return CampaignRepository(m_db).create(campaign);
}

Result<void> CampaignStore::update(const Campaign &campaign)
{
    if (auto ok = checkCampaign(campaign); !ok)
        return ok;
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
