#include "cloneconfig.h"

#include "clock.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace bva::clone {

bool CloneConfigParser::parseOpen(const QCommandLineParser &p, CloneConfig &c, QString *error)
{
    OpenPlatformConfig &o = c.open;
    auto url = [&p, error](const QString &name, QUrl *out) {
        if (!p.isSet(name))
            return true;
        *out = QUrl(p.value(name));
        if (!out->isValid() || !out->scheme().startsWith(u"http"_s) || out->host().isEmpty()) {
            *error = tr("invalid value for --%1: %2").arg(name, p.value(name));
            return false;
        }
        return true;
    };
    if (p.isSet(u"partner-id"_s)) {
        bool good = false;
        o.partnerId = p.value(u"partner-id"_s).toLongLong(&good);
        if (!good || o.partnerId <= 0) {
            *error = tr("invalid value for --partner-id: %1").arg(p.value(u"partner-id"_s));
            return false;
        }
    }
    if (p.isSet(u"partner-key"_s))
        o.partnerKey = p.value(u"partner-key"_s).toUtf8();
    if (p.isSet(u"app-key"_s))
        o.appKey = p.value(u"app-key"_s).toUtf8();
    if (p.isSet(u"app-secret"_s))
        o.appSecret = p.value(u"app-secret"_s).toUtf8();
    if (o.partnerKey.isEmpty() || o.appKey.isEmpty() || o.appSecret.isEmpty()) {
        *error = tr("app credentials must not be empty");
        return false;
    }
    o.region = p.value(u"region"_s).toUpper();
    static const QStringList regions{u"PH"_s, u"ID"_s, u"MY"_s, u"TH"_s, u"VN"_s, u"SG"_s};
    if (!regions.contains(o.region)) {
        *error =
            tr("invalid value for --region: %1 (use PH, ID, MY, TH, VN or SG)").arg(p.value(u"region"_s));
        return false;
    }
    if (!url(u"redirect-url"_s, &o.redirectUrl) || !url(u"push-url"_s, &o.pushUrl))
        return false;
    if (o.pushUrl.isEmpty())
        o.pushUrl = c.webhookUrl;
    if (!p.isSet(u"token-ttl"_s))
        c.tokenTtlSecs = o.defaultAccessTtlSecs();
    o.refreshTtlSecs = o.defaultRefreshTtlSecs();
    if (p.isSet(u"refresh-token-ttl"_s)) {
        bool good = false;
        o.refreshTtlSecs = p.value(u"refresh-token-ttl"_s).toLongLong(&good);
        if (!good || o.refreshTtlSecs < 1) {
            *error = tr("invalid value for --refresh-token-ttl: %1").arg(p.value(u"refresh-token-ttl"_s));
            return false;
        }
    }
    return true;
}

