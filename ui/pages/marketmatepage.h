// MarketMate: promotion suggestions for near-expiry, slow and overstocked items (discounts kept above
// cost, timed around paydays and mega-sales) with ad copy in the chosen language, copy to the
// clipboard, and the local campaign list (draft → scheduled → done).
#pragma once

#include "analytics/analyticsscope.h"
#include "analytics/forecast/campaignstore.h"
#include "analytics/forecast/marketmate.h"
#include "shell/latestload.h"
#include "util/result.h"

#include <QHash>
#include <QTimer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QBoxLayout;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace bva {
class AnalyticsService;
namespace forecast {
class ForecastService;
}
} // namespace bva

namespace bva::ui {

class AdCopyBox;
class CampaignModel;
class PromotionModel;

class MarketMatePage final : public QWidget
{
    Q_OBJECT
public:
    MarketMatePage(forecast::ForecastService &forecasts, AnalyticsService &analytics,
                   QWidget *parent = nullptr);
    ~MarketMatePage() override;

    PromotionModel *suggestions() const { return m_suggestions; }
    CampaignModel *campaigns() const { return m_campaigns; }
    bool isBusy() const { return m_load.isRunning(); }
    bool showsEmptyState() const;
    QString language() const;
    void setLanguage(const QString &code); // "en", "fil", "id"
    void selectSuggestion(int row);
    QString adText() const; // the selected ad copy, as it goes to the clipboard
    // Acting on the selected suggestion / campaign (the buttons call these). Saving runs off the GUI
    // thread: campaignsChanged once stored and the list reloaded, campaignFailed with the reason.
    void copyToClipboard();
    void saveCampaign(forecast::CampaignStatus status);
    void setCampaignStatus(int row, forecast::CampaignStatus status);

public slots:
    void setScope(const bva::AnalyticsScope &scope);
    void refresh();

signals:
    void refreshed();
    void copied(const QString &text);
    void campaignsChanged(qint64 campaignId);
    void campaignFailed(const QString &message);
    void connectShopRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Outcome
    {
        std::vector<forecast::PromotionSuggestion> suggestions;
        QList<forecast::Campaign> campaigns;
        QHash<qint64, QString> currencies;
        bool hasShops = false;
        QString error;
    };
    QFuture<Outcome> startLoad();
    void onFinished(const Outcome &o);
    void showSuggestion();
    // Runs `change` on the pool, then lists the scope's campaigns again; `done` gets the change's outcome.
    void changeCampaigns(std::function<Result<qint64>()> change, const QString &doneText);
    int selectedCampaignRow() const;
    // The ad copy beside the suggestions where their columns fit there, else below them.
    void arrange();

    forecast::ForecastService &m_forecasts;
    AnalyticsService &m_analytics;
    AnalyticsScope m_scope;
    LatestLoad<Outcome> m_load;

    QStackedWidget *m_stack;
    QLabel *m_summary;
    QLabel *m_status;
    QComboBox *m_language;
    PromotionModel *m_suggestions;
    CampaignModel *m_campaigns;
    QTableView *m_suggestionTable;
    QBoxLayout *m_top = nullptr; // the suggestions and the ad copy
    QTableView *m_campaignTable;
    QLabel *m_reason;
    AdCopyBox *m_ad;
    QPushButton *m_copy;
    QPushButton *m_draft;
    QPushButton *m_schedule;
    QPushButton *m_scheduleCampaign;
    QPushButton *m_doneCampaign;
};

} // namespace bva::ui
