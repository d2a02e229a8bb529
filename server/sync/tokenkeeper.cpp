#include "tokenkeeper.h"

#include "auth/actor.h"
#include "auth/auditactions.h"
#include "auth/secretvault.h"
#include "domain/eventbus.h"
#include "platforms/platformadapter.h"
#include "platforms/replylimits.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/notificationrepository.h"
#include "store/shoprepository.h"
#include "store/transaction.h"
#include "synclog.h"
#include "util/clock.h"
#include "util/storedtext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace bva {

TokenKeeper::TokenKeeper(Database &db, SecretVault &vault, QNetworkAccessManager &nam, EventBus *bus,
                         int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_vault(vault)
    , m_nam(nam)
    , m_bus(bus)
    , m_timeoutMs(timeoutMs)
{}

Result<AccessGrant> TokenKeeper::current(const Integration &i)
{
    auto stored = m_vault.read(AccessGrant::vaultKey(i.tokenRef));
    if (!stored)
        return Error::storage(tr("The secret vault could not be read: %1").arg(stored.error().message));
    if (stored->has_value()) {
        if (auto grant = AccessGrant::fromVault(**stored))
            return *grant;
    }
    auto token = m_vault.read(i.tokenRef);
    if (!token)
        return Error::storage(tr("The secret vault could not be read: %1").arg(token.error().message));
    if (!token->has_value() || (*token)->isEmpty())
        return Error::unauthorized(
            tr("The marketplace token is missing from the vault. Reconnect the shop."));
    AccessGrant g;
    g.accessToken = **token;
    return g;
}

void TokenKeeper::freshToken(const Integration &i, const PlatformAdapter *adapter, const QString &apiBase,
                             Done done)
{
    auto grant = current(i);
    if (!grant)
        return done(grant.error());
    if (!grant->dueForRenewal(Clock::nowUtc()))
        return done(grant->accessToken);
    renew(i, adapter, apiBase, *grant, std::move(done));
}

void TokenKeeper::renewAfterRefusal(const Integration &i, const PlatformAdapter *adapter,
                                    const QString &apiBase, const QByteArray &rejected, Done done)
{
    auto grant = current(i);
    if (!grant)
        return done(grant.error());
    if (grant->accessToken != rejected && !m_waiting.contains(i.id))
        return done(grant->accessToken); // renewed since that call was made
    if (!grant->renewable())
        return done(Error::unauthorized(
            tr("The marketplace no longer accepts the token (expired or revoked). Reconnect the shop.")));
    renew(i, adapter, apiBase, *grant, std::move(done));
}

void TokenKeeper::renew(const Integration &i, const PlatformAdapter *adapter, const QString &apiBase,
                        const AccessGrant &grant, Done done)
{
    const bool inFlight = m_waiting.contains(i.id);
    m_waiting[i.id].append(std::move(done));
    if (inFlight)
        return;
    // A real platform signs its refresh with the owner's app; the clones take a plain POST.
    const auto *open =
        i.apiKind == ApiKind::Clone ? nullptr : dynamic_cast<const OpenPlatformAdapter *>(adapter);
    QNetworkRequest request;
    QByteArray body;
    if (open) {
        auto app = m_appLookup ? m_appLookup(i.ownerUserId, i.apiKind)
                               : Result<AppCredentials>(Error::notFound(u"no app lookup"_s));
        auto shop = ShopRepository(m_db).findById(i.shopId);
        if (!app || !shop || !shop->has_value())
            return finishRenewal(i.id,
                                 Error::network(tr("Could not renew the access to %1: its app is not set up "
                                                   "in BVA (Settings → Platform apps).")
                                                    .arg(adapter->displayName())));
        AppCredentials signer = *app;
        signer.apiHost = apiBase;
        request = open->signedRequest(open->refreshCall(signer, grant.refreshToken, (*shop)->externalId),
                                      signer, {}, Clock::nowMs(), &body);
    } else {
        request = adapter->refreshRequest(adapter->refreshUrl(QUrl(apiBase)));
        body = adapter->refreshBody(grant.refreshToken);
    }
    request.setTransferTimeout(m_timeoutMs);
    limitRedirects(request);
    // Never retried on its own: the marketplace may have used the refresh token up before the answer
    // was lost, and sending it again would look like a stolen token (the grant would be revoked).
    QNetworkReply *reply = m_nam.post(request, body);
    limitReply(reply, {});
    const qint64 id = i.id;
    const QString site = adapter->displayName();
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, site, adapter, open, grant] {
        reply->deleteLater();
        const QString hit = replyLimitHit(reply);
        int status = hit.isEmpty() ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        const QByteArray body = reply->readAll();
        if (open && status > 0) {
            // The platform's own answer decides: throttled or down is "later", anything else refused.
            if (const auto e = open->checkAnswer(status, body))
                status = e->retryable() ? std::max(e->httpStatus, 500) : 401;
        }
        if (status >= 200 && status < 300) {
            const QDateTime now = Clock::nowUtc();
            auto answer = open ? [&]() -> Result<RemoteGrant> {
                auto g = open->readGrant(body, now);
                if (!g)
                    return g.error();
                return g->grant;
            }()
                : adapter->readRefreshed(body, now);
            if (!answer)
                return finishRenewal(
                    id,
                    Error::parse(
                        tr("%1 sent a renewal BVA could not read (%2).").arg(site, answer.error().message)));
            AccessGrant next;
            next.accessToken = answer->token;
            next.refreshToken = answer->refreshToken.isEmpty() ? grant.refreshToken : answer->refreshToken;
            next.expiresAt = answer->expiresAt;
            next.obtainedAt = now;
            auto integration = IntegrationRepository(m_db).findById(id);
            if (!integration || !integration->has_value())
                return finishRenewal(id, Error::notFound(tr("The integration no longer exists.")));
            if (auto stored = m_vault.store(AccessGrant::vaultKey((*integration)->tokenRef), next.toVault());
                !stored)
                return finishRenewal(
                    id, Error::storage(tr("The secret vault could not store the renewed access: %1")
                                           .arg(stored.error().message)));
            qCInfo(lcSync, "integration %lld: access renewed, valid for %lld s", id,
                   next.expiresAt.isValid() ? now.secsTo(next.expiresAt) : -1);
            return finishRenewal(id, next.accessToken);
        }
        if (status == 400 || status == 401 || status == 403) {
            QJsonObject answer = QJsonDocument::fromJson(body).object();
            QString reason =
                answer.value("message"_L1).toString(answer.value("error"_L1).toString()).left(200);
            if (reason.isEmpty())
                reason = u"HTTP "_s + QString::number(status);
            const StoredText why(
                "bva::TokenKeeper",
                QT_TRANSLATE_NOOP("bva::TokenKeeper",
                                  "%1 refused to renew BVA's access (%2). Reconnect the shop to "
                                  "sync again; its data is kept."),
                {site, reason});
            qCWarning(lcSync, "integration %lld: renewal refused (HTTP %d, %s)", id, status,
                      qPrintable(answer.value("reason"_L1).toString()));
            markReconnectNeeded(id, why);
            return finishRenewal(id, Error::unauthorized(why.shown()));
        }
        const QString what = !hit.isEmpty() ? hit
                             : status > 0   ? u"HTTP "_s + QString::number(status)
                                            : reply->errorString();
        qCInfo(lcSync, "integration %lld: renewal failed for now (%s)", id, qPrintable(what));
        finishRenewal(id, Error::network(tr("Could not renew the access to %1 (%2); trying again at the next "
                                            "sync.")
                                             .arg(site, what)));
    });
}

