// The one place where the desktop calls the IntegrationService: connect from a consent result,
// sync, test, disconnect, show or copy the signing secret; and, for the real platforms, start an
// authorization and follow its outcome (OpenAuthorizations). Each call runs off the GUI thread and
// reports back on it. The service checks the actor's role itself (the same rules as the API) and
// audits with "desktop" as the source.
#pragma once

#include "auth/actor.h"
#include "consent/consentresult.h"
#include "domain/integration.h"
#include "sync/openauthorizations.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace bva {
class ConnectTicket;
}

namespace bva::ui {

struct UiServices;

class IntegrationActions final
{
    Q_DECLARE_TR_FUNCTIONS(bva::ui::IntegrationActions)
public:
    // Proves the token owns the shop, stores it, links the shop to `userId` and starts the first
    // sync. Delivers the integration id. Cancelling `ticket` before the commit stores nothing.
    static void connectShop(const UiServices &s, qint64 userId, const ConsentResult &consent,
                            const QUrl &siteUrl, std::shared_ptr<ConnectTicket> ticket, QObject *context,
                            std::function<void(Result<qint64>)> done);
    static void syncNow(const UiServices &s, const Actor &actor, qint64 integrationId, QObject *context,
                        std::function<void(Result<void>)> done);
    static void test(const UiServices &s, const Actor &actor, qint64 integrationId, QObject *context,
                     std::function<void(Result<void>)> done);
    static void disconnect(const UiServices &s, const Actor &actor, qint64 integrationId, bool keepData,
                           QObject *context, std::function<void(Result<void>)> done);
    // Whether a bearer token alone still delivers webhooks for this shop (admins; audited).
    static void setWebhookSigning(const UiServices &s, const Actor &actor, qint64 integrationId,
                                  WebhookSigning mode, QObject *context,
                                  std::function<void(Result<void>)> done);
    // How often the shop re-syncs, pause or resume (admins; audited). `done` gets what to tell the seller.
    static void changeSyncSettings(const UiServices &s, const Actor &actor, qint64 integrationId,
                                   std::optional<int> intervalSeconds, std::optional<bool> paused,
                                   QObject *context, std::function<void(Result<QString>)> done);
    // The signing secret, for an admin who shows (reveal) or copies it; audited as such.
    static void webhookSecret(const UiServices &s, const Actor &actor, qint64 integrationId, bool copy,
                              QObject *context, std::function<void(Result<QByteArray>)> done);

    // A real platform's authorization of the account's own app: the platform's page to open and the
    // state to follow. NotFound when the app is not set up yet (Settings → Platform apps).
    static void startAuthorization(const UiServices &s, const Actor &actor, ApiKind kind, QObject *context,
                                   std::function<void(Result<AuthorizationStart>)> done);
    // Where that authorization stands (pending, connected with the integration, failed, expired).
    static void authorizationStatus(const UiServices &s, const Actor &actor, const QString &state,
                                    QObject *context, std::function<void(Result<AuthorizationStatus>)> done);
    // Gives up an authorization whose window closed before the platform sent the seller back, so its
    // state cannot connect a shop later (Conflict when the callback came first).
    static void cancelAuthorization(const UiServices &s, const Actor &actor, const QString &state,
                                    QObject *context, std::function<void(Result<AuthorizationStatus>)> done);

    static QString phaseText(const QString &phase);
    static QString errorText(const Error &error);
};

} // namespace bva::ui
