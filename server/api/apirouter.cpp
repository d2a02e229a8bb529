#include "apirouter.h"

#include "http/httpserver.h"
#include "util/jsonread.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApi, "bva.api")

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

} // namespace

ApiRequest::ApiRequest(HttpRequest &http, ApiServices &services, std::optional<AuthIdentity> identity,
                       QByteArray token, QObject *context)
    : m_http(http)
    , m_services(services)
    , m_identity(std::move(identity))
    , m_token(std::move(token))
    , m_context(context)
{
    if (m_identity)
        m_access.emplace(services.db, m_identity->user.id);
}

Actor ApiRequest::actor() const
{
    return m_identity ? Actor::remote(m_identity->user, m_http.client()) : Actor::system(m_http.client());
}

Result<QJsonObject> ApiRequest::json() const
{
    if (m_http.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(payload::withoutNul(m_http.body), &err);
    if (err.error != QJsonParseError::NoError)
        return Error::invalid(Text::tr("body: malformed JSON (%1)").arg(err.errorString()));
    if (!doc.isObject())
        return Error::invalid(Text::tr("body: must be a JSON object"));
    return doc.object();
}

int ApiRequest::page() const
{
    bool ok = false;
    const int p = query(u"page"_s).toInt(&ok);
    return ok && p >= 1 ? p : 1;
}

int ApiRequest::pageSize(int fallback) const
{
    bool ok = false;
    const int s = query(u"pageSize"_s).toInt(&ok);
    return ok ? qBound(1, s, 500) : fallback;
}

Result<QDateTime> ApiRequest::instant(const QString &name) const
{
    const QString text = query(name);
    if (text.isEmpty())
        return QDateTime();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return Error::invalid(name + Text::tr(": an ISO date or date-time is required"));
    return t;
}

ApiRouter::ApiRouter(HttpServer &server, ApiServices &services)
    : m_server(server)
    , m_services(services)
{}

void ApiRouter::get(const QString &pattern, Handler handler)
{
    add(HttpRequest::Method::Get, pattern, std::move(handler), true);
}

void ApiRouter::post(const QString &pattern, Handler handler)
{
    add(HttpRequest::Method::Post, pattern, std::move(handler), true);
}

void ApiRouter::put(const QString &pattern, Handler handler)
{
    add(HttpRequest::Method::Put, pattern, std::move(handler), true);
}

void ApiRouter::del(const QString &pattern, Handler handler)
{
    add(HttpRequest::Method::Delete, pattern, std::move(handler), true);
}

void ApiRouter::publicRoute(HttpRequest::Method method, const QString &pattern, Handler handler)
{
    add(method, pattern, std::move(handler), false);
}

void ApiRouter::add(HttpRequest::Method method, const QString &pattern, Handler handler, bool needsSession)
{
    ApiServices *services = &m_services;
    QObject *context = &m_server;
    m_server.router().add(
        method, pattern,
        [services, context, handler = std::move(handler), needsSession](HttpRequest &http, HttpReply reply) {
            std::optional<AuthIdentity> identity;
            QByteArray token = http.bearerToken();
            if (needsSession) {
                auto who = services->auth.authenticate(token);
                if (!who)
                    return HttpResponse::fromError(who.error()).sendTo(reply);
                identity = *who;
            }
            ApiRequest request(http, *services, std::move(identity), std::move(token), context);
            const HttpResponse response = handler(request);
            if (response.status >= 500)
                qCWarning(lcApi) << methodName(http.method) << loggablePath(http.path) << response.status;
            response.sendTo(reply);
        });
}

void ApiRouter::async(HttpRequest::Method method, const QString &pattern, AsyncHandler handler)
{
    addAsync(method, pattern, std::move(handler), true);
}

void ApiRouter::publicAsync(HttpRequest::Method method, const QString &pattern, AsyncHandler handler)
{
    addAsync(method, pattern, std::move(handler), false);
}

void ApiRouter::addAsync(HttpRequest::Method method, const QString &pattern, AsyncHandler handler,
                         bool needsSession)
{
    ApiServices *services = &m_services;
    QObject *context = &m_server;
    m_server.router().add(
        method, pattern,
        [services, context, handler = std::move(handler), needsSession](HttpRequest &http, HttpReply reply) {
            const QByteArray token = http.bearerToken();
            std::optional<AuthIdentity> identity;
            if (needsSession) {
                auto who = services->auth.authenticate(token);
                if (!who)
                    return HttpResponse::fromError(who.error()).sendTo(reply);
                identity = *who;
            }
            auto shared = std::make_shared<HttpReply>(std::move(reply));
            const QString path = http.path;
            Respond respond = [shared, path](const HttpResponse &response) {
                // "Come back shortly" under a flood is no fault worth a line per request.
                if (response.status >= 500 && !response.body.contains(u"retryAfter"_s))
                    qCWarning(lcApi) << loggablePath(path) << response.status;
                response.sendTo(*shared);
            };
            ApiRequest request(http, *services, std::move(identity), token, context);
            handler(request, std::move(respond));
        });
}

void ApiRouter::raw(HttpRequest::Method method, const QString &pattern, RawHandler handler)
{
    QObject *context = &m_server;
    m_server.router().add(method, pattern,
                          [context, handler = std::move(handler)](HttpRequest &http, HttpReply reply) {
                              handler(http, std::move(reply), context);
                          });
}

} // namespace bva
