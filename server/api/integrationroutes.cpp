// /api/integrations* and POST /api/shop-access/link over the sync module's IntegrationService.
// Marketplace calls (ownership proof, test) are asynchronous: the HTTP thread keeps serving
// webhooks while they run. The owner (ADMIN of the shop) sees the webhook URL, and the signing secret
// in the connect answer or on asking (GET /api/integrations/:id?reveal=secret, audited); nobody ever
// sees the marketplace token.
#include "apirouter.h"
#include "apiroutes.h"
#include "platforms/platformadapter.h"
#include "store/inboxrepository.h"
#include "sync/integrationservice.h"
#include "util/clock.h"
#include "util/storedtext.h"
#include "webhooks/deliverymask.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject runToJson(const SyncRun &r)
{
    return {{u"id"_s, r.id},
            {u"kind"_s, r.kind},
            {u"state"_s, r.state},
            {u"phase"_s, r.phase},
            {u"productsSeen"_s, r.productsSeen},
            {u"ordersSeen"_s, r.ordersSeen},
            {u"itemsSeen"_s, r.itemsSeen},
            {u"skipped"_s, r.skipped},
            {u"skippedByReason"_s, r.skippedByReason},
            {u"error"_s, r.error},
            {u"startedAt"_s, timeValue(r.startedAt)},
            {u"finishedAt"_s, timeValue(r.finishedAt)}};
}

// Which deliveries are accepted and what was refused: the admin's answer to "why are my webhooks 401?".
QJsonObject signingToJson(const Integration &i)
{
    return {{u"mode"_s, webhookSigningName(i.webhookSigning)},
            {u"tokenOnlyAccepted"_s, i.acceptsBearerOnly()},
            {u"lastSignedAt"_s, timeValue(i.signedDeliveryAt)},
            {u"unsignedRefused"_s, i.unsignedRefused},
            {u"lastUnsignedRefusedAt"_s, timeValue(i.unsignedRefusedAt)},
            {u"reason"_s, i.unsignedRefused > 0
                              ? Text::tr("Deliveries with only a token are refused: this shop takes "
                                         "signed deliveries only.")
                              : QString()}};
}

QJsonObject viewToJson(const IntegrationView &v)
{
    const Integration &i = v.integration;
    QJsonObject json{{u"id"_s, i.id},
                     {u"platform"_s, platformName(i.platform)},
                     {u"shopId"_s, v.shop.externalId},
                     {u"shopName"_s, v.shop.name},
                     {u"siteUrl"_s, i.siteUrl},
                     {u"state"_s, integrationStateName(i.state)},
                     {u"syncIntervalSeconds"_s, i.syncIntervalSeconds},
                     {u"syncPaused"_s, i.syncPaused()},
                     {u"syncPausedAt"_s, timeValue(i.syncPausedAt)},
                     {u"lastSyncAt"_s, timeValue(i.lastSyncAt)},
                     {u"lastError"_s, StoredText::shown(i.lastError)},
                     // The marketplace refused BVA's access: syncing has stopped until the shop is
                     // reconnected (its webhooks are still received).
                     {u"reconnectNeeded"_s, i.state == IntegrationState::Expired},
                     {u"hasWebhookSecret"_s, v.hasWebhookSecret},
                     {u"webhookSigning"_s, signingToJson(i)},
                     {u"progress"_s, QJsonObject{{u"running"_s, v.progress.running},
                                                 {u"runId"_s, v.progress.runId},
                                                 {u"phase"_s, v.progress.phase},
                                                 {u"done"_s, v.progress.done},
                                                 {u"total"_s, v.progress.total}}}};
    json.insert(u"lastRun"_s, v.lastRun ? QJsonValue(runToJson(*v.lastRun)) : QJsonValue());
    return json;
}

// The integration of a path id, when the user's role on its shop is at least `atLeast` (404 when
// the user cannot see it at all, so ids cannot be probed).
Result<IntegrationView> integrationOf(ApiRequest &r, ShopRole atLeast, ShopRole *role = nullptr)
{
    IntegrationService *service = r.services().integrations;
    bool ok = false;
    const qint64 id = r.param(u"id"_s).toLongLong(&ok);
    if (!ok)
        return Error::notFound(Text::tr("no such integration"));
    auto view = service->view(id);
    if (!view)
        return view.error();
    if (!view->has_value())
        return Error::notFound(Text::tr("no such integration"));
    auto shop = r.access().byRowId((*view)->integration.shopId);
    if (!shop)
        return Error::notFound(Text::tr("no such integration"));
    if (int(shop->role) < int(atLeast))
        return Error::forbidden(Text::tr("your role on this shop does not allow this"));
    if (role)
        *role = shop->role;
    return **view;
}

