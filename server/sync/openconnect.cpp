// IntegrationService::connectAuthorized: a real platform's code for tokens, the shop read with them,
// then the same linking as connectShop (saveConnection: ownership rules, vault, audit).
#include "domain/eventbus.h"
#include "integrationservice.h"
#include "platforms/platformclient.h"
#include "platforms/platformregistry.h"
#include "syncservice.h"
#include "util/clock.h"

#include <QPromise>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bva {

void IntegrationService::sendOpenCall(const OpenPlatformAdapter *adapter, const ApiCall &call,
                                      const AppCredentials &app, const ShopToken &shop,
                                      std::function<void(Result<QByteArray>)> done)
{
    ClientOptions options;
    options.timeoutMs = m_options.requestTimeoutMs;
    options.maxAttempts = 1; // a code (and a refresh token) is single-use: never sent twice
    auto *client = new PlatformClient(m_sync->network(), options, m_sync);
    auto finish = std::make_shared<std::function<void(Result<QByteArray>)>>(std::move(done));
    client->send(
        [adapter, call, app, shop](QByteArray *body) {
            return adapter->signedRequest(call, app, shop, Clock::nowMs(), body);
        },
        [adapter](int status, const QByteArray &body) { return adapter->checkAnswer(status, body); },
        [client, finish](const QByteArray &body) -> std::optional<FetchError> {
            client->deleteLater();
            (*finish)(body);
            return std::nullopt;
        },
        [this, client, adapter, finish](const FetchError &e) {
            client->deleteLater();
            (*finish)(describe(e, adapter));
        });
}

QFuture<Result<Integration>> IntegrationService::connectAuthorized(const AuthorizedConnect &request)
{
    auto promise = std::make_shared<QPromise<Result<Integration>>>();
    promise->start();
    QFuture<Result<Integration>> future = promise->future();
    const auto answer = [promise](Result<Integration> r) {
        promise->addResult(std::move(r));
        promise->finish();
    };
    const OpenPlatformAdapter *adapter = m_registry->findOpen(request.app.kind);
    if (!adapter || !request.app.complete()) {
        answer(Error::invalid(tr("No app is set up for this platform.")));
        return future;
    }
    if (request.code.trimmed().isEmpty() || request.code.size() > 512) {
        answer(Error::invalid(tr("The platform sent no authorization code.")));
        return future;
    }
    if (!m_thread) {
        answer(Error::internal(tr("The integration service is not running.")));
        return future;
    }
    QMetaObject::invokeMethod(
        m_sync,
        [this, request, adapter, answer] {
            const ApiCall tokenCall = adapter->tokenCall(request.app, request.code, request.shopId);
            sendOpenCall(adapter, tokenCall, request.app, {}, [=, this](Result<QByteArray> body) {
                if (!body) {
                    // A refused code (used, expired, another app's) is the platform saying no, not a fault.
                    if (body.error().kind == Error::Kind::Remote)
                        return answer(
                            Error::unauthorized(tr("%1 did not accept the authorization (%2). Start "
                                                   "again from BVA.")
                                                    .arg(adapter->displayName(), body.error().message)));
                    return answer(body.error());
                }
                auto grant = adapter->readGrant(*body, Clock::nowUtc());
                if (!grant)
                    return answer(
                        Error::unauthorized(tr("%1 did not give BVA access (%2).")
                                                .arg(adapter->displayName(), grant.error().message)));
                // The shop: the redirect's shop_id when the grant covers it (Shopee), else the grant's.
                QString shopId = request.shopId.trimmed();
                if (!shopId.isEmpty() && !grant->shopIds.isEmpty() && !grant->shopIds.contains(shopId))
                    return answer(Error::forbidden(tr("The authorization does not cover shop %1 on %2.")
                                                       .arg(shopId, adapter->displayName())));
                if (shopId.isEmpty() && !grant->shopIds.isEmpty())
                    shopId = grant->shopIds.constFirst();
                if (shopId.isEmpty())
                    return answer(Error::forbidden(tr("The authorization names no shop.")));
                AppCredentials app = request.app;
                if (!grant->country.isEmpty() && adapter->regions().contains(grant->country))
                    app.region = grant->country; // Lazada: the seller's country decides the API host
                const QString apiBase = adapter->apiHost(app);
                const ShopToken access{grant->grant.token, shopId};
                sendOpenCall(
                    adapter, adapter->shopInfoCall(), app, access, [=, this](Result<QByteArray> info) {
                        if (!info)
                            return answer(info.error());
                        auto shop = adapter->readShopInfo(*info, shopId, app.region);
                        if (!shop)
                            return answer(
                                Error::parse(tr("%1 sent shop details BVA could not read (%2).")
                                                 .arg(adapter->displayName(), shop.error().message)));
                        finishAuthorized(request, adapter, *grant, shopId, apiBase, *shop, answer);
                    });
            });
        },
        Qt::QueuedConnection);
    return future;
}

void IntegrationService::finishAuthorized(const AuthorizedConnect &request,
                                          const OpenPlatformAdapter *adapter, const OpenGrant &grant,
                                          const QString &shopId, const QString &apiBase,
                                          const RemoteShop &shop,
                                          std::function<void(Result<Integration>)> done)
{
    RemoteAccount account;
    account.userId = grant.account.isEmpty() ? shopId : grant.account;
    account.email = grant.account;
    RemoteShop chosen = shop;
    chosen.externalId = shopId;
    account.shops = {chosen};
    ConnectRequest c;
    c.platform = adapter->platform();
    c.apiKind = adapter->apiKind();
    c.token = grant.grant.token;
    c.refreshToken = grant.grant.refreshToken;
    c.expiresAt = grant.grant.expiresAt;
    c.shopExternalId = shopId;
    c.shopName = shop.name;
    c.siteUrl = apiBase;
    c.userId = request.userId;
    c.source = request.source;
    c.startSync = request.startSync;
    Result<Integration> result = saveConnection(c, adapter, apiBase, account);
    if (!result)
        qCInfo(lcSync, "authorized connect to %s refused: %s", qPrintable(apiKindSlug(adapter->apiKind())),
               qPrintable(result.error().message));
    const qint64 id = result ? result->id : 0;
    if (id && request.startSync) {
        if (auto r = syncNow(Actor{request.userId, {}, request.source}, id, SyncKind::Full); !r)
            qCWarning(lcSync, "initial sync of integration %lld not started: %s", id,
                      qPrintable(r.error().message));
    }
    done(std::move(result));
    if (id) {
        emit integrationChanged(id);
        if (m_bus)
            emit m_bus->integrationChanged(id);
    }
}

} // namespace bva
