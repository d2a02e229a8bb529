#include "appservices.h"

#include "analytics/analyticsservice.h"
#include "analytics/forecast/forecastservice.h"
#include "api/analyticsroutes.h"
#include "api/apirouter.h"
#include "api/apiroutes.h"
#include "auth/auditservice.h"
#include "auth/authservice.h"
#include "auth/databasepassword.h"
#include "auth/secretvault.h"
#include "auth/teamservice.h"
#include "auth/vaultfactory.h"
#include "auth/vaultkeys.h"
#include "http/httpserver.h"
#include "realtime/websockethub.h"
#include "store/clusterevents.h"
#include "store/integrationrepository.h"
#include "sync/integrationservice.h"
#include "sync/nativecatalog.h"
#include "sync/openauthorizations.h"
#include "sync/platformapps.h"
#include "webhooks/deliveryservice.h"
#include "webhooks/pushdesk.h"
#include "webhooks/webhookservice.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace bva {

AppServices::AppServices(AppConfig config, VaultFactory vaultFactory, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_vaultFactory(std::move(vaultFactory))
{}

AppServices::~AppServices()
{
    stopHttp();
    m_cluster.reset();
    if (m_integrations)
        m_integrations->stop();
}

Result<void> AppServices::open(const MigrationProgress &progress)
{
    // The vault first: it holds the database's password (auth/databasepassword.h).
    if (!m_vaultFactory)
        m_vaultFactory = [] { return createSecretVault(vaultOptionsFromEnvironment()); };
    auto vault = m_vaultFactory();
    if (!vault)
        return vault.error();
    m_vault = std::move(*vault);

    auto dbConfig = m_config.databaseUrl.isEmpty() ? Result<DatabaseConfig>(DatabaseConfig::defaultConfig())
                                                   : DatabaseConfig::fromUrl(m_config.databaseUrl);
    if (!dbConfig)
        return dbConfig.error();
    if (auto r = databasepassword::fill(*m_vault, *dbConfig); !r)
        return r;
    m_db = std::make_unique<Database>(*dbConfig);
    if (auto r = m_db->open(progress); !r)
        return r;
    if (m_db->isPostgres()) {
        m_cluster = std::make_unique<ClusterEvents>(*m_db, m_bus);
        if (auto r = m_cluster->start(); !r)
            qWarning("live updates from other processes are off for now: %s", qPrintable(r.error().message));
    }

    auto lookupKey = loadOrCreateVaultKey(*m_vault, QString::fromLatin1(vaultkeys::kTokenLookupKey));
    if (!lookupKey)
        return lookupKey.error();
    m_lookupKey = *lookupKey;

    AuthOptions authOptions;
    authOptions.strength = m_config.passwordStrength;
    authOptions.hashThreads = m_config.passwordThreads;
    authOptions.hashQueue = m_config.passwordQueue;
    auto auth = AuthService::create(*m_db, *m_vault, authOptions);
    if (!auth)
        return auth.error();
    m_auth = std::move(*auth);
    m_audit = std::make_unique<AuditService>(*m_db);
    m_team = std::make_unique<TeamService>(*m_db);
    // Ended sessions and changed roles reach live sockets and windows (and, on PostgreSQL, other processes).
    connect(m_auth.get(), &AuthService::sessionsEnded, &m_bus, &EventBus::sessionsEnded,
            Qt::DirectConnection);
    connect(m_team.get(), &TeamService::accessChanged, &m_bus, &EventBus::shopAccessChanged,
            Qt::DirectConnection);

    IntegrationServiceOptions integrationOptions;
    integrationOptions.sites = m_config.marketplaceSites;
    // Sellers' own apps on the real platforms: the sync and renewals sign with the owner's.
    m_platformApps = std::make_unique<PlatformApps>(*m_db, *m_vault, nullptr, m_config.simulatedPlatforms,
                                                    m_config.extraPlatformHosts);
    PlatformApps *apps = m_platformApps.get();
    integrationOptions.appLookup = [apps](qint64 userId, ApiKind kind) {
        return apps->credentials(userId, kind);
    };
    m_integrations =
        std::make_unique<IntegrationService>(*m_db, *m_vault, &m_bus, m_lookupKey, integrationOptions);
    m_deliveries = std::make_unique<DeliveryService>(*m_db, *m_vault, &m_bus);
    m_analytics = std::make_unique<AnalyticsService>(*m_db);
    m_forecasts = std::make_unique<forecast::ForecastService>(*m_db);
    // Forecasts follow the data: a finished sync refreshes its shop's forecasts off the GUI thread.
    connect(&m_bus, &EventBus::syncFinished, m_forecasts.get(),
            [this](qint64 integrationId, qint64, bool ok, const QString &) {
                if (!ok)
                    return;
                auto integration = IntegrationRepository(*m_db).findById(integrationId);
                if (integration && integration->has_value())
                    m_forecasts->refreshShopInBackground((*integration)->shopId);
            });
    m_api = std::make_unique<ApiServices>(
        ApiServices{*m_db, *m_auth, *m_vault, &m_bus, m_integrations.get(), {}});
    m_api->audit = m_audit.get();
    m_api->team = m_team.get();
    m_api->deliveries = m_deliveries.get();
    m_catalog = std::make_unique<NativeCatalog>(*m_db, &m_bus);
    m_api->catalog = m_catalog.get();
    m_authorizations =
        std::make_unique<OpenAuthorizations>(*m_db, *m_platformApps, *m_integrations, m_lookupKey);
    m_api->platformApps = m_platformApps.get();
    m_api->authorizations = m_authorizations.get();
    m_pushes = std::make_unique<PushDesk>(*m_db, m_config.webhookRatePerSecond);
    m_api->pushes = m_pushes.get();
    // Offline sales refresh their channel's forecasts like a sync does; an import of many sales
    // refreshes once, shortly after its last one.
    m_forecastsDue.setSingleShot(true);
    m_forecastsDue.setInterval(1500);
    connect(m_catalog.get(), &NativeCatalog::salesRecorded, this, [this](qint64 shopId) {
        m_channelsToForecast.insert(shopId);
        m_forecastsDue.start();
    });
    connect(&m_forecastsDue, &QTimer::timeout, this, [this] {
        const QSet<qint64> shops = std::exchange(m_channelsToForecast, {});
        for (qint64 shopId : shops)
            m_forecasts->refreshShopInBackground(shopId);
    });
    m_routes.prepend([this](ApiRouter &api) {
        registerCoreRoutes(api);
        registerDashboardRoutes(api, *m_analytics);
        registerAnalyticsRoutes(api, *m_analytics);
        registerForecastRoutes(api, *m_forecasts);
        registerIntegrationRoutes(api);
        registerOpenPlatformRoutes(api);
        registerDeliveryRoutes(api);
    });
    return {};
}

void AppServices::addRoutes(RouteRegistrar registrar)
{
    m_routes.append(std::move(registrar));
}

void AppServices::setupHttp(HttpServer &server)
{
    ApiRouter api(server, *m_api);
    for (const RouteRegistrar &r : std::as_const(m_routes))
        r(api);
    WebhookServiceConfig wc;
    wc.ratePerSecond = m_config.webhookRatePerSecond;
    wc.maxBatch = m_config.webhookMaxBatch;
    wc.repeatKeysPerCredential = m_config.webhookRepeatKeys;
    m_webhooks = new WebhookService(*m_db, *m_vault, m_lookupKey, &m_bus, wc, &server);
    m_webhooks->registerRoutes(server);
    new WebSocketHub(server, *m_auth, *m_db, m_bus, &server);
}

void AppServices::startBackground()
{
    m_audit->start();
    if (m_integrations)
        m_integrations->start();
}

Result<quint16> AppServices::startHttp()
{
    if (!m_api)
        return Error::internal(u"open() first"_s);
    auto port = m_host.start(m_config.http, [this](HttpServer &server) { setupHttp(server); });
    if (!port)
        return port.error();
    const QString host = m_config.http.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_config.http.address.toString() + u']'
                             : m_config.http.address.toString();
    if (!m_config.http.publicUrls.isEmpty()) {
        QString base = m_config.http.publicUrls.constFirst().trimmed();
        while (base.endsWith(u'/'))
            base.chop(1);
        m_api->publicBaseUrl = base;
    } else {
        m_api->publicBaseUrl = (m_config.http.tlsCertificatePath.isEmpty() ? u"http://"_s : u"https://"_s) +
                               host + u':' + QString::number(*port);
    }
    return port;
}

void AppServices::stopHttp()
{
    if (!m_host.isRunning())
        return;
    // Finish and answer the webhooks already accepted before the server goes away.
    if (m_webhooks && m_host.thread()) {
        WebhookService *w = m_webhooks;
        QMetaObject::invokeMethod(
            w, [w] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    }
    m_webhooks = nullptr;
    m_host.stop();
}

} // namespace bva
