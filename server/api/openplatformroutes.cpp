// The real platforms (Shopee Open Platform, Lazada Open Platform) over PlatformApps and
// OpenAuthorizations:
//   GET  /api/platform-apps               the account's apps, configured or not (never a secret)
//   PUT  /api/platform-apps/:kind         {appId, secret?, region, apiHost?, authHost?} (400 with why)
//   POST /api/integrations/authorize      {kind} → {state, authorizeUrl, redirectUri, expiresAt}
//   GET  /api/integrations/authorize/:state   the outcome, for the account that started it
//   POST /api/integrations/authorize/:state/cancel   gives it up (that account only; 404 for others)
//   GET  /oauth/callback/shopee-open/:state, /oauth/callback/lazada-open?state=   the platform's
//        redirect (RFC 8252 loopback): a small HTML page "connected" / "failed: why"
//   POST /api/push/shopee-open, /api/push/lazada-open   signed pushes: an empty 2xx, then a sync
#include "apirouter.h"
#include "apiroutes.h"
#include "domain/eventbus.h"
#include "sync/integrationservice.h"
#include "sync/openauthorizations.h"
#include "sync/platformapps.h"
#include "webhooks/pushdesk.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject appToJson(const PlatformAppView &v, const QString &callbackBase)
{
    const QString callback = callbackBase + OpenAuthorizations::callbackPath(v.kind);
    return {{u"kind"_s, apiKindSlug(v.kind)},
            {u"platform"_s, platformName(platformOfApi(v.kind))},
            {u"displayName"_s, v.displayName},
            {u"configured"_s, v.configured},
            {u"appId"_s, v.appId},
            {u"region"_s, v.region},
            {u"regions"_s, QJsonArray::fromStringList(v.regions)},
            {u"apiHost"_s, v.apiHost},
            {u"authHost"_s, v.authHost},
            {u"effectiveApiHost"_s, v.effectiveApiHost},
            {u"effectiveAuthHost"_s, v.effectiveAuthHost},
            // What to register on the platform's console.
            {u"callbackUrl"_s, callback},
            {u"pushUrl"_s, QString(callbackBase + u"/api/push/"_s + apiKindSlug(v.kind))},
            {u"hasSecret"_s, v.configured},
            {u"updatedAt"_s, timeValue(v.updatedAt)}};
}

QJsonObject statusToJson(const AuthorizationStatus &status)
{
    return {{u"kind"_s, apiKindSlug(status.kind)},
            {u"outcome"_s, status.outcome},
            {u"reason"_s, status.reason},
            {u"integrationId"_s, status.integrationId ? QJsonValue(status.integrationId) : QJsonValue()},
            {u"expiresAt"_s, timeValue(status.expiresAt)}};
}

Result<ApiKind> kindOf(const QString &text)
{
    const auto kind = apiKindFromSlug(text);
    if (!kind || *kind == ApiKind::Clone)
        return Error::invalid(Text::tr("kind must be shopee-open or lazada-open"));
    return *kind;
}

// Strings only: a number where a string belongs is a client bug worth saying.
Result<QString> textField(const QJsonObject &body, const QString &name, bool *present = nullptr)
{
    const QJsonValue v = body.value(name);
    if (present)
        *present = !v.isUndefined() && !v.isNull();
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return Error::invalid(Text::tr("%1 must be a string").arg(name));
    return v.toString();
}

QByteArray htmlPage(const QString &title, const QString &message, bool ok)
{
    const QString page =
        u"<!doctype html><html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped() +
        u"</title><style>body{font-family:sans-serif;margin:3em auto;max-width:36em;color:#222}"
        "h1{color:"_s +
        (ok ? u"#1a7f37"_s : u"#b42318"_s) + u"}</style></head><body><h1>"_s + title.toHtmlEscaped() +
        u"</h1><p>"_s + message.toHtmlEscaped() + u"</p><p>"_s +
        Text::tr("You can close this window and go back to BVA.").toHtmlEscaped() + u"</p></body></html>"_s;
    return page.toUtf8();
}

HeaderPairs pageHeaders()
{
    return {{"Cache-Control", "no-store"},
            {"Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"},
            {"Referrer-Policy", "no-referrer"}};
}

