// bva-bench-desktop: the desktop's responsiveness figures for docs/BENCHMARKS.md (## Desktop).
//   1. cold start to a usable dashboard with 100,000 orders in the store;
//   2. GUI-thread stalls while 500 webhooks/s arrive (QTimer heartbeat, max gap);
//   3. GUI-thread stalls during a full sync from bva-clone.
// Usage: bva-bench-desktop [--orders N] [--rate R] [--seconds S] [--skip-sync]
#include "accounts/usersession.h"
#include "appservices.h"
#include "auth/authservice.h"
#include "clonerunner.h"
#include "devintegration.h"
#include "mainwindow.h"
#include "memoryvault.h"
#include "platforms/marketplacesites.h"
#include "shell/desktopshell.h"
#include "shell/uiservices.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/rolluprepository.h"
#include "store/shoprepository.h"
#include "sync/integrationservice.h"
#include "theme/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace bva;

namespace {

// Records the largest gap between ticks of a 10 ms timer on the GUI thread.
class Heartbeat final : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_gaps.append((now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxGap() const { return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    double p99() const
    {
        if (m_gaps.isEmpty())
            return 0;
        QList<double> g = m_gaps;
        std::sort(g.begin(), g.end());
        return g.at(qMin(g.size() - 1, qsizetype(g.size() * 0.99)));
    }
    qsizetype ticks() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void fillStore(AppServices &services, qint64 userId, int orderCount)
{
    Database &db = services.database();
    Shop s;
    s.platform = Platform::Shopee;
    s.externalId = u"BENCH"_s;
    s.name = u"Bench shop"_s;
    const qint64 shopId = ShopRepository(db).upsert(s).value().id;
    (void)ShopRepository(db).grantAccess(userId, shopId, ShopRole::Admin);
    QList<Product> products;
    for (int i = 0; i < 1000; ++i) {
        Product p;
        p.externalId = u"p%1"_s.arg(i);
        p.name = u"Product %1"_s.arg(i);
        p.priceMinor = 10000 + i;
        p.costMinor = 6000;
        p.stock = 50;
        products.append(p);
    }
    (void)ProductRepository(db).upsertBatch(shopId, products);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int start = 0; start < orderCount; start += 5000) {
        QList<Order> batch;
        for (int i = start; i < qMin(orderCount, start + 5000); ++i) {
            Order o;
            o.externalId = u"o%1"_s.arg(i);
            o.status = OrderStatus::Completed;
            o.placedAt = now.addSecs(-qint64(i) * 300);
            OrderItem item{u"p%1"_s.arg(i % 1000), {}, 1 + i % 3, 10000, (1 + i % 3) * 10000, std::nullopt};
            o.items = {item};
            o.totalMinor = item.subtotalMinor;
            batch.append(o);
        }
        (void)OrderRepository(db).upsertBatch(shopId, batch);
    }
    (void)RollupRepository(db).rebuildAll(shopId);
}

ui::UiServices uiOf(AppServices &s)
{
    ui::UiServices u;
    u.db = &s.database();
    u.bus = &s.eventBus();
    u.vault = &s.vault();
    u.auth = &s.auth();
    u.integrations = s.integrations();
    u.consentStorageRoot = QDir::tempPath() + u"/bva-bench-webengine"_s;
    return u;
}

AppConfig configFor(const QString &path)
{
    AppConfig c;
    c.databaseUrl = u"sqlite:"_s + path;
    c.http.port = 0;
    c.webhookRatePerSecond = 0;
    c.passwordStrength = PasswordHasher::Strength::Minimal;
    return c;
}

std::unique_ptr<AppServices> makeServices(const QString &path)
{
    auto s = std::make_unique<AppServices>(configFor(path), [] {
        return Result<std::unique_ptr<SecretVault>>(std::make_unique<MemoryVault>());
    });
    if (auto r = s->open(); !r)
        qFatal("open: %s", qPrintable(r.error().message));
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BVA-bench"_s);
    QCommandLineParser parser;
    parser.addOptions({{u"orders"_s, u"orders in the store"_s, u"n"_s, u"100000"_s},
                       {u"rate"_s, u"webhooks per second"_s, u"n"_s, u"500"_s},
                       {u"seconds"_s, u"seconds of webhooks"_s, u"n"_s, u"10"_s},
                       {u"skip-sync"_s, u"skip the full-sync measurement"_s}});
    parser.process(app);
    ui::Theme::captureSystemPalette();
    ui::Theme::apply(ui::Appearance::Light);
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"bench.db"_s);

    // 1. Cold start: a store with N orders, then open it and show the dashboard.
    AuthSession session;
    {
        auto s = makeServices(dbPath);
        session = s->auth()
                      .registerAndSignIn(u"bench@example.com"_s, u"correct horse battery"_s, u"Bench"_s)
                      .value();
        QElapsedTimer fill;
        fill.start();
        fillStore(*s, session.user.id, parser.value(u"orders"_s).toInt());
        std::printf("store: %d orders written in %.1f s\n", parser.value(u"orders"_s).toInt(),
                    fill.elapsed() / 1000.0);
    }
    QElapsedTimer cold;
    cold.start();
    auto services = makeServices(dbPath);
    auto login = services->auth().signIn(u"bench@example.com"_s, u"correct horse battery"_s);
    ui::UiServices u = uiOf(*services);
    ui::DesktopShell shell(u);
    shell.startWith(login.value());
    QEventLoop wait;
    QObject::connect(shell.session(), &ui::UserSession::shopsChanged, &wait, [&] {
        if (!shell.session()->shops().isEmpty())
            wait.quit();
    });
    QTimer::singleShot(10000, &wait, &QEventLoop::quit);
    if (shell.session()->shops().isEmpty())
        wait.exec();
    shell.window()->showPage(ui::PageId::Dashboard);
    shell.window()->repaint();
    QCoreApplication::processEvents();
    std::printf("cold start to usable dashboard (open store, log in, window, shops, first paint): %lld ms\n",
                static_cast<long long>(cold.elapsed()));

    // 2. Webhook storm against the embedded server while the window is up.
    const auto port = services->startHttp();
    DevIntegrationSpec spec{Platform::Shopee, u"BENCH"_s, "bench-token", {}};
    (void)provisionDevIntegration(*services, spec);
    Heartbeat beat;
    const int rate = parser.value(u"rate"_s).toInt(), seconds = parser.value(u"seconds"_s).toInt();
    QThread loadThread;
    std::atomic<int> ok{0}, sent{0};
    auto *sender = new QObject;
    sender->moveToThread(&loadThread);
    loadThread.start();
    beat.start();
    QMetaObject::invokeMethod(sender, [&, sender] {
        auto *net = new QNetworkAccessManager(sender);
        auto *tick = new QTimer(sender);
        QElapsedTimer clock;
        clock.start();
        int i = 0;
        QObject::connect(tick, &QTimer::timeout, sender, [&, net, tick, clock, i]() mutable {
            const int due = int(clock.elapsed() * rate / 1000);
            for (; i < due && i < rate * seconds; ++i) {
                QNetworkRequest r(QUrl(u"http://127.0.0.1:%1/api/webhooks/orders/created"_s.arg(*port)));
                r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
                r.setRawHeader("Authorization", "Bearer bench-token");
                const QJsonObject body{
                    {u"id"_s, u"w%1"_s.arg(i)},
                    {u"shopId"_s, u"BENCH"_s},
                    {u"total"_s, 199.5},
                    {u"status"_s, u"PENDING"_s},
                    {u"createdAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                    {u"items"_s, QJsonArray{QJsonObject{
                                     {u"productId"_s, u"p1"_s}, {u"quantity"_s, 1}, {u"price"_s, 199.5}}}}};
                QNetworkReply *reply = net->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
                ++sent;
                QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2)
                        ++ok;
                    reply->deleteLater();
                });
            }
            if (i >= rate * seconds)
                tick->stop();
        });
        tick->start(5);
    });
    spin(seconds * 1000 + 3000);
    beat.stop();
    std::printf(
        "webhooks: %d sent, %d answered 2xx at %d/s for %d s; GUI heartbeat max gap %.1f ms, p99 %.1f ms (%lld ticks)\n",
        sent.load(), ok.load(), rate, seconds, beat.maxGap(), beat.p99(),
        static_cast<long long>(beat.ticks()));
    QMetaObject::invokeMethod(
        sender, [sender] { delete sender; }, Qt::BlockingQueuedConnection);
    loadThread.quit();
    loadThread.wait();

    // 3. Full sync of a bigger simulated shop while the window is up.
    if (!parser.isSet(u"skip-sync"_s) && services->integrations()) {
        services->startBackground();
        bva::test::CloneRunner clone;
        if (!clone.start(u"shopee"_s, {u"--products"_s, u"2000"_s, u"--orders-per-day"_s, u"250"_s,
                                       u"--days"_s, u"200"_s})) {
            std::printf("full sync: bva-clone did not start\n");
        } else {
            QByteArray token = clone.info().value(u"token"_s).toString().toUtf8();
            (void)services->integrations()->sites().set(Platform::Shopee, clone.url());
            ConnectRequest req{.platform = Platform::Shopee,
                               .token = token,
                               .shopExternalId = clone.shopId(),
                               .siteUrl = clone.url(),
                               .userId = login->user.id,
                               .source = u"desktop"_s};
            QElapsedTimer t;
            bool done = false;
            QObject::connect(&services->eventBus(), &EventBus::syncFinished, &app,
                             [&](qint64, qint64, bool okSync, const QString &err) {
                                 std::printf("full sync finished: %s %s\n", okSync ? "ok" : "failed",
                                             qPrintable(err));
                                 done = true;
                             });
            beat.start();
            t.start();
            (void)services->integrations()->connectShop(req);
            while (!done && t.elapsed() < 180000)
                spin(100);
            beat.stop();
            std::printf("full sync of %lld orders: %.1f s; GUI heartbeat max gap %.1f ms, p99 %.1f ms\n",
                        static_cast<long long>(clone.info().value(u"orders"_s).toInteger()),
                        t.elapsed() / 1000.0, beat.maxGap(), beat.p99());
        }
    }
    services->stopHttp();
    return 0;
}