std::optional<CloneConfig> CloneConfigParser::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Marketplace simulator for BVA: a Shopee-like or Lazada-like clone site "
           "with seller pages, the BVA consent page, the REST API and webhooks.\n"
           "Prints one JSON line {\"ready\":true,…} on stdout when it is listening."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption flavor(
        u"flavor"_s,
        tr("Marketplace flavour: shopee or lazada (the clone sites, default shopee), or shopee-open or "
           "lazada-open (the real platforms' Open APIs as their documentation describes them)."),
        u"name"_s, u"shopee"_s);
    const QCommandLineOption host(u"host"_s, tr("Address to listen on (default 127.0.0.1)."), u"address"_s,
                                  u"127.0.0.1"_s);
    const QCommandLineOption port(
        u"port"_s, tr("Port (default 5173 for shopee, 3001 for lazada; 0 picks a free port)."), u"port"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Seed of the generated data (default 20251111)."), u"n"_s,
                                  u"20251111"_s);
    const QCommandLineOption products(u"products"_s, tr("Products in the main shop (default 60)."), u"n"_s,
                                      u"60"_s);
    const QCommandLineOption days(u"days"_s, tr("Days of order history ending now (default 180)."), u"n"_s,
                                  u"180"_s);
    const QCommandLineOption perDay(
        u"orders-per-day"_s, tr("Average orders per day in the main shop (default 30)."), u"n"_s, u"30"_s);
    const QCommandLineOption sellers(u"sellers"_s,
                                     tr("Number of sellers, each with a shop; the first is the main one, the "
                                        "second also runs a second shop (default 2)."),
                                     u"n"_s, u"2"_s);
    const QCommandLineOption regional(
        u"regional-shop"_s,
        tr("Add a seller whose shop sells abroad, in its own currency: Lazada Indonesia (IDR) on the lazada "
           "flavour, Shopee Malaysia (MYR) on the shopee flavour. The other shops stay as without it."));
    const QCommandLineOption regionalCurrency(
        u"regional-currency"_s,
        tr("The regional shop's currency instead of the flavour's: IDR, MYR or JPY (whole yen, no decimals "
           "in what the API sends). Implies --regional-shop."),
        u"code"_s);
    const QCommandLineOption endDate(
        u"end-date"_s,
        tr("Make the history end on this day (yyyy-MM-dd) instead of now, for fully repeatable data."),
        u"date"_s);
    const QCommandLineOption webhookUrl(
        u"webhook-url"_s, tr("BVA webhook base URL, e.g. http://127.0.0.1:3000/api/webhooks."), u"url"_s);
    const QCommandLineOption webhookSecret(
        u"webhook-secret"_s,
        tr("Standard Webhooks secret (whsec_<base64> or raw); signs server-side webhooks."), u"secret"_s);
    const QCommandLineOption liveRate(
        u"live-rate"_s, tr("Live mode: marketplace events per second sent as server-side webhooks."),
        u"rate"_s, u"0"_s);
    const QCommandLineOption data(u"data"_s, tr("JSON file that keeps the state across restarts."),
                                  u"file"_s);
    const QCommandLineOption tokenTtl(u"token-ttl"_s,
                                      tr("Lifetime of seller tokens in seconds (default 2592000, 30 days)."),
                                      u"secs"_s, u"2592000"_s);
    const QCommandLineOption attempts(u"webhook-attempts"_s,
                                      tr("Delivery attempts per webhook before giving up (default 6)."),
                                      u"n"_s, u"6"_s);
    const QCommandLineOption publicUrl(
        u"public-url"_s, tr("Base URL used in image links (default: the listening URL)."), u"url"_s);
    const QCommandLineOption latency(u"fault-latency"_s,
                                     tr("Fault: hold every API reply back this many milliseconds."), u"ms"_s);
    const QCommandLineOption errorRate(
        u"fault-error-rate"_s, tr("Fault: fraction (0..1) of API replies that are HTTP 500."), u"fraction"_s);
    const QCommandLineOption truncate(u"fault-truncate-rate"_s,
                                      tr("Fault: fraction of API JSON bodies cut in half."), u"fraction"_s);
    const QCommandLineOption malformed(u"fault-malformed-rate"_s,
                                       tr("Fault: fraction of API bodies that are not valid JSON."),
                                       u"fraction"_s);
    const QCommandLineOption throttle(
        u"fault-throttle-rate"_s, tr("Fault: fraction of API replies that are HTTP 429 with Retry-After: 1."),
        u"fraction"_s);
    const QCommandLineOption dup(u"fault-duplicate-webhooks"_s,
                                 tr("Fault: deliver every server-side webhook twice."));
    const QCommandLineOption reorder(
        u"fault-reorder-window"_s,
        tr("Fault: send webhooks shuffled in groups of N; duplicates go out with the next group."), u"n"_s);
    const QCommandLineOption reorderSeed(u"fault-reorder-seed"_s,
                                         tr("Seed of the --fault-reorder-window shuffle (default 1)."),
                                         u"n"_s, u"1"_s);
    const QCommandLineOption sbc(u"fault-status-before-create"_s,
                                 tr("Fault: send a new order's status-changed before its orders/created."));
    const QCommandLineOption nas(u"fault-numbers-as-strings"_s,
                                 tr("Fault: prices, totals and stock as JSON strings."));
    const QCommandLineOption lower(u"fault-lowercase-statuses"_s, tr("Fault: order statuses in lowercase."));
    const QCommandLineOption again(
        u"fault-created-again"_s,
        tr("Fault: after an order moves, send its orders/created again (for an order already synced)."));
    const QCommandLineOption hidePaging(u"fault-hide-pagination"_s,
                                        tr("Fault: paged lists come without their pagination block."));
    const QCommandLineOption drift(u"fault-page-drift"_s,
                                   tr("Fault: pages after the first start this many records later (negative: "
                                      "earlier), as when records are deleted or added while paging."),
                                   u"n"_s);
    const QCommandLineOption now(
        u"now"_s,
        tr("Start the clock at this instant (ISO-8601 with a zone, e.g. 2026-02-28T23:30:00+08:00); it runs "
           "on from there. Default: BVA_NOW, else the real time."),
        u"instant"_s);
    const QCommandLineOption denied(u"fault-shopee-denied-message"_s,
                                    tr("Fault: the shopee consent page's Deny posts SHOPEE_CLONE_AUTH_DENIED "
                                       "instead of SHOPEE_CLONE_AUTH_ERROR."));
    const QCommandLineOption pw500(u"fault-wrong-password-500"_s,
                                   tr("Fault: a wrong password answers HTTP 500 like the public clones."));
    p.addOptions({flavor,   host,      port,       seed,          products,   days,       perDay,
                  sellers,  endDate,   webhookUrl, webhookSecret, liveRate,   data,       tokenTtl,
                  attempts, publicUrl, latency,    errorRate,     truncate,   malformed,  throttle,
                  dup,      sbc,       nas,        lower,         again,      hidePaging, drift,
                  pw500,    denied,    now,        reorder,       reorderSeed});
    p.addOptions({regional, regionalCurrency});
    const OpenPlatformConfig demo;
    const QCommandLineOption partnerId(
        u"partner-id"_s, tr("shopee-open: the app's partner_id (default %1).").arg(demo.partnerId), u"id"_s);
    const QCommandLineOption partnerKey(
        u"partner-key"_s, tr("shopee-open: the app's partner_key (default: a demo key, printed)."), u"key"_s);
    const QCommandLineOption appKey(
        u"app-key"_s,
        tr("lazada-open: the app's app_key (default %1).").arg(QString::fromLatin1(demo.appKey)), u"key"_s);
    const QCommandLineOption appSecret(
        u"app-secret"_s, tr("lazada-open: the app's app_secret (default: a demo secret, printed)."),
        u"secret"_s);
    const QCommandLineOption region(
        u"region"_s,
        tr("shopee-open / lazada-open: PH, ID, MY, TH, VN or SG; every shop sells in its currency (default PH)."),
        u"code"_s, u"PH"_s);
    const QCommandLineOption redirect(
        u"redirect-url"_s,
        tr("shopee-open / lazada-open: the app's registered redirect URL (loopback hosts: any port)."),
        u"url"_s);
    const QCommandLineOption pushUrl(
        u"push-url"_s, tr("shopee-open / lazada-open: where order pushes go (default: --webhook-url)."),
        u"url"_s);
    const QCommandLineOption refreshTtl(
        u"refresh-token-ttl"_s,
        tr("shopee-open / lazada-open: refresh token lifetime in seconds (default 30 days / 14 days)."),
        u"secs"_s);
    p.addOptions({partnerId, partnerKey, appKey, appSecret, region, redirect, pushUrl, refreshTtl});
    p.process(arguments);

    if (p.isSet(now) && !Clock::setNow(p.value(now))) {
        *error = tr("invalid value for --now: %1 (example: 2026-02-28T23:30:00+08:00)").arg(p.value(now));
        return std::nullopt;
    }
    CloneConfig c;
    const QString flavorText = p.value(flavor);
    if (flavorText == u"shopee-open" || flavorText == u"lazada-open")
        c.open.kind = flavorText == u"shopee-open" ? OpenKind::Shopee : OpenKind::Lazada;
    const auto f =
        c.open.on() ? std::optional<Flavor>(c.open.kind == OpenKind::Shopee ? Flavor::Shopee : Flavor::Lazada)
                    : flavorFromName(flavorText);
    if (!f) {
        *error = tr("unknown flavour '%1' (use shopee, lazada, shopee-open or lazada-open)").arg(flavorText);
        return std::nullopt;
    }
    c.flavor = *f;
    c.host = p.value(host);
    bool ok = true;
    auto number = [&](const QCommandLineOption &o, double lo, double hi) {
        bool good = false;
        const double v = p.value(o).toDouble(&good);
        if (!good || v < lo || v > hi) {
            *error = tr("invalid value for --%1: %2").arg(o.names().constFirst(), p.value(o));
            ok = false;
        }
        return v;
    };
    c.port = p.isSet(port) ? int(number(port, 0, 65535)) : defaultPort(c.flavor) + (c.open.on() ? 1 : 0);
    c.seed = p.value(seed).toULongLong(&ok);
    if (!ok) {
        *error = tr("invalid value for --seed: %1").arg(p.value(seed));
        return std::nullopt;
    }
    c.products = int(number(products, 1, 200000));
    c.days = int(number(days, 1, 3650));
    c.ordersPerDay = number(perDay, 0, 100000);
    c.sellers = int(number(sellers, 1, 1000));
    c.regionalShop = p.isSet(regional) || p.isSet(regionalCurrency);
    if (p.isSet(regionalCurrency)) {
        c.regionalCurrency = p.value(regionalCurrency).toUpper();
        if (!QStringList{u"IDR"_s, u"MYR"_s, u"JPY"_s}.contains(c.regionalCurrency)) {
            *error = tr("invalid value for --regional-currency: %1 (use IDR, MYR or JPY)")
                         .arg(p.value(regionalCurrency));
            return std::nullopt;
        }
    }
    c.liveRate = number(liveRate, 0, 10000);
    c.tokenTtlSecs = qint64(number(tokenTtl, 1, 10.0 * 365 * 86400));
    c.webhookAttempts = int(number(attempts, 1, 50));
    if (p.isSet(endDate)) {
        c.endDate = QDate::fromString(p.value(endDate), Qt::ISODate);
        if (!c.endDate.isValid()) {
            *error = tr("invalid value for --end-date: %1").arg(p.value(endDate));
            return std::nullopt;
        }
    }
    if (p.isSet(webhookUrl)) {
        c.webhookUrl = QUrl(p.value(webhookUrl));
        if (!c.webhookUrl.isValid() || c.webhookUrl.scheme().isEmpty()) {
            *error = tr("invalid value for --webhook-url: %1").arg(p.value(webhookUrl));
            return std::nullopt;
        }
    }
    c.webhookSecret = p.value(webhookSecret);
    c.dataFile = p.value(data);
    c.publicUrl = p.value(publicUrl);
    if (p.isSet(latency))
        c.faults.latencyMs = int(number(latency, 0, 60000));
    if (p.isSet(errorRate))
        c.faults.errorRate = number(errorRate, 0, 1);
    if (p.isSet(truncate))
        c.faults.truncateRate = number(truncate, 0, 1);
    if (p.isSet(malformed))
        c.faults.malformedRate = number(malformed, 0, 1);
    if (p.isSet(throttle))
        c.faults.throttleRate = number(throttle, 0, 1);
    c.faults.duplicateWebhooks = p.isSet(dup);
    if (p.isSet(reorder))
        c.faults.reorderWindow = int(number(reorder, 0, 1000));
    c.faults.reorderSeed = p.value(reorderSeed).toULongLong();
    c.faults.statusBeforeCreate = p.isSet(sbc);
    c.faults.numbersAsStrings = p.isSet(nas);
    c.faults.lowercaseStatuses = p.isSet(lower);
    c.faults.wrongPassword500 = p.isSet(pw500);
    c.faults.deniedMessage = p.isSet(denied);
    c.faults.createdAgain = p.isSet(again);
    c.faults.hidePagination = p.isSet(hidePaging);
    if (p.isSet(drift))
        c.faults.pageDrift = int(number(drift, -10000, 10000));
    if (!ok)
        return std::nullopt;
    if (c.open.on() && !parseOpen(p, c, error))
        return std::nullopt;
    return c;
}

} // namespace bva::clone