void callback(ApiServices &services, ApiKind kind, HttpRequest &request, HttpReply reply, QObject *context)
{
    if (!services.authorizations) {
        reply.send(503, htmlPage(Text::tr("BVA is not ready"), Text::tr("Try again in a moment."), false),
                   "text/html; charset=utf-8", pageHeaders());
        return;
    }
    const QString state =
        kind == ApiKind::ShopeeOpen ? request.param(u"state"_s) : request.queryValue(u"state"_s);
    QString error = request.queryValue(u"error"_s);
    if (error.isEmpty())
        error = request.queryValue(u"error_description"_s);
    QFuture<Result<Integration>> done =
        services.authorizations->complete(kind, state, request.queryValue(u"code"_s),
                                          request.queryValue(u"shop_id"_s), error, request.client());
    auto shared = std::make_shared<HttpReply>(std::move(reply));
    // Answered in the HTTP thread once the exchange is done.
    done.then(context, [shared](const Result<Integration> &result) {
        if (result) {
            shared->send(200,
                         htmlPage(Text::tr("Shop connected"),
                                  Text::tr("BVA is now connected to your shop and is reading its products "
                                           "and orders."),
                                  true),
                         "text/html; charset=utf-8", pageHeaders());
            return;
        }
        const int status = HttpResponse::statusFor(result.error().kind);
        shared->send(status, htmlPage(Text::tr("Shop not connected"), result.error().message, false),
                     "text/html; charset=utf-8", pageHeaders());
    });
}

QString noticeTopic(PushNotice::Topic topic)
{
    switch (topic) {
    case PushNotice::Topic::Order:
        return u"order"_s;
    case PushNotice::Topic::Product:
        return u"product"_s;
    case PushNotice::Topic::Authorization:
        return u"authorization"_s;
    case PushNotice::Topic::Other:
        break;
    }
    return u"other"_s;
}

void push(ApiServices &services, ApiKind kind, HttpRequest &request, HttpReply reply)
{
    if (!services.platformApps || !services.pushes)
        return HttpResponse::error(503, Text::tr("not ready")).sendTo(reply);
    const QString slug = apiKindSlug(kind);
    // The platforms post JSON; anything else is not a push (and is never read as one).
    const QByteArray type = request.header("content-type").toLower();
    if (!type.isEmpty() && !type.startsWith("application/json"))
        return HttpResponse::error(415, Text::tr("A push must be application/json.")).sendTo(reply);
    // The URL the platform was given: this server's public address and the path.
    const QByteArray url = (services.publicBaseUrl + request.path).toUtf8();
    qint64 shopRowId = 0;
    auto notice = services.platformApps->verifyPush(kind, url, request.header("authorization"), request.body,
                                                    &shopRowId);
    if (!notice) {
        // A connected shop's refused push is kept for its deliveries inspector (within its rate).
        services.pushes->refuse(slug, shopRowId, request.body, notice.error().message);
        return HttpResponse::fromError(notice.error()).sendTo(reply);
    }
    if (shopRowId) {
        int retryAfter = 1;
        switch (services.pushes->admit(slug, shopRowId, request.body, &retryAfter)) {
        case RepeatGate::Admission::Admitted:
            break;
        case RepeatGate::Admission::RepeatAnswered: // a replay beyond the repeats' rate: asks for nothing
            return reply.send(200, QByteArray(), "text/plain");
        case RepeatGate::Admission::Limited: {
            HttpResponse r = HttpResponse::error(429, Text::tr("too many requests"));
            r.headers.emplaceBack("Retry-After", QByteArray::number(retryAfter));
            return r.sendTo(reply);
        }
        }
        auto recorded = services.pushes->record(
            slug, shopRowId, PushDesk::topicName(slug, noticeTopic(notice->topic)), request.body);
        if (!recorded) {
            HttpResponse r = HttpResponse::error(503, Text::tr("the store is unavailable, retry later"));
            r.headers.emplaceBack("Retry-After", "1");
            return r.sendTo(reply);
        }
        // The same body again (a retry, a replay) asks for nothing more.
        if (!*recorded)
            return reply.send(200, QByteArray(), "text/plain");
    }
    // A notice, not the record: the shop's next (coalesced) sync fetches what changed.
    if (shopRowId && services.bus && notice->topic != PushNotice::Topic::Other)
        emit services.bus->orderNeedsChecking(shopRowId, notice->recordId);
    reply.send(200, QByteArray(), "text/plain");
}

} // namespace

