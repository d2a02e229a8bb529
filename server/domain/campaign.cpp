#include "campaign.h"

using namespace Qt::StringLiterals;

namespace bva::forecast {

QString playbookKey(Playbook p)
{
    switch (p) {
    case Playbook::FlashSale:
        return u"flash_sale"_s;
    case Playbook::NewArrival:
        return u"new_arrival"_s;
    case Playbook::BestSellerSpotlight:
        return u"best_seller"_s;
    case Playbook::BundleUp:
        return u"bundle_up"_s;
    }
    return {};
}

bool playbookFromString(QStringView s, Playbook *out)
{
    for (Playbook p :
         {Playbook::FlashSale, Playbook::NewArrival, Playbook::BestSellerSpotlight, Playbook::BundleUp}) {
        if (s == playbookKey(p)) {
            *out = p;
            return true;
        }
    }
    return false;
}

QString campaignStatusKey(CampaignStatus s)
{
    switch (s) {
    case CampaignStatus::Draft:
        return u"DRAFT"_s;
    case CampaignStatus::Scheduled:
        return u"SCHEDULED"_s;
    case CampaignStatus::Done:
        return u"DONE"_s;
    }
    return u"DRAFT"_s;
}

bool campaignStatusFromString(QStringView s, CampaignStatus *out)
{
    for (CampaignStatus c : {CampaignStatus::Draft, CampaignStatus::Scheduled, CampaignStatus::Done}) {
        if (s.compare(campaignStatusKey(c), Qt::CaseInsensitive) == 0) {
            *out = c;
            return true;
        }
    }
    return false;
}

} // namespace bva::forecast