void TokenKeeper::finishRenewal(qint64 integrationId, const Result<QByteArray> &result)
{
    const QList<Done> waiting = m_waiting.take(integrationId);
    for (const Done &done : waiting)
        done(result);
}

void TokenKeeper::markReconnectNeeded(qint64 integrationId, const StoredText &why)
{
    IntegrationRepository repo(m_db);
    auto found = repo.findById(integrationId);
    if (!found || !found->has_value())
        return;
    const Integration i = **found;
    if (i.state == IntegrationState::Expired || i.state == IntegrationState::Disconnected)
        return;
    // One transaction: a page that reloads while this runs sees the shop reconnect-needed together
    // with its audit entry and notifications, never the state alone.
    Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        qCWarning(lcSync, "integration %lld: could not mark it reconnect-needed: %s", integrationId,
                  qPrintable(tx.beginError()));
        return;
    }
    if (auto r = repo.setState(integrationId, IntegrationState::Expired, why.stored()); !r) {
        qCWarning(lcSync, "integration %lld: could not mark it reconnect-needed: %s", integrationId,
                  qPrintable(r.error().message));
        return;
    }
    AuditEntry e = Actor::system(u"sync"_s).audit(audit::kAccessLost, i.shopId,
                                                  u"integration:"_s + QString::number(integrationId));
    e.outcome = audit::kFailed;
    e.details = {{u"platform"_s, platformName(i.platform)}, {u"reason"_s, why.shown().left(500)}};
    AuditRepository(m_db).append(e).ok();
    Notification n;
    n.shopId = i.shopId;
    n.kind = u"expired"_s;
    n.dedupeKey = u"reconnect:%1:%2"_s.arg(integrationId).arg(Clock::nowMs());
    n.title = tr("Reconnect needed");
    n.body = tr("%1 no longer accepts BVA's access, so syncing this shop has stopped (webhooks are still "
                "received). Open Settings → Integrations and choose Reconnect: the shop and all its data "
                "are kept.")
                 .arg(platformDisplayName(i.platform));
    if (auto members = ShopRepository(m_db).usersOfShop(i.shopId)) {
        NotificationRepository notifications(m_db);
        for (qint64 user : std::as_const(*members)) {
            n.userId = user;
            notifications.add(n).ok();
        }
    }
    if (auto committed = tx.commit(); !committed) {
        qCWarning(lcSync, "integration %lld: could not mark it reconnect-needed: %s", integrationId,
                  qPrintable(committed.error().message));
        return;
    }
    if (m_bus)
        emit m_bus->integrationChanged(integrationId);
}

} // namespace bva
