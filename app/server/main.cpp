// bva-server: the headless BVA server (webhooks, REST API, live updates) over the same services as the
// desktop.
#include "appservices.h"
#include "auth/auditservice.h"
#include "http/hostpolicy.h"
#include "serversecrets.h"
#include "signalwatcher.h"
#include "sync/platformapps.h"
#include "util/clock.h"
#include "util/databaseconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTranslator>
#include <QUrl>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = QStringView(text).mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host == u"localhost"_s)
        host = u"127.0.0.1"_s;
    if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BVA"_s);
    QCoreApplication::setApplicationName(u"bva-server"_s);
    QCoreApplication::setApplicationVersion(u"" BVA_VERSION ""_s);
    // The API speaks English; this gives its counts their English plurals ("1 second", "3 rows").
    QTranslator plurals;
    if (plurals.load(u":/i18n/bva_en.qm"_s))
        QCoreApplication::installTranslator(&plurals);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"BVA headless server: marketplace webhooks, REST API and live updates."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, u"Database URL: sqlite:/path/file.db or postgres://user:pass@host:port/db."_s, u"url"_s);
    const QCommandLineOption listenOption(u"listen"_s,
                                          u"Address and port to listen on (default 127.0.0.1:3000)."_s,
                                          u"host:port"_s, u"127.0.0.1:3000"_s);
    const QCommandLineOption shopeeOption(
        u"shopee-url"_s,
        u"Shopee-like site: the only place Shopee shops are linked and synced "
        "through, and a CORS origin. Default http://localhost:5173."_s,
        u"url"_s, u"http://localhost:5173"_s);
    const QCommandLineOption lazadaOption(
        u"lazada-url"_s,
        u"Lazada-like site: the only place Lazada shops are linked and synced "
        "through, and a CORS origin. Default http://localhost:3001."_s,
        u"url"_s, u"http://localhost:3001"_s);
    const QCommandLineOption rateOption(
        u"rate-limit"_s, u"Webhooks per second per credential (default 200, 0 = off)."_s, u"n"_s, u"200"_s);
    const QCommandLineOption noSyncOption(u"no-sync"_s,
                                          u"Receive webhooks and serve the API only; no scheduled syncs."_s);
    const QCommandLineOption tlsCertOption(u"tls-cert"_s, u"PEM certificate (chain) to serve HTTPS with."_s,
                                           u"file"_s);
    const QCommandLineOption tlsKeyOption(u"tls-key"_s, u"PEM private key of --tls-cert (unencrypted)."_s,
                                          u"file"_s);
    const QCommandLineOption insecureOption(
        u"insecure"_s, u"Allow plain HTTP on an address beyond loopback (e.g. behind a TLS proxy "
                       "on a private network)."_s);
    const QCommandLineOption nowOption = bva::Clock::commandLineOption();
    const QCommandLineOption publicUrlOption(
        u"public-url"_s,
        u"An address this server is reached by beyond loopback, e.g. "
        "https://bva.example.com behind a proxy (repeatable). Requests naming "
        "any other host are refused (421); the first is the webhook URL shown."_s,
        u"url"_s);
    const QCommandLineOption perPeerOption(u"max-connections-per-peer"_s,
                                           u"Open connections allowed from one address (default 64; more are "
                                           "answered 503)."_s,
                                           u"n"_s, u"64"_s);
    const QCommandLineOption headerTimeoutOption(
        u"header-timeout"_s,
        u"Seconds a request's headers may take to arrive (default 10; its "
        "body gets three times as long). Slower ones are answered 408."_s,
        u"s"_s, u"10"_s);
    const QCommandLineOption idleTimeoutOption(
        u"idle-timeout"_s, u"Seconds an idle connection is kept open (default 30)."_s, u"s"_s, u"30"_s);
    const QCommandLineOption trustedProxyOption(
        u"trusted-proxy"_s,
        u"Address of a reverse proxy (nginx) whose X-Forwarded-For names the "
        "client, for sign-in throttling and the audit trail (repeatable)."_s,
        u"address"_s);
    const QCommandLineOption retentionOption(
        u"audit-retention-days"_s,
        u"Days the audit trail is kept (0 = forever); a setting of the store, "
        "recorded in the trail when it changes."_s,
        u"days"_s);
    const QCommandLineOption simulatedPlatformsOption(
        u"simulated-platforms"_s,
        u"Let sellers' Shopee/Lazada Open Platform apps point at this computer (bva-clone --flavor "
        "shopee-open/lazada-open), for development; never in production."_s);
    const QCommandLineOption platformHostOption(
        u"platform-host"_s,
        u"Allow one more https host for sellers' Shopee/Lazada Open Platform apps besides the platform's "
        "own, e.g. shopee-open=partner.example.com (repeatable; https on the default port only). No "
        "request can add one."_s,
        u"kind=host"_s);
    parser.addOptions({dbOption, listenOption, shopeeOption, lazadaOption, rateOption, noSyncOption,
                       tlsCertOption, tlsKeyOption, insecureOption, nowOption, publicUrlOption, perPeerOption,
                       headerTimeoutOption, idleTimeoutOption, trustedProxyOption, retentionOption,
                       simulatedPlatformsOption, platformHostOption});
    const bva::ServerSecrets secrets;
    secrets.addOptions(parser);
    parser.process(app);
    if (const auto exitCode = secrets.runCommand(parser))
        return *exitCode;
    if (auto clock = bva::Clock::applyOption(parser, nowOption); !clock) {
        std::fprintf(stderr, "bva-server: %s\n", qPrintable(clock.error().message));
        return 2;
    }

    bva::AppConfig config;
    config.databaseUrl = parser.value(dbOption);
    if (!parseListen(parser.value(listenOption), &config.http.address, &config.http.port)) {
        std::fprintf(stderr, "bva-server: --listen expects HOST:PORT, e.g. 127.0.0.1:3000\n");
        return 2;
    }
    config.http.corsOrigins = {parser.value(shopeeOption), parser.value(lazadaOption)};
    config.marketplaceSites = {{bva::Platform::Shopee, parser.value(shopeeOption)},
                               {bva::Platform::Lazada, parser.value(lazadaOption)}};
    config.simulatedPlatforms = parser.isSet(simulatedPlatformsOption);
    for (const QString &spec : parser.values(platformHostOption)) {
        auto host = bva::PlatformApps::parseExtraHost(spec);
        if (!host) {
            std::fprintf(stderr, "bva-server: %s\n", qPrintable(host.error().message));
            return 2;
        }
        config.extraPlatformHosts[host->first].append(host->second);
    }
    for (const QString &site : std::as_const(config.http.corsOrigins)) {
        const QUrl url(site, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
            url.host().isEmpty()) {
            std::fprintf(stderr,
                         "bva-server: --shopee-url and --lazada-url expect http(s) addresses, not %s\n",
                         qPrintable(site));
            return 2;
        }
    }
    config.http.tlsCertificatePath = parser.value(tlsCertOption);
    config.http.tlsKeyPath = parser.value(tlsKeyOption);
    if (config.http.tlsCertificatePath.isEmpty() != config.http.tlsKeyPath.isEmpty()) {
        std::fprintf(stderr, "bva-server: --tls-cert and --tls-key go together\n");
        return 2;
    }
    for (const QString &url : parser.values(publicUrlOption)) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http"_s && u.scheme() != u"https"_s) || u.host().isEmpty()) {
            std::fprintf(stderr, "bva-server: --public-url expects an http(s) address, not %s\n",
                         qPrintable(url));
            return 2;
        }
        config.http.publicUrls.append(url);
    }
    const bool tls = !config.http.tlsCertificatePath.isEmpty();
    if (!bva::listenRefusal(config.http.address, tls, parser.isSet(insecureOption)).isEmpty()) {
        // Session tokens and webhook credentials would cross the network in clear text.
        std::fprintf(
            stderr,
            "bva-server: refusing plain HTTP on %s (beyond loopback): give --tls-cert and --tls-key, "
            "or --insecure if a TLS proxy on a trusted network fronts this server\n",
            qPrintable(config.http.address.toString()));
        return 2;
    }
    for (const QCommandLineOption *option : {&perPeerOption, &headerTimeoutOption, &idleTimeoutOption}) {
        bool ok = false;
        const int value = parser.value(*option).toInt(&ok);
        if (!ok || value < 1 || value > 100000) {
            std::fprintf(stderr, "bva-server: --%s expects a whole number from 1\n",
                         qPrintable(option->names().constFirst()));
            return 2;
        }
    }
    config.http.limits.maxConnectionsPerPeer = parser.value(perPeerOption).toInt();
    config.http.limits.headTimeoutMs = parser.value(headerTimeoutOption).toInt() * 1000;
    config.http.limits.bodyTimeoutMs = config.http.limits.headTimeoutMs * 3;
    config.http.limits.idleTimeoutMs = parser.value(idleTimeoutOption).toInt() * 1000;
    bool rateOk = false;
    config.webhookRatePerSecond = parser.value(rateOption).toInt(&rateOk);
    if (!rateOk || config.webhookRatePerSecond < 0) {
        std::fprintf(stderr, "bva-server: --rate-limit expects a whole number >= 0\n");
        return 2;
    }
    for (const QString &proxy : parser.values(trustedProxyOption)) {
        const QHostAddress address(proxy);
        if (address.isNull()) {
            std::fprintf(stderr, "bva-server: --trusted-proxy expects an IP address, not %s\n",
                         qPrintable(proxy));
            return 2;
        }
        config.http.trustedProxies.append(address);
    }
    std::optional<int> retentionDays;
    if (parser.isSet(retentionOption)) {
        bool ok = false;
        retentionDays = parser.value(retentionOption).toInt(&ok);
        if (!ok || *retentionDays < 0) {
            std::fprintf(stderr, "bva-server: --audit-retention-days expects a whole number >= 0\n");
            return 2;
        }
    }
    if (auto db = bva::DatabaseConfig::fromUrl(config.databaseUrl); db && !db->password.isEmpty())
        std::fprintf(
            stderr, "bva-server: warning: a password in --db is readable by every user of this machine; keep "
                    "it in the vault with --save-db-password and leave it out of --db\n");

    auto vaultFactory = secrets.vaultFactory(parser);
    if (!vaultFactory) {
        std::fprintf(stderr, "bva-server: %s\n", qPrintable(vaultFactory.error().message));
        return 2;
    }
    auto devIntegrations = secrets.devIntegrations(parser);
    if (!devIntegrations) {
        std::fprintf(stderr, "bva-server: %s\n", qPrintable(devIntegrations.error().message));
        return 2;
    }

    bva::AppServices services(config, *vaultFactory);
    if (auto r = services.open(); !r) {
        std::fprintf(stderr, "bva-server: %s\n", qPrintable(r.error().message));
        return 1;
    }
    for (const bva::DevIntegrationSpec &spec : std::as_const(*devIntegrations)) {
        if (auto id = bva::provisionDevIntegration(services, spec); !id) {
            std::fprintf(stderr, "bva-server: %s\n", qPrintable(id.error().message));
            return 2;
        }
    }
    if (retentionDays) {
        if (auto r = services.audit().setRetentionDays(bva::Actor::system(u"server"_s), *retentionDays); !r) {
            std::fprintf(stderr, "bva-server: %s\n", qPrintable(r.error().message));
            return 2;
        }
    }
    if (!parser.isSet(noSyncOption))
        services.startBackground();
    auto port = services.startHttp();
    if (!port) {
        std::fprintf(stderr, "bva-server: %s\n", qPrintable(port.error().message));
        return 1;
    }

    bva::SignalWatcher watcher;
    QObject::connect(&watcher, &bva::SignalWatcher::terminationRequested, &app, [&] {
        services.stopHttp(); // answers every webhook already accepted, then closes
        app.quit();
    });

    const QString host = config.http.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + config.http.address.toString() + u']'
                             : config.http.address.toString();
    std::printf("listening on %s://%s:%u\n", tls ? "https" : "http", qPrintable(host), unsigned(*port));
    std::fflush(stdout);
    return app.exec();
}