void registerOpenPlatformRoutes(ApiRouter &api)
{
    api.get(u"/api/platform-apps"_s, [](ApiRequest &r) {
        if (!r.services().platformApps)
            return HttpResponse::error(503, Text::tr("not ready"));
        auto apps = r.services().platformApps->list(r.actor());
        if (!apps)
            return HttpResponse::fromError(apps.error());
        QJsonArray out;
        for (const PlatformAppView &v : std::as_const(*apps))
            out.append(appToJson(v, r.services().publicBaseUrl));
        return HttpResponse::ok(out);
    });
    api.put(u"/api/platform-apps/:kind"_s, [](ApiRequest &r) {
        if (!r.services().platformApps)
            return HttpResponse::error(503, Text::tr("not ready"));
        auto kind = kindOf(r.param(u"kind"_s));
        if (!kind)
            return HttpResponse::fromError(kind.error());
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        PlatformAppChange change;
        auto appId = textField(*body, u"appId"_s);
        auto region = textField(*body, u"region"_s);
        auto apiHost = textField(*body, u"apiHost"_s);
        auto authHost = textField(*body, u"authHost"_s);
        bool hasSecret = false;
        auto secret = textField(*body, u"secret"_s, &hasSecret);
        for (const auto *field : {&appId, &region, &apiHost, &authHost, &secret}) {
            if (!*field)
                return HttpResponse::fromError(field->error());
        }
        change.appId = *appId;
        change.region = *region;
        change.apiHost = *apiHost;
        change.authHost = *authHost;
        if (hasSecret)
            change.secret = secret->toUtf8();
        auto saved = r.services().platformApps->save(r.actor(), *kind, change);
        if (!saved)
            return HttpResponse::fromError(saved.error());
        return HttpResponse::ok(appToJson(*saved, r.services().publicBaseUrl));
    });
    api.post(u"/api/integrations/authorize"_s, [](ApiRequest &r) {
        if (!r.services().authorizations)
            return HttpResponse::error(503, Text::tr("not ready"));
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        auto kind = kindOf(body->value(u"kind"_s).toString());
        if (!kind)
            return HttpResponse::fromError(kind.error());
        auto started = r.services().authorizations->start(r.actor(), *kind, r.services().publicBaseUrl);
        if (!started)
            return HttpResponse::fromError(started.error());
        return HttpResponse::ok(
            QJsonObject{{u"state"_s, started->state},
                        {u"kind"_s, apiKindSlug(*kind)},
                        {u"authorizeUrl"_s, started->authorizeUrl.toString(QUrl::FullyEncoded)},
                        {u"redirectUri"_s, started->redirectUri},
                        {u"expiresAt"_s, timeValue(started->expiresAt)}},
            201);
    });
    api.get(u"/api/integrations/authorize/:state"_s, [](ApiRequest &r) {
        if (!r.services().authorizations)
            return HttpResponse::error(503, Text::tr("not ready"));
        auto status = r.services().authorizations->status(r.actor(), r.param(u"state"_s));
        if (!status)
            return HttpResponse::fromError(status.error());
        return HttpResponse::ok(statusToJson(*status));
    });
    api.post(u"/api/integrations/authorize/:state/cancel"_s, [](ApiRequest &r) {
        if (!r.services().authorizations)
            return HttpResponse::error(503, Text::tr("not ready"));
        auto status = r.services().authorizations->cancel(r.actor(), r.param(u"state"_s));
        if (!status)
            return HttpResponse::fromError(status.error());
        return HttpResponse::ok(statusToJson(*status));
    });
    ApiServices *services = &api.services();
    api.raw(HttpRequest::Method::Get, OpenAuthorizations::callbackPath(ApiKind::ShopeeOpen) + u"/:state"_s,
            [services](HttpRequest &request, HttpReply reply, QObject *context) {
                callback(*services, ApiKind::ShopeeOpen, request, std::move(reply), context);
            });
    api.raw(HttpRequest::Method::Get, OpenAuthorizations::callbackPath(ApiKind::LazadaOpen),
            [services](HttpRequest &request, HttpReply reply, QObject *context) {
                callback(*services, ApiKind::LazadaOpen, request, std::move(reply), context);
            });
    for (ApiKind kind : {ApiKind::ShopeeOpen, ApiKind::LazadaOpen}) {
        api.raw(HttpRequest::Method::Post, u"/api/push/"_s + apiKindSlug(kind),
                [services, kind](HttpRequest &request, HttpReply reply, QObject *) {
                    push(*services, kind, request, std::move(reply));
                });
    }
}

} // namespace bva
