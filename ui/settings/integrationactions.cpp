#include "integrationactions.h"

#include "auth/accesspolicy.h"
#include "shell/async.h"
#include "shell/uiservices.h"
#include "sync/integrationservice.h"
#include "syncinterval.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

Error notInBuild()
{
    return Error::internal(IntegrationActions::tr("Connecting shops is not available in this build of BVA."));
}

template <typename T> void later(QObject *context, std::function<void(Result<T>)> done, Result<T> r)
{
    QTimer::singleShot(0, context,
                       [done = std::move(done), r = std::move(r)]() mutable { done(std::move(r)); });
}

// Runs one call on the open-platform authorizations off the GUI thread.
template <typename Call>
void onAuthorization(const UiServices &s, QObject *context,
                     std::function<void(Result<AuthorizationStatus>)> done, Call call)
{
    if (!s.authorizations) {
        later<AuthorizationStatus>(context, std::move(done), notInBuild());
        return;
    }
    OpenAuthorizations *authorizations = s.authorizations;
    runAsync(
        context, [authorizations, call = std::move(call)] { return call(authorizations); }, std::move(done));
}

} // namespace

void IntegrationActions::connectShop(const UiServices &s, qint64 userId, const ConsentResult &consent,
                                     const QUrl &siteUrl, std::shared_ptr<ConnectTicket> ticket,
                                     QObject *context, std::function<void(Result<qint64>)> done)
{
    if (!s.integrations) {
        later<qint64>(context, std::move(done), notInBuild());
        return;
    }
    ConnectRequest request;
    request.platform = consent.platform;
    request.token = consent.token.toUtf8();
    request.refreshToken = consent.refreshToken.toUtf8();
    request.expiresAt = consent.expiresAt;
    request.shopExternalId = consent.shopId;
    request.shopName = consent.shopName;
    request.siteUrl = siteUrl.toString(QUrl::StripTrailingSlash);
    request.userId = userId;
    request.startSync = true;
    request.ticket = std::move(ticket);
    runAsync(context, s.integrations->connectShop(request), [done = std::move(done)](Result<Integration> r) {
        if (!r.ok())
            done(r.error());
        else
            done(r->id);
    });
}

void IntegrationActions::syncNow(const UiServices &s, const Actor &actor, qint64 integrationId,
                                 QObject *context, std::function<void(Result<void>)> done)
{
    if (!s.integrations) {
        later<void>(context, std::move(done), notInBuild());
        return;
    }
    IntegrationService *service = s.integrations;
    // A store call: off the GUI thread like every other.
    runAsync(
        context,
        [service, actor, integrationId] { return service->syncNow(actor, integrationId, SyncKind::Auto); },
        [done = std::move(done)](Result<qint64> r) {
            if (!r.ok())
                done(r.error());
            else
                done(Result<void>());
        });
}

void IntegrationActions::test(const UiServices &s, const Actor &actor, qint64 integrationId, QObject *context,
                              std::function<void(Result<void>)> done)
{
    if (!s.integrations) {
        later<void>(context, std::move(done), notInBuild());
        return;
    }
    IntegrationService *service = s.integrations;
    // The role check reads the store: off the GUI thread, then the marketplace call.
    runAsync(
        context,
        [service, actor, integrationId] { return service->testConnection(actor, integrationId).result(); },
        std::move(done));
}

void IntegrationActions::disconnect(const UiServices &s, const Actor &actor, qint64 integrationId,
                                    bool keepData, QObject *context, std::function<void(Result<void>)> done)
{
    if (!s.integrations) {
        later<void>(context, std::move(done), notInBuild());
        return;
    }
    IntegrationService *service = s.integrations;
    const DataPolicy policy = keepData ? DataPolicy::KeepData : DataPolicy::DeleteData;
    runAsync(
        context,
        [service, actor, integrationId, policy] {
            return service->disconnect(actor, integrationId, policy).result();
        },
        std::move(done));
}

void IntegrationActions::setWebhookSigning(const UiServices &s, const Actor &actor, qint64 integrationId,
                                           WebhookSigning mode, QObject *context,
                                           std::function<void(Result<void>)> done)
{
    if (!s.integrations) {
        later<void>(context, std::move(done), notInBuild());
        return;
    }
    IntegrationService *service = s.integrations;
    runAsync(
        context,
        [service, actor, integrationId, mode] {
            return service->setWebhookSigning(actor, integrationId, mode);
        },
        std::move(done));
}

