#include "openauthorizations.h"

#include "auth/auditactions.h"
#include "integrationservice.h"
#include "platformapps.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/platformapprepository.h"
#include "synclog.h"
#include "util/clock.h"

#include <QMessageAuthenticationCode>
#include <QPromise>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

QFuture<Result<Integration>> refused(const Error &error)
{
    QPromise<Result<Integration>> p;
    p.start();
    p.addResult(Result<Integration>(error));
    p.finish();
    return p.future();
}

QString newState()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool wellFormedState(const QString &state)
{
    if (state.size() != 43)
        return false;
    for (QChar c : state) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

} // namespace

OpenAuthorizations::OpenAuthorizations(Database &db, PlatformApps &apps, IntegrationService &integrations,
                                       QByteArray stateKey)
    : m_db(db)
    , m_apps(apps)
    , m_integrations(integrations)
    // Its own key, derived: the token lookup key it comes from keeps its single purpose.
    , m_stateKey(
          QMessageAuthenticationCode::hash("bva authorization state", stateKey, QCryptographicHash::Sha256))
{}

QString OpenAuthorizations::hashOf(const QString &state) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(state.toLatin1(), m_stateKey, QCryptographicHash::Sha256).toHex());
}

QString OpenAuthorizations::callbackPath(ApiKind kind)
{
    return u"/oauth/callback/"_s + apiKindSlug(kind);
}

Result<AuthorizationStart> OpenAuthorizations::start(const Actor &actor, ApiKind kind,
                                                     const QString &callbackBase)
{
    if (actor.userId <= 0)
        return Error::unauthorized(tr("Sign in to connect a shop."));
    const OpenPlatformAdapter *adapter = m_apps.adapter(kind);
    if (!adapter)
        return Error::invalid(tr("BVA has no real-platform API named %1.").arg(apiKindSlug(kind)));
    auto app = m_apps.credentials(actor.userId, kind);
    if (!app)
        return app.error();
    QString base = callbackBase;
    while (base.endsWith(u'/'))
        base.chop(1);
    AuthorizationStart s;
    s.state = newState();
    const QDateTime now = Clock::nowUtc();
    s.expiresAt = now.addSecs(kLifetimeSeconds);
    // Shopee's redirect carries no state of ours: the state is part of the redirect URL itself.
    s.redirectUri = base + callbackPath(kind) + (kind == ApiKind::ShopeeOpen ? u'/' + s.state : QString());
    s.authorizeUrl = adapter->authorizeUrl(*app, s.redirectUri, s.state, now.toMSecsSinceEpoch());
    AuthorizationRequest r;
    r.stateHash = hashOf(s.state);
    r.userId = actor.userId;
    r.kind = kind;
    r.createdAt = now;
    r.expiresAt = s.expiresAt;
    if (auto added = PlatformAppRepository(m_db).addRequest(r); !added)
        return added.error();
    AuditEntry e = actor.audit(audit::kAuthorize, 0, u"platform-app:"_s + apiKindSlug(kind));
    e.details = {{u"kind"_s, apiKindSlug(kind)}, {u"step"_s, u"start"_s}};
    AuditRepository(m_db).append(e).ok();
    return s;
}

