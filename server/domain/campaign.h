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

// Bounds of what a campaign keeps, whoever writes it (the API, the desktop, generated copy): a request
// within the body limit could carry tens of thousands of hashtags or one of a megabyte.
inline constexpr int kMaxCampaignTitleChars = 200;
inline constexpr int kMaxCampaignBodyChars = 5000;
inline constexpr int kMaxHashtags = 30;
inline constexpr int kMaxHashtagChars = 64; // the '#' included

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