QJsonObject detailFor(ApiRequest &r, const IntegrationView &v, ShopRole role)
{
    QJsonObject json = viewToJson(v);
    if (AccessPolicy::allows(role, ShopAction::SeeSecrets)) {
        json.insert(u"webhookUrl"_s, QString(r.services().publicBaseUrl + u"/api/webhooks"_s));
        // The secret only when asked for (?reveal=secret): each such answer is a reveal in the
        // shop's activity, and a client polling the state does not fill it.
        if (r.query(u"reveal"_s) == u"secret"_s) {
            auto secret =
                r.services().integrations->webhookSecret(r.actor(), v.integration.id, SecretUse::Reveal);
            json.insert(u"webhookSecret"_s, secret ? QJsonValue(QString::fromLatin1(*secret)) : QJsonValue());
        }
    }
    return json;
}

Result<ConnectRequest> connectRequestFrom(ApiRequest &r)
{
    auto body = r.json();
    if (!body)
        return body.error();
    ConnectRequest c;
    const auto platform = platformFromString(body->value(u"platform"_s).toString());
    if (!platform)
        return Error::invalid(Text::tr("platform: required (SHOPEE or LAZADA)"));
    c.platform = *platform;
    for (const QString &key : {u"token"_s, u"shopeeToken"_s, u"lazadaToken"_s}) {
        if (body->value(key).isString() && !body->value(key).toString().isEmpty()) {
            c.token = body->value(key).toString().toUtf8();
            break;
        }
    }
    if (c.token.isEmpty())
        return Error::invalid(Text::tr("token: required (token, shopeeToken or lazadaToken)"));
    const RemoteGrant grant = grantFromJson(*body, Clock::nowUtc());
    c.refreshToken = grant.refreshToken;
    c.expiresAt = grant.expiresAt;
    const QJsonValue shop = body->value(u"shopId"_s);
    c.shopExternalId = shop.isDouble() ? QString::number(qint64(shop.toDouble())) : shop.toString();
    c.siteUrl = body->value(u"siteUrl"_s).toString();
    c.userId = r.userId();
    c.source = r.http().client();
    return c;
}

void connectShopRoute(ApiRequest &r, const ApiRouter::Respond &respond)
{
    IntegrationService *service = r.services().integrations;
    if (!service)
        return respond(HttpResponse::error(503, Text::tr("integrations are not available in this build")));
    auto request = connectRequestFrom(r);
    if (!request)
        return respond(HttpResponse::fromError(request.error()));
    ApiServices *services = &r.services();
    const QString base = services->publicBaseUrl;
    const Actor actor = r.actor();
    service->connectShop(*request).then(
        r.context(), [respond, services, base, actor](const Result<Integration> &result) {
            if (!result)
                return respond(HttpResponse::fromError(result.error()));
            auto view = services->integrations->view(result->id);
            if (!view || !view->has_value())
                return respond(HttpResponse::ok(QJsonObject{{u"id"_s, result->id}}, 201));
            QJsonObject json = viewToJson(**view);
            json.insert(u"webhookUrl"_s, QString(base + u"/api/webhooks"_s));
            auto secret = services->integrations->webhookSecret(actor, result->id, SecretUse::Reveal);
            json.insert(u"webhookSecret"_s, secret ? QJsonValue(QString::fromLatin1(*secret)) : QJsonValue());
            respond(HttpResponse::ok(json, 201));
        });
}

// { "intervalSeconds": 60..86400, "paused": true|false }, either or both; anything else is refused.
Result<SyncSettingsChange> syncSettingsFrom(ApiRequest &r)
{
    auto body = r.json();
    if (!body)
        return body.error();
    SyncSettingsChange change;
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        if (it.key() == u"intervalSeconds"_s) {
            const double seconds = it.value().toDouble(-1);
            if (!it.value().isDouble() || seconds != std::floor(seconds) ||
                seconds < kMinSyncIntervalSeconds || seconds > kMaxSyncIntervalSeconds)
                return Error::invalid(Text::tr("intervalSeconds: a whole number of seconds from %1 to %2")
                                          .arg(kMinSyncIntervalSeconds)
                                          .arg(kMaxSyncIntervalSeconds));
            change.intervalSeconds = int(seconds);
        } else if (it.key() == u"paused"_s) {
            if (!it.value().isBool())
                return Error::invalid(Text::tr("paused: true or false"));
            change.paused = it.value().toBool();
        } else {
            return Error::invalid(Text::tr("%1: unknown field (intervalSeconds, paused)").arg(it.key()));
        }
    }
    if (!change.intervalSeconds && !change.paused)
        return Error::invalid(Text::tr("nothing to change: give intervalSeconds, paused or both"));
    return change;
}