void IntegrationActions::changeSyncSettings(const UiServices &s, const Actor &actor, qint64 integrationId,
                                            std::optional<int> intervalSeconds, std::optional<bool> paused,
                                            QObject *context, std::function<void(Result<QString>)> done)
{
    if (!s.integrations) {
        later<QString>(context, std::move(done), notInBuild());
        return;
    }
    IntegrationService *service = s.integrations;
    const SyncSettingsChange change{intervalSeconds, paused};
    runAsync(
        context,
        [service, actor, integrationId, change]() -> Result<QString> {
            qint64 resumedRun = 0;
            auto changed = service->changeSyncSettings(actor, integrationId, change, &resumedRun);
            if (!changed)
                return changed.error();
            if (change.paused)
                return *change.paused   ? tr("Syncing paused.")
                       : resumedRun > 0 ? tr("Syncing resumed; a sync started.")
                                        : tr("Syncing resumed.");
            return tr("This shop now re-syncs every %1.")
                .arg(SyncInterval::text(changed->syncIntervalSeconds));
        },
        std::move(done));
}

void IntegrationActions::webhookSecret(const UiServices &s, const Actor &actor, qint64 integrationId,
                                       bool copy, QObject *context,
                                       std::function<void(Result<QByteArray>)> done)
{
    if (!s.integrations) {
        later<QByteArray>(context, std::move(done), notInBuild());
        return;
    }
    IntegrationService *service = s.integrations;
    const SecretUse use = copy ? SecretUse::Copy : SecretUse::Reveal;
    runAsync(
        context,
        [service, actor, integrationId, use] { return service->webhookSecret(actor, integrationId, use); },
        std::move(done));
}

void IntegrationActions::startAuthorization(const UiServices &s, const Actor &actor, ApiKind kind,
                                            QObject *context,
                                            std::function<void(Result<AuthorizationStart>)> done)
{
    const QUrl base = s.callbackBaseUrl ? s.callbackBaseUrl() : QUrl();
    if (!s.authorizations || base.isEmpty()) {
        later<AuthorizationStart>(
            context, std::move(done),
            Error::internal(tr("BVA's own server is not running, so the platform cannot send you back to "
                               "BVA. Check Settings → Database.")));
        return;
    }
    OpenAuthorizations *authorizations = s.authorizations;
    const QString callbackBase = base.toString(QUrl::StripTrailingSlash);
    runAsync(
        context,
        [authorizations, actor, kind, callbackBase] {
            return authorizations->start(actor, kind, callbackBase);
        },
        std::move(done));
}

void IntegrationActions::authorizationStatus(const UiServices &s, const Actor &actor, const QString &state,
                                             QObject *context,
                                             std::function<void(Result<AuthorizationStatus>)> done)
{
    onAuthorization(s, context, std::move(done), [actor, state](OpenAuthorizations *authorizations) {
        return authorizations->status(actor, state);
    });
}

void IntegrationActions::cancelAuthorization(const UiServices &s, const Actor &actor, const QString &state,
                                             QObject *context,
                                             std::function<void(Result<AuthorizationStatus>)> done)
{
    onAuthorization(s, context, std::move(done), [actor, state](OpenAuthorizations *authorizations) {
        return authorizations->cancel(actor, state);
    });
}

QString IntegrationActions::phaseText(const QString &phase)
{
    if (phase == u"products"_s)
        return tr("Products");
    if (phase == u"orders"_s)
        return tr("Orders");
    if (phase == u"auth"_s)
        return tr("Checking access");
    if (phase == u"rollups"_s)
        return tr("Preparing reports");
    if (phase == u"done"_s)
        return tr("Finishing");
    return phase;
}

QString IntegrationActions::errorText(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Unauthorized:
        return tr("The marketplace did not accept the access token: %1").arg(error.message);
    case Error::Kind::Forbidden:
        if (error.message == AccessPolicy::refusal())
            return tr("Your role on this shop does not allow this. Ask one of its admins.");
        return tr("This seller account does not own that shop: %1").arg(error.message);
    case Error::Kind::Network:
        return tr("The marketplace could not be reached: %1").arg(error.message);
    default:
        return error.message;
    }
}

} // namespace bva::ui
