// Settings → Integrations: a card per marketplace and the consent flow that connects it.
#pragma once

#include "consent/consentresult.h"
#include "integrationcard.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;

namespace bva::ui {

class ConsentProfiles;
class ConsentWindow;
class UserSession;
struct UiServices;

class IntegrationsPage final : public QWidget
{
    Q_OBJECT
public:
    // Shows (copy = false) or copies an integration's signing secret, for an admin; audited.
    void showSecret(qint64 integrationId, bool copy);
    // An admin's re-sync interval or pause/resume from a card (an absent value stays as it is).
    void changeSyncSettings(qint64 integrationId, std::optional<int> intervalSeconds,
                            std::optional<bool> paused);
    IntegrationsPage(const UiServices &services, UserSession *session, QWidget *parent = nullptr);
    ~IntegrationsPage() override;

    IntegrationCard *card(Platform platform) const { return m_cards.value(int(platform)); }
    ConsentWindow *consentWindow() const;
    QUrl siteUrl(Platform platform) const;

public slots:
    void reload();
    void connectPlatform(bva::Platform platform);

signals:
    // A shop was connected and its first sync finished: the shell shows the dashboard.
    void connected(qint64 shopId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onGranted(const ConsentResult &result);
    void syncNow(qint64 integrationId);
    void test(qint64 integrationId);
    void disconnectIntegration(qint64 integrationId);
    void chooseWebhookSigning(qint64 integrationId, WebhookSigning mode);
    void updateCard(Platform platform, const std::function<void(IntegrationCardState &)> &change);
    IntegrationCard *cardOf(qint64 integrationId) const;
    void retranslate();

    const UiServices &m_services;
    UserSession *m_session;
    ConsentProfiles *m_profiles;
    QLabel *m_intro = nullptr;
    QHash<int, IntegrationCard *> m_cards;
    QPointer<ConsentWindow> m_consent;
    qint64 m_connectingIntegration = 0;
    std::optional<ConsentResult> m_pendingGrant;
    int m_generation = 0;
};

} // namespace bva::ui
