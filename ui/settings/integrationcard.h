// One connected shop on the Integrations page (or, with none, the marketplace to connect): its state,
// progress while syncing, the actions, how often it re-syncs (or paused since when), and the webhook
// URL and signing secret to paste into the marketplace. A real (Open Platform) shop shows its push URL
// instead: the platform signs pushes with the seller's app key, so there is no per-shop secret.
#pragma once

#include "auth/accesspolicy.h"
#include "domain/integration.h"

#include <QFrame>
#include <QUrl>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace bva::ui {

class ElidedLabel;

struct IntegrationCardState
{
    Platform platform = Platform::Shopee;
    QUrl siteUrl;
    std::optional<Integration> integration;
    QString shopName;
    QString shopExternalId; // the marketplace's id of the shop (empty: no shop yet)
    QString shopCurrency;   // ISO 4217, as the marketplace reports it
    QString shopTimeZone;   // IANA id: the card's times are on the shop's clock, as its orders are
    QString webhookUrl;     // empty while the webhook server is down
    QString pushUrl;        // a real (Open Platform) shop's /api/push/<kind>; empty while the server is down
    QString webhookSecret;  // empty until an admin shows it (loaded from the vault, audited)
    bool hasWebhookSecret = false;
    int progressDone = 0;
    int progressTotal = 0;
    QString progressPhase;
    bool busy = false; // an action is running
    QString message;   // result of the last Test / action, shown under the buttons
    bool messageIsError = false;
    std::optional<ShopRole> role; // the signed-in user's role on the shop: what the card offers
    bool may(ShopAction action) const { return AccessPolicy::allows(role, action); }
};

class IntegrationCard final : public QFrame
{
    Q_OBJECT
public:
    explicit IntegrationCard(Platform platform, QWidget *parent = nullptr);

    void setView(const IntegrationCardState &view);
    const IntegrationCardState &view() const { return m_view; }
    Platform platform() const { return m_platform; }
    // Translated name of a state, as the pill shows it.
    static QString stateText(const IntegrationCardState &view);
    // What the seller reads about which deliveries are accepted and what was refused.
    static QString signingText(const IntegrationCardState &view);
    // The re-sync line: how often, or paused since when.
    static QString scheduleText(const IntegrationCardState &view);
    // A shop connected through the platform's Open Platform API (pushes, not the clone's webhooks).
    static bool isRealShop(const IntegrationCardState &view)
    {
        return view.integration && view.integration->apiKind != ApiKind::Clone;
    }

signals:
    void connectRequested(bva::Platform platform);
    void syncRequested(qint64 integrationId);
    void testRequested(qint64 integrationId);
    void disconnectRequested(qint64 integrationId);
    void webhookSigningChosen(qint64 integrationId, bva::WebhookSigning mode);
    // An admin asked to show (copy = false) or copy the signing secret.
    void secretRequested(qint64 integrationId, bool copy);
    // An admin chose how often the shop re-syncs, or paused / resumed its syncing.
    void syncIntervalChosen(qint64 integrationId, int seconds);
    void syncPauseChosen(qint64 integrationId, bool paused);
    // An admin opened the shop's webhook deliveries (the deliveries inspector).
    void deliveriesRequested(qint64 integrationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshSchedule(bool connected);

    Platform m_platform;
    IntegrationCardState m_view;
    ElidedLabel *m_title;
    QLabel *m_logo, *m_state, *m_detail, *m_message, *m_webhookLabel, *m_secretLabel, *m_help;
    QString m_copyText; // what the copy button beside the URL copies (empty: nothing to copy)
    QLabel *m_signingLabel, *m_signingStatus;
    QComboBox *m_signing;
    QLabel *m_scheduleLabel, *m_schedule;
    QComboBox *m_interval;
    QPushButton *m_pause;
    QProgressBar *m_progress;
    QPushButton *m_connect, *m_sync, *m_test, *m_disconnect, *m_deliveries;
    QLineEdit *m_webhook, *m_secret;
    QToolButton *m_copyWebhook, *m_copySecret, *m_showSecret;
};

} // namespace bva::ui
