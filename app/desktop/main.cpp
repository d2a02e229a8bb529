// bva: the desktop app. Command line and wiring only; the screens live in ui/, the services in
// server/ and app/common (AppServices).
#include "analytics/analyticsservice.h"
#include "appservices.h"
#include "auth/authservice.h"
#include "auth/databasepassword.h"
#include "democlones.h"
#include "desktopdemo.h"
#include "http/hostpolicy.h"
#include "mainwindow.h"
#include "memoryvault.h"
#include "screenshotrunner.h"
#include "settings/appsettings.h"
#include "settings/language.h"
#include "shell/desktopshell.h"
#include "shell/uiservices.h"
#include "shell/upgradesplash.h"
#include "theme/theme.h"
#include "util/clock.h"
#include "util/serversettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <cstring>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

bool hasFlag(int argc, char *argv[], const char *flag)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // `--demo` runs on a throwaway profile: settings, database and browser storage in a temp dir.
    std::unique_ptr<QTemporaryDir> demoHome;
    const bool demo = hasFlag(argc, argv, "--demo");
    if (demo) {
        demoHome = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/bva-demo-XXXXXX"_s);
        for (const char *var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            qputenv(var, demoHome->path().toLocal8Bit() + '/' + QByteArray(var).toLower());
    }
    // Chromium refuses to run its sandbox as root (containers, CI).
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BVA"_s);
    QCoreApplication::setApplicationName(demo ? u"bva-demo"_s : u"bva"_s);
    QCoreApplication::setApplicationVersion(u"" BVA_VERSION ""_s);
    QGuiApplication::setDesktopFileName(u"" BVA_APP_ID ""_s); // the installed desktop entry (Wayland app id)

    QCommandLineParser parser;
    parser.setApplicationDescription(u"BVA Desktop: analytics for marketplace sellers."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, u"Database URL: sqlite:/path/file.db or postgres://user:pass@host:port/db."_s, u"url"_s);
    const QCommandLineOption demoOption(
        u"demo"_s, u"Start two demo marketplaces (bva-clone) with live shoppers on a throwaway profile."_s);
    const QCommandLineOption shotsOption(
        u"screenshots"_s, u"With --demo: connect both demo shops, write one PNG per page to DIR and exit."_s,
        u"dir"_s);
    const QCommandLineOption liveOption(
        u"live-rate"_s, u"With --demo: marketplace events per second per demo shop (default 0.3)."_s,
        u"rate"_s, u"0.3"_s);
    const QCommandLineOption sizeOption(
        u"window-size"_s, u"With --screenshots: the window's size in pixels (default 1440x900)."_s, u"WxH"_s,
        u"1440x900"_s);
    const QCommandLineOption languageOption(
        u"language"_s,
        u"The language for this run (en, fil, id), not saved; default the one chosen in Settings."_s,
        u"code"_s);
    const QCommandLineOption nowOption = bva::Clock::commandLineOption();
    parser.addOptions({dbOption, demoOption, shotsOption, sizeOption, languageOption, liveOption, nowOption});
    parser.process(app);
    if (auto clock = bva::Clock::applyOption(parser, nowOption); !clock) {
        std::fprintf(stderr, "bva: %s\n", qPrintable(clock.error().message));
        return 2;
    }
    if (parser.isSet(shotsOption) && !demo) {
        std::fprintf(stderr, "bva: --screenshots needs --demo\n");
        return 2;
    }
    const QSize windowSize = bva::desktop::parseWindowSize(parser.value(sizeOption));
    if (!windowSize.isValid()) {
        std::fprintf(stderr, "bva: --window-size wants WIDTHxHEIGHT, 640x480 or more (like 1024x768)\n");
        return 2;
    }

    bva::ui::Theme::captureSystemPalette();
    bva::ui::Theme::apply(bva::ui::appearanceFromKey(bva::ui::settings::appearance().get()));
    bva::ui::Language::apply(parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : bva::ui::settings::language().get());

    // Demo marketplaces get their ports first so BVA's server knows their origins (CORS).
    QList<std::pair<bva::Platform, quint16>> demoSites;
    if (demo)
        demoSites = {{bva::Platform::Shopee, bva::desktop::DemoClones::freePort(5173)},
                     {bva::Platform::Lazada, bva::desktop::DemoClones::freePort(3001)}};

    bva::AppConfig config;
    config.databaseUrl = parser.isSet(dbOption) ? parser.value(dbOption) : bva::settings::databaseUrl().get();
    config.http.address = QHostAddress(bva::settings::listenAddress().get());
    config.http.port = quint16(bva::settings::listenPort().get());
    QUrl shopeeSite(bva::settings::shopeeSiteUrl().get()), lazadaSite(bva::settings::lazadaSiteUrl().get());
    if (demo) {
        config.http.address = QHostAddress::LocalHost;
        config.http.port = 0; // never clash with a BVA that is already running
        shopeeSite = QUrl(u"http://127.0.0.1:%1"_s.arg(demoSites.at(0).second));
        lazadaSite = QUrl(u"http://127.0.0.1:%1"_s.arg(demoSites.at(1).second));
    }
    // Plain HTTP beyond loopback only behind a TLS proxy (the desktop has no certificate settings);
    // settings that say otherwise (edited by hand) fall back to this computer only.
    if (const QString refusal =
            bva::listenRefusal(config.http.address, false, bva::settings::behindTlsProxy().get());
        !refusal.isEmpty()) {
        std::fprintf(stderr, "bva: %s Listening on 127.0.0.1 instead.\n", qPrintable(refusal));
        config.http.address = QHostAddress::LocalHost;
    }
    const QString publicUrl = bva::settings::publicUrl().get().trimmed();
    if (!publicUrl.isEmpty() && !demo)
        config.http.publicUrls = {publicUrl};
    config.http.corsOrigins = {shopeeSite.toString(), lazadaSite.toString()};
    config.marketplaceSites = {{bva::Platform::Shopee, shopeeSite.toString()},
                               {bva::Platform::Lazada, lazadaSite.toString()}};
    config.simulatedPlatforms = demo;
    bva::AppServices::VaultFactory vaultFactory;
    if (demo)
        vaultFactory = [] {
            return bva::Result<std::unique_ptr<bva::SecretVault>>(std::make_unique<bva::MemoryVault>());
        };

    bva::AppServices services(config, vaultFactory);
    bva::ui::UpgradeSplash upgrading;
    auto opened = services.open(
        [&upgrading](const bva::Migration &, int step, int steps) { upgrading.showStep(step, steps); });
    upgrading.close();
    if (!opened) {
        // Forbidden: a SQLite store this user may read but not write (store/database.cpp). BVA stops
        // rather than start with a store whose first sign-in, sync or webhook would fail.
        const QString readOnlyFile = opened.error().kind == bva::Error::Kind::Forbidden
                                         ? services.databaseConfig().sqlitePath
                                         : QString();
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "BVA cannot start"),
            !readOnlyFile.isEmpty()
                ? QCoreApplication::translate("main",
                                              "BVA can read its database but not save to it: %1, or its "
                                              "folder, is read-only. Nothing in it was changed.\n\n"
                                              "Allow your user account to change the file and its folder, "
                                              "then start BVA again, or start BVA with --db to choose "
                                              "another database.")
                      .arg(QDir::toNativeSeparators(readOnlyFile))
                : QCoreApplication::translate("main", "The database could not be opened: %1\n\n"
                                                      "Start BVA with --db to choose another database.")
                      .arg(opened.error().message));
        return 1;
    }
    // An older BVA kept the PostgreSQL password in its settings: it moves into the vault, once.
    if (!demo && !parser.isSet(dbOption)) {
        const QString saved = bva::settings::databaseUrl().get();
        if (auto c = bva::DatabaseConfig::fromUrl(saved); c && !c->password.isEmpty()) {
            if (auto moved = bva::databasepassword::store(services.vault(), saved); moved)
                bva::settings::databaseUrl().set(*moved);
        }
    }
    services.startBackground();
    auto port = services.startHttp();

    bva::ui::UiServices ui;
    ui.db = &services.database();
    ui.databaseInUse = services.database().config().redactedUrl();
    ui.bus = &services.eventBus();
    ui.vault = &services.vault();
    ui.auth = &services.auth();
    ui.team = &services.team();
    ui.deliveries = &services.deliveries();
    ui.audit = &services.audit();
    ui.integrations = bva::desktop::integrationServiceOf(services);
    ui.analytics = &services.analytics();
    ui.catalog = &services.catalog();
    ui.forecasts = &services.forecasts();
    ui.platformApps = &services.platformApps();
    ui.authorizations = &services.authorizations();
    ui.webhookBaseUrl = [&services, &config] {
        if (!services.httpHost().isRunning())
            return QUrl();
        if (!config.http.publicUrls.isEmpty())
            return QUrl(config.http.publicUrls.constFirst());
        QUrl u;
        u.setScheme(u"http"_s);
        u.setHost(config.http.address.toString());
        u.setPort(services.httpHost().port());
        return u;
    };
    ui.callbackBaseUrl = [&services, &config] {
        if (!services.httpHost().isRunning())
            return QUrl();
        // The platform sends the seller's browser back to this computer (RFC 8252 loopback redirect).
        const QHostAddress &a = config.http.address;
        const bool anyAddress =
            a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6;
        QUrl u;
        u.setScheme(config.http.tlsCertificatePath.isEmpty() ? u"http"_s : u"https"_s);
        u.setHost(anyAddress ? u"127.0.0.1"_s : a.toString());
        u.setPort(services.httpHost().port());
        return u;
    };

    bva::ui::DesktopShell shell(ui);
    QObject::connect(&shell, &bva::ui::DesktopShell::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    QObject::connect(&shell, &bva::ui::DesktopShell::restartRequested, &app, [&app] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
        app.quit();
    });

    bva::desktop::DemoClones clones;
    std::unique_ptr<bva::desktop::DesktopDemo> demoSession;
    if (demo) {
        QString error;
        const QUrl webhookBase(ui.webhookBaseUrl().toString() + u"/api/webhooks"_s);
        if (!port || !clones.start(demoSites, webhookBase, parser.value(liveOption).toDouble(), &error)) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "The demo cannot start"),
                                  port ? error : port.error().message);
            return 1;
        }
        demoSession = std::make_unique<bva::desktop::DesktopDemo>(ui, shell, clones.shops());
        if (!demoSession->signIn(&error)) {
            std::fprintf(stderr, "bva: %s\n", qPrintable(error));
            return 1;
        }
        if (!parser.isSet(shotsOption))
            demoSession->showWelcome();
    }
    // The port asked for when the server could not start (httpHost().port() is then 0).
    const QString address = config.http.address.toString() + u':' +
                            QString::number(port ? services.httpHost().port() : config.http.port);
    shell.setServerStatus(port.ok(), address);
    if (!demo)
        shell.start();

    std::unique_ptr<bva::desktop::ScreenshotRunner> shots;
    if (parser.isSet(shotsOption)) {
        shots = std::make_unique<bva::desktop::ScreenshotRunner>(ui, shell, clones.shops(),
                                                                 parser.value(shotsOption), windowSize);
        QObject::connect(shots.get(), &bva::desktop::ScreenshotRunner::finished, &app,
                         &QCoreApplication::exit, Qt::QueuedConnection);
        shots->start();
    }
    const int code = app.exec();
    shots.reset();
    demoSession.reset();
    clones.stop();
    services.stopHttp();
    return code;
}
