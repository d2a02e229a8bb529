// A MarketMate campaign as it is kept (table campaigns): a drafted, scheduled or done promotion of
// one product, with the ad copy written for it. The playbook and status keys are the stored forms.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace bva::forecast {

enum class Playbook { FlashSale, NewArrival, BestSellerSpotlight, BundleUp };
QString playbookKey(Playbook p); // "flash_sale", "new_arrival", "best_seller", "bundle_up"
bool playbookFromString(QStringView s, Playbook *out);

enum class CampaignStatus { Draft, Scheduled, Done };
QString campaignStatusKey(CampaignStatus s); // "DRAFT", "SCHEDULED", "DONE"
bool campaignStatusFromString(QStringView s, CampaignStatus *out);

struct Campaign
{
    qint64 id = 0;
    qint64 shopId = 0;
    QString productExternalId;
    Playbook playbook = Playbook::FlashSale;
    QString language = QStringLiteral("en");
    QString title;
    QString body;
    QStringList hashtags;
    int discountPercent = 0;
    std::optional<qint64> promoPriceMinor;
    std::optional<QDate> startDay;
    std::optional<QDate> endDay;
    CampaignStatus status = CampaignStatus::Draft;
    std::optional<qint64> createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace bva::forecast
