// POST /api/auth/register|login|logout, GET /api/auth/me, PUT /api/auth/me, POST /api/auth/password; GET /api/health.
#include "apiroutes.h"
#include "apirouter.h"
#include "jsonviews.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

} // namespace

static HttpResponse sessionResponse(const AuthSession &s, int status)
{
    return HttpResponse::ok(QJsonObject{{u"user"_s, userToJson(s.user)},
                                        {u"token"_s, QString::fromLatin1(s.token)},
                                        {u"expiresAt"_s, s.expiresAt.toString(Qt::ISODate)}},
                            status);
}

static Result<QString> requiredString(const QJsonObject &body, const QString &field)
{
    const QJsonValue v = body.value(field);
    if (!v.isString() || v.toString().isEmpty())
        return Error::invalid(field + Text::tr(": required string"));
    return v.toString();
}

void registerHealthRoutes(ApiRouter &api)
{
    api.publicRoute(HttpRequest::Method::Get, u"/api/health"_s, [](ApiRequest &r) {
        Database &db = r.services().db;
        const bool storeOk = db.tryConnection().ok();
        return HttpResponse::ok(QJsonObject{{u"status"_s, storeOk ? u"ok"_s : u"degraded"_s},
                                            {u"store"_s, db.isPostgres() ? u"postgresql"_s : u"sqlite"_s},
                                            {u"version"_s, QCoreApplication::applicationVersion()}},
                                storeOk ? 200 : 503);
    });
}

void registerAuthRoutes(ApiRouter &api)
{
    api.publicRoute(HttpRequest::Method::Post, u"/api/auth/register"_s, [](ApiRequest &r) {
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        auto email = requiredString(*body, u"email"_s);
        if (!email)
            return HttpResponse::fromError(email.error());
        auto password = requiredString(*body, u"password"_s);
        if (!password)
            return HttpResponse::fromError(password.error());
        QString name = body->value(u"name"_s).toString();
        if (name.isEmpty()) {
            name = QString(body->value(u"firstName"_s).toString() + u' ' + body->value(u"lastName"_s).toString()).trimmed();
        }
        auto session = r.services().auth.registerUser(*email, *password, name);
        if (!session)
            return HttpResponse::fromError(session.error());
        return sessionResponse(*session, 201);
    });
    api.publicRoute(HttpRequest::Method::Post, u"/api/auth/login"_s, [](ApiRequest &r) {
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        auto email = requiredString(*body, u"email"_s);
        if (!email)
            return HttpResponse::fromError(email.error());
        auto password = requiredString(*body, u"password"_s);
        if (!password)
            return HttpResponse::fromError(password.error());
        auto session = r.services().auth.login(*email, *password);
        if (!session)
            return HttpResponse::fromError(session.error());
        return sessionResponse(*session, 200);
    });
    api.post(u"/api/auth/logout"_s, [](ApiRequest &r) {
        if (auto done = r.services().auth.logout(r.sessionToken()); !done)
            return HttpResponse::fromError(done.error());
        return HttpResponse::ok(QJsonObject{{u"loggedOut"_s, true}});
    });
    api.get(u"/api/auth/me"_s, [](ApiRequest &r) {
        QJsonObject user = userToJson(r.identity().user);
        auto shops = r.access().shops();
        if (!shops)
            return HttpResponse::fromError(shops.error());
        QJsonArray list;
        for (const AccessibleShop &s : std::as_const(*shops))
            list.append(shopToJson(s));
        user.insert(u"shops"_s, list);
        return HttpResponse::ok(user);
    });
    api.put(u"/api/auth/me"_s, [](ApiRequest &r) {
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        const QJsonValue name = body->value(u"name"_s);
        auto user = r.services().auth.updateProfile(r.userId(), body->value(u"email"_s).toString(),
                                                    name.isString() ? name.toString() : QString());
        if (!user)
            return HttpResponse::fromError(user.error());
        return HttpResponse::ok(userToJson(*user));
    });
    api.post(u"/api/auth/password"_s, [](ApiRequest &r) {
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        auto current = requiredString(*body, u"currentPassword"_s);
        if (!current)
            return HttpResponse::fromError(current.error());
        auto next = requiredString(*body, u"newPassword"_s);
        if (!next)
            return HttpResponse::fromError(next.error());
        if (auto done = r.services().auth.changePassword(r.userId(), *current, *next); !done)
            return HttpResponse::fromError(done.error());
        return HttpResponse::ok(QJsonObject{{u"changed"_s, true}});
    });
}

} // namespace bva
