// Accounts: POST /api/auth/register|login|logout|logout-everywhere, GET /api/auth/sessions,
// DELETE /api/auth/sessions/:id, GET|PUT /api/auth/me, POST /api/auth/password; GET /api/health.
// PUT /api/auth/me {name?, email?, currentPassword?}: a new email needs the current password, like
// POST /api/auth/password {currentPassword, newPassword} does.
// Registering answers 202 whether or not the email already had an account (sign in next); a wrong
// password and an unknown email both answer 401; too many failures answer 429 with Retry-After.
#include "apirouter.h"
#include "apiroutes.h"
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

HttpResponse sessionResponse(const AuthSession &s, int status)
{
    return HttpResponse::ok(QJsonObject{{u"user"_s, userToJson(s.user)},
                                        {u"token"_s, QString::fromLatin1(s.token)},
                                        {u"expiresAt"_s, s.expiresAt.toString(Qt::ISODate)}},
                            status);
}

Result<QString> requiredString(const QJsonObject &body, const QString &field)
{
    const QJsonValue v = body.value(field);
    if (!v.isString() || v.toString().isEmpty())
        return Error::invalid(field + Text::tr(": required string"));
    return v.toString();
}

SignInOrigin originOf(ApiRequest &r)
{
    return {r.http().client(), QString::fromUtf8(r.http().header("user-agent")).left(300)};
}

} // namespace

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
    api.publicAsync(
        HttpRequest::Method::Post, u"/api/auth/register"_s, [](ApiRequest &r, ApiRouter::Respond respond) {
            auto body = r.json();
            auto email = body ? requiredString(*body, u"email"_s) : Result<QString>(body.error());
            auto password = email ? requiredString(*body, u"password"_s) : Result<QString>(email.error());
            if (!password)
                return respond(HttpResponse::fromError(password.error()));
            QString name = body->value(u"name"_s).toString();
            if (name.isEmpty())
                name = QString(body->value(u"firstName"_s).toString() + u' ' +
                               body->value(u"lastName"_s).toString())
                           .trimmed();
            r.services()
                .auth.registerUser(*email, *password, name, originOf(r))
                .then(r.context(), [respond](Result<void> done) {
                    if (!done)
                        return respond(HttpResponse::fromError(done.error()));
                    // The same answer for a new email and a taken one: the account signs in next.
                    respond(HttpResponse::ok(
                        QJsonObject{{u"accepted"_s, true}, {u"next"_s, u"/api/auth/login"_s}}, 202));
                });
        });
    api.publicAsync(
        HttpRequest::Method::Post, u"/api/auth/login"_s, [](ApiRequest &r, ApiRouter::Respond respond) {
            auto body = r.json();
            auto email = body ? requiredString(*body, u"email"_s) : Result<QString>(body.error());
            auto password = email ? requiredString(*body, u"password"_s) : Result<QString>(email.error());
            if (!password)
                return respond(HttpResponse::fromError(password.error()));
            r.services()
                .auth.login(*email, *password, originOf(r))
                .then(r.context(), [respond](Result<AuthSession> session) {
                    if (!session)
                        return respond(HttpResponse::fromError(session.error()));
                    respond(sessionResponse(*session, 200));
                });
        });
    api.post(u"/api/auth/logout"_s, [](ApiRequest &r) {
        if (auto done = r.services().auth.logout(r.sessionToken(), r.http().client()); !done)
            return HttpResponse::fromError(done.error());
        return HttpResponse::ok(QJsonObject{{u"loggedOut"_s, true}});
    });
    api.post(u"/api/auth/logout-everywhere"_s, [](ApiRequest &r) {
        auto ended = r.services().auth.signOutEverywhere(r.actor());
        if (!ended)
            return HttpResponse::fromError(ended.error());
        return HttpResponse::ok(QJsonObject{{u"loggedOut"_s, true}, {u"sessionsEnded"_s, *ended}});
    });
    api.get(u"/api/auth/sessions"_s, [](ApiRequest &r) {
        auto list = r.services().auth.sessions(r.userId());
        if (!list)
            return HttpResponse::fromError(list.error());
        QJsonArray items;
        for (const SessionInfo &s : std::as_const(*list)) {
            items.append(QJsonObject{{u"id"_s, s.id},
                                     {u"client"_s, s.client},
                                     {u"userAgent"_s, s.userAgent},
                                     {u"createdAt"_s, timeValue(s.createdAt)},
                                     {u"expiresAt"_s, timeValue(s.expiresAt)},
                                     {u"current"_s, s.id == r.identity().sessionId}});
        }
        return HttpResponse::ok(items);
    });
    api.del(u"/api/auth/sessions/:id"_s, [](ApiRequest &r) {
        bool ok = false;
        const qint64 id = r.param(u"id"_s).toLongLong(&ok);
        if (!ok)
            return HttpResponse::fromError(Error::notFound(Text::tr("no such session")));
        if (auto done = r.services().auth.revokeSession(r.actor(), id); !done)
            return HttpResponse::fromError(done.error());
        return HttpResponse::ok(QJsonObject{{u"revoked"_s, true}, {u"id"_s, id}});
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
    // {name?, email?, currentPassword?}: a new email needs the current password (400 without, 401 wrong).
    api.async(HttpRequest::Method::Put, u"/api/auth/me"_s, [](ApiRequest &r, ApiRouter::Respond respond) {
        auto body = r.json();
        if (!body)
            return respond(HttpResponse::fromError(body.error()));
        const QJsonValue name = body->value(u"name"_s);
        r.services()
            .auth
            .updateProfile(r.actor(), body->value(u"email"_s).toString(),
                           name.isString() ? name.toString() : QString(),
                           body->value(u"currentPassword"_s).toString())
            .then(r.context(), [respond](Result<User> user) {
                if (!user)
                    return respond(HttpResponse::fromError(user.error()));
                respond(HttpResponse::ok(userToJson(*user)));
            });
    });
    api.async(
        HttpRequest::Method::Post, u"/api/auth/password"_s, [](ApiRequest &r, ApiRouter::Respond respond) {
            auto body = r.json();
            auto current = body ? requiredString(*body, u"currentPassword"_s) : Result<QString>(body.error());
            auto next = current ? requiredString(*body, u"newPassword"_s) : Result<QString>(current.error());
            if (!next)
                return respond(HttpResponse::fromError(next.error()));
            r.services()
                .auth.changePassword(r.actor(), r.identity().sessionId, *current, *next)
                .then(r.context(), [respond](Result<void> done) {
                    if (!done)
                        return respond(HttpResponse::fromError(done.error()));
                    respond(
                        HttpResponse::ok(QJsonObject{{u"changed"_s, true}, {u"otherSessionsEnded"_s, true}}));
                });
        });
}

} // namespace bva