QFuture<Result<Integration>> OpenAuthorizations::complete(ApiKind kind, const QString &state,
                                                          const QString &code, const QString &shopId,
                                                          const QString &error, const QString &source)
{
    const auto refuse = [this, kind, &source](const AuthorizationRequest *request, const QString &why,
                                              Error::Kind errorKind) {
        AuditEntry e = Actor{request ? request->userId : 0, {}, source}.audit(
            audit::kAuthorize, 0, u"platform-app:"_s + apiKindSlug(kind));
        e.outcome = audit::kRefused;
        e.details = {{u"kind"_s, apiKindSlug(kind)}, {u"step"_s, u"callback"_s}, {u"reason"_s, why}};
        AuditRepository(m_db).append(e).ok();
        if (request)
            PlatformAppRepository(m_db).finishRequest(request->id, u"failed"_s, why, 0).ok();
        qCInfo(lcSync, "authorization callback for %s refused: %s", qPrintable(apiKindSlug(kind)),
               qPrintable(why));
        return refused(Error{errorKind, why});
    };
    if (!wellFormedState(state))
        return refuse(nullptr, tr("This authorization link is not one BVA made. Start again from BVA."),
                      Error::Kind::Forbidden);
    PlatformAppRepository repo(m_db);
    auto found = repo.findRequest(hashOf(state));
    if (!found)
        return refused(found.error());
    if (!found->has_value() || (*found)->kind != kind)
        return refuse(nullptr, tr("This authorization link is not one BVA made. Start again from BVA."),
                      Error::Kind::Forbidden);
    const AuthorizationRequest request = **found;
    const QDateTime now = Clock::nowUtc();
    auto claimed = repo.claimRequest(request.id, now);
    if (!claimed)
        return refused(claimed.error());
    if (!*claimed) {
        // The first callback (or a cancel) decided; a replay changes nothing, not even its outcome.
        auto current = repo.findRequest(request.stateHash);
        if (current && current->has_value() && (*current)->outcome == u"cancelled") {
            AuditEntry e = Actor{request.userId, {}, source}.audit(audit::kAuthorize, 0,
                                                                   u"platform-app:"_s + apiKindSlug(kind));
            e.outcome = audit::kRefused;
            e.details = {
                {u"kind"_s, apiKindSlug(kind)}, {u"step"_s, u"callback"_s}, {u"reason"_s, u"cancelled"_s}};
            AuditRepository(m_db).append(e).ok();
            qCInfo(lcSync, "authorization callback for %s refused: the authorization was cancelled",
                   qPrintable(apiKindSlug(kind)));
            return refused(Error::conflict(
                tr("This authorization was cancelled in BVA: its window was closed before %1 sent you back, "
                   "so nothing was connected. Start again from BVA.")
                    .arg(m_apps.adapter(kind) ? m_apps.adapter(kind)->displayName() : apiKindSlug(kind))));
        }
        return refused(Error::conflict(tr("This authorization was already used. Start again from BVA.")));
    }
    if (now >= request.expiresAt)
        return refuse(&request,
                      tr("This authorization expired (it lasts ten minutes). Start again from BVA."),
                      Error::Kind::Forbidden);
    if (!error.isEmpty() || code.isEmpty())
        return refuse(&request,
                      error.isEmpty() ? tr("The platform sent no authorization code.")
                                      : tr("The platform did not authorize BVA (%1).").arg(error.left(100)),
                      Error::Kind::Forbidden);
    auto app = m_apps.credentials(request.userId, kind);
    if (!app)
        return refuse(&request, app.error().message, Error::Kind::Invalid);
    AuthorizedConnect c;
    c.app = *app;
    c.code = code;
    c.shopId = shopId;
    c.userId = request.userId; // from the state, never from the callback
    c.source = source;
    Database *db = &m_db;
    const qint64 requestId = request.id;
    return m_integrations.connectAuthorized(c).then([db, requestId, kind, source,
                                                     userId = request.userId](Result<Integration> result) {
        PlatformAppRepository(*db)
            .finishRequest(requestId, result ? u"connected"_s : u"failed"_s,
                           result ? QString() : result.error().message, result ? result->id : 0)
            .ok();
        if (!result) {
            AuditEntry e =
                Actor{userId, {}, source}.audit(audit::kAuthorize, 0, u"platform-app:"_s + apiKindSlug(kind));
            e.outcome = audit::kFailed;
            e.details = {{u"kind"_s, apiKindSlug(kind)},
                         {u"step"_s, u"exchange"_s},
                         {u"reason"_s, result.error().message.left(300)}};
            AuditRepository(*db).append(e).ok();
        }
        return result;
    });
}

Result<AuthorizationStatus> OpenAuthorizations::cancel(const Actor &actor, const QString &state)
{
    if (!wellFormedState(state))
        return Error::notFound(tr("No such authorization."));
    PlatformAppRepository repo(m_db);
    auto found = repo.findRequest(hashOf(state));
    if (!found)
        return found.error();
    // Another account's authorization is not there for it: the same answer as an unknown one.
    if (!found->has_value() || (*found)->userId != actor.userId || actor.userId <= 0)
        return Error::notFound(tr("No such authorization."));
    const AuthorizationRequest &r = **found;
    auto cancelled =
        repo.cancelRequest(r.id, Clock::nowUtc(), tr("Cancelled in BVA before the platform sent you back."));
    if (!cancelled)
        return cancelled.error();
    if (!*cancelled && r.outcome != u"cancelled") {
        // The callback came first: the shop may be connecting now. Its outcome follows in status().
        auto current = status(actor, state);
        if (current && current->outcome == u"cancelled")
            return current;
        return Error::conflict(
            tr("This authorization was already used: the platform sent you back to BVA before it was "
               "cancelled. Its outcome follows on the Integrations page."));
    }
    if (*cancelled) {
        AuditEntry e = actor.audit(audit::kAuthorize, 0, u"platform-app:"_s + apiKindSlug(r.kind));
        e.details = {{u"kind"_s, apiKindSlug(r.kind)}, {u"step"_s, u"cancel"_s}};
        AuditRepository(m_db).append(e).ok();
    }
    return status(actor, state);
}

Result<AuthorizationStatus> OpenAuthorizations::status(const Actor &actor, const QString &state)
{
    if (!wellFormedState(state))
        return Error::notFound(tr("No such authorization."));
    auto found = PlatformAppRepository(m_db).findRequest(hashOf(state));
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->userId != actor.userId || actor.userId <= 0)
        return Error::notFound(tr("No such authorization."));
    const AuthorizationRequest &r = **found;
    AuthorizationStatus s;
    s.kind = r.kind;
    s.outcome = r.outcome;
    s.reason = r.reason;
    s.integrationId = r.integrationId;
    s.expiresAt = r.expiresAt;
    if (s.outcome == u"pending" && !r.usedAt.isValid() && Clock::nowUtc() >= r.expiresAt)
        s.outcome = u"expired"_s;
    return s;
}

} // namespace bva
