// The composition root shared by `bva` (desktop) and `bva-server`: builds the store, the vault,
// the services and the HTTP host in the right order and owns them. Other modules add their
// services here (constructed after the store and vault, before the HTTP host) and their REST
// routes with addRoutes() before startHttp().
//
//   AppServices services(config);
//   if (auto r = services.open(); !r) ...               // store + migrations, vault, keys, auth
//   services.addRoutes([](bva::ApiRouter &api) { registerMyRoutes(api); });
//   services.startBackground();                         // sync scheduler and workers
//   auto port = services.startHttp();                   // HTTP thread: REST, webhooks, /ws
//   connect(&services.eventBus(), &EventBus::orderChanged, ...);  // the UI listens here
//   services.stopHttp();                                // drains acknowledged webhooks first
#pragma once

#include "api/apiservices.h"
#include "auth/passwordhasher.h"
#include "domain/eventbus.h"
#include "domain/platform.h"
#include "http/httphost.h"
#include "store/database.h"
#include "util/result.h"

#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>

namespace bva {

class AnalyticsService;
class ApiRouter;
class AuditService;
class TeamService;
namespace forecast {
class ForecastService;
}
class AuthService;
class ClusterEvents;
class IntegrationService;
class NativeCatalog;
class OpenAuthorizations;
class PlatformApps;
class PushDesk;
class SecretVault;
class WebhookService;
class DeliveryService;

struct AppConfig
{
    QString databaseUrl; // empty: the default SQLite file
    HttpHostConfig http; // address, port, CORS origins, body limit
    // Where each marketplace lives (bva-server --shopee-url/--lazada-url, desktop settings): the
    // only sites shops are linked and synced through. A platform left out keeps its default site.
    QHash<Platform, QString> marketplaceSites;
    int webhookRatePerSecond = 200; // per credential; 0 = off
    // The real platforms' simulator on this computer may stand in for their hosts (a seller's app
    // pointed at http://127.0.0.1:PORT): tests, the demo and `bva-server --simulated-platforms` only.
    bool simulatedPlatforms = false;
    // Host names the operator allows for a real platform's apps besides the platform's own (https,
    // default port): `bva-server --platform-host KIND=HOST`. Server configuration, never a request's.
    QMap<ApiKind, QStringList> extraPlatformHosts;
    int webhookMaxBatch = 256;    // deliveries per group commit
    int webhookRepeatKeys = 4096; // accepted signed deliveries remembered per credential (RepeatGate)
    PasswordHasher::Strength passwordStrength = PasswordHasher::Strength::Interactive;
    int passwordThreads = 0; // Argon2id workers; 0: half the cores
    int passwordQueue = 32;  // sign-in checks waiting beyond the running ones (more: 503)
};

class AppServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppServices)
public:
    using VaultFactory = std::function<Result<std::unique_ptr<SecretVault>>()>;
    using RouteRegistrar = std::function<void(ApiRouter &api)>;

    // Without a vault factory the default vault is used (auth/vaultfactory.h: keychain or encrypted
    // file, BVA_VAULT / BVA_VAULT_DIR from the environment).
    explicit AppServices(AppConfig config, VaultFactory vaultFactory = {}, QObject *parent = nullptr);
    ~AppServices() override;

    Result<void> open(const MigrationProgress &progress = {});
    void addRoutes(RouteRegistrar registrar);
    // Starts the scheduled work of the services (sync scheduler). Not needed by tests of the HTTP layer.
    void startBackground();
    Result<quint16> startHttp();
    void stopHttp();

    const AppConfig &config() const { return m_config; }
    Database &database() { return *m_db; }
    // The store's settings, known once open() was called (also when it failed); empty before.
    DatabaseConfig databaseConfig() const { return m_db ? m_db->config() : DatabaseConfig(); }
    SecretVault &vault() { return *m_vault; }
    EventBus &eventBus() { return m_bus; }
    AuthService &auth() { return *m_auth; }
    // Reading the audit trail and its retention (the purge runs with startBackground()).
    AuditService &audit() { return *m_audit; }
    // Invitations, roles and members of shops (the one place their rules are enforced).
    TeamService &team() { return *m_team; }
    HttpHost &httpHost() { return m_host; }
    ApiServices &apiServices() { return *m_api; }
    // Null when the sync module is not built in.
    IntegrationService *integrations() { return m_integrations.get(); }
    // The deliveries inspector: a shop's recent webhook deliveries, masked, and replays of failed ones.
    DeliveryService &deliveries() { return *m_deliveries; }
    // Demand forecasts, SmartShelf, restock plans and promotions; refreshed after every successful sync.
    forecast::ForecastService &forecasts() { return *m_forecasts; }
    // KPIs, series and reports; its caches follow the event bus.
    AnalyticsService &analytics() { return *m_analytics; }
    // BVA-native products and offline sales (the BVA channel), for the API and the Products page.
    NativeCatalog &catalog() { return *m_catalog; }
    // Sellers' own apps on the real platforms, and the authorizations that connect their shops.
    PlatformApps &platformApps() { return *m_platformApps; }
    OpenAuthorizations &authorizations() { return *m_authorizations; }
    QByteArray tokenLookupKey() const { return m_lookupKey; }
    // On PostgreSQL: live updates shared with the other processes on the same store. Null on SQLite.
    ClusterEvents *clusterEvents() { return m_cluster.get(); }

private:
    void setupHttp(class HttpServer &server);

    AppConfig m_config;
    VaultFactory m_vaultFactory;
    EventBus m_bus;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<TeamService> m_team;
    std::unique_ptr<IntegrationService> m_integrations;
    std::unique_ptr<DeliveryService> m_deliveries;
    std::unique_ptr<PushDesk> m_pushes;
    std::unique_ptr<ApiServices> m_api;
    std::unique_ptr<forecast::ForecastService> m_forecasts;
    std::unique_ptr<AnalyticsService> m_analytics;
    std::unique_ptr<NativeCatalog> m_catalog;
    std::unique_ptr<PlatformApps> m_platformApps;
    std::unique_ptr<OpenAuthorizations> m_authorizations;
    QTimer m_forecastsDue; // BVA channels' forecasts, after offline sales
    QSet<qint64> m_channelsToForecast;
    std::unique_ptr<ClusterEvents> m_cluster;
    QByteArray m_lookupKey;
    QList<RouteRegistrar> m_routes;
    HttpHost m_host;
    WebhookService *m_webhooks = nullptr; // lives in the HTTP thread, child of the server
};

} // namespace bva
