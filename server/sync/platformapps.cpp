#include "platformapps.h"

#include "auth/auditactions.h"
#include "auth/secretvault.h"
#include "platforms/platformregistry.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/platformapprepository.h"
#include "store/shoprepository.h"
#include "store/transaction.h"
#include "synclog.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bva {

PlatformApps::PlatformApps(Database &db, SecretVault &vault, std::shared_ptr<PlatformRegistry> registry,
                           bool simulatorHosts, QMap<ApiKind, QStringList> extraHosts)
    : m_db(db)
    , m_vault(vault)
    , m_registry(registry ? std::move(registry) : PlatformRegistry::builtIn())
    , m_simulatorHosts(simulatorHosts)
    , m_extraHosts(std::move(extraHosts))
{
    for (QStringList &hosts : m_extraHosts) {
        for (QString &host : hosts)
            host = host.toLower();
    }
}

Result<std::pair<ApiKind, QString>> PlatformApps::parseExtraHost(const QString &spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    const auto kind = eq > 0 ? apiKindFromSlug(spec.left(eq).trimmed()) : std::nullopt;
    if (!kind || *kind == ApiKind::Clone)
        return Error::invalid(
            tr("--platform-host expects KIND=HOST with KIND shopee-open or lazada-open, not %1").arg(spec));
    QString text = spec.mid(eq + 1).trimmed();
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    const QUrl url(text, QUrl::StrictMode);
    const QString host = url.host().toLower();
    static const QRegularExpression name(
        u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"_s);
    if (host == u"localhost" || host.endsWith(u".localhost") || QHostAddress(host).isLoopback())
        return Error::invalid(tr("--platform-host cannot allow this computer (%1): that is "
                                 "--simulated-platforms, for development only")
                                  .arg(host));
    if (!url.isValid() || url.scheme() != u"https" || host.isEmpty() || !url.userInfo().isEmpty() ||
        url.port() != -1 || !(url.path().isEmpty() || url.path() == u"/") || url.hasQuery() ||
        url.hasFragment() || host.size() > 200 || !name.match(host).hasMatch())
        return Error::invalid(tr("--platform-host expects an https host name on the default port (like "
                                 "shopee-open=partner.example.com), not %1")
                                  .arg(spec));
    return std::pair{*kind, host};
}

QStringList PlatformApps::allowedHosts(const OpenPlatformAdapter &adapter) const
{
    QStringList hosts = adapter.knownHosts();
    for (const QString &host : m_extraHosts.value(adapter.apiKind())) {
        if (!hosts.contains(host))
            hosts.append(host);
    }
    return hosts;
}

const OpenPlatformAdapter *PlatformApps::adapter(ApiKind kind) const
{
    return m_registry->findOpen(kind);
}

QString PlatformApps::secretKey(qint64 userId, ApiKind kind)
{
    return u"platform-app/%1/%2/secret"_s.arg(userId).arg(apiKindSlug(kind));
}

Result<QString> PlatformApps::checkedHost(const OpenPlatformAdapter &adapter, const QString &input) const
{
    const QString host = input.trimmed();
    if (host.isEmpty())
        return QString();
    if (host.size() > 200)
        return Error::invalid(tr("A host address is at most 200 characters."));
    const QUrl url(host, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
        url.hasFragment() || url.path().contains(u".."_s))
        return Error::invalid(
            tr("%1 is not a host address (like https://partner.shopeemobile.com).").arg(host));
    const bool loopback = url.host() == u"localhost" || QHostAddress(url.host()).isLoopback();
    const QStringList allowed = allowedHosts(adapter);
    if (loopback && !m_simulatorHosts)
        return Error::invalid(
            tr("%1 is this computer: BVA calls only %2's own hosts (%3), or leave it empty.")
                .arg(host, adapter.displayName(), allowed.join(u", "_s)));
    if (url.scheme() != u"https" && !(url.scheme() == u"http" && loopback))
        return Error::invalid(
            tr("%1 must use https (plain http is accepted only for this computer, e.g. a simulator).")
                .arg(host));
    // Where BVA sends tokens and signatures: the platform's own hosts (and those the server's operator
    // added), or this computer (a simulator).
    if (!loopback && (!allowed.contains(url.host().toLower()) || url.port(443) != 443))
        return Error::invalid(tr("%1 is not a %2 host: use one of %3, or leave it empty.")
                                  .arg(host, adapter.displayName(), allowed.join(u", "_s)));
    QString out = url.toString(QUrl::FullyEncoded);
    while (out.endsWith(u'/'))
        out.chop(1);
    return out;
}

PlatformAppView PlatformApps::viewOf(ApiKind kind, const std::optional<PlatformAppRecord> &record) const
{
    const OpenPlatformAdapter *a = adapter(kind);
    PlatformAppView v;
    v.kind = kind;
    v.displayName = a ? a->displayName() : apiKindSlug(kind);
    v.regions = a ? a->regions() : QStringList();
    if (record) {
        v.configured = true;
        v.appId = record->appId;
        v.region = record->region;
        v.apiHost = record->apiHost;
        v.authHost = record->authHost;
        v.updatedAt = record->updatedAt;
    }
    if (a) {
        AppCredentials app;
        app.region = v.region.isEmpty() ? u"PH"_s : v.region;
        app.apiHost = v.apiHost;
        app.authHost = v.authHost;
        v.effectiveApiHost = a->apiHost(app);
        v.effectiveAuthHost = a->authHost(app);
    }
    return v;
}

Result<QList<PlatformAppView>> PlatformApps::list(const Actor &actor)
{
    if (actor.userId <= 0)
        return Error::unauthorized(tr("Sign in to see your platform apps."));
    auto stored = PlatformAppRepository(m_db).ofUser(actor.userId);
    if (!stored)
        return stored.error();
    QList<PlatformAppView> out;
    for (const OpenPlatformAdapter *a : m_registry->allOpen()) {
        std::optional<PlatformAppRecord> record;
        for (const PlatformAppRecord &r : std::as_const(*stored)) {
            if (r.kind == a->apiKind())
                record = r;
        }
        out.append(viewOf(a->apiKind(), record));
    }
    return out;
}

Result<PlatformAppView> PlatformApps::save(const Actor &actor, ApiKind kind, const PlatformAppChange &change)
{
    if (actor.userId <= 0)
        return Error::unauthorized(tr("Sign in to set up a platform app."));
    const OpenPlatformAdapter *a = adapter(kind);
    if (!a)
        return Error::invalid(tr("BVA has no real-platform API named %1.").arg(apiKindSlug(kind)));
    const QString appId = change.appId.trimmed();
    static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
    static const QRegularExpression key(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (kind == ApiKind::ShopeeOpen && !digits.match(appId).hasMatch())
        return Error::invalid(tr("The Shopee partner_id is a number (up to 20 digits), as the Shopee Open "
                                 "Platform console shows it."));
    if (kind == ApiKind::LazadaOpen && !key.match(appId).hasMatch())
        return Error::invalid(tr("The Lazada app_key is up to 64 letters and digits, as the Lazada Open "
                                 "Platform console shows it."));
    const QString region = change.region.trimmed().toUpper();
    if (!a->regions().contains(region))
        return Error::invalid(tr("The region must be one of %1.").arg(a->regions().join(u", "_s)));
    auto apiHost = checkedHost(*a, change.apiHost);
    if (!apiHost)
        return apiHost.error();
    auto authHost = checkedHost(*a, change.authHost);
    if (!authHost)
        return authHost.error();
    if (change.secret) {
        const QByteArray &s = *change.secret;
        bool printable = s.size() >= 8 && s.size() <= 256;
        for (char c : s)
            printable = printable && c > 0x20 && c < 0x7f;
        if (!printable)
            return Error::invalid(tr("The %1 is 8 to 256 visible characters without spaces.")
                                      .arg(kind == ApiKind::ShopeeOpen ? u"partner_key"_s : u"app_secret"_s));
    }

    PlatformAppRepository repo(m_db);
    auto existing = repo.find(actor.userId, kind);
    if (!existing)
        return existing.error();
    if (!existing->has_value() && !change.secret)
        return Error::invalid(tr("Enter the %1 too: BVA cannot sign requests without it.")
                                  .arg(kind == ApiKind::ShopeeOpen ? u"partner_key"_s : u"app_secret"_s));
    PlatformAppRecord record = existing->value_or(PlatformAppRecord{});
    record.userId = actor.userId;
    record.kind = kind;
    record.appId = appId;
    record.region = region;
    record.apiHost = *apiHost;
    record.authHost = *authHost;
    record.secretRef = secretKey(actor.userId, kind);

    std::optional<QByteArray> oldSecret;
    if (change.secret) {
        auto old = m_vault.read(record.secretRef);
        if (!old)
            return Error::storage(tr("The secret vault could not be read: %1").arg(old.error().message));
        oldSecret = old->value_or(QByteArray());
    }
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(tx.beginError());
    auto saved = repo.save(record);
    if (!saved)
        return saved.error();
    AuditEntry e = actor.audit(audit::kPlatformApp, 0, u"platform-app:"_s + apiKindSlug(kind));
    e.details = {{u"kind"_s, apiKindSlug(kind)}, {u"appId"_s, appId},
                 {u"region"_s, region},          {u"apiHost"_s, *apiHost},
                 {u"authHost"_s, *authHost},     {u"secretChanged"_s, change.secret.has_value()}};
    if (auto r = AuditRepository(m_db).append(e); !r)
        return r.error();
    // The secret with the commit: a failed commit puts the old one back.
    if (change.secret) {
        if (auto r = m_vault.store(record.secretRef, *change.secret); !r)
            return Error::storage(
                tr("The secret vault could not store the secret: %1").arg(r.error().message));
    }
    if (auto c = tx.commit(); !c) {
        if (oldSecret) {
            if (oldSecret->isEmpty())
                m_vault.remove(record.secretRef).ok();
            else
                m_vault.store(record.secretRef, *oldSecret).ok();
        }
        return c.error();
    }
    qCInfo(lcSync, "platform app %s of user %lld saved", qPrintable(apiKindSlug(kind)), actor.userId);
    return viewOf(kind, *saved);
}

Result<AppCredentials> PlatformApps::credentials(qint64 userId, ApiKind kind)
{
    auto found = PlatformAppRepository(m_db).find(userId, kind);
    if (!found)
        return found.error();
    const OpenPlatformAdapter *a = adapter(kind);
    if (!found->has_value() || !a)
        return Error::notFound(
            tr("No %1 app is set up for this account: enter it in Settings → Platform apps.")
                .arg(a ? a->displayName() : apiKindSlug(kind)));
    auto secret = m_vault.read((*found)->secretRef);
    if (!secret)
        return Error::storage(tr("The secret vault could not be read: %1").arg(secret.error().message));
    if (!secret->has_value() || (*secret)->isEmpty())
        return Error::notFound(
            tr("The %1 app's secret is missing from the vault: enter it again.").arg(a->displayName()));
    AppCredentials app;
    app.kind = kind;
    app.appId = (*found)->appId;
    app.secret = **secret;
    app.region = (*found)->region;
    // Checked again at use: an app saved before the allow-list (or edited in the store) sends nothing
    // to a host that is not the platform's.
    for (const QString &host : {(*found)->apiHost, (*found)->authHost}) {
        if (auto checked = checkedHost(*a, host); !checked)
            return Error::invalid(tr("The %1 app's host is not allowed: %2 Enter the app again.")
                                      .arg(a->displayName(), checked.error().message));
    }
    app.apiHost = (*found)->apiHost;
    app.authHost = (*found)->authHost;
    return app;
}

Result<PushNotice> PlatformApps::verifyPush(ApiKind kind, const QByteArray &url,
                                            const QByteArray &authorization, const QByteArray &body,
                                            qint64 *shopRowId)
{
    const OpenPlatformAdapter *a = adapter(kind);
    if (!a)
        return Error::notFound(tr("No such push endpoint."));
    if (authorization.trimmed().isEmpty())
        return Error::unauthorized(tr("The push carries no signature."));
    if (body.size() > 256 * 1024)
        return Error::invalid(tr("The push is too large."));
    // Which shop: read before any secret is involved; only that shop's owner's key may sign for it.
    QString shopExternalId;
    if (!body.trimmed().isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QJsonValue id = o.contains("shop_id"_L1) ? o.value("shop_id"_L1) : o.value("seller_id"_L1);
        shopExternalId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString().trimmed();
        if (shopExternalId.isEmpty() || shopExternalId == u"null")
            shopExternalId = o.value("data"_L1).toObject().value("seller_id"_L1).toString().trimmed();
    }
    if (shopExternalId.isEmpty()) {
        // The console's check, or a broadcast: any account's app of this kind may have signed it.
        auto apps = PlatformAppRepository(m_db).ofKind(kind);
        if (!apps)
            return apps.error();
        for (const PlatformAppRecord &r : std::as_const(*apps)) {
            auto app = credentials(r.userId, kind);
            if (!app)
                continue;
            auto notice = a->readPush(*app, url, authorization, body);
            if (notice)
                return notice;
        }
        return Error::unauthorized(tr("The push signature does not match any app set up in BVA."));
    }
    auto shop = ShopRepository(m_db).findByExternal(a->platform(), shopExternalId);
    if (!shop)
        return shop.error();
    std::optional<Integration> integration;
    if (shop->has_value()) {
        auto found = IntegrationRepository(m_db).findByShop((*shop)->id);
        if (!found)
            return found.error();
        if (found->has_value() && (*found)->apiKind == kind)
            integration = **found;
    }
    if (!integration)
        return Error::unauthorized(
            tr("The push names a shop that is not connected to BVA through this app."));
    // Known from here on, so a refusal can be kept for the shop's deliveries inspector.
    if (shopRowId)
        *shopRowId = integration->shopId;
    auto app = credentials(integration->ownerUserId, kind);
    if (!app)
        return Error::unauthorized(tr("The shop's app is no longer set up in BVA."));
    auto notice = a->readPush(*app, url, authorization, body);
    if (!notice)
        return notice.error().kind == Error::Kind::Unauthorized
                   ? Error::unauthorized(tr("The push signature does not match the shop's app."))
                   : notice.error();
    if (notice->shopId != shopExternalId)
        return Error::unauthorized(
            tr("The push names a shop that is not connected to BVA through this app."));
    return notice;
}

} // namespace bva