HttpResponse unavailable()
{
    return HttpResponse::error(503, Text::tr("integrations are not available in this build"));
}

} // namespace

void registerIntegrationRoutes(ApiRouter &api)
{
    api.async(HttpRequest::Method::Post, u"/api/integrations"_s, connectShopRoute);
    api.async(HttpRequest::Method::Post, u"/api/shop-access/link"_s, connectShopRoute);
    api.get(u"/api/integrations"_s, [](ApiRequest &r) {
        if (!r.services().integrations)
            return unavailable();
        auto views = r.services().integrations->viewsOfUser(r.userId());
        if (!views)
            return HttpResponse::fromError(views.error());
        QJsonArray list;
        for (const IntegrationView &v : std::as_const(*views))
            list.append(viewToJson(v));
        return HttpResponse::ok(list);
    });
    api.get(u"/api/integrations/:id"_s, [](ApiRequest &r) {
        if (!r.services().integrations)
            return unavailable();
        ShopRole role = ShopRole::Viewer;
        auto view = integrationOf(r, ShopRole::Viewer, &role);
        if (!view)
            return HttpResponse::fromError(view.error());
        QJsonObject json = detailFor(r, *view, role);
        auto runs = r.services().integrations->recentRuns(view->integration.id, 10);
        if (runs) {
            QJsonArray list;
            for (const SyncRun &run : std::as_const(*runs))
                list.append(runToJson(run));
            json.insert(u"runs"_s, list);
        }
        return HttpResponse::ok(json);
    });
    // Deliveries refused for their content (kept in the inbox with the reason), bodies masked. Owners
    // only: bodies may hold customers' names and addresses. The deliveries inspector
    // (/api/integrations/:id/deliveries?outcome=failed) lists them with the rest, and replays them.
    api.get(u"/api/integrations/:id/webhooks/failed"_s, [](ApiRequest &r) {
        if (!r.services().integrations)
            return unavailable();
        auto view = integrationOf(r, ShopRole::Admin);
        if (!view)
            return HttpResponse::fromError(view.error());
        auto failed = InboxRepository(r.services().db).failed(view->integration.shopId);
        if (!failed)
            return HttpResponse::fromError(failed.error());
        QJsonArray list;
        for (const WebhookEvent &e : std::as_const(*failed)) {
            list.append(QJsonObject{{u"id"_s, e.id},
                                    {u"topic"_s, e.topic},
                                    {u"error"_s, e.error},
                                    {u"receivedAt"_s, e.receivedAt.toUTC().toString(Qt::ISODateWithMs)},
                                    {u"payload"_s, maskedDeliveryBody(e.payload)}});
        }
        return HttpResponse::ok(list);
    });
    api.async(HttpRequest::Method::Put, u"/api/integrations/:id"_s,
              [](ApiRequest &r, ApiRouter::Respond respond) {
                  if (!r.services().integrations)
                      return respond(unavailable());
                  auto view = integrationOf(r, ShopRole::Admin);
                  if (!view)
                      return respond(HttpResponse::fromError(view.error()));
                  auto body = r.json();
                  if (!body)
                      return respond(HttpResponse::fromError(body.error()));
                  QByteArray token;
                  for (const QString &key : {u"token"_s, u"shopeeToken"_s, u"lazadaToken"_s}) {
                      if (body->value(key).isString() && !body->value(key).toString().isEmpty())
                          token = body->value(key).toString().toUtf8();
                  }
                  if (token.isEmpty())
                      return respond(HttpResponse::error(
                          400, Text::tr("token: required (token, shopeeToken or lazadaToken)")));
                  ApiServices *services = &r.services();
                  const RemoteGrant grant = grantFromJson(*body, Clock::nowUtc());
                  r.services()
                      .integrations
                      ->reconnect(r.actor(), view->integration.id, token, grant.refreshToken, grant.expiresAt)
                      .then(r.context(), [respond, services](const Result<Integration> &result) {
                          if (!result)
                              return respond(HttpResponse::fromError(result.error()));
                          auto updated = services->integrations->view(result->id);
                          respond(updated && updated->has_value()
                                      ? HttpResponse::ok(viewToJson(**updated))
                                      : HttpResponse::ok(QJsonObject{{u"id"_s, result->id}}));
                      });
              });
    api.async(
        HttpRequest::Method::Delete, u"/api/integrations/:id"_s,
        [](ApiRequest &r, ApiRouter::Respond respond) {
            if (!r.services().integrations)
                return respond(unavailable());
            auto view = integrationOf(r, ShopRole::Admin);
            if (!view)
                return respond(HttpResponse::fromError(view.error()));
            const DataPolicy policy =
                r.query(u"deleteData"_s) == u"true"_s ? DataPolicy::DeleteData : DataPolicy::KeepData;
            r.services()
                .integrations->disconnect(r.actor(), view->integration.id, policy)
                .then(r.context(), [respond, policy](const Result<void> &result) {
                    if (!result)
                        return respond(HttpResponse::fromError(result.error()));
                    respond(HttpResponse::ok(QJsonObject{
                        {u"disconnected"_s, true}, {u"dataDeleted"_s, policy == DataPolicy::DeleteData}}));
                });
        });
    // { "mode": "auto" | "signed" | "bearer" } (admins): whether a bearer token alone still delivers
    // webhooks.
    api.put(u"/api/integrations/:id/webhook-signing"_s, [](ApiRequest &r) {
        if (!r.services().integrations)
            return unavailable();
        auto view = integrationOf(r, ShopRole::Admin);
        if (!view)
            return HttpResponse::fromError(view.error());
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        const auto mode = webhookSigningFromString(body->value(u"mode"_s).toString());
        if (!mode)
            return HttpResponse::error(400, Text::tr("mode: required, one of auto, signed, bearer"));
        if (auto done = r.services().integrations->setWebhookSigning(r.actor(), view->integration.id, *mode);
            !done)
            return HttpResponse::fromError(done.error());
        auto updated = r.services().integrations->view(view->integration.id);
        if (!updated || !updated->has_value())
            return HttpResponse::ok(QJsonObject{{u"id"_s, view->integration.id}});
        return HttpResponse::ok(viewToJson(**updated));
    });
    // The re-sync interval and pause/resume (admins). Resuming starts a sync at once: its run in
    // resumedRunId.
    api.put(u"/api/integrations/:id/sync-settings"_s, [](ApiRequest &r) {
        if (!r.services().integrations)
            return unavailable();
        auto view = integrationOf(r, ShopRole::Admin);
        if (!view)
            return HttpResponse::fromError(view.error());
        auto change = syncSettingsFrom(r);
        if (!change)
            return HttpResponse::fromError(change.error());
        qint64 resumedRun = 0;
        auto changed = r.services().integrations->changeSyncSettings(r.actor(), view->integration.id, *change,
                                                                     &resumedRun);
        if (!changed)
            return HttpResponse::fromError(changed.error());
        auto updated = r.services().integrations->view(view->integration.id);
        QJsonObject json = updated && updated->has_value() ? viewToJson(**updated)
                                                           : QJsonObject{{u"id"_s, view->integration.id}};
        json.insert(u"resumedRunId"_s, resumedRun > 0 ? QJsonValue(resumedRun) : QJsonValue());
        return HttpResponse::ok(json);
    });
    api.post(u"/api/integrations/:id/sync"_s, [](ApiRequest &r) {
        if (!r.services().integrations)
            return unavailable();
        auto view = integrationOf(r, ShopRole::Editor);
        if (!view)
            return HttpResponse::fromError(view.error());
        const QString kindText = r.query(u"kind"_s);
        const SyncKind kind = kindText == u"full"_s          ? SyncKind::Full
                              : kindText == u"incremental"_s ? SyncKind::Incremental
                                                             : SyncKind::Auto;
        auto run = r.services().integrations->syncNow(r.actor(), view->integration.id, kind);
        if (!run)
            return HttpResponse::fromError(run.error());
        return HttpResponse::ok(QJsonObject{{u"runId"_s, *run}, {u"integrationId"_s, view->integration.id}},
                                202);
    });
    api.async(HttpRequest::Method::Post, u"/api/integrations/:id/test"_s,
              [](ApiRequest &r, ApiRouter::Respond respond) {
                  if (!r.services().integrations)
                      return respond(unavailable());
                  auto view = integrationOf(r, ShopRole::Editor);
                  if (!view)
                      return respond(HttpResponse::fromError(view.error()));
                  r.services()
                      .integrations->testConnection(r.actor(), view->integration.id)
                      .then(r.context(), [respond](const Result<void> &result) {
                          if (!result)
                              return respond(HttpResponse::fromError(result.error()));
                          respond(HttpResponse::ok(QJsonObject{{u"ok"_s, true}}));
                      });
              });
}

} // namespace bva
