// MarketMate's local campaign list (table campaigns): drafts, scheduled and done campaigns.
#pragma once

#include "adcopy.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace bva {
class Database;
}

namespace bva::forecast {

enum class CampaignStatus { Draft, Scheduled, Done };
QString campaignStatusKey(CampaignStatus s);   // "DRAFT", "SCHEDULED", "DONE"
QString campaignStatusLabel(CampaignStatus s); // translated
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
