// How REST routes are written. Register with an ApiRouter; it checks the session (except for
// public routes), hands the handler an ApiRequest, and sends what the handler returns:
//
//   void registerMyRoutes(ApiRouter &api) {
//       api.get(u"/api/reports/sales"_s, [&](ApiRequest &r) -> HttpResponse {
//           auto shops = r.queriedShops();            // ?shopId=&platform= (403/404 handled)
//           if (!shops) return HttpResponse::fromError(shops.error());
//           ...
//           return HttpResponse::ok(data);                          // {"success":true,"data":…}
//           // lists: HttpResponse::page(items, page, pageSize, total) adds "pagination"
//       });
//   }
//
// Error kinds map to status codes in ONE place: HttpResponse::fromError (http/httpresponse.h).
// shopId in paths, queries and bodies is the marketplace's own id (+ "platform" to disambiguate).
// Handlers run in the HTTP thread; use the store through repositories (per-thread connections).
#pragma once

#include "apiservices.h"
#include "auth/shopaccess.h"
#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "http/router.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace bva {

class HttpServer;

class ApiRequest final
{
public:
    ApiRequest(HttpRequest &http, ApiServices &services, std::optional<AuthIdentity> identity,
               QByteArray token, QObject *context);

    HttpRequest &http() { return m_http; }
    // A route that answers in its own format (the OAuth callback's HTML page, pushes' empty 2xx), no
    // session; the server's host check, limits and CORS still apply.
    // `context` lives in the HTTP thread, for continuations.
    using RawHandler = std::function<void(HttpRequest &request, HttpReply reply, QObject *context)>;
    void raw(HttpRequest::Method method, const QString &pattern, RawHandler handler);

    ApiServices &services() { return m_services; }
    // Only on session routes.
    const AuthIdentity &identity() const { return *m_identity; }
    qint64 userId() const { return m_identity ? m_identity->user.id : 0; }
    // Who asks and from where, for audited and checked service calls (session routes).
    Actor actor() const;
    const QByteArray &sessionToken() const { return m_token; }
    ShopAccess &access() { return *m_access; }
    // The shops this request's ?shopId=&platform= names (403/404 when not the caller's).
    Result<QList<AccessibleShop>> queriedShops()
    {
        return m_access->matching(query(QStringLiteral("shopId")), query(QStringLiteral("platform")));
    }
    // An object of the HTTP thread, for continuations (QFuture::then(context, ...)) of async routes.
    QObject *context() const { return m_context; }

    QString param(const QString &name) const { return m_http.param(name); }
    QString query(const QString &name) const { return m_http.queryValue(name); }
    // The body as a JSON object; Invalid error "body: …" when it is not one.
    Result<QJsonObject> json() const;
    // ?page=&pageSize= with defaults and bounds (pageSize 1..500).
    int page() const;
    int pageSize(int fallback = 50) const;
    // ?<name>= as an instant: ISO date-time, or a date meaning its UTC midnight; invalid when absent.
    Result<QDateTime> instant(const QString &name) const;

private:
    HttpRequest &m_http;
    ApiServices &m_services;
    std::optional<AuthIdentity> m_identity;
    QByteArray m_token;
    std::optional<ShopAccess> m_access;
    QObject *m_context;
};

class ApiRouter final
{
public:
    using Handler = std::function<HttpResponse(ApiRequest &request)>;
    // For routes that wait on something (a marketplace call): answer later by calling respond once,
    // in the HTTP thread (e.g. from future.then(request.context(), ...)). The request object is
    // only valid during the handler call; copy what the continuation needs.
    using Respond = std::function<void(const HttpResponse &response)>;
    using AsyncHandler = std::function<void(ApiRequest &request, Respond respond)>;

    ApiRouter(HttpServer &server, ApiServices &services);

    // Session required.
    void get(const QString &pattern, Handler handler);
    void post(const QString &pattern, Handler handler);
    void put(const QString &pattern, Handler handler);
    void del(const QString &pattern, Handler handler);
    // No session (register, login, health).
    void publicRoute(HttpRequest::Method method, const QString &pattern, Handler handler);
    // Session required, answered later.
    void async(HttpRequest::Method method, const QString &pattern, AsyncHandler handler);
    // No session, answered later (sign-in and registration wait for the password workers).
    void publicAsync(HttpRequest::Method method, const QString &pattern, AsyncHandler handler);

    // A route that answers in its own format (the OAuth callback's HTML page, pushes' empty 2xx), no
    // session; the server's host check, limits and CORS still apply.
    // `context` lives in the HTTP thread, for continuations.
    using RawHandler = std::function<void(HttpRequest &request, HttpReply reply, QObject *context)>;
    void raw(HttpRequest::Method method, const QString &pattern, RawHandler handler);

    ApiServices &services() { return m_services; }

private:
    void add(HttpRequest::Method method, const QString &pattern, Handler handler, bool needsSession);
    void addAsync(HttpRequest::Method method, const QString &pattern, AsyncHandler handler,
                  bool needsSession);

    HttpServer &m_server;
    ApiServices &m_services;
};

} // namespace bva
