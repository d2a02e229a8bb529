// The forecasting REST routes over real HTTP on loopback: SmartShelf, stored forecasts, restock
// plans and the shopping list, MarketMate suggestions and campaigns; another user's shop refused;
// bad input answered 400 naming the field. Also the critical-risk notifications of a refresh.
#include "../forecast/forecastseed.h"
#include "analytics/forecast/forecastservice.h"
#include "store/database.h"
#include "store/notificationrepository.h"
#include "store/shoprepository.h"
#include "store/sql.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

#define START_SERVER(var, backend)                                                                           \
    QString var##Why;                                                                                        \
    auto var = TestServer::start(backend, &var##Why);                                                        \
    if (!var) {                                                                                              \
        if (backend == u"postgres"_s && !postgresRequired())                                                 \
            QSKIP(qPrintable(u"PostgreSQL not reachable, skipped: "_s + var##Why));                          \
        QFAIL(qPrintable(var##Why));                                                                         \
    }

namespace {

QJsonObject data(const Reply &r)
{
    return r.json.value(u"data"_s).toObject();
}

QList<std::pair<QByteArray, QByteArray>> bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

QJsonObject byProduct(const QJsonArray &items, const QString &id)
{
    for (const QJsonValue &v : items)
        if (v.toObject().value(u"productId"_s).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

class TstForecastApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void routes_data() { addBackendRows(); }
    void routes();
    void criticalRiskNotifications_data() { addBackendRows(); }
    void criticalRiskNotifications();
};

void TstForecastApi::routes()
{
    QFETCH(QString, backend);
    START_SERVER(server, backend);
    auto [me, token] = server->registerUser(u"seller@example.com"_s);
    auto [other, otherToken] = server->registerUser(u"other@example.com"_s);
    const TestIntegration mine = server->addIntegration(Platform::Shopee, u"S1"_s, me);
    const TestIntegration theirs = server->addIntegration(Platform::Lazada, u"L9"_s, other);
    QVERIFY(seedForecastShop(server->db(), mine.shopId));
    QVERIFY(seedForecastShop(server->db(), theirs.shopId, u"T"_s));
    QVERIFY(server->services().forecasts().refreshShop(mine.shopId).ok());

    // Every route needs a session.
    QCOMPARE(server->get(u"/api/smartshelf"_s).status, 401);
    QCOMPARE(server->postJson(u"/api/restock/plan"_s, {{u"budget"_s, 1000}}).status, 401);

    // SmartShelf: every product of my shop (never the other user's), expired items listed apart.
    const Reply shelf = server->get(u"/api/smartshelf"_s, token);
    QCOMPARE(shelf.status, 200);
    const QJsonArray items = data(shelf).value(u"items"_s).toArray();
    QCOMPARE(items.size(), 6);
    for (const QJsonValue &v : items)
        QVERIFY(!v.toObject().value(u"productId"_s).toString().startsWith(u'T'));
    const QJsonObject fast = byProduct(items, u"FAST"_s);
    QVERIFY(fast.value(u"risks"_s).toArray().contains(u"stock_out"_s));
    QCOMPARE(fast.value(u"action"_s).toString(), u"restock"_s);
    QVERIFY(fast.value(u"restockQuantity"_s).toInteger() > 0);
    QVERIFY(!fast.value(u"reasons"_s).toArray().isEmpty());
    const QJsonArray expired = data(shelf).value(u"expired"_s).toArray();
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().toObject().value(u"productId"_s).toString(), u"OLD"_s);
    QVERIFY(expired.first().toObject().value(u"daysToExpiry"_s).toInt() < 0);
    const Reply onlyStockOut = server->get(u"/api/smartshelf?risk=stock_out"_s, token);
    QCOMPARE(onlyStockOut.status, 200);
    const QJsonArray itemsList = data(onlyStockOut).value(u"items"_s).toArray();
    for (const QJsonValue &v : itemsList)
        QVERIFY(v.toObject().value(u"risks"_s).toArray().contains(u"stock_out"_s));
    QVERIFY(data(onlyStockOut).value(u"items"_s).toArray().size() < items.size());
    const Reply badRisk = server->get(u"/api/smartshelf?risk=sad"_s, token);
    QCOMPARE(badRisk.status, 400);
    QVERIFY(badRisk.json.value(u"error"_s).toString().startsWith(u"risk:"_s));
    QCOMPARE(server->get(u"/api/smartshelf?leadTimeDays=-3"_s, token).status, 400);
    QCOMPARE(server->get(u"/api/smartshelf?shopId=L9"_s, token).status, 403);

    // Stored forecast by marketplace id and by BVA id; another user's product is not found.
    const Reply f = server->get(u"/api/forecast/FAST"_s, token);
    QCOMPARE(f.status, 200);
    QCOMPARE(data(f).value(u"days"_s).toArray().size(), 28);
    QVERIFY(data(f).value(u"next7Days"_s).toDouble() > 7 * 3);
    const QJsonObject firstDay = data(f).value(u"days"_s).toArray().first().toObject();
    QVERIFY(firstDay.value(u"lower"_s).toDouble() <= firstDay.value(u"forecast"_s).toDouble());
    QVERIFY(firstDay.value(u"upper"_s).toDouble() >= firstDay.value(u"forecast"_s).toDouble());
    auto rowId = sql::run(server->db().connection(),
                          u"SELECT id FROM products WHERE shop_id = ? AND external_id = 'FAST'"_s,
                          {mine.shopId}, u"t");
    QVERIFY(rowId && rowId->next());
    const Reply byRow = server->get(u"/api/forecast/"_s + rowId->value(0).toString(), token);
    QCOMPARE(byRow.status, 200);
    QCOMPARE(data(byRow).value(u"productId"_s).toString(), u"FAST"_s);
    QCOMPARE(server->get(u"/api/forecast/TFAST"_s, token).status, 404);
    QCOMPARE(server->get(u"/api/forecast/FAST"_s, otherToken).status, 404);

    // Restock plan: budget respected, lines with the planner's fields; CSV on request.
    const QJsonObject inputs{{u"budget"_s, u"3000.00"_s}, {u"goal"_s, u"profit"_s},
                             {u"horizonDays"_s, 30},      {u"leadTimeDays"_s, 7},
                             {u"serviceLevel"_s, 0.95},   {u"paydayEffects"_s, false},
                             {u"format"_s, u"csv"_s}};
    const Reply plan = server->postJson(u"/api/restock/plan"_s, inputs, token);
    QCOMPARE(plan.status, 200);
    const QJsonObject p = data(plan);
    QCOMPARE(p.value(u"budgetMinor"_s).toInteger(), 300000);
    QCOMPARE(p.value(u"currency"_s).toString(), u"PHP"_s);
    QVERIFY(p.value(u"spentMinor"_s).toInteger() <= 300000);
    QVERIFY(p.value(u"spentMinor"_s).toInteger() > 0);
    qint64 sum = 0;
    const QJsonArray lines = p.value(u"lines"_s).toArray();
    for (const QJsonValue &v : lines) {
        const QJsonObject l = v.toObject();
        QVERIFY(l.contains(u"safetyStock"_s) && l.contains(u"reorderPoint"_s) && l.contains(u"priority"_s));
        sum += l.value(u"costMinor"_s).toInteger();
    }
    QCOMPARE(sum, p.value(u"spentMinor"_s).toInteger());
    QVERIFY(p.value(u"csv"_s).toString().startsWith(u"sku,name,quantity"_s));
    QVERIFY(byProduct(p.value(u"lines"_s).toArray(), u"FAST"_s).value(u"plannedQuantity"_s).toInteger() > 0);
    // OLD is past its expiry date: listed, with nothing to buy and the reason why.
    const QJsonObject old = byProduct(p.value(u"lines"_s).toArray(), u"OLD"_s);
    QCOMPARE(old.value(u"status"_s).toString(), u"expired"_s);
    QCOMPARE(old.value(u"plannedQuantity"_s).toInteger(), 0);
    QCOMPARE(old.value(u"recommendedQuantity"_s).toInteger(), 0);
    QVERIFY(old.value(u"reason"_s).toString().contains(u"do not reorder"_s));

    const Reply list = server->get(
        u"/api/restock/shopping-list?budgetMinor=300000&goal=profit&paydayEffects=false"_s, token);
    QCOMPARE(list.status, 200);
    QCOMPARE(data(list).value(u"csv"_s).toString(), p.value(u"csv"_s).toString());

    for (const auto &[field, bad] :
         {std::pair{u"budget"_s, QJsonValue(u"lots"_s)}, std::pair{u"goal"_s, QJsonValue(u"fame"_s)},
          std::pair{u"horizonDays"_s, QJsonValue(0)}, std::pair{u"leadTimeDays"_s, QJsonValue(1.5)},
          std::pair{u"serviceLevel"_s, QJsonValue(1.2)},
          std::pair{u"paydayEffects"_s, QJsonValue(u"maybe"_s)}}) {
        QJsonObject body{{u"budget"_s, 1000}};
        body.insert(field, bad);
        const Reply r = server->postJson(u"/api/restock/plan"_s, body, token);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json.value(u"error"_s).toString().startsWith(field + u':'),
                 qPrintable(r.json.value(u"error"_s).toString()));
    }
    // Budgets beyond any amount BVA stores (kMaxMinorUnits) are refused: INT64_MAX once crashed the server.
    for (const QJsonValue &huge : {QJsonValue(u"9223372036854775807"_s), QJsonValue(u"10000000000001"_s),
                                   QJsonValue(9.007199254740992e15)}) {
        const Reply r = server->postJson(u"/api/restock/plan"_s, {{u"budgetMinor"_s, huge}}, token);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json.value(u"error"_s).toString().startsWith(u"budgetMinor:"_s),
                 qPrintable(r.json.value(u"error"_s).toString()));
    }
    QCOMPARE(server->get(u"/api/restock/shopping-list?budgetMinor=9223372036854775807"_s, token).status, 400);
    QCOMPARE(
        server->postJson(u"/api/restock/plan"_s, {{u"budgetMinor"_s, u"10000000000000"_s}}, token).status,
        200);
    const Reply noBudget = server->postJson(u"/api/restock/plan"_s, {{u"goal"_s, u"volume"_s}}, token);
    QCOMPARE(noBudget.status, 400);
    QVERIFY(noBudget.json.value(u"error"_s).toString().startsWith(u"budget:"_s));
    QCOMPARE(server->send("POST", u"/api/restock/plan"_s, "[1,2]", bearer(token)).status, 400);
    QCOMPARE(server->send("POST", u"/api/restock/plan?shopId=L9"_s, "{\"budget\":100}", bearer(token)).status,
             403);

    // MarketMate: suggestions with ad copy in the chosen language, discount above cost.
    const Reply sug = server->get(u"/api/marketmate/suggestions?language=fil"_s, token);
    QCOMPARE(sug.status, 200);
    const QJsonArray suggestions = data(sug).value(u"suggestions"_s).toArray();
    QVERIFY(!suggestions.isEmpty());
    for (const QJsonValue &v : suggestions) {
        const QJsonObject s = v.toObject();
        QCOMPARE(s.value(u"adCopy"_s).toObject().value(u"language"_s).toString(), u"fil"_s);
        QVERIFY(!s.value(u"adCopy"_s).toObject().value(u"hashtags"_s).toArray().isEmpty());
        QVERIFY(s.value(u"promoPriceMinor"_s).toInteger() <= s.value(u"priceMinor"_s).toInteger());
    }
    QCOMPARE(server->get(u"/api/marketmate/suggestions?language=klingon"_s, token).status, 400);

    // Campaigns: create, list, change status; another user's shop and campaign refused.
    const QJsonObject campaign{{u"shopId"_s, u"S1"_s},
                               {u"productId"_s, u"BULK"_s},
                               {u"playbook"_s, u"flash_sale"_s},
                               {u"language"_s, u"en"_s},
                               {u"title"_s, u"Flash sale!"_s},
                               {u"body"_s, u"Hurry."_s},
                               {u"hashtags"_s, QJsonArray{u"#sale"_s}},
                               {u"discountPercent"_s, 20},
                               {u"startDate"_s, u"2026-12-01"_s},
                               {u"endDate"_s, u"2026-12-03"_s}};
    const Reply created = server->postJson(u"/api/campaigns"_s, campaign, token);
    QCOMPARE(created.status, 201);
    const qint64 id = data(created).value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(data(created).value(u"status"_s).toString(), u"DRAFT"_s);
    QJsonObject theirCampaign = campaign;
    theirCampaign.insert(u"shopId"_s, u"L9"_s);
    QCOMPARE(server->postJson(u"/api/campaigns"_s, theirCampaign, token).status, 403);
    QJsonObject badDates = campaign;
    badDates.insert(u"endDate"_s, u"2026-11-01"_s);
    const Reply bad = server->postJson(u"/api/campaigns"_s, badDates, token);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json.value(u"error"_s).toString().startsWith(u"endDate:"_s));
    QJsonObject badPlaybook = campaign;
    badPlaybook.insert(u"playbook"_s, u"yolo"_s);
    QVERIFY(server->postJson(u"/api/campaigns"_s, badPlaybook, token)
                .json.value(u"error"_s)
                .toString()
                .startsWith(u"playbook:"_s));

    // Hashtags are bounded in count and length (a request within the body limit carried 40,000 of them, or
    // one of 900 KB, and they were kept); refused with 400 naming the field, nothing stored.
    const int campaignsBefore = int(server->get(u"/api/campaigns"_s, token)
                                        .json.value(u"data"_s)
                                        .toObject()
                                        .value(u"campaigns"_s)
                                        .toArray()
                                        .size());
    QJsonArray many;
    for (int i = 0; i < 40000; ++i)
        many.append(QString(u"#t"_s + QString::number(i)));
    for (const QJsonValue &tags :
         {QJsonValue(many), QJsonValue(QJsonArray{QString(u"#"_s + QString(900 * 1024, u'a'))}),
          QJsonValue(QJsonArray{u"#a"_s, 5}), QJsonValue(u"#sale"_s), QJsonValue(QJsonArray{u"#two words"_s}),
          QJsonValue(QJsonArray{u""_s})}) {
        QJsonObject hostile = campaign;
        hostile.insert(u"hashtags"_s, tags);
        const Reply refused = server->postJson(u"/api/campaigns"_s, hostile, token);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.json.value(u"error"_s).toString().startsWith(u"hashtags:"_s),
                 refused.body.constData());
    }
    QJsonArray most;
    for (int i = 0; i < forecast::kMaxHashtags; ++i)
        most.append(QString(u"#"_s + QString(forecast::kMaxHashtagChars - 1, QChar(u'a' + i % 26))));
    QJsonObject bounded = campaign;
    bounded.insert(u"hashtags"_s, most);
    QCOMPARE(server->postJson(u"/api/campaigns"_s, bounded, token).status, 201);
    QCOMPARE(int(server->get(u"/api/campaigns"_s, token)
                     .json.value(u"data"_s)
                     .toObject()
                     .value(u"campaigns"_s)
                     .toArray()
                     .size()),
             campaignsBefore + 1);
    // The desktop saves through the same store: refused there too.
    forecast::Campaign direct;
    direct.shopId = 1;
    direct.title = u"Flash"_s;
    direct.hashtags = QStringList(forecast::kMaxHashtags + 1, u"#a"_s);
    auto stored = server->services().forecasts().campaigns().create(direct);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().kind, Error::Kind::Invalid);
    QVERIFY(stored.error().message.startsWith(u"hashtags:"_s));

    const QString statusPath = u"/api/campaigns/%1/status"_s.arg(id);
    QCOMPARE(server->postJson(statusPath, {{u"status"_s, u"SCHEDULED"_s}}, otherToken).status, 404);
    QCOMPARE(server->postJson(statusPath, {{u"status"_s, u"LATER"_s}}, token).status, 400);
    const Reply scheduled = server->postJson(statusPath, {{u"status"_s, u"SCHEDULED"_s}}, token);
    QCOMPARE(scheduled.status, 200);
    QCOMPARE(data(scheduled).value(u"status"_s).toString(), u"SCHEDULED"_s);
    const Reply listed = server->get(u"/api/campaigns?status=SCHEDULED"_s, token);
    QCOMPARE(listed.status, 200);
    QCOMPARE(data(listed).value(u"campaigns"_s).toArray().size(), 1);
    QCOMPARE(data(listed).value(u"campaigns"_s).toArray().first().toObject().value(u"title"_s).toString(),
             u"Flash sale!"_s);
    QCOMPARE(data(server->get(u"/api/campaigns"_s, otherToken)).value(u"campaigns"_s).toArray().size(), 0);
}

void TstForecastApi::criticalRiskNotifications()
{
    QFETCH(QString, backend);
    START_SERVER(server, backend);
    auto [me, token] = server->registerUser(u"seller@example.com"_s);
    auto [partner, partnerToken] = server->registerUser(u"partner@example.com"_s);
    const TestIntegration shop = server->addIntegration(Platform::Shopee, u"S1"_s, me);
    QVERIFY(ShopRepository(server->db()).grantAccess(partner, shop.shopId, ShopRole::Viewer).ok());
    QVERIFY(seedForecastShop(server->db(), shop.shopId));
    forecast::ForecastService &forecasts = server->services().forecasts();
    NotificationRepository notes(server->db());
    auto critical = [&](qint64 user) {
        QStringList out;
        auto list = notes.recent(user, 100);
        for (const Notification &n : list.value())
            if (n.kind == u"critical_risk"_s)
                out.append(n.title);
        return out;
    };

    auto first = forecasts.refreshShop(shop.shopId);
    QVERIFY(first.ok());
    // FAST runs out within the lead time, NOCOST has none left, OLD has expired.
    QCOMPARE(first->criticalAlerts, 3);
    QStringList mine = critical(me);
    mine.sort();
    QCOMPARE(mine, (QStringList{u"Expired: Product OLD"_s, u"Running out: Product FAST"_s,
                                u"Running out: Product NOCOST"_s}));
    QCOMPARE(critical(partner).size(), 3); // every user of the shop

    // The same state again: no repeat.
    QCOMPARE(forecasts.refreshShop(shop.shopId)->criticalAlerts, 0);
    QCOMPARE(critical(me).size(), 3);

    // FAST restocked: no longer critical; running low again later notifies once more.
    QVERIFY(sql::run(server->db().connection(),
                     u"UPDATE products SET stock = 500 WHERE shop_id = ? AND external_id = 'FAST'"_s,
                     {shop.shopId}, u"t")
                .ok());
    QCOMPARE(forecasts.refreshShop(shop.shopId)->criticalAlerts, 0);
    QVERIFY(sql::run(server->db().connection(),
                     u"UPDATE products SET stock = 1 WHERE shop_id = ? AND external_id = 'FAST'"_s,
                     {shop.shopId}, u"t")
                .ok());
    QCOMPARE(forecasts.refreshShop(shop.shopId)->criticalAlerts, 1);
    QCOMPARE(critical(me).size(), 4);
}

QTEST_GUILESS_MAIN(TstForecastApi)
#include "tst_forecastapi.moc"
