// Settings → Integrations: the connected shops grouped by marketplace, one card per shop, and the
// consent flow that connects a shop (the first, another one, or the same one again).
#pragma once

#include "consent/consentresult.h"
#include "integrationcard.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace bva {
class ConnectTicket;
}

namespace bva::ui {

class ConsentProfiles;
class ConsentWindow;
class OpenConnect;
class UserSession;
struct UiServices;

class IntegrationsPage final : public QWidget
{
    Q_OBJECT
public:
    // An admin's re-sync interval or pause/resume from a card (an absent value stays as it is).
    void changeSyncSettings(qint64 integrationId, std::optional<int> intervalSeconds,
                            std::optional<bool> paused);
    IntegrationsPage(const UiServices &services, UserSession *session, QWidget *parent = nullptr);
    ~IntegrationsPage() override;

    // Shows (copy = false) or copies an integration's signing secret, for an admin; audited.
    void showSecret(qint64 integrationId, bool copy);
    // Opens (or raises) the deliveries inspector of a shop, for its admins.
    void showDeliveries(qint64 integrationId);

    // The marketplace's first card: its first connected shop, or the card that connects one.
    IntegrationCard *card(Platform platform) const;
    // Every card of a marketplace, in the order shown (one per connected shop; one to connect when none).
    QList<IntegrationCard *> cards(Platform platform) const;
    IntegrationCard *cardOf(qint64 integrationId) const;
    QPushButton *connectAnotherButton(Platform platform) const;
    ConsentWindow *consentWindow() const;
    // "Connect a Shopee shop (Open Platform)" and the Lazada one; what the last attempt ended with.
    QPushButton *openConnectButton(ApiKind kind) const { return m_openButtons.value(int(kind)); }
    QString openMessage() const;
    QUrl siteUrl(Platform platform) const;
    // How long the marketplace may take to confirm a grant before the window offers to try again.
    void setCheckTimeout(int ms) { m_checkTimer.setInterval(ms); }

public slots:
    void reload();
    // Opens the consent window for a new shop of `platform` (the first one, or another one).
    void connectPlatform(bva::Platform platform);
    // A real shop through the account's own app on the platform (Settings → Platform apps).
    void connectOpenPlatform(bva::ApiKind kind);

signals:
    // A shop was connected and its first sync finished (the integration's id): the shell shows the dashboard.
    void connected(qint64 integrationId);
    // The cards show what the store holds (after each reload).
    void reloaded();
    // Connecting a real shop needs the account's app of that platform first: show where to enter it.
    void platformAppsRequested(bva::ApiKind kind, const QString &why);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Section
    {
        QWidget *header = nullptr;
        QLabel *title = nullptr;
        QPushButton *another = nullptr;
        QVBoxLayout *cardsLayout = nullptr;
        QList<IntegrationCard *> cards;
    };

    IntegrationCard *addCard(Platform platform);
    // `reconnectShop`: the marketplace id of the shop whose access is renewed (empty: a new connection).
    void startConsent(Platform platform, const QString &reconnectShop = {});
    void onGranted(const ConsentResult &result);
    void onConnectAnswered(const Result<qint64> &result);
    void onRetry();
    void onFirstSyncEnded(qint64 integrationId, bool ok, const QString &error);
    void onConsentClosed();
    void cancelPendingConnect();
    void onOpenConnected(qint64 integrationId);
    void setOpenMessage(const QString &text, bool error);
    void syncNow(qint64 integrationId);
    void test(qint64 integrationId);
    void disconnectIntegration(qint64 integrationId);
    void chooseWebhookSigning(qint64 integrationId, WebhookSigning mode);
    void updateCardOf(qint64 integrationId, const std::function<void(IntegrationCardState &)> &change);
    void retranslateSection(Platform platform);
    void retranslate();

    const UiServices &m_services;
    UserSession *m_session;
    ConsentProfiles *m_profiles;
    QLabel *m_intro = nullptr;
    QLabel *m_openTitle = nullptr;
    QLabel *m_openHelp = nullptr;
    QLabel *m_openMessage = nullptr;
    QHash<int, QPushButton *> m_openButtons;    // by ApiKind
    QPointer<OpenConnect> m_open;               // the real-platform connection under way
    QHash<int, Section> m_sections;             // by platform
    QHash<int, QSet<QString>> m_connectedShops; // by platform: marketplace shop ids connected and working
    QHash<int, QString> m_lastWord;             // by platform: "… was disconnected." on the card left
    QPointer<ConsentWindow> m_consent;
    bool m_reconnecting = false;                 // the open consent window renews a shop's access
    QString m_reconnectShop;                     // that shop's marketplace id (empty: any shop)
    qint64 m_connectingIntegration = 0;          // first sync shown in the consent window
    qint64 m_retrySyncOf = 0;                    // Try again restarts this integration's first sync
    std::optional<ConsentResult> m_pendingGrant; // Try again sends this grant again
    std::shared_ptr<ConnectTicket> m_ticket;     // the ownership check in flight, cancellable
    QTimer m_checkTimer;
    int m_generation = 0;
};

} // namespace bva::ui
