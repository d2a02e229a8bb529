// The webhook receiver over real HTTP: authentication, cross-shop refusal, both flavours' payloads,
// malformed bodies, duplicates, deferred status changes, atomic batches, CORS, 413, 429, WebSockets.
#include "cloneprocess.h"
#include "domain/eventbus.h"
#include "http/httprequest.h"
#include "platforms/marketplacesites.h"
#include "store/database.h"
#include "store/inboxrepository.h"
#include "store/integrationrepository.h"
#include "store/orderrepository.h"
#include "store/pendingstatusrepository.h"
#include "store/productrepository.h"
#include "store/rolluprepository.h"
#include "store/sql.h"
#include "sync/integrationservice.h"
#include "testserver.h"
#include "util/clock.h"
#include "webhookdiff.h"
#include "webhooks/webhookservice.h"
#include "webhooks/webhookverifier.h"
#include "webhooks/webhookwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <QWebSocket>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;
using bva::test::CloneProcess;

#define START_SERVER(var, backend, ...)                                                                      \
    QString var##Why;                                                                                        \
    auto var = TestServer::start(backend, &var##Why __VA_OPT__(, ) __VA_ARGS__);                             \
    if (!var) {                                                                                              \
        if (backend == u"postgres"_s && !postgresRequired())                                                 \
            QSKIP(qPrintable(u"PostgreSQL not reachable, skipped: "_s + var##Why));                          \
        QFAIL(qPrintable(var##Why));                                                                         \
    }

namespace {

QByteArray json(const char *text)
{
    return QByteArray(text);
}

QString errorOf(const Reply &r)
{
    return r.json.value(u"error"_s).toString();
}

struct InboxRow
{
    QString topic;
    QString state;
    QString error;
    QByteArray payload;
};

InboxRow lastInboxRow(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT topic, state, error, payload FROM webhook_inbox ORDER BY id DESC"_s) || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString().toUtf8()};
}

QList<QStringList> tableRows(Database &db, const QString &sqlText)
{
    QList<QStringList> list;
    auto q = sql::run(db.connection(), sqlText, {}, u"test rows");
    if (!q)
        return {{u"query failed: "_s + q.error().message}};
    while (q->next()) {
        QStringList row;
        for (int c = 0; c < q->record().count(); ++c)
            row.append(q->value(c).isNull() ? u"NULL"_s : q->value(c).toString());
        list.append(row);
    }
    return list;
}

// What a store holds after deliveries, without ids or the times BVA stamped.
struct StoreState
{
    QList<QStringList> orders, items, history, daily, productDaily, monthly, pending, inbox, products;
    bool operator==(const StoreState &) const = default;
};

StoreState storeState(Database &db)
{
    StoreState s;
    s.orders = tableRows(
        db, u"SELECT s.external_id, o.external_id, o.status, o.raw_status, o.total_minor, o.cost_minor, "
            "o.profit_minor, o.units, o.local_day, o.source_updated_at FROM orders o "
            "JOIN shops s ON s.id = o.shop_id ORDER BY 1, 2"_s);
    s.items = tableRows(
        db, u"SELECT o.external_id, i.line_no, i.product_external_id, i.quantity, i.unit_price_minor, "
            "i.unit_cost_minor FROM order_items i JOIN orders o ON o.id = i.order_id ORDER BY 1, 2"_s);
    s.history =
        tableRows(db, u"SELECT o.external_id, h.status, h.raw_status, h.source FROM order_status_history h "
                      "JOIN orders o ON o.id = h.order_id ORDER BY 1, h.id"_s);
    s.daily = tableRows(db, u"SELECT shop_id, day, orders, units, revenue_minor, cost_minor, profit_minor, "
                            "unknown_cost_revenue_minor, cancelled_orders, cancelled_minor, returned_orders, "
                            "returned_minor FROM daily_rollups ORDER BY 1, 2"_s);
    s.productDaily = tableRows(db, u"SELECT shop_id, product_external_id, day, units, revenue_minor "
                                   "FROM product_daily_rollups ORDER BY 1, 2, 3"_s);
    s.monthly = tableRows(db, u"SELECT shop_id, product_external_id, month, units, revenue_minor "
                              "FROM product_monthly_rollups ORDER BY 1, 2, 3"_s);
    s.pending = tableRows(db, u"SELECT order_external_id, status FROM pending_status_changes ORDER BY 1"_s);
    s.inbox = tableRows(db, u"SELECT dedupe_key, topic, state, COALESCE(error, ''), attempts, payload "
                            "FROM webhook_inbox ORDER BY id"_s);
    s.products =
        tableRows(db, u"SELECT external_id, price_minor, cost_minor, stock FROM products ORDER BY 1"_s);
    return s;
}

// A verified delivery of `body` to `integration`, as WebhookService hands it to the writer.
WebhookJob deliveryJob(const TestIntegration &integration, const QString &topicName, const QByteArray &body,
                       quint64 ticket)
{
    WebhookJob job;
    job.ticket = ticket;
    job.source.integrationId = integration.integrationId;
    job.source.shopId = integration.shopId;
    job.source.shopExternalId = integration.shopExternalId;
    job.source.platform = Platform::Shopee;
    job.source.currency = u"PHP"_s;
    const WebhookTopic topic = *webhookTopicFromName(topicName);
    auto command = parseWebhook(topic, body, 2);
    if (!command)
        qFatal("test body not readable: %s", qPrintable(command.error().message));
    job.dedupeKey = WebhookService::dedupeKey(job.source, topic, body, webhookRecordKey(*command));
    job.body = body;
    job.command = std::move(*command);
    return job;
}

// Hands `bodies` to a WebhookWriter of its own over `server`'s store, queued before it starts, so
// maxBatch decides how they are grouped; returns the answers without the inbox ids.
QList<QJsonObject> writeDeliveries(TestServer &server, const QList<TestIntegration> &shops,
                                   const QList<std::tuple<int, QString, QByteArray>> &bodies, int maxBatch,
                                   qint64 *replays)
{
    QMutex mutex;
    QHash<quint64, QJsonObject> answers;
    WebhookWriter writer(
        server.db(), nullptr,
        [&](QList<WebhookOutcome> outcomes) {
            QMutexLocker lock(&mutex);
            for (const WebhookOutcome &o : std::as_const(outcomes)) {
                WebhookAnswer answer = webhookAnswer(o);
                QJsonObject data = answer.body.value(u"data"_s).toObject();
                data.remove(u"id"_s);
                answer.body.insert(u"data"_s, data);
                answer.body.insert(u"status"_s, answer.status);
                answers.insert(o.ticket, answer.body);
            }
        },
        maxBatch);
    quint64 ticket = 0;
    for (const auto &[shop, topicName, body] : bodies)
        writer.submit(deliveryJob(shops.at(shop), topicName, body, ++ticket));
    writer.start();
    writer.drainAndStop();
    *replays = writer.replayedBatches();
    QList<QJsonObject> list;
    for (quint64 t = 1; t <= ticket; ++t)
        list.append(answers.value(t));
    return list;
}

// Order bodies of every shape the contract's faults take (strings for numbers, missing and null fields,
// unknown statuses, dates outside 2000-2099, huge and odd numbers, nested and duplicated keys, escapes,
// UTF-8), and single-byte mutations of them: for flatReaderMatchesDocument.
class OrderBodyGenerator
{
public:
    explicit OrderBodyGenerator(quint32 seed)
        : m_random(seed)
    {}

    QByteArray body()
    {
        QByteArray b = object(true);
        if (chance(35))
            mutate(&b);
        return b;
    }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    template <class T> const T &pick(const QList<T> &list)
    {
        return list.at(int(m_random.bounded(int(list.size()))));
    }

    QByteArray space()
    {
        return chance(85) ? QByteArray() : pick(QList<QByteArray>{" ", "\n", "\t ", "\r\n  "});
    }

    QByteArray scalar()
    {
        static const QList<QByteArray> values = {"\"O-1\"",
                                                 "\"  O-2 \"",
                                                 "\"\"",
                                                 "\" \"",
                                                 "\"12\"",
                                                 "\"12.50\"",
                                                 "\"1,5\"",
                                                 "\"abc\"",
                                                 "\"-3\"",
                                                 "\"3.0\"",
                                                 "\"1e3\"",
                                                 "\"0x10\"",
                                                 "12",
                                                 "0",
                                                 "-0",
                                                 "-1",
                                                 "1.5",
                                                 "100.00",
                                                 "199.99",
                                                 "1E2",
                                                 "1e308",
                                                 "-1e308",
                                                 "1e-7",
                                                 "9007199254740993",
                                                 "12345678901234567890",
                                                 "0.1",
                                                 "2.675",
                                                 "true",
                                                 "false",
                                                 "null",
                                                 "{}",
                                                 "[]",
                                                 "{\"a\":1}",
                                                 "[1,2]",
                                                 "\"PENDING\"",
                                                 "\"paid\"",
                                                 "\"To-Ship\"",
                                                 "\"shipped\"",
                                                 "\"cancelled\"",
                                                 "\"weird\"",
                                                 "\"2026-11-20T10:00:00.000Z\"",
                                                 "\"2026-11-20T10:00:00Z\"",
                                                 "\"2026-11-20 10:00:00\"",
                                                 "\"2026-11-20\"",
                                                 "\"2026-11-20T10:00:00+08:00\"",
                                                 "\"1999-12-31T23:59:59Z\"",
                                                 "\"2100-01-01T00:00:00Z\"",
                                                 "\"0001-01-01\"",
                                                 "\"not a date\"",
                                                 "1763632800000",
                                                 "1763632800",
                                                 "4102444800",
                                                 "\"1763632800000\"",
                                                 "\"a\\u0000b\"",
                                                 "\"caf\\u00e9\"",
                                                 "\"tab\\tx\"",
                                                 "\"Jos\xc3\xa9\"",
                                                 "\"bad\xff\"",
                                                 "\"S\"",
                                                 "\"BENCH\"",
                                                 "\"OTHER\"",
                                                 "\"x@example.com\"",
                                                 "\"\\\"q\\\"\"",
                                                 "1.0e2",
                                                 "-0.0",
                                                 "2e0",
                                                 "0.000001",
                                                 "\"1e308\"",
                                                 "999999999999",
                                                 "\"999999999999.99\""};
        return pick(values);
    }

    QByteArray key(bool top)
    {
        static const QList<QByteArray> topKeys = {"id",
                                                  "orderId",
                                                  "order_id",
                                                  "shopId",
                                                  "shop_id",
                                                  "items",
                                                  "total",
                                                  "totalPrice",
                                                  "total_price",
                                                  "totalAmount",
                                                  "status",
                                                  "customerName",
                                                  "customer_name",
                                                  "buyerName",
                                                  "customerEmail",
                                                  "customer_email",
                                                  "buyerEmail",
                                                  "createdAt",
                                                  "created_at",
                                                  "updatedAt",
                                                  "updated_at",
                                                  "note",
                                                  "products",
                                                  "orders",
                                                  "Id",
                                                  ""};
        static const QList<QByteArray> itemKeys = {"productId", "product_id",   "id",         "productName",
                                                   "name",      "product_name", "quantity",   "qty",
                                                   "price",     "unitPrice",    "unit_price", "subtotal",
                                                   "subTotal",  "sub_total",    "sku",        "items"};
        return top ? pick(topKeys) : pick(itemKeys);
    }

    QByteArray member(const QByteArray &k, const QByteArray &v)
    {
        return '"' + k + "\"" + space() + ':' + space() + v;
    }

    QByteArray items()
    {
        if (chance(5))
            return pick(QList<QByteArray>{"[]", "{}", "\"x\"", "null", "[1]", "[{}, 2]"});
        QList<QByteArray> lines;
        const int n = int(m_random.bounded(4));
        for (int i = 0; i < n; ++i)
            lines << object(false);
        return '[' + space() + lines.join(',' + space()) + space() + ']';
    }

    QByteArray object(bool top)
    {
        QList<QByteArray> members;
        // Mostly well-formed orders and lines, with the odd field changed.
        if (top) {
            members << member(chance(90) ? "id" : key(true),
                              chance(80) ? "\"O-" + QByteArray::number(m_random.bounded(50)) + '"'
                                         : scalar());
            if (chance(70))
                members << member("shopId", chance(85) ? "\"S\"" : scalar());
            if (chance(85))
                members << member("items", items());
            if (chance(70))
                members << member(chance(80) ? "total" : "totalPrice", chance(75) ? "91.00" : scalar());
            if (chance(70))
                members << member(
                    "status", chance(70) ? pick(QList<QByteArray>{"\"PENDING\"", "\"paid\"", "\"to-ship\""})
                                         : scalar());
            if (chance(50))
                members << member("customerName", chance(70) ? "\"A buyer\"" : scalar());
            if (chance(50))
                members << member("createdAt", chance(70) ? "\"2026-11-20T10:00:00.000Z\"" : scalar());
        } else {
            members << member(chance(90) ? "productId" : key(false),
                              chance(85) ? "\"P-" + QByteArray::number(m_random.bounded(9)) + '"' : scalar());
            if (chance(90))
                members << member(chance(90) ? "quantity" : "qty",
                                  chance(80) ? QByteArray::number(m_random.bounded(4)) : scalar());
            if (chance(90))
                members << member("price", chance(75) ? "45.50" : scalar());
            if (chance(40))
                members << member("subtotal", chance(60) ? "91.00" : scalar());
        }
        const int extra = int(m_random.bounded(top ? 4 : 3));
        for (int i = 0; i < extra; ++i) {
            const QByteArray k = key(top);
            members << member(k, top && k == "items" ? items() : scalar());
        }
        if (chance(10) && !members.isEmpty())
            members << members.at(int(m_random.bounded(int(members.size())))); // a key twice
        if (chance(10)) {
            QByteArray deep = "1";
            const int depth = chance(50) ? 20 : 3;
            for (int i = 0; i < depth; ++i)
                deep = "{\"d\":" + deep + '}';
            members << member("nested", deep);
        }
        std::shuffle(members.begin(), members.end(), m_random);
        return '{' + space() + members.join(',' + space()) + space() + '}';
    }

    void mutate(QByteArray *b)
    {
        static const QList<QByteArray> pieces = {"{",    "}",       "[",
                                                 "]",    "\"",      ",",
                                                 ":",    "\\",      "0",
                                                 "9",    "-",       ".",
                                                 "e",    " ",       QByteArray(1, '\0'),
                                                 "\xc3", "\xff",    "\xef\xbb\xbf",
                                                 "null", "\\u0000", "1e999",
                                                 "\x7f", "\x01"};
        const int at = int(m_random.bounded(int(b->size()) + 1));
        switch (m_random.bounded(4)) {
        case 0:
            b->remove(at, 1);
            break;
        case 1:
            b->insert(at, pick(pieces));
            break;
        case 2:
            if (at < b->size())
                (*b)[at] = pick(pieces).at(0);
            break;
        default:
            b->prepend(pick(QList<QByteArray>{"\xef\xbb\xbf", " ", "\n"}));
            b->append(pick(QList<QByteArray>{"", " ", "x", "}", "\n"}));
        }
    }

    QRandomGenerator m_random;
};
} // namespace

class TstWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The fast reader of order bodies (util/flatjson.h) reads every body it takes to the command
    // QJsonDocument's path gives, refuses where that one refuses (and leaves it the wording), and names
    // the same shop; over the fuzz corpus, the contract's faults and many generated and mutated bodies.
    void flatReaderMatchesDocument()
    {
        QList<QByteArray> bodies;
        const QDir corpus(QFINDTESTDATA("../fuzz/corpus/webhookpayload"));
        for (const QString &name : corpus.entryList(QDir::Files)) {
            QFile f(corpus.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            bodies << f.readAll();
        }
        QVERIFY(bodies.size() >= 8);
        bodies << "{}"
               << "{\"id\":\"O\",\"items\":[]}"
               << "{\"id\":\"O\",\"total\":1e308}"
               << "{\"id\":\"O\",\"id\":\"P\"}"
               << "{\"id\":\"O\",\"status\":\"nope\"}"
               << "{\"id\":\"O\",\"createdAt\":\"1999-01-01\"}"
               << "{\"id\":12}"
               << "{\"id\":1.5}"
               << "{\"id\":\"O\",\"items\":null}"
               << "{\"id\":\"O\",\"items\":[{\"productId\":\"P\",\"quantity\":\"2\",\"price\":\"1\"}]}"
               << "[{\"id\":\"O\"}]"
               << "{\"id\":\"O\"} x"
               << "{\"id\":\"O\",}"
               << " \n{\"id\" : \"O\" }\n";
        OrderBodyGenerator generator(20261206);
        for (int i = 0; i < 20000; ++i)
            bodies << generator.body();
        // Wider than an order: not taken (each key is compared with those before it), read the usual way.
        QByteArray wide = "{\"id\":\"W\",\"status\":\"PENDING\",\"totalAmount\":5,\"items\":[]";
        for (int k = 0; k < 100'000; ++k)
            wide += ",\"k" + QByteArray::number(k) + "\":0";
        wide += '}';
        QVERIFY(!payload::readFlatJson(wide));
        bodies << wide;

        int taken = 0, read = 0;
        for (const QByteArray &body : std::as_const(bodies)) {
            const auto flat = payload::readFlatJson(body);
            if (flat) {
                ++taken;
                QStringList hints;
                if (WebhookService::flatShopHints(flat->object, &hints)) {
                    const auto json = readWebhookJson(body);
                    QVERIFY2(json.ok(), body.constData());
                    QCOMPARE(hints, WebhookService::shopHints(*json));
                }
                if (parseOrderWebhook(WebhookTopic::OrderCreated, flat->object, 2))
                    ++read;
            }
            for (WebhookTopic topic : {WebhookTopic::OrderCreated, WebhookTopic::OrderUpdated,
                                       WebhookTopic::ProductCreated, WebhookTopic::SyncBatch}) {
                for (int exponent : {0, 2}) {
                    const QString difference = test::flatReaderDifference(topic, body, exponent);
                    QVERIFY2(difference.isEmpty(),
                             qPrintable(QString::fromUtf8(body) + u"\n"_s + difference));
                }
            }
        }
        // Both sides of the comparison were exercised.
        QVERIFY2(read > 1000 && taken - read > 1000 && bodies.size() - taken > 1000,
                 qPrintable(u"%1 bodies, %2 taken, %3 read"_s.arg(bodies.size()).arg(taken).arg(read)));
    }

    // The writer says what happened; only the service's mapping decides the HTTP answer, and what
    // went wrong inside the store never reaches the sender.
    void answersFollowOutcomes()
    {
        WebhookOutcome applied{7, WebhookOutcome::Kind::Applied, 42};
        applied.deferredNote = u"held"_s;
        WebhookAnswer a = webhookAnswer(applied);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(u"data"_s).toObject().value(u"id"_s).toInteger(), 42);
        QCOMPARE(a.body.value(u"data"_s).toObject().value(u"deferred"_s).toString(), u"held"_s);
        QCOMPARE(a.body.value(u"duplicate"_s).toBool(), false);

        a = webhookAnswer(WebhookOutcome::duplicate(8));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(u"duplicate"_s).toBool(), true);

        a = webhookAnswer(WebhookOutcome::rejected(9, u"price: not a number"_s));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body.value(u"error"_s).toString(), u"price: not a number"_s);

        a = webhookAnswer(WebhookOutcome::unavailable(10, u"disk I/O error in /var/lib/bva/bva.db"_s));
        QCOMPARE(a.status, 503);
        QCOMPARE(a.body.value(u"success"_s).toBool(), false);
        QVERIFY(!a.body.value(u"error"_s).toString().contains(u"/var/lib"_s));

        // The bytes sent are those of the answer's object, whichever way they are written.
        WebhookOutcome stale{11, WebhookOutcome::Kind::Applied, 44};
        stale.stale = 1;
        for (const WebhookOutcome &o :
             {WebhookOutcome{10, WebhookOutcome::Kind::Applied, 43}, applied, stale,
              WebhookOutcome::duplicate(8), WebhookOutcome::rejected(9, u"price: not a number"_s),
              WebhookOutcome::unavailable(12, u"disk full"_s)}) {
            int status = 0;
            const QByteArray bytes = webhookAnswerBytes(o, &status);
            const WebhookAnswer expected = webhookAnswer(o);
            QCOMPARE(status, expected.status);
            QCOMPARE(bytes, QJsonDocument(expected.body).toJson(QJsonDocument::Compact));
        }
    }

    // The key of an unsigned delivery is the SHA-256 of topic, integration and body (keys stored by
    // earlier versions must still match a repeat).
    void dedupeKeyIsSha256_data()
    {
        // Bodies that end the hashed text on and around SHA-256's 64-byte blocks, and long ones.
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("order") << QByteArray(R"({"orderId":"A-1","status":"PAID"})");
        QTest::newRow("empty") << QByteArray();
        for (int size : {39, 40, 41, 47, 48, 49, 103, 104, 105, 1000, 65536, 1024 * 1024 + 7}) {
            QByteArray body(size, Qt::Uninitialized);
            for (int i = 0; i < size; ++i)
                body[i] = char('a' + (i * 7 + size) % 26);
            QTest::addRow("%d bytes", size) << body;
        }
    }
    void dedupeKeyIsSha256()
    {
        QFETCH(QByteArray, body);
        WebhookSource source;
        source.integrationId = 17;
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray("orders/updated\n17\n" + body), QCryptographicHash::Sha256)
                .toHex());
        QCOMPARE(WebhookService::dedupeKey(source, WebhookTopic::OrderUpdated, body), u"sha:"_s + digest);
        QCOMPARE(WebhookService::dedupeKey(source, WebhookTopic::OrderUpdated, body, u"o:A-1"_s),
                 u"rec:17:o:A-1:"_s + digest);
    }

    // The order summary is built only when something listens (announce()); a listener gets it whole.
    void orderEventCarriesSummary()
    {
        START_SERVER(server, u"sqlite"_s);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        EventBus &bus = server->services().eventBus();
        QVERIFY(!bus.hasOrderListeners());
        QList<QJsonObject> seen;
        const QMetaObject::Connection c = QObject::connect(
            &bus, &EventBus::orderChanged, &bus,
            [&seen](qint64, const QString &, const QJsonObject &data) { seen.append(data); },
            Qt::QueuedConnection);
        QVERIFY(bus.hasOrderListeners());
        const QByteArray body = json("{\"id\":\"O1\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\","
                                     "\"quantity\":2,\"price\":100}],\"total\":200,\"status\":\"TO_SHIP\","
                                     "\"createdAt\":\"2026-11-02T03:00:00Z\"}");
        QCOMPARE(server->webhook(u"orders/created"_s, body, shop.token).status, 200);
        QTRY_COMPARE(seen.size(), 1);
        QCOMPARE(
            seen.constFirst(),
            (QJsonObject{{u"orderId"_s, u"O1"_s}, {u"status"_s, u"TO_SHIP"_s}, {u"totalMinor"_s, 20000}}));
        QObject::disconnect(c);
    }

    void health()
    {
        START_SERVER(server, u"sqlite"_s);
        const Reply r = server->get(u"/api/health"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"success"_s).toBool(), true);
        QCOMPARE(r.json.value(u"data"_s).toObject().value(u"status"_s).toString(), u"ok"_s);
    }

    void authFailures_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("missing")
            << QByteArray()
            << json("{\"id\":\"p1\",\"shopId\":\"S1\",\"name\":\"A\",\"price\":1,\"stock\":1}");
        QTest::newRow("basic scheme")
            << QByteArray("Basic dXNlcjpwYXNz")
            << json("{\"id\":\"p1\",\"shopId\":\"S1\",\"name\":\"A\",\"price\":1,\"stock\":1}");
        QTest::newRow("unknown token")
            << QByteArray("Bearer nope")
            << json("{\"id\":\"p1\",\"shopId\":\"S1\",\"name\":\"A\",\"price\":1,\"stock\":1}");
        QTest::newRow("empty bearer")
            << QByteArray("Bearer ")
            << json("{\"id\":\"p1\",\"shopId\":\"S1\",\"name\":\"A\",\"price\":1,\"stock\":1}");
        QTest::newRow("token in body")
            << QByteArray()
            << json(
                   "{\"id\":\"p1\",\"shopId\":\"S1\",\"name\":\"A\",\"price\":1,\"stock\":1,\"token\":\"@TOKEN@\"}");
    }

    void authFailures()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, body);
        START_SERVER(server, u"sqlite"_s);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"S1"_s);
        body.replace("@TOKEN@", shop.token);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.emplaceBack("Authorization", authorization);
        const Reply r = server->send("POST", u"/api/webhooks/products/created"_s, body, headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(u"success"_s).toBool(true), false);
        QVERIFY(!errorOf(r).isEmpty());
        QCOMPARE(*ProductRepository(server->db()).count(shop.shopId), 0);
    }

    void signedDeliveries()
    {
        START_SERVER(server, u"sqlite"_s);
        const TestIntegration shop = server->addIntegration(Platform::Lazada, u"L1"_s);
        const QByteArray body =
            json("{\"id\":\"p9\",\"shopId\":\"L1\",\"name\":\"Signed\",\"price\":\"10.50\",\"stock\":\"4\"}");
        const QByteArray ts = QByteArray::number((bva::Clock::nowMs() / 1000));
        const QByteArray sig = WebhookVerifier::sign(shop.secret, "msg_1", ts, body);
        auto send = [&](const QByteArray &id, const QByteArray &stamp, const QByteArray &signature) {
            return server->send(
                "POST", u"/api/webhooks/products/created"_s, body,
                {{"webhook-id", id}, {"webhook-timestamp", stamp}, {"webhook-signature", signature}});
        };
        QCOMPARE(send("msg_1", ts, "v1,AAAA").status, 401);
        QCOMPARE(send("msg_1", QByteArray::number((bva::Clock::nowMs() / 1000) - 600),
                      WebhookVerifier::sign(shop.secret, "msg_1",
                                            QByteArray::number((bva::Clock::nowMs() / 1000) - 600), body))
                     .status,
                 401);
        QCOMPARE(send("msg_2", ts, sig).status, 401); // signature of another id
        Reply ok = send("msg_1", ts, "v1,bogus " + sig);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(u"duplicate"_s).toBool(true), false);
        Reply again = send("msg_1", ts, sig);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"duplicate"_s).toBool(), true);
        auto product = ProductRepository(server->db()).findByExternal(shop.shopId, u"p9"_s);
        QVERIFY(product.ok() && product->has_value());
        QCOMPARE((*product)->priceMinor, 1050);
        QCOMPARE((*product)->stock, 4);

        // A snake_case clone names its shop "shop_id": the signature is found all the same.
        const QByteArray snake = json(
            "{\"product_id\":\"p10\",\"shop_id\":\"L1\",\"name\":\"Snake\",\"price\":\"2.25\",\"quantity\":\"6\"}");
        const Reply snaked =
            server->send("POST", u"/api/webhooks/products/created"_s, snake,
                         {{"webhook-id", "msg_3"},
                          {"webhook-timestamp", ts},
                          {"webhook-signature", WebhookVerifier::sign(shop.secret, "msg_3", ts, snake)}});
        QCOMPARE(snaked.status, 200);
        product = ProductRepository(server->db()).findByExternal(shop.shopId, u"p10"_s);
        QVERIFY(product.ok() && product->has_value());
        QCOMPARE((*product)->priceMinor, 225);
        QCOMPARE((*product)->stock, 6);

        // A batch that names its shop only in its parts.
        const QByteArray batch =
            json("{\"products\":[{\"id\":\"p11\",\"shopId\":\"L1\",\"price\":1,\"stock\":2}]}");
        const Reply batched =
            server->send("POST", u"/api/webhooks/sync/batch"_s, batch,
                         {{"webhook-id", "msg_4"},
                          {"webhook-timestamp", ts},
                          {"webhook-signature", WebhookVerifier::sign(shop.secret, "msg_4", ts, batch)}});
        QCOMPARE(batched.status, 200);
        QVERIFY(ProductRepository(server->db()).findByExternal(shop.shopId, u"p11"_s)->has_value());
    }

    void crossShopRefused()
    {
        START_SERVER(server, u"sqlite"_s);
        const TestIntegration mine = server->addIntegration(Platform::Shopee, u"S1"_s);
        const TestIntegration other = server->addIntegration(Platform::Shopee, u"S2"_s);
        const Reply r = server->webhook(
            u"products/created"_s,
            json("{\"id\":\"p1\",\"shopId\":\"S2\",\"name\":\"X\",\"price\":1,\"stock\":1}"), mine.token);
        QCOMPARE(r.status, 403);
        QVERIFY(errorOf(r).contains(u"shopId"_s));
        const Reply batch = server->webhook(
            u"sync/batch"_s,
            json("{\"shopId\":\"S1\",\"products\":[{\"id\":\"p1\",\"shopId\":\"S2\",\"price\":1}]}"),
            mine.token);
        QCOMPARE(batch.status, 403);
        QCOMPARE(*ProductRepository(server->db()).count(other.shopId), 0);
        QCOMPARE(*ProductRepository(server->db()).count(mine.shopId), 0);
    }

    // A lone surrogate in an id ("\ud800") is kept as U+FFFD by the store, so "P\ud800" and "P\udbff" were
    // one product of the shop: refused with the field named, both backends, each topic that names an id.
    void loneSurrogateIdsRefused_data() { addBackendRows(); }
    void loneSurrogateIdsRefused()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"S1"_s);
        const auto product = [&](const char *id, int price) {
            return server->webhook(u"products/created"_s,
                                   QByteArray("{\"id\":\"") + id +
                                       "\",\"shopId\":\"S1\",\"name\":\"Bag\",\"price\":" +
                                       QByteArray::number(price) + ",\"stock\":3}",
                                   shop.token);
        };
        for (const char *id : {"P\\ud800", "P\\udbff", "P\\udc00x", "\\udfff"}) {
            const Reply r = product(id, 5);
            QVERIFY2(r.status == 400, qPrintable(QString::fromLatin1(id) + u' ' + QString::fromUtf8(r.body)));
            QVERIFY2(r.body.contains("id holds a lone surrogate"), r.body.constData());
        }
        QCOMPARE(*ProductRepository(server->db()).count(shop.shopId), 0);
        const QList<std::pair<QString, QByteArray>> others{
            {u"orders/created"_s, "{\"id\":\"O\\ud800\",\"shopId\":\"S1\",\"items\":[],\"total\":1}"},
            {u"orders/created"_s,
             "{\"id\":\"O1\",\"shopId\":\"S1\",\"items\":[{\"productId\":\"P\\udc01\",\"quantity\":1,\"price\":1}],\"total\":1}"},
            {u"orders/status-changed"_s, "{\"id\":\"O\\ud800\",\"shopId\":\"S1\",\"status\":\"COMPLETED\"}"},
            {u"inventory/updated"_s, "{\"productId\":\"P\\ud800\",\"shopId\":\"S1\",\"quantity\":4}"},
            {u"products/deleted"_s, "{\"id\":\"P\\ud800\",\"shopId\":\"S1\"}"},
        };
        for (const auto &[topic, body] : others) {
            const Reply r = server->webhook(topic, body, shop.token);
            QVERIFY2(r.status == 400, qPrintable(topic + u' ' + QString::fromUtf8(r.body)));
            QVERIFY2(r.body.contains("lone surrogate"), r.body.constData());
        }
        // A pair is a character like any other.
        QCOMPARE(product("P\\ud83d\\udce6", 7).status, 200);
        QCOMPARE(*ProductRepository(server->db()).count(shop.shopId), 1);
    }

    // A bearer token authenticates deliveries for the shops it was issued for, and only those: one
    // marketplace account's token serving two shops puts each body in the shop it names; a body naming
    // any other shop (another BVA account's) is refused and changes nothing; a shop whose deliveries
    // are signed refuses the token alone even when the token's other shop still takes it.
    void tokenServesOnlyItsShops_data() { addBackendRows(); }
    void tokenServesOnlyItsShops()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const qint64 ana = server->registerUser(u"ana@example.com"_s).first;
        const qint64 ben = server->registerUser(u"ben@example.com"_s).first;
        QVERIFY(ana && ben && ana != ben);
        const TestIntegration anaMain = server->addIntegration(Platform::Shopee, u"A1"_s, ana);
        const TestIntegration anaSecond =
            server->addIntegration(Platform::Shopee, u"A2"_s, ana, anaMain.token);
        const TestIntegration anaSigned =
            server->addIntegration(Platform::Shopee, u"A3"_s, ana, anaMain.token);
        const TestIntegration benShop = server->addIntegration(Platform::Shopee, u"B1"_s, ben);
        QVERIFY(IntegrationRepository(server->db())
                    .setWebhookSigning(anaSigned.integrationId, WebhookSigning::Signed));
        auto product = [](const char *id, const QString &shop) {
            return QJsonDocument(QJsonObject{{u"id"_s, QString::fromLatin1(id)},
                                             {u"shopId"_s, shop},
                                             {u"name"_s, u"Bag"_s},
                                             {u"price"_s, 5},
                                             {u"stock"_s, 3}})
                .toJson(QJsonDocument::Compact);
        };
        auto has = [&](const TestIntegration &shop, const QString &id) {
            auto found = ProductRepository(server->db()).findByExternal(shop.shopId, id);
            return found.ok() && found->has_value();
        };

        // One token, two shops: each body lands in the shop it names.
        QCOMPARE(server->webhook(u"products/created"_s, product("p1", u"A1"_s), anaMain.token).status, 200);
        QCOMPARE(server->webhook(u"products/created"_s, product("p2", u"A2"_s), anaMain.token).status, 200);
        QVERIFY(has(anaMain, u"p1"_s) && !has(anaMain, u"p2"_s));
        QVERIFY(has(anaSecond, u"p2"_s) && !has(anaSecond, u"p1"_s));
        QCOMPARE(server->webhook(u"products/created"_s, product("p3", u"B1"_s), benShop.token).status, 200);
        QVERIFY(has(benShop, u"p3"_s));

        const StoreState before = storeState(server->db());
        const qint64 inboxBefore = *InboxRepository(server->db()).count();
        auto refused = [&](const Reply &r, int status, const QString &reasonHas) {
            if (r.status != status || !errorOf(r).contains(reasonHas)) {
                qWarning("answered %d: %s", r.status, r.body.constData());
                return false;
            }
            return r.json.value(u"success"_s).toBool(true) == false;
        };
        // Bodies naming a shop the token was not issued for: the other account's, or one nobody has.
        QVERIFY(refused(server->webhook(u"products/created"_s, product("x1", u"B1"_s), anaMain.token), 403,
                        u"B1"_s));
        QVERIFY(refused(server->webhook(u"products/created"_s, product("x2", u"A1"_s), benShop.token), 403,
                        u"A1"_s));
        QVERIFY(refused(server->webhook(u"products/created"_s, product("x3", u"Z9"_s), anaMain.token), 403,
                        u"Z9"_s));
        // A batch naming the token's shop first and another account's shop in a part.
        QVERIFY(refused(
            server->webhook(
                u"sync/batch"_s,
                json("{\"shopId\":\"A1\",\"products\":[{\"id\":\"x4\",\"shopId\":\"B1\",\"price\":1}]}"),
                anaMain.token),
            403, u"B1"_s));
        // A token serving several shops cannot tell whose a body naming none (or an unreadable one) is.
        QVERIFY(refused(server->webhook(u"inventory/updated"_s, json("{\"productId\":\"p1\",\"stock\":0}"),
                                        anaMain.token),
                        400, u"shopId"_s));
        QVERIFY(
            refused(server->webhook(u"products/created"_s, json("{\"id\":"), anaMain.token), 400, u"JSON"_s));
        // A3 takes signed deliveries only: the token alone is refused there (not in A1 or A2).
        QVERIFY(refused(server->webhook(u"products/created"_s, product("x5", u"A3"_s), anaMain.token), 401,
                        u"signature"_s));
        QCOMPARE(storeState(server->db()), before);
        QCOMPARE(*InboxRepository(server->db()).count(), inboxBefore);

        const QByteArray signedBody = product("p4", u"A3"_s);
        const QByteArray ts = QByteArray::number(bva::Clock::nowMs() / 1000);
        const Reply viaSignature = server->send(
            "POST", u"/api/webhooks/products/created"_s, signedBody,
            {{"webhook-id", "msg_a3"},
             {"webhook-timestamp", ts},
             {"webhook-signature", WebhookVerifier::sign(anaSigned.secret, "msg_a3", ts, signedBody)}});
        QCOMPARE(viaSignature.status, 200);
        QVERIFY(has(anaSigned, u"p4"_s));
        QCOMPARE(server->webhook(u"products/created"_s, product("p5", u"A2"_s), anaMain.token).status, 200);
        QVERIFY(has(anaSecond, u"p5"_s));
        QCOMPARE(*ProductRepository(server->db()).count(benShop.shopId), 1);
    }

    void payloads_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorMentions");

        // Both flavours, as CONTRACT.md section 4 lists them, plus the clones' known quirks.
        QTest::newRow("shopee product created")
            << u"products/created"_s
            << json(
                   "{\"id\":\"P1\",\"productId\":\"P1\",\"shopId\":\"SHOP\",\"name\":\"Mug\",\"description\":null,\"price\":199.99,\"cost\":120,\"stock\":10,\"sku\":\"M-1\",\"category\":\"Home\",\"image\":\"i.png\",\"imageUrl\":\"i.png\",\"expiryDate\":null}")
            << 200 << QString();
        QTest::newRow("lazada product created")
            << u"products/created"_s
            << json(
                   "{\"id\":\"P2\",\"shopId\":\"SHOP\",\"name\":\"Tea\",\"price\":\"45.50\",\"cost\":null,\"stock\":\"7\",\"image\":\"t.png\",\"description\":\"d\",\"category\":\"Food\",\"expiryDate\":\"2027-01-01\",\"isActive\":true}")
            << 200 << QString();
        QTest::newRow("productId only")
            << u"products/updated"_s
            << json(
                   "{\"productId\":\"P3\",\"shopId\":\"SHOP\",\"name\":\"Cup\",\"price\":\"5\",\"quantity\":3}")
            << 200 << QString();
        QTest::newRow("shopee product deleted")
            << u"products/deleted"_s << json("{\"id\":\"P1\",\"productId\":\"P1\",\"shopId\":\"SHOP\"}")
            << 200 << QString();
        QTest::newRow("lazada product deleted")
            << u"products/deleted"_s << json("{\"id\":\"P2\",\"shopId\":\"SHOP\"}") << 200 << QString();
        QTest::newRow("shopee order created")
            << u"orders/created"_s
            << json(
                   "{\"id\":\"O1\",\"orderId\":\"O1\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P1\",\"productName\":\"Mug\",\"quantity\":2,\"price\":199.99,\"subtotal\":399.98}],\"total\":399.98,\"totalPrice\":399.98,\"status\":\"PENDING\",\"customerName\":\"Ana\",\"customerEmail\":\"a@x.ph\",\"createdAt\":\"2026-11-20T10:00:00.000Z\"}")
            << 200 << QString();
        QTest::newRow("lazada order created")
            << u"orders/created"_s
            << json(
                   "{\"id\":\"O2\",\"shopId\":\"SHOP\",\"total\":\"91\",\"items\":[{\"productId\":\"P2\",\"quantity\":\"2\",\"price\":\"45.50\"}],\"status\":\"pending\",\"buyerId\":\"b1\",\"shippingAddress\":\"x\",\"paymentMethod\":\"COD\"}")
            << 200 << QString();
        QTest::newRow("total_price spelling")
            << u"orders/created"_s
            << json(
                   "{\"orderId\":\"O3\",\"shopId\":\"SHOP\",\"total_price\":10,\"items\":[],\"status\":\"to-ship\"}")
            << 200 << QString();
        QTest::newRow("lazada order updated")
            << u"orders/updated"_s
            << json(
                   "{\"id\":\"O2\",\"shopId\":\"SHOP\",\"total\":91,\"items\":[{\"productId\":\"P2\",\"quantity\":2,\"price\":45.5}],\"status\":\"delivered\",\"buyerId\":\"b1\"}")
            << 200 << QString();
        QTest::newRow("shopee status changed")
            << u"orders/status-changed"_s
            << json("{\"id\":\"O1\",\"orderId\":\"O1\",\"shopId\":\"SHOP\",\"status\":\"TO_SHIP\"}") << 200
            << QString();
        QTest::newRow("kebab status")
            << u"orders/status-changed"_s
            << json("{\"id\":\"O1\",\"shopId\":\"SHOP\",\"status\":\"return-refund\"}") << 200 << QString();
        QTest::newRow("shopee inventory")
            << u"inventory/updated"_s
            << json("{\"productId\":\"P3\",\"shopId\":\"SHOP\",\"quantity\":4,\"stock\":4,\"threshold\":5}")
            << 200 << QString();
        QTest::newRow("lazada inventory")
            << u"inventory/updated"_s << json("{\"productId\":\"P3\",\"shopId\":\"SHOP\",\"quantity\":\"6\"}")
            << 200 << QString();
        QTest::newRow("null status on a new order")
            << u"orders/created"_s
            << json("{\"id\":\"O5\",\"shopId\":\"SHOP\",\"items\":[],\"total\":5,\"status\":null}") << 200
            << QString();
        QTest::newRow("empty status on an update")
            << u"orders/updated"_s
            << json("{\"id\":\"O1\",\"shopId\":\"SHOP\",\"items\":[],\"total\":\"1.00\",\"status\":\"\"}")
            << 200 << QString();
        QTest::newRow("UTF-8 byte order mark")
            << u"products/updated"_s
            << json(
                   "\xEF\xBB\xBF{\"id\":\"P3\",\"shopId\":\"SHOP\",\"name\":\"Cup\",\"price\":5,\"stock\":3}")
            << 200 << QString();
        QTest::newRow("batch")
            << u"sync/batch"_s
            << json(
                   "{\"shopId\":\"SHOP\",\"products\":[{\"id\":\"B1\",\"name\":\"b\",\"price\":1,\"stock\":1}],\"orders\":[{\"id\":\"BO1\",\"items\":[{\"productId\":\"B1\",\"quantity\":1,\"price\":1}],\"total\":1,\"status\":\"COMPLETED\"}]}")
            << 200 << QString();

        QTest::newRow("malformed json")
            << u"products/created"_s << json("{\"id\":\"P1\",") << 400 << u"body"_s;
        QTest::newRow("array body") << u"products/created"_s << json("[1,2]") << 400 << u"body"_s;
        QTest::newRow("missing product id")
            << u"products/created"_s << json("{\"shopId\":\"SHOP\",\"name\":\"x\",\"price\":1}") << 400
            << u"id"_s;
        QTest::newRow("price not a number")
            << u"products/created"_s
            << json("{\"id\":\"P9\",\"shopId\":\"SHOP\",\"name\":\"x\",\"price\":\"abc\"}") << 400
            << u"price"_s;
        QTest::newRow("price an object")
            << u"products/updated"_s
            << json("{\"id\":\"P9\",\"shopId\":\"SHOP\",\"name\":\"x\",\"price\":{\"a\":1}}") << 400
            << u"price"_s;
        QTest::newRow("missing order id")
            << u"orders/created"_s << json("{\"shopId\":\"SHOP\",\"items\":[],\"total\":1}") << 400
            << u"id"_s;
        QTest::newRow("items not array")
            << u"orders/created"_s << json("{\"id\":\"O9\",\"shopId\":\"SHOP\",\"items\":\"x\",\"total\":1}")
            << 400 << u"items"_s;
        QTest::newRow("bad item quantity")
            << u"orders/created"_s
            << json(
                   "{\"id\":\"O9\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P1\",\"quantity\":\"lots\",\"price\":1}]}")
            << 400 << u"quantity"_s;
        QTest::newRow("unknown status")
            << u"orders/status-changed"_s
            << json("{\"id\":\"O1\",\"shopId\":\"SHOP\",\"status\":\"teleported\"}") << 400 << u"status"_s;
        QTest::newRow("status missing") << u"orders/status-changed"_s
                                        << json("{\"id\":\"O1\",\"shopId\":\"SHOP\"}") << 400 << u"status"_s;
        QTest::newRow("deleted without id")
            << u"products/deleted"_s << json("{\"shopId\":\"SHOP\"}") << 400 << u"id"_s;
        QTest::newRow("inventory without stock")
            << u"inventory/updated"_s << json("{\"productId\":\"P3\",\"shopId\":\"SHOP\"}") << 400
            << u"stock"_s;
        QTest::newRow("inventory negative")
            << u"inventory/updated"_s << json("{\"productId\":\"P3\",\"shopId\":\"SHOP\",\"stock\":-2}")
            << 400 << u"stock"_s;
        QTest::newRow("batch bad order")
            << u"sync/batch"_s
            << json(
                   "{\"shopId\":\"SHOP\",\"products\":[{\"id\":\"B2\",\"price\":1}],\"orders\":[{\"id\":\"X\"},{\"items\":[]}]}")
            << 400 << u"orders[1]"_s;
        QTest::newRow("batch not arrays")
            << u"sync/batch"_s << json("{\"shopId\":\"SHOP\",\"products\":{}}") << 400 << u"products"_s;
    }

    void payloads()
    {
        QFETCH(QString, topic);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorMentions);
        START_SERVER(server, u"sqlite"_s);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        // Products P1..P3 and order O1/O2 exist so updates, deletes and stock have something to touch.
        for (
            const char *seed :
            {"{\"id\":\"P1\",\"shopId\":\"SHOP\",\"name\":\"Mug\",\"price\":199.99,\"cost\":120,\"stock\":10}",
             "{\"id\":\"P2\",\"shopId\":\"SHOP\",\"name\":\"Tea\",\"price\":45.5,\"stock\":7}",
             "{\"id\":\"P3\",\"shopId\":\"SHOP\",\"name\":\"Cup\",\"price\":5,\"stock\":3}"})
            QCOMPARE(server->webhook(u"products/created"_s, json(seed), shop.token).status, 200);
        QCOMPARE(
            server
                ->webhook(
                    u"orders/created"_s,
                    json(
                        "{\"id\":\"O1\",\"shopId\":\"SHOP\",\"items\":[],\"total\":1,\"status\":\"PENDING\"}"),
                    shop.token)
                .status,
            200);
        const qint64 inboxBefore = *InboxRepository(server->db()).count();

        const Reply r = server->webhook(topic, body, shop.token);
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(r.json.value(u"success"_s).toBool(), true);
            QCOMPARE(*InboxRepository(server->db()).count(), inboxBefore + 1);
        } else {
            QCOMPARE(r.json.value(u"success"_s).toBool(true), false);
            QVERIFY2(errorOf(r).contains(errorMentions), qPrintable(errorOf(r)));
            // Kept as failed with its reason, nothing of it applied.
            QCOMPARE(*InboxRepository(server->db()).count(), inboxBefore + 1);
            const InboxRow kept = lastInboxRow(server->db());
            QCOMPARE(kept.state, u"FAILED"_s);
            QCOMPARE(kept.error, errorOf(r));
            QCOMPARE(kept.payload, body);
            QVERIFY(!ProductRepository(server->db()).findByExternal(shop.shopId, u"B2"_s)->has_value());
        }
    }

    // The desktop runs the receiver in-process with the seller's language installed: its reasons follow it.
    void errorsInTheInstalledLanguage()
    {
        START_SERVER(server, u"sqlite"_s);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        ScopedTranslation indonesian(u"id"_s);
        QVERIFY2(indonesian.installed(), qPrintable(indonesian.path()));
        const Reply noAuth =
            server->send("POST", u"/api/webhooks/products/created"_s, json("{\"id\":\"P1\"}"));
        QCOMPARE(noAuth.status, 401);
        QCOMPARE(errorOf(noAuth),
                 u"Authorization: tidak ada (token Bearer atau tanda tangan webhook wajib)"_s);
        const Reply status = server->webhook(
            u"orders/status-changed"_s, json("{\"id\":\"O1\",\"shopId\":\"SHOP\",\"status\":\"teleported\"}"),
            shop.token);
        QCOMPARE(status.status, 400);
        QVERIFY2(errorOf(status).endsWith(u"status: status pesanan tidak dikenal"_s),
                 qPrintable(errorOf(status)));
        const Reply items = server->webhook(
            u"orders/created"_s, json("{\"id\":\"O9\",\"shopId\":\"SHOP\",\"items\":\"x\"}"), shop.token);
        QCOMPARE(items.status, 400);
        QVERIFY2(errorOf(items).endsWith(u"items: harus berupa array"_s), qPrintable(errorOf(items)));
    }

    void effects()
    {
        START_SERVER(server, u"sqlite"_s);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        QCOMPARE(
            server
                ->webhook(
                    u"products/created"_s,
                    json(
                        "{\"id\":\"K\",\"shopId\":\"SHOP\",\"name\":\"Known\",\"price\":100,\"cost\":60,\"stock\":10}"),
                    shop.token)
                .status,
            200);
        QCOMPARE(
            server
                ->webhook(
                    u"products/created"_s,
                    json(
                        "{\"id\":\"U\",\"shopId\":\"SHOP\",\"name\":\"Unknown cost\",\"price\":50,\"cost\":null,\"stock\":5}"),
                    shop.token)
                .status,
            200);
        QCOMPARE(
            server
                ->webhook(
                    u"orders/created"_s,
                    json(
                        "{\"id\":\"OK\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"K\",\"quantity\":2,\"price\":100}],\"total\":200,\"status\":\"COMPLETED\",\"createdAt\":\"2026-11-01T03:00:00Z\"}"),
                    shop.token)
                .status,
            200);
        QCOMPARE(
            server
                ->webhook(
                    u"orders/created"_s,
                    json(
                        "{\"id\":\"OU\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"U\",\"quantity\":1,\"price\":50}],\"total\":50,\"status\":\"COMPLETED\"}"),
                    shop.token)
                .status,
            200);
        OrderRepository orders(server->db());
        auto known = orders.findByExternal(shop.shopId, u"OK"_s);
        QVERIFY(known.ok() && known->has_value());
        QCOMPARE((*known)->profitMinor, std::optional<qint64>(200 * 100 - 2 * 6000));
        QCOMPARE((*known)->placedAt, QDateTime(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC));
        auto unknown = orders.findByExternal(shop.shopId, u"OU"_s);
        QVERIFY(!(*unknown)->profitMinor.has_value());
        QVERIFY(!(*unknown)->costMinor.has_value());
        // Later cost changes do not rewrite the snapshot.
        QCOMPARE(
            server
                ->webhook(
                    u"products/updated"_s,
                    json(
                        "{\"id\":\"K\",\"shopId\":\"SHOP\",\"name\":\"Known\",\"price\":100,\"cost\":90,\"stock\":10}"),
                    shop.token)
                .status,
            200);
        QCOMPARE(
            server
                ->webhook(
                    u"orders/updated"_s,
                    json(
                        "{\"id\":\"OK\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"K\",\"quantity\":2,\"price\":100}],\"total\":200,\"status\":\"COMPLETED\"}"),
                    shop.token)
                .status,
            200);
        QCOMPARE((*orders.findByExternal(shop.shopId, u"OK"_s))->profitMinor, std::optional<qint64>(8000));
        // Soft delete keeps the product.
        QCOMPARE(
            server->webhook(u"products/deleted"_s, json("{\"id\":\"U\",\"shopId\":\"SHOP\"}"), shop.token)
                .status,
            200);
        auto deleted = ProductRepository(server->db()).findByExternal(shop.shopId, u"U"_s);
        QVERIFY(deleted->has_value() && (*deleted)->deletedAt.isValid());
        // Inventory update recorded as an event.
        QCOMPARE(
            server
                ->webhook(
                    u"inventory/updated"_s,
                    json(
                        "{\"productId\":\"K\",\"shopId\":\"SHOP\",\"quantity\":3,\"stock\":3,\"threshold\":5}"),
                    shop.token)
                .status,
            200);
        auto history = ProductRepository(server->db()).stockHistory(shop.shopId, u"K"_s);
        QVERIFY(history.ok() && !history->isEmpty());
        QCOMPARE(history->constFirst().quantity, 3);
        QCOMPARE(history->constFirst().delta, std::optional<int>(-7));
        QCOMPARE(history->constFirst().threshold, std::optional<int>(5));
    }

    void duplicates_data() { addBackendRows(); }
    void duplicates()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        QCOMPARE(
            server
                ->webhook(
                    u"products/created"_s,
                    json(
                        "{\"id\":\"P\",\"shopId\":\"SHOP\",\"name\":\"P\",\"price\":10,\"cost\":5,\"stock\":10}"),
                    shop.token)
                .status,
            200);
        const QByteArray order = json(
            "{\"id\":\"O\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":3,\"price\":10}],\"total\":30,\"status\":\"PENDING\"}");
        const QByteArray stock = json("{\"productId\":\"P\",\"shopId\":\"SHOP\",\"quantity\":7}");
        for (int i = 0; i < 3; ++i) {
            const Reply o = server->webhook(u"orders/created"_s, order, shop.token);
            QCOMPARE(o.status, 200);
            QCOMPARE(o.json.value(u"duplicate"_s).toBool(), i > 0);
            const Reply s = server->webhook(u"inventory/updated"_s, stock, shop.token);
            QCOMPARE(s.status, 200);
            QCOMPARE(s.json.value(u"duplicate"_s).toBool(), i > 0);
        }
        QCOMPARE(*OrderRepository(server->db()).count(shop.shopId), 1);
        auto history = ProductRepository(server->db()).stockHistory(shop.shopId, u"P"_s);
        int webhookEvents = 0;
        for (const InventoryEvent &e : std::as_const(*history))
            webhookEvents += e.quantity == 7 ? 1 : 0;
        QCOMPARE(webhookEvents, 1);
        QCOMPARE((*ProductRepository(server->db()).findByExternal(shop.shopId, u"P"_s))->stock, 7);
        QCOMPARE(*InboxRepository(server->db()).count(), 3);
    }

    // The same body again after a different one for the same record is a new state, not a duplicate:
    // stock 5, 4, 5 (an order, then its cancellation) and a price changed back.
    void repeatedStateApplies_data() { addBackendRows(); }
    void repeatedStateApplies()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const TestIntegration shop = server->addIntegration(Platform::Lazada, u"LZ"_s);
        const QByteArray five = json("{\"productId\":\"P\",\"shopId\":\"LZ\",\"quantity\":5}");
        const QByteArray four = json("{\"productId\":\"P\",\"shopId\":\"LZ\",\"quantity\":4}");
        const QByteArray cheap =
            json("{\"id\":\"P\",\"shopId\":\"LZ\",\"name\":\"P\",\"price\":\"10.00\",\"stock\":5}");
        const QByteArray dear =
            json("{\"id\":\"P\",\"shopId\":\"LZ\",\"name\":\"P\",\"price\":\"12.00\",\"stock\":5}");
        ProductRepository products(server->db());
        auto stock = [&] { return (*products.findByExternal(shop.shopId, u"P"_s))->stock; };
        auto price = [&] { return (*products.findByExternal(shop.shopId, u"P"_s))->priceMinor; };

        QCOMPARE(server->webhook(u"products/updated"_s, cheap, shop.token).status, 200);
        QCOMPARE(server->webhook(u"products/updated"_s, dear, shop.token).status, 200);
        const Reply back = server->webhook(u"products/updated"_s, cheap, shop.token);
        QCOMPARE(back.status, 200);
        QCOMPARE(back.json.value(u"duplicate"_s).toBool(true), false);
        QCOMPARE(price(), 1000);

        QCOMPARE(
            server->webhook(u"inventory/updated"_s, five, shop.token).json.value(u"duplicate"_s).toBool(true),
            false);
        QCOMPARE(
            server->webhook(u"inventory/updated"_s, five, shop.token).json.value(u"duplicate"_s).toBool(),
            true);
        QCOMPARE(
            server->webhook(u"inventory/updated"_s, four, shop.token).json.value(u"duplicate"_s).toBool(true),
            false);
        QCOMPARE(stock(), 4);
        const Reply again = server->webhook(u"inventory/updated"_s, five, shop.token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"duplicate"_s).toBool(true), false);
        QCOMPARE(stock(), 5);
        // Delivered twice in a row is still one delivery.
        QCOMPARE(
            server->webhook(u"inventory/updated"_s, five, shop.token).json.value(u"duplicate"_s).toBool(),
            true);
        QCOMPARE(*InboxRepository(server->db()).count(), 6);
    }

    // A body BVA cannot read, from an authenticated sender, is answered 400 with the reason and kept in
    // the inbox as failed (once, however often it is sent); an unauthenticated one is not kept.
    void rejectedKeptInInbox_data() { addBackendRows(); }
    void rejectedKeptInInbox()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const auto [ownerId, ownerSession] = server->registerUser(u"owner@example.com"_s);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s, ownerId);
        const QByteArray bad = json(
            "{\"id\":\"O1\",\"shopId\":\"SHOP\",\"items\":[],\"total\":\"12,50\",\"status\":\"PENDING\"}");
        for (int i = 0; i < 2; ++i) {
            const Reply r = server->webhook(u"orders/created"_s, bad, shop.token);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json.value(u"success"_s).toBool(true), false);
            QVERIFY2(errorOf(r).contains(u"total"_s), qPrintable(errorOf(r)));
        }
        QCOMPARE(*InboxRepository(server->db()).count(), 1);
        const InboxRow kept = lastInboxRow(server->db());
        QCOMPARE(kept.topic, u"orders/created"_s);
        QCOMPARE(kept.state, u"FAILED"_s);
        QVERIFY(kept.error.contains(u"total"_s));
        QCOMPARE(kept.payload, bad);
        QVERIFY(InboxRepository(server->db()).pending()->isEmpty()); // never replayed as if it were good
        QCOMPARE(*OrderRepository(server->db()).count(shop.shopId), 0);

        const Reply stranger = server->webhook(u"orders/created"_s, json("{\"id\":"), "not-a-token");
        QCOMPARE(stranger.status, 401);
        const Reply garbage = server->webhook(u"orders/created"_s, json("{\"id\":"), shop.token);
        QCOMPARE(garbage.status, 400);
        QVERIFY(errorOf(garbage).contains(u"body"_s));
        QCOMPARE(*InboxRepository(server->db()).count(), 2);

        // The owner sees them, newest first, with their reasons; someone without access does not.
        const QString path = u"/api/integrations/%1/webhooks/failed"_s.arg(shop.integrationId);
        const Reply list = server->get(path, ownerSession);
        QCOMPARE(list.status, 200);
        const QJsonArray failed = list.json.value(u"data"_s).toArray();
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.at(0).toObject().value(u"error"_s).toString().contains(u"body"_s));
        QCOMPARE(failed.at(1).toObject().value(u"topic"_s).toString(), u"orders/created"_s);
        QCOMPARE(failed.at(1).toObject().value(u"payload"_s).toString().toUtf8(), bad);
        const auto [strangerId, strangerSession] = server->registerUser(u"stranger@example.com"_s);
        Q_UNUSED(strangerId);
        QVERIFY(server->get(path, strangerSession).status >= 400);
    }

    // A body carrying the token it was sent with (a relay copying it in, or someone planting it for whoever
    // reads the database) is kept with the token masked: it was stored in plain text in webhook_inbox.
    void tokenInBodyNotStored_data() { addBackendRows(); }
    void tokenInBodyNotStored()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const auto [ownerId, ownerSession] = server->registerUser(u"owner@example.com"_s);
        Q_UNUSED(ownerSession);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s, ownerId);
        const QByteArray applied = "{\"id\":\"P1\",\"shopId\":\"SHOP\",\"name\":\"Soap\",\"price\":10,"
                                   "\"stock\":3,\"token\":\"" +
                                   shop.token + "\",\"note\":\"Bearer " + shop.token + "\"}";
        QCOMPARE(server->webhook(u"products/created"_s, applied, shop.token).status, 200);
        InboxRow kept = lastInboxRow(server->db());
        QCOMPARE(kept.state, u"APPLIED"_s);
        QVERIFY2(!kept.payload.contains(shop.token), kept.payload.constData());
        QVERIFY(kept.payload.contains("\"name\":\"Soap\""));
        const QByteArray rejected = "{\"id\":\"P2\",\"shopId\":\"SHOP\",\"name\":\"Soap\",\"price\":-1,"
                                    "\"token\":\"" +
                                    shop.token + "\"}";
        QCOMPARE(server->webhook(u"products/created"_s, rejected, shop.token).status, 400);
        kept = lastInboxRow(server->db());
        QCOMPARE(kept.state, u"FAILED"_s);
        QVERIFY2(!kept.payload.contains(shop.token), kept.payload.constData());
        QCOMPARE(*ProductRepository(server->db()).count(shop.shopId), 1);
    }

    // An order dated year 1 or 9999 is refused with a 4xx and its reason (not retried, kept as failed); the
    // shop's figures keep their range.
    void implausibleDatesRefused_data() { addBackendRows(); }
    void implausibleDatesRefused()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const auto [ownerId, ownerSession] = server->registerUser(u"owner@example.com"_s);
        Q_UNUSED(ownerSession);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s, ownerId);
        for (const char *when : {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1969-12-31T23:59:59Z"}) {
            const QByteArray body = "{\"id\":\"O1\",\"shopId\":\"SHOP\",\"items\":[],\"total\":1,"
                                    "\"status\":\"COMPLETED\",\"createdAt\":\"" +
                                    QByteArray(when) + "\"}";
            const Reply r = server->webhook(u"orders/created"_s, body, shop.token);
            QCOMPARE(r.status, 400);
            QVERIFY2(r.json.value(u"error"_s).toString().contains(u"createdAt is outside 2000-2099"_s),
                     r.body.constData());
            QCOMPARE(lastInboxRow(server->db()).state, u"FAILED"_s);
        }
        const QByteArray frozen =
            "{\"id\":\"O2\",\"shopId\":\"SHOP\",\"items\":[],\"total\":1,\"status\":"
            "\"PENDING\",\"createdAt\":\"2026-11-02T02:00:00Z\",\"updatedAt\":\"9999-01-01\"}";
        QCOMPARE(server->webhook(u"orders/created"_s, frozen, shop.token).status, 400);
        QVERIFY(!OrderRepository(server->db()).findByExternal(shop.shopId, u"O1"_s)->has_value());
        QVERIFY(!OrderRepository(server->db()).findByExternal(shop.shopId, u"O2"_s)->has_value());
        const QByteArray fine = "{\"id\":\"O3\",\"shopId\":\"SHOP\",\"items\":[],\"total\":1,"
                                "\"status\":\"COMPLETED\",\"createdAt\":\"2026-11-02T02:00:00Z\"}";
        QCOMPARE(server->webhook(u"orders/created"_s, fine, shop.token).status, 200);
    }

    // A disconnect, or a new token, ends the old token at once: on this process and on another one sharing
    // the store, whose verifier still has it cached (for up to 5 s, and on SQLite nothing tells it). Each
    // delivery's credential is checked again in the transaction that would keep it.
    void credentialEndsAtOnce_data() { addBackendRows(); }
    void credentialEndsAtOnce()
    {
        QFETCH(QString, backend);
        START_SERVER(one, backend);
        QString why;
        auto two = TestServer::startSharing(*one, &why);
        QVERIFY2(two, qPrintable(why));
        const auto [ownerId, ownerSession] = one->registerUser(u"owner@example.com"_s);
        Q_UNUSED(ownerSession);
        const TestIntegration shop = one->addIntegration(Platform::Shopee, u"SHOP"_s, ownerId);
        const TestIntegration other = one->addIntegration(Platform::Lazada, u"OTHER"_s, ownerId);
        auto product = [](const char *id, const char *shopId) -> QByteArray {
            return "{\"id\":\"" + QByteArray(id) + "\",\"shopId\":\"" + shopId +
                   "\",\"price\":1,\"stock\":1}";
        };
        // Both processes verify (and cache) both tokens.
        QCOMPARE(one->webhook(u"products/created"_s, product("A1", "SHOP"), shop.token).status, 200);
        QCOMPARE(two->webhook(u"products/created"_s, product("A2", "SHOP"), shop.token).status, 200);
        QCOMPARE(two->webhook(u"products/created"_s, product("B1", "OTHER"), other.token).status, 200);

        auto done =
            one->services().integrations()->disconnect(shop.integrationId, ownerId, DataPolicy::KeepData);
        done.waitForFinished();
        QVERIFY(done.result().ok());
        const Reply here = one->webhook(u"products/created"_s, product("A3", "SHOP"), shop.token);
        QCOMPARE(here.status, 401);
        const Reply there = two->webhook(u"products/created"_s, product("A4", "SHOP"), shop.token);
        QVERIFY2(there.status == 401, there.body.constData());
        QCOMPARE(*ProductRepository(one->db()).count(shop.shopId), 2);

        // A new token (a reconnect writes its keyed hash): the old one is refused by the other process at
        // once.
        QVERIFY(sql::run(one->db().connection(), u"UPDATE integrations SET token_lookup = ? WHERE id = ?"_s,
                         {u"replaced"_s, other.integrationId}, u"test"_s)
                    .ok());
        const Reply replaced = two->webhook(u"products/created"_s, product("B2", "OTHER"), other.token);
        QVERIFY2(replaced.status == 401, replaced.body.constData());
        QCOMPARE(*ProductRepository(one->db()).count(other.shopId), 1);
    }

    // The same with the token spelled with JSON escapes (all of it, or some letters), under a key, in a body
    // that is not JSON, and on signed deliveries carrying the shop's token or its signing secret: a JSON
    // reader of the inbox finds none of them. The first mask compared raw bytes only.
    void escapedSecretsNotStored_data() { addBackendRows(); }
    void escapedSecretsNotStored()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const auto [ownerId, ownerSession] = server->registerUser(u"owner@example.com"_s);
        Q_UNUSED(ownerSession);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s, ownerId);
        auto escaped = [](const QByteArray &secret, int every) -> QByteArray {
            QByteArray out;
            for (qsizetype i = 0; i < secret.size(); ++i) {
                if (i % every == 0)
                    out += "\\u" + QByteArray::number(uchar(secret.at(i)), 16).rightJustified(4, '0');
                else
                    out += secret.at(i);
            }
            return out;
        };
        // What a reader gets from the stored text: the bytes, and the JSON's strings and keys decoded.
        auto spells = [](const QByteArray &stored, const QByteArray &secret) {
            if (stored.contains(secret))
                return true;
            static const QRegularExpression escape(u"\\\\u([0-9a-fA-F]{4})"_s);
            QString text = QString::fromUtf8(stored);
            QString out;
            qsizetype from = 0;
            for (auto it = escape.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                out += QStringView(text).mid(from, m.capturedStart(0) - from);
                out += QChar(m.captured(1).toUShort(nullptr, 16));
                from = m.capturedEnd(0);
            }
            out += QStringView(text).mid(from);
            return out.contains(QString::fromUtf8(secret));
        };
        int n = 0;
        auto product = [&n](const QByteArray &extra) -> QByteArray {
            ++n;
            return "{\"id\":\"E" + QByteArray::number(n) +
                   "\",\"shopId\":\"SHOP\",\"name\":\"Soap\",\"price\":10," + "\"stock\":3," + extra + "}";
        };
        const QList<QByteArray> bearerBodies = {
            product("\"note\":\"" + escaped(shop.token, 1) + "\""),
            product("\"note\":\"x " + escaped(shop.token, 3) + " y\""),
            product("\"" + escaped(shop.token, 2) + "\":1"),
            product("\"relay\":{\"auth\":[\"Bearer " + escaped(shop.token, 5) + "\"]}"),
            product("\"note\":\"" + escaped(shop.secret, 2) + "\""),
        };
        for (const QByteArray &body : bearerBodies) {
            const Reply r = server->webhook(u"products/created"_s, body, shop.token);
            QVERIFY2(r.status == 200, r.body.constData());
            const InboxRow kept = lastInboxRow(server->db());
            QVERIFY2(!spells(kept.payload, shop.token), kept.payload.constData());
            QVERIFY2(!spells(kept.payload, shop.secret.mid(6)), kept.payload.constData());
            QVERIFY2(kept.payload.contains("\"name\":\"Soap\""), kept.payload.constData());
        }
        // Nor does a record: a name spelling the token is kept masked in the products table too.
        const QByteArray named = "{\"id\":\"N1\",\"shopId\":\"SHOP\",\"name\":\"" + escaped(shop.token, 2) +
                                 "\",\"price\":10,\"stock\":3}";
        QCOMPARE(server->webhook(u"products/created"_s, named, shop.token).status, 200);
        const auto namedProduct = ProductRepository(server->db()).findByExternal(shop.shopId, u"N1"_s);
        QVERIFY(namedProduct.ok() && namedProduct->has_value());
        QVERIFY2(!(*namedProduct)->name.contains(QString::fromUtf8(shop.token)),
                 qPrintable((*namedProduct)->name));
        // Not JSON: kept as failed, its text decoded and masked.
        const QByteArray broken =
            "{\"id\":\"B1\",\"shopId\":\"SHOP\",\"note\":\"" + escaped(shop.token, 1) + "\",";
        QCOMPARE(server->webhook(u"products/created"_s, broken, shop.token).status, 400);
        InboxRow kept = lastInboxRow(server->db());
        QCOMPARE(kept.state, u"FAILED"_s);
        QVERIFY2(!spells(kept.payload, shop.token), kept.payload.constData());

        // Signed: the body may carry the shop's token or its signing secret, plainly or escaped.
        const QByteArray ts = QByteArray::number(bva::Clock::nowMs() / 1000);
        const QList<QByteArray> signedBodies = {
            product("\"note\":\"" + shop.token + "\""),
            product("\"note\":\"" + escaped(shop.token, 2) + "\""),
            product("\"note\":\"" + shop.secret + "\""),
            product("\"note\":\"" + escaped(shop.secret.mid(6), 3) + "\""),
        };
        for (const QByteArray &body : signedBodies) {
            const QByteArray id = "msg_e" + QByteArray::number(++n);
            const Reply r =
                server->send("POST", u"/api/webhooks/products/created"_s, body,
                             {{"webhook-id", id},
                              {"webhook-timestamp", ts},
                              {"webhook-signature", WebhookVerifier::sign(shop.secret, id, ts, body)}});
            QVERIFY2(r.status == 200, r.body.constData());
            kept = lastInboxRow(server->db());
            QVERIFY2(!spells(kept.payload, shop.token), kept.payload.constData());
            QVERIFY2(!spells(kept.payload, shop.secret.mid(6)), kept.payload.constData());
            QVERIFY2(kept.payload.contains("\"name\":\"Soap\""), kept.payload.constData());
        }
        QCOMPARE(*ProductRepository(server->db()).count(shop.shopId),
                 bearerBodies.size() + signedBodies.size() + 1);
    }

    // U+0000 in a delivery's text (an id, a name, a buyer's name typed at checkout) is kept as U+FFFD on
    // both stores. PostgreSQL cannot hold it in text: such deliveries were answered 503 (retry) forever,
    // and a refused one could not even be kept.
    void nulInTextIsKept_data() { addBackendRows(); }
    void nulInTextIsKept()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const auto [ownerId, ownerSession] = server->registerUser(u"owner@example.com"_s);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s, ownerId);
        const Reply product = server->webhook(
            u"products/created"_s,
            json("{\"id\":\"P\\u00001\",\"shopId\":\"SHOP\",\"name\":\"Soap\\u0000\",\"price\":10,"
                 "\"stock\":3}"),
            shop.token);
        QVERIFY2(product.status == 200, product.body.constData());
        const Reply order = server->webhook(
            u"orders/created"_s,
            json("{\"id\":\"O\\u00001\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\\u00001\","
                 "\"quantity\":1,\"price\":10}],\"total\":10,\"status\":\"PENDING\",\"customerName\":"
                 "\"A\\u0000B\",\"createdAt\":\"2026-11-02T10:00:00Z\"}"),
            shop.token);
        QVERIFY2(order.status == 200, order.body.constData());
        const Reply refused = server->webhook(
            u"orders/created"_s,
            json("{\"id\":\"O\\u00002\",\"shopId\":\"SHOP\",\"items\":[],\"total\":-1,\"status\":"
                 "\"PENDING\\u0000\"}"),
            shop.token);
        QCOMPARE(refused.status, 400);
        const QString replacement = QString(QChar(QChar::ReplacementCharacter));
        const QJsonArray products =
            server->get(u"/api/products"_s, ownerSession).json.value(u"data"_s).toArray();
        QCOMPARE(products.size(), 1);
        QCOMPARE(products.at(0).toObject().value(u"externalId"_s).toString(), u"P"_s + replacement + u"1"_s);
        QCOMPARE(products.at(0).toObject().value(u"name"_s).toString(), u"Soap"_s + replacement);
        const QJsonArray orders = server->get(u"/api/orders"_s, ownerSession).json.value(u"data"_s).toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.at(0).toObject().value(u"customerName"_s).toString(), u"A"_s + replacement + u"B"_s);
        // The same delivery again is a duplicate; the refused one is kept for the owner to see.
        QCOMPARE(server
                     ->webhook(u"products/created"_s,
                               json("{\"id\":\"P\\u00001\",\"shopId\":\"SHOP\",\"name\":\"Soap\\u0000\","
                                    "\"price\":10,\"stock\":3}"),
                               shop.token)
                     .json.value(u"duplicate"_s)
                     .toBool(),
                 true);
        const QString failed = u"/api/integrations/%1/webhooks/failed"_s.arg(shop.integrationId);
        QCOMPARE(server->get(failed, ownerSession).json.value(u"data"_s).toArray().size(), 1);
    }

    // An update that leaves fields out (a clone sending only what changed) keeps what BVA stored
    // for them instead of zeroing the stock or blanking the name.
    void partialProductUpdate_data() { addBackendRows(); }
    void partialProductUpdate()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        QCOMPARE(
            server
                ->webhook(
                    u"products/created"_s,
                    json(
                        "{\"id\":\"P\",\"shopId\":\"SHOP\",\"name\":\"Mug\",\"sku\":\"M-1\",\"category\":\"Home\",\"image\":\"m.png\",\"price\":199.99,\"cost\":120,\"stock\":10,\"expiryDate\":\"2027-03-01\"}"),
                    shop.token)
                .status,
            200);
        QCOMPARE(server
                     ->webhook(u"products/updated"_s,
                               json("{\"id\":\"P\",\"shopId\":\"SHOP\",\"price\":\"149.50\"}"), shop.token)
                     .status,
                 200);
        ProductRepository products(server->db());
        Product p = **products.findByExternal(shop.shopId, u"P"_s);
        QCOMPARE(p.priceMinor, 14950);
        QCOMPARE(p.stock, 10);
        QCOMPARE(p.name, u"Mug"_s);
        QCOMPARE(p.sku, u"M-1"_s);
        QCOMPARE(p.category, u"Home"_s);
        QCOMPARE(p.imageUrl, u"m.png"_s);
        QCOMPARE(p.costMinor, std::optional<qint64>(12000));
        QCOMPARE(p.expiryDate, std::optional<QDate>(QDate(2027, 3, 1)));

        // Only the stock: the price stays.
        QCOMPARE(server
                     ->webhook(u"products/updated"_s,
                               json("{\"productId\":\"P\",\"shopId\":\"SHOP\",\"stock\":\"3\"}"), shop.token)
                     .status,
                 200);
        p = **products.findByExternal(shop.shopId, u"P"_s);
        QCOMPARE(p.priceMinor, 14950);
        QCOMPARE(p.stock, 3);
        QCOMPARE(p.name, u"Mug"_s);
        // An explicit null still clears what may be cleared.
        QCOMPARE(server
                     ->webhook(u"products/updated"_s,
                               json("{\"id\":\"P\",\"shopId\":\"SHOP\",\"price\":150,\"expiryDate\":null}"),
                               shop.token)
                     .status,
                 200);
        QVERIFY(!(*products.findByExternal(shop.shopId, u"P"_s))->expiryDate.has_value());

        // A product BVA has never seen needs its price.
        const Reply unknown = server->webhook(
            u"products/updated"_s, json("{\"id\":\"Q\",\"shopId\":\"SHOP\",\"stock\":4}"), shop.token);
        QCOMPARE(unknown.status, 400);
        QVERIFY2(errorOf(unknown).contains(u"price"_s), qPrintable(errorOf(unknown)));
        QVERIFY(!products.findByExternal(shop.shopId, u"Q"_s)->has_value());
        QCOMPARE(lastInboxRow(server->db()).state, u"FAILED"_s);
    }

    // Updates that carry updatedAt and arrive after a newer one leave the newer state in place.
    void outOfOrderUpdates_data() { addBackendRows(); }
    void outOfOrderUpdates()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        QCOMPARE(
            server
                ->webhook(
                    u"orders/created"_s,
                    json(
                        "{\"id\":\"O\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":1,\"price\":10}],\"total\":10,\"status\":\"PENDING\",\"createdAt\":\"2026-11-20T01:00:00Z\",\"updatedAt\":\"2026-11-20T01:00:00Z\"}"),
                    shop.token)
                .status,
            200);
        QCOMPARE(
            server
                ->webhook(
                    u"orders/updated"_s,
                    json(
                        "{\"id\":\"O\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":1,\"price\":10}],\"total\":10,\"status\":\"COMPLETED\",\"updatedAt\":\"2026-11-20T09:00:00+08:00\"}"),
                    shop.token)
                .status,
            200);
        const Reply late = server->webhook(
            u"orders/updated"_s,
            json(
                "{\"id\":\"O\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":1,\"price\":10}],\"total\":10,\"status\":\"TO_SHIP\",\"updatedAt\":\"2026-11-20T00:30:00.000Z\"}"),
            shop.token);
        QCOMPARE(late.status, 200);
        QCOMPARE(late.json.value(u"data"_s).toObject().value(u"stale"_s).toInt(), 1);
        auto order = OrderRepository(server->db()).findByExternal(shop.shopId, u"O"_s);
        QCOMPARE((*order)->status, OrderStatus::Completed);

        QCOMPARE(
            server
                ->webhook(
                    u"products/updated"_s,
                    json(
                        "{\"id\":\"P\",\"shopId\":\"SHOP\",\"name\":\"P\",\"price\":12,\"stock\":2,\"updatedAt\":\"2026-11-20T02:00:00Z\"}"),
                    shop.token)
                .status,
            200);
        const Reply old = server->webhook(
            u"products/updated"_s,
            json(
                "{\"id\":\"P\",\"shopId\":\"SHOP\",\"name\":\"P\",\"price\":10,\"stock\":9,\"updatedAt\":\"2026-11-20T01:59:59Z\"}"),
            shop.token);
        QCOMPARE(old.status, 200);
        auto product = ProductRepository(server->db()).findByExternal(shop.shopId, u"P"_s);
        QCOMPARE((*product)->priceMinor, 1200);
        QCOMPARE((*product)->stock, 2);
        // Without updatedAt there is nothing to compare: the delivery applies.
        QCOMPARE(
            server
                ->webhook(u"products/updated"_s,
                          json("{\"id\":\"P\",\"shopId\":\"SHOP\",\"name\":\"P\",\"price\":11,\"stock\":3}"),
                          shop.token)
                .status,
            200);
        QCOMPARE((*ProductRepository(server->db()).findByExternal(shop.shopId, u"P"_s))->priceMinor, 1100);
    }

    // The simulator's own deliveries to a running BVA, with the public clones' faults on: twice each,
    // status before create, lowercase statuses, numbers as strings, and orders/created sent again for
    // orders BVA has synced (the lazada flavour says "pending" there). BVA ends with the clone's statuses.
    void cloneDeliveries_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::newRow("shopee") << u"shopee"_s;
        QTest::newRow("lazada") << u"lazada"_s;
    }
    void cloneDeliveries()
    {
        QFETCH(QString, flavor);
        if (CloneProcess::binaryPath().isEmpty())
            QSKIP("bva-clone is not built");
        START_SERVER(server, u"sqlite"_s);
        // The faults are on from the start, so the first sync reads the same words the webhooks and
        // the final check do: the lazada flavour's "return-refund" stands for two statuses, which
        // its lowercase fault tells apart ("returned", "refunded").
        CloneProcess clone({.flavor = flavor,
                            .products = 12,
                            .days = 10,
                            .ordersPerDay = 5,
                            .webhookUrl = server->url(u"/api/webhooks"_s),
                            .extraArgs = {u"--fault-duplicate-webhooks"_s, u"--fault-status-before-create"_s,
                                          u"--fault-lowercase-statuses"_s, u"--fault-numbers-as-strings"_s,
                                          u"--fault-created-again"_s}});
        QVERIFY2(clone.start(), qPrintable(clone.errorString()));
        server->services().startBackground();
        const auto [userId, session] = server->registerUser(u"seller@example.com"_s);
        Q_UNUSED(session);
        ConnectRequest request;
        request.platform = flavor == u"lazada" ? Platform::Lazada : Platform::Shopee;
        QVERIFY(
            server->services().integrations()->sites().set(request.platform, clone.url().toString()).ok());
        request.token = clone.token();
        request.shopExternalId = clone.shopId();
        request.siteUrl = clone.url().toString();
        request.userId = userId;
        auto connecting = server->services().integrations()->connectShop(request);
        QTRY_VERIFY_WITH_TIMEOUT(connecting.isFinished(), 20000);
        const auto integration = connecting.result();
        QVERIFY2(integration.ok(), integration.ok() ? "" : qPrintable(integration.error().message));
        const qint64 runId = server->services().integrations()->progress(integration->id).runId;
        QTRY_VERIFY_WITH_TIMEOUT(server->services().integrations()->run(runId)->value().state != u"running"_s,
                                 30000);
        QCOMPARE(server->services().integrations()->run(runId)->value().state, u"succeeded"_s);

        int deliveries = 0;
        for (const QString &kind :
             {u"status"_s, u"update"_s, u"order"_s, u"return"_s, u"status"_s, u"return"_s, u"stock"_s}) {
            const QJsonArray events = clone.admin(u"events"_s, {{u"count"_s, 6}, {u"kind"_s, kind}})
                                          .toObject()
                                          .value(u"events"_s)
                                          .toArray();
            for (const auto e : events)
                deliveries += 2 * int(e.toObject().value(u"webhooks"_s).toArray().size());
        }
        auto answered = [&] {
            const QJsonArray log =
                clone.request("GET", u"/__admin/deliveries"_s).data().toObject().value(u"log"_s).toArray();
            int ok = 0;
            for (const auto l : log)
                ok += l.toObject().value(u"status"_s).toInt() == 200 ? 1 : 0;
            return ok;
        };
        QTRY_COMPARE_WITH_TIMEOUT(answered(), deliveries, 30000);

        // What BVA holds differs from the marketplace's record: the first difference, or "".
        auto difference = [&]() -> QString {
            const QJsonArray orders =
                clone.get(u"/api/orders/seller/"_s + clone.shopId(), clone.token()).data().toArray();
            OrderRepository repo(server->db());
            if (orders.isEmpty() || *repo.count(integration->shopId) != orders.size())
                return u"order count"_s;
            for (const auto v : orders) {
                const QJsonObject o = v.toObject();
                const QString id = o.value(u"id"_s).toString();
                auto stored = repo.findByExternal(integration->shopId, id);
                if (!stored.ok() || !stored->has_value())
                    return u"missing order "_s + id;
                const QString want = orderStatusName(orderStatusFromString(o.value(u"status"_s).toString()));
                if (orderStatusName((*stored)->status) != want)
                    return u"order %1: %2, marketplace %3"_s.arg(id, orderStatusName((*stored)->status),
                                                                 want);
            }
            const QJsonArray products = clone.get(u"/api/products/shop/"_s + clone.shopId()).data().toArray();
            for (const auto v : products) {
                const QJsonObject p = v.toObject();
                const QString id = p.value(u"id"_s).toString();
                auto stored = ProductRepository(server->db()).findByExternal(integration->shopId, id);
                if (!stored.ok() || !stored->has_value())
                    return u"missing product "_s + id;
                if ((*stored)->stock != p.value(u"stock"_s).toVariant().toInt())
                    return u"product %1: stock %2, marketplace %3"_s.arg(id)
                        .arg((*stored)->stock)
                        .arg(p.value(u"stock"_s).toVariant().toInt());
            }
            return {};
        };
        QTRY_COMPARE_WITH_TIMEOUT(difference(), QString(), 20000);
        // A full sync afterwards changes nothing of a converged store.
        auto again = server->services().integrations()->syncNow(integration->id, SyncKind::Full);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(
            server->services().integrations()->run(*again)->value().state != u"running"_s, 30000);
        QCOMPARE(difference(), QString());
    }

    void deferredStatus_data() { addBackendRows(); }
    void deferredStatus()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const TestIntegration shop = server->addIntegration(Platform::Lazada, u"LZ"_s);
        const Reply early =
            server->webhook(u"orders/status-changed"_s,
                            json("{\"id\":\"O7\",\"shopId\":\"LZ\",\"status\":\"delivered\"}"), shop.token);
        QCOMPARE(early.status, 200);
        QVERIFY(early.json.value(u"data"_s).toObject().contains(u"deferred"_s));
        QCOMPARE(*PendingStatusRepository(server->db()).count(shop.shopId), 1);
        QCOMPARE(
            server
                ->webhook(
                    u"orders/created"_s,
                    json(
                        "{\"id\":\"O7\",\"shopId\":\"LZ\",\"total\":\"20\",\"items\":[{\"productId\":\"X\",\"quantity\":1,\"price\":\"20\"}],\"status\":\"pending\"}"),
                    shop.token)
                .status,
            200);
        auto order = OrderRepository(server->db()).findByExternal(shop.shopId, u"O7"_s);
        QVERIFY(order.ok() && order->has_value());
        QCOMPARE((*order)->status, OrderStatus::Completed);
        QCOMPARE(*PendingStatusRepository(server->db()).count(shop.shopId), 0);
    }

    // A status change kept for an unseen order is history once the order arrives updated after it.
    void deferredStatusSuperseded_data() { addBackendRows(); }
    void deferredStatusSuperseded()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        for (const char *id : {"NEW", "OLD"}) {
            const QByteArray body =
                "{\"orderId\":\"" + QByteArray(id) + "\",\"shopId\":\"SHOP\",\"status\":\"TO_SHIP\"}";
            QVERIFY(server->webhook(u"orders/status-changed"_s, body, shop.token)
                        .json.value(u"data"_s)
                        .toObject()
                        .contains(u"deferred"_s));
        }
        const QString later = bva::Clock::nowUtc().addSecs(3600).toString(Qt::ISODate);
        const QString earlier = bva::Clock::nowUtc().addSecs(-3600).toString(Qt::ISODate);
        const QByteArray batch =
            u"{\"shopId\":\"SHOP\",\"orders\":["
            "{\"id\":\"NEW\",\"items\":[],\"total\":1,\"status\":\"COMPLETED\",\"updatedAt\":\"%1\"},"
            "{\"id\":\"OLD\",\"items\":[],\"total\":1,\"status\":\"PENDING\",\"updatedAt\":\"%2\"}]}"_s
                .arg(later, earlier)
                .toUtf8();
        QCOMPARE(server->webhook(u"sync/batch"_s, batch, shop.token).status, 200);
        OrderRepository orders(server->db());
        QCOMPARE((*orders.findByExternal(shop.shopId, u"NEW"_s))->status, OrderStatus::Completed);
        QCOMPARE((*orders.findByExternal(shop.shopId, u"OLD"_s))->status, OrderStatus::ToShip);
        QCOMPARE(*PendingStatusRepository(server->db()).count(shop.shopId), 0);
    }

    // One group commit gives what the same deliveries give one transaction each: answers (duplicate,
    // deferred, stale), orders, items, status history, rollups (equal to a rebuild), kept status
    // changes and inbox rows. The deliveries mix what the group path sorts apart: products between
    // orders, the same order twice, a body sent twice, a status before its order, a backward move with
    // no time, an older update, a body sent again after its order changed, and a second shop.
    void groupCommitMatchesOneByOne_data() { addBackendRows(); }
    void groupCommitMatchesOneByOne()
    {
        QFETCH(QString, backend);
        const QString createdA =
            u"{\"id\":\"A\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":2,"
            "\"price\":100}],\"total\":200,\"status\":\"PENDING\",\"createdAt\":\"2026-11-02T03:00:00Z\"}"_s;
        const QList<std::tuple<int, QString, QByteArray>> bodies{
            {0, u"products/created"_s,
             json(
                 "{\"id\":\"P\",\"shopId\":\"SHOP\",\"name\":\"P\",\"price\":100,\"cost\":60,\"stock\":50}")},
            {0, u"orders/created"_s, createdA.toUtf8()},
            {0, u"orders/created"_s,
             json(
                 "{\"id\":\"B\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":1,\"price\":100}],\"total\":100,\"status\":\"COMPLETED\",\"createdAt\":\"2026-11-02T05:00:00Z\"}")},
            {0, u"orders/created"_s, createdA.toUtf8()},
            {0, u"orders/updated"_s,
             json(
                 "{\"id\":\"A\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":2,\"price\":100}],\"total\":200,\"status\":\"COMPLETED\",\"createdAt\":\"2026-11-02T03:00:00Z\"}")},
            {0, u"orders/status-changed"_s,
             json("{\"id\":\"C\",\"shopId\":\"SHOP\",\"status\":\"SHIPPED\"}")},
            {0, u"orders/created"_s,
             json(
                 "{\"id\":\"C\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":3,\"price\":90}],\"total\":270,\"status\":\"PENDING\",\"createdAt\":\"2026-11-03T01:00:00Z\"}")},
            {0, u"orders/updated"_s,
             json(
                 "{\"id\":\"B\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":1,\"price\":100}],\"total\":100,\"status\":\"TO_SHIP\",\"createdAt\":\"2026-11-02T05:00:00Z\"}")},
            {0, u"products/updated"_s, json("{\"id\":\"P\",\"shopId\":\"SHOP\",\"cost\":70}")},
            {1, u"orders/created"_s,
             json(
                 "{\"id\":\"D\",\"shopId\":\"OTHER\",\"items\":[{\"productId\":\"Q\",\"quantity\":1,\"price\":40}],\"total\":40,\"status\":\"PENDING\",\"createdAt\":\"2026-11-02T04:00:00Z\"}")},
            {0, u"orders/created"_s,
             json(
                 "{\"id\":\"E\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":1,\"price\":100}],\"total\":100,\"status\":\"PENDING\",\"createdAt\":\"2026-11-02T06:00:00Z\"}")},
            {0, u"orders/updated"_s,
             json(
                 "{\"id\":\"E\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":1,\"price\":100}],\"total\":100,\"status\":\"COMPLETED\",\"updatedAt\":\"2026-11-04T00:00:00Z\"}")},
            {0, u"orders/updated"_s,
             json(
                 "{\"id\":\"E\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":1,\"price\":100}],\"total\":100,\"status\":\"TO_SHIP\",\"updatedAt\":\"2026-11-03T00:00:00Z\"}")},
            {0, u"inventory/updated"_s, json("{\"productId\":\"P\",\"shopId\":\"SHOP\",\"quantity\":44}")},
            {1, u"orders/created"_s,
             json(
                 "{\"id\":\"F\",\"shopId\":\"OTHER\",\"items\":[{\"productId\":\"Q\",\"quantity\":2,\"price\":40}],\"total\":80,\"status\":\"COMPLETED\",\"createdAt\":\"2026-11-02T07:00:00Z\"}")},
            {0, u"orders/created"_s, createdA.toUtf8()},
        };
        StoreState states[2];
        QList<QJsonObject> answers[2];
        for (int run = 0; run < 2; ++run) {
            START_SERVER(server, backend);
            const QList<TestIntegration> shops{server->addIntegration(Platform::Shopee, u"SHOP"_s),
                                               server->addIntegration(Platform::Shopee, u"OTHER"_s)};
            qint64 replays = -1;
            answers[run] = writeDeliveries(*server, shops, bodies, run == 0 ? 256 : 1, &replays);
            QCOMPARE(replays, 0); // every batch went through the group path
            states[run] = storeState(server->db());
            if (run == 0) {
                for (const TestIntegration &shop : shops)
                    BVA_VERIFY_OK(RollupRepository(server->db()).rebuildAll(shop.shopId));
                const StoreState rebuilt = storeState(server->db());
                QCOMPARE(rebuilt.daily, states[0].daily);
                QCOMPARE(rebuilt.productDaily, states[0].productDaily);
                QCOMPARE(rebuilt.monthly, states[0].monthly);
            }
        }
        QCOMPARE(answers[0].size(), bodies.size());
        for (qsizetype i = 0; i < bodies.size(); ++i)
            QVERIFY2(answers[0].at(i) == answers[1].at(i),
                     qPrintable(u"delivery %1: %2 / %3"_s.arg(i).arg(
                         QString::fromUtf8(QJsonDocument(answers[0].at(i)).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(answers[1].at(i)).toJson(QJsonDocument::Compact)))));
        QCOMPARE(states[0].orders, states[1].orders);
        QCOMPARE(states[0].items, states[1].items);
        QCOMPARE(states[0].history, states[1].history);
        QCOMPARE(states[0].daily, states[1].daily);
        QCOMPARE(states[0].productDaily, states[1].productDaily);
        QCOMPARE(states[0].monthly, states[1].monthly);
        QCOMPARE(states[0].pending, states[1].pending);
        QCOMPARE(states[0].inbox, states[1].inbox);
        QCOMPARE(states[0].products, states[1].products);

        // What the deliveries mean, so a difference shared by both runs still shows.
        auto answer = [&](int i) { return answers[0].at(i).value(u"data"_s).toObject(); };
        QCOMPARE(answer(3).value(u"duplicate"_s).toBool(), true);       // A's body again at once
        QCOMPARE(answer(15).value(u"duplicate"_s).toBool(true), false); // A's body after A changed
        QVERIFY(answer(5).contains(u"deferred"_s));                     // C's status before C
        QVERIFY(answer(7).contains(u"deferred"_s));                     // B moved back with no time
        QCOMPARE(answer(12).value(u"stale"_s).toInt(), 1);              // E's older update
        const QList<QStringList> orders = states[0].orders;
        auto statusOf = [&](const QString &id) {
            for (const QStringList &row : orders) {
                if (row.at(1) == id)
                    return row.at(2);
            }
            return QString();
        };
        QCOMPARE(statusOf(u"A"_s), u"COMPLETED"_s);
        QCOMPARE(statusOf(u"B"_s), u"COMPLETED"_s);
        QCOMPARE(statusOf(u"C"_s), u"TO_RECEIVE"_s);
        QCOMPARE(statusOf(u"E"_s), u"COMPLETED"_s);
        QCOMPARE(orders.size(), 6);
        QVERIFY(states[0].pending.isEmpty());
        QCOMPARE(states[0].inbox.size(), bodies.size() - 1);
    }

    // Keys stored by an earlier group, met again inside a later one among new keys: SQLite finds them by
    // the inbox insert itself (no probe first), PostgreSQL by one probe; either way each is judged after
    // the rows before it are in, as one by one, and no group is sent to the replay.
    void groupCommitMeetsKeysStoredBefore_data() { addBackendRows(); }
    void groupCommitMeetsKeysStoredBefore()
    {
        QFETCH(QString, backend);
        auto order = [](const char *id, const char *status, int quantity) {
            return u"{\"id\":\"%1\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":%2,"
                   "\"price\":100}],\"total\":%3,\"status\":\"%4\",\"createdAt\":\"2026-11-02T03:00:00Z\"}"_s
                       .arg(QLatin1StringView(id))
                       .arg(quantity)
                       .arg(quantity * 100)
                       .arg(QLatin1StringView(status))
                       .toUtf8();
        };
        const QList<std::tuple<int, QString, QByteArray>> first{
            {0, u"products/created"_s,
             json(
                 "{\"id\":\"P\",\"shopId\":\"SHOP\",\"name\":\"P\",\"price\":100,\"cost\":60,\"stock\":50}")},
            {0, u"orders/created"_s, order("A", "PENDING", 2)},
            {0, u"orders/created"_s, order("X", "PENDING", 1)},
        };
        const QList<std::tuple<int, QString, QByteArray>> later{
            {0, u"orders/created"_s, order("B", "PENDING", 1)},
            {0, u"orders/created"_s, order("A", "PENDING", 2)}, // a repeat of the first group's A
            {0, u"orders/created"_s, order("C", "PENDING", 3)},
            {0, u"orders/updated"_s, order("A", "COMPLETED", 2)},
            {0, u"orders/created"_s, order("A", "PENDING", 2)}, // A's first body after A changed
            {0, u"orders/created"_s, order("X", "PENDING", 1)}, // a repeat of X
            {0, u"orders/created"_s, order("D", "PENDING", 1)},
        };
        StoreState states[2];
        QList<QJsonObject> answers[2];
        for (int run = 0; run < 2; ++run) {
            START_SERVER(server, backend);
            const QList<TestIntegration> shops{server->addIntegration(Platform::Shopee, u"SHOP"_s)};
            const int maxBatch = run == 0 ? 256 : 1;
            qint64 replays = -1;
            writeDeliveries(*server, shops, first, maxBatch, &replays);
            QCOMPARE(replays, 0);
            answers[run] = writeDeliveries(*server, shops, later, maxBatch, &replays);
            QCOMPARE(replays, 0); // the group path took them all
            states[run] = storeState(server->db());
        }
        for (qsizetype i = 0; i < later.size(); ++i)
            QCOMPARE(answers[0].at(i), answers[1].at(i));
        QCOMPARE(states[0].inbox, states[1].inbox);
        QCOMPARE(states[0].orders, states[1].orders);
        QCOMPARE(states[0].history, states[1].history);
        QCOMPARE(states[0].daily, states[1].daily);
        auto duplicate = [&](int i) {
            return answers[0].at(i).value(u"data"_s).toObject().value(u"duplicate"_s);
        };
        QCOMPARE(duplicate(0).toBool(true), false);
        QCOMPARE(duplicate(1).toBool(), true);
        QCOMPARE(duplicate(2).toBool(true), false);
        QCOMPARE(duplicate(3).toBool(true), false);
        QCOMPARE(duplicate(4).toBool(true), false); // after A changed: a new delivery
        QCOMPARE(duplicate(5).toBool(), true);
        QCOMPARE(duplicate(6).toBool(true), false);
        QCOMPARE(states[0].inbox.size(), first.size() + later.size() - 2);
    }

    void smallGroupsWaitForCompany_data() { addBackendRows(); }
    void smallGroupsWaitForCompany()
    {
        // On SQLite each commit rewrites ~14 pages of 16 KiB however few deliveries it holds, so a group
        // that would begin soon after the one before waits for company: deliveries coming one by one
        // after a group share the next commit (each was a commit of its own). A delivery after a pause is
        // written at once, and stopping writes a waiting group at once. PostgreSQL does not wait.
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        QMutex mutex;
        QSet<quint64> answered;
        WebhookWriter writer(server->db(), nullptr, [&](QList<WebhookOutcome> outcomes) {
            QMutexLocker lock(&mutex);
            for (const WebhookOutcome &o : std::as_const(outcomes)) {
                if (o.kind == WebhookOutcome::Kind::Applied)
                    answered.insert(o.ticket);
            }
        });
        auto answers = [&] {
            QMutexLocker lock(&mutex);
            return answered.size();
        };
        auto submit = [&](quint64 ticket) {
            const QByteArray id = "W" + QByteArray::number(ticket);
            writer.submit(
                deliveryJob(shop, u"orders/created"_s,
                            "{\"id\":\"" + id +
                                "\",\"shopId\":\"SHOP\",\"items\":[{\"productId\":\"P\",\"quantity\":1,"
                                "\"price\":100}],\"total\":100,\"status\":\"PENDING\",\"createdAt\":"
                                "\"2026-11-02T03:00:00Z\"}",
                            ticket));
        };
        const bool sqlite = !server->db().isPostgres();
        QCOMPARE(writer.pacing().spacing.count() > 0, sqlite);
        QCOMPARE(writer.pacing().company, sqlite ? 16 : 0);
        if (!sqlite)
            return;
        writer.setPacing({std::chrono::hours(1), 3}); // only company ends a wait here
        writer.start();
        submit(1);
        QTRY_COMPARE(answers(), 1); // the first group after a pause: at once
        submit(2);
        QTest::qWait(100); // time enough for the writer to take it alone, as it did before
        submit(3);
        submit(4);
        QTRY_COMPARE(answers(), 4);
        QCOMPARE(writer.committedBatches(), 2);
        submit(5); // alone, it would wait for two more
        writer.drainAndStop();
        QCOMPARE(answers(), 5);
        QCOMPARE(writer.committedBatches(), 3);
        QCOMPARE(tableRows(server->db(), u"SELECT COUNT(*) FROM orders"_s), QList<QStringList>{{u"5"_s}});
    }

    void batchIsAtomic_data() { addBackendRows(); }
    void batchIsAtomic()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        const Reply bad = server->webhook(
            u"sync/batch"_s,
            json(
                "{\"shopId\":\"SHOP\",\"products\":[{\"id\":\"A\",\"price\":1,\"stock\":1},{\"id\":\"B\",\"price\":2,\"stock\":2}],\"orders\":[{\"id\":\"O\",\"items\":[{\"productId\":\"A\",\"quantity\":\"x\",\"price\":1}]}]}"),
            shop.token);
        QCOMPARE(bad.status, 400);
        QVERIFY(errorOf(bad).contains(u"orders[0]"_s));
        QCOMPARE(*ProductRepository(server->db()).count(shop.shopId), 0);
        const Reply good = server->webhook(
            u"sync/batch"_s,
            json(
                "{\"shopId\":\"SHOP\",\"products\":[{\"id\":\"A\",\"price\":1,\"stock\":1},{\"id\":\"B\",\"price\":2,\"stock\":2}],\"orders\":[{\"id\":\"O\",\"items\":[{\"productId\":\"A\",\"quantity\":1,\"price\":1}],\"status\":\"COMPLETED\"}]}"),
            shop.token);
        QCOMPARE(good.status, 200);
        QCOMPARE(*ProductRepository(server->db()).count(shop.shopId), 2);
        QCOMPARE(*OrderRepository(server->db()).count(shop.shopId), 1);
    }

    void cors()
    {
        START_SERVER(server, u"sqlite"_s);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        for (const QByteArray &origin :
             {QByteArray("http://localhost:5173"), QByteArray("http://127.0.0.1:5173"),
              QByteArray("http://localhost:3001")}) {
            const Reply pre =
                server->send("OPTIONS", u"/api/webhooks/orders/created"_s, {},
                             {{"Origin", origin},
                              {"Access-Control-Request-Method", "POST"},
                              {"Access-Control-Request-Headers", "authorization,content-type"}});
            QCOMPARE(pre.status, 204);
            QCOMPARE(pre.header("access-control-allow-origin"), origin);
            QVERIFY(pre.header("access-control-allow-headers").toLower().contains("authorization"));
        }
        const Reply evil =
            server->send("OPTIONS", u"/api/webhooks/orders/created"_s, {},
                         {{"Origin", "http://evil.example"}, {"Access-Control-Request-Method", "POST"}});
        QVERIFY(evil.header("access-control-allow-origin").isEmpty());
        QVERIFY(evil.status >= 400);
        const Reply post =
            server->send("POST", u"/api/webhooks/products/created"_s,
                         json("{\"id\":\"P\",\"shopId\":\"SHOP\",\"name\":\"P\",\"price\":1,\"stock\":1}"),
                         {{"Origin", "http://localhost:5173"}, {"Authorization", "Bearer " + shop.token}});
        QCOMPARE(post.status, 200);
        QCOMPARE(post.header("access-control-allow-origin"), QByteArray("http://localhost:5173"));
        const Reply other =
            server->send("POST", u"/api/webhooks/products/created"_s,
                         json("{\"id\":\"Q\",\"shopId\":\"SHOP\",\"name\":\"Q\",\"price\":1,\"stock\":1}"),
                         {{"Origin", "http://evil.example"}, {"Authorization", "Bearer " + shop.token}});
        QVERIFY(other.header("access-control-allow-origin").isEmpty());
        // Another site's page changes nothing, even holding the token (tst_security crossSitePostsRefused).
        QCOMPARE(other.status, 403);
        QCOMPARE(*ProductRepository(server->db()).count(shop.shopId), 1);
    }

    void bodyTooLarge()
    {
        START_SERVER(server, u"sqlite"_s);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        QByteArray big =
            "{\"id\":\"P\",\"shopId\":\"SHOP\",\"name\":\"P\",\"price\":1,\"stock\":1,\"description\":\"";
        big += QByteArray(1024 * 1024 + 10, 'x');
        big += "\"}";
        const Reply r = server->webhook(u"products/created"_s, big, shop.token);
        QCOMPARE(r.status, 413);
        QCOMPARE(*ProductRepository(server->db()).count(shop.shopId), 0);
    }

    // Strangers flooding wrong and missing credentials (on the desktop they share 127.0.0.1 with the
    // marketplace's deliveries) cost no look-up each: the verifier reads the store a few times a second at
    // most, however many distinct or repeated wrong tokens and signatures for unknown shops arrive (before,
    // one read per distinct token or shop), and nothing is held back per address: the marketplace's own
    // deliveries, bearer and signed, keep getting 200 through the flood.
    void unknownCredentialsCostNoLookup_data() { addBackendRows(); }
    void unknownCredentialsCostNoLookup()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"FLOOD"_s);
        const TestIntegration signedShop = server->addIntegration(Platform::Lazada, u"SIGNED"_s);
        WebhookVerifier verifier(server->db(), server->services().vault(),
                                 server->services().tokenLookupKey());
        auto request = [](const QByteArray &authorization, const QByteArray &shopId = {}) {
            HttpRequest r;
            r.method = HttpRequest::Method::Post;
            r.body = "{\"id\":\"P\",\"shopId\":\"" + shopId + "\",\"price\":1}";
            if (!authorization.isEmpty())
                r.headers.insert("authorization", authorization);
            return r;
        };
        auto signedRequest = [&](const QByteArray &shopId, const QByteArray &secret) {
            HttpRequest r = request({}, shopId);
            const QByteArray ts = QByteArray::number(Clock::nowUtc().toSecsSinceEpoch());
            r.headers.insert("webhook-id",
                             "msg_" + QByteArray::number(QRandomGenerator::global()->generate()));
            r.headers.insert("webhook-timestamp", ts);
            r.headers.insert("webhook-signature",
                             WebhookVerifier::sign(secret, r.header("webhook-id"), ts, r.body));
            return r;
        };
        QVERIFY(verifier.verify(request("Bearer " + shop.token), {}).ok());
        QVERIFY(verifier.verify(signedRequest("SIGNED", signedShop.secret), {u"SIGNED"_s}).ok());
        const qint64 readsBefore = verifier.storeReads();
        QElapsedTimer elapsed;
        elapsed.start();
        int refused = 0;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray n = QByteArray::number(i);
            HttpRequest r;
            QStringList shops;
            switch (i % 4) {
            case 0: // a new wrong token each time
                r = request("Bearer guess-" + n + "-" +
                            QByteArray::number(QRandomGenerator::global()->generate()));
                break;
            case 1: // the same wrong token again and again
                r = request("Bearer the-same-wrong-token");
                break;
            case 2: // a signature for a shop no integration has, a new one each time
                r = signedRequest("NOBODY-" + n, "whsec_" + QByteArray("wrong").toBase64());
                shops = {u"NOBODY-"_s + QString::fromLatin1(n)};
                break;
            case 3: // no credential at all
                r = request({});
                break;
            }
            const auto verdict = verifier.verify(r, shops);
            QVERIFY(!verdict.ok());
            QVERIFY(verdict.error().kind == Error::Kind::Unauthorized);
            ++refused;
            if (i % 100 == 0) { // the marketplace's own, through the flood
                QVERIFY(verifier.verify(request("Bearer " + shop.token), {}).ok());
                QVERIFY(verifier.verify(signedRequest("SIGNED", signedShop.secret), {u"SIGNED"_s}).ok());
            }
        }
        const qint64 reads = verifier.storeReads() - readsBefore;
        const qint64 seconds = elapsed.elapsed() / 1000 + 1;
        qInfo("%d wrong or missing credentials in %lld ms: %lld reads of the store", refused,
              elapsed.elapsed(), reads);
        // At most 8 readings a second for keys not seen missing, and one for a reading a second old.
        QVERIFY2(reads <= 9 * seconds, qPrintable(QString::number(reads)));

        // A shop linked meanwhile (by another process on the same store: no event here) is found within the
        // second, flood or not.
        const TestIntegration late = server->addIntegration(Platform::Shopee, u"LATE"_s);
        QTRY_VERIFY_WITH_TIMEOUT(verifier.verify(request("Bearer " + late.token), {}).ok(), 5000);

        // Through the server: the flood's wrong and missing credentials are 401, never 429, and the
        // marketplace's deliveries go on.
        for (int i = 0; i < 60; ++i) {
            const QByteArray body =
                "{\"id\":\"F" + QByteArray::number(i) + "\",\"shopId\":\"FLOOD\",\"price\":1}";
            const QList<std::pair<QByteArray, QByteArray>> wrong = {
                {"Authorization", "Bearer wrong-" + QByteArray::number(i % 3)}};
            QCOMPARE(server->send("POST", u"/api/webhooks/products/created"_s, body, wrong).status, 401);
            QCOMPARE(server->send("POST", u"/api/webhooks/products/created"_s, body).status, 401);
            if (i % 10 == 0)
                QCOMPARE(server->webhook(u"products/created"_s, body, shop.token).status, 200);
        }
        QCOMPARE(*ProductRepository(server->db()).count(shop.shopId), 6);
    }

    void rateLimit()
    {
        START_SERVER(server, u"sqlite"_s, 5);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        const TestIntegration other = server->addIntegration(Platform::Shopee, u"OTHER"_s);
        int limited = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 12; ++i) {
            const Reply r = server->webhook(
                u"inventory/updated"_s,
                u"{\"productId\":\"P\",\"shopId\":\"SHOP\",\"quantity\":%1}"_s.arg(i).toUtf8(), shop.token);
            if (r.status == 429) {
                ++limited;
                retryAfter = r.header("retry-after");
            } else {
                QCOMPARE(r.status, 200);
            }
        }
        QVERIFY(limited > 0);
        QVERIFY(retryAfter.toInt() >= 1);
        // Another credential has its own budget.
        QCOMPARE(server
                     ->webhook(u"inventory/updated"_s,
                               json("{\"productId\":\"P\",\"shopId\":\"OTHER\",\"quantity\":1}"), other.token)
                     .status,
                 200);
    }

    // A buyer holding the shop's leaked token (the public clones hand it to checkouts) floods deliveries
    // with it: the marketplace's signed deliveries have a rate of their own and are never answered 429 for
    // it, whether the token's deliveries are taken (auto) or refused (signed only).
    void leakedTokenCannotStarveSignedDeliveries()
    {
        START_SERVER(server, u"sqlite"_s, 5);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        int n = 0;
        const auto flood = [&](int expected) {
            for (int i = 0; i < 15; ++i) {
                const Reply r = server->webhook(
                    u"inventory/updated"_s,
                    u"{\"productId\":\"P\",\"shopId\":\"SHOP\",\"quantity\":%1}"_s.arg(++n).toUtf8(),
                    shop.token);
                QVERIFY2(r.status == expected || r.status == 429, r.body.constData());
            }
        };
        const auto signedDelivery = [&] {
            const QByteArray body =
                u"{\"productId\":\"P\",\"shopId\":\"SHOP\",\"quantity\":%1}"_s.arg(++n).toUtf8();
            const QByteArray id = "msg_s" + QByteArray::number(n);
            const QByteArray ts = QByteArray::number(bva::Clock::nowMs() / 1000);
            return server->send("POST", u"/api/webhooks/inventory/updated"_s, body,
                                {{"webhook-id", id},
                                 {"webhook-timestamp", ts},
                                 {"webhook-signature", WebhookVerifier::sign(shop.secret, id, ts, body)}});
        };
        flood(200); // auto: the token's deliveries are taken until its rate is spent
        Reply r = signedDelivery();
        QVERIFY2(r.status == 200, r.body.constData());
        // The shop is signed only now: the token's deliveries are refused (and kept within its rate).
        flood(401);
        r = signedDelivery();
        QVERIFY2(r.status == 200, r.body.constData());
    }

    // A captured valid signed delivery, replayed fast, is a duplicate that spends none of the marketplace's
    // rate; fresh deliveries still do.
    void replayedSignedDeliveryDoesNotSpendTheRate()
    {
        START_SERVER(server, u"sqlite"_s, 5);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SHOP"_s);
        int n = 0;
        const auto signedDelivery = [&](const QByteArray &id, const QByteArray &body) {
            const QByteArray ts = QByteArray::number(bva::Clock::nowMs() / 1000);
            return server->send("POST", u"/api/webhooks/inventory/updated"_s, body,
                                {{"webhook-id", id},
                                 {"webhook-timestamp", ts},
                                 {"webhook-signature", WebhookVerifier::sign(shop.secret, id, ts, body)}});
        };
        const auto fresh = [&] {
            ++n;
            return signedDelivery(
                "msg_f" + QByteArray::number(n),
                u"{\"productId\":\"P\",\"shopId\":\"SHOP\",\"quantity\":%1}"_s.arg(n).toUtf8());
        };
        Reply r = fresh();
        QVERIFY2(r.status == 200, r.body.constData());
        const QByteArray capturedBody =
            u"{\"productId\":\"P\",\"shopId\":\"SHOP\",\"quantity\":1}"_s.toUtf8();
        for (int i = 0; i < 40; ++i) {
            r = signedDelivery("msg_f1", capturedBody);
            QVERIFY2(r.status == 200, qPrintable(QString::number(i) + u' ' + QString::fromUtf8(r.body)));
            QVERIFY2(r.body.contains("\"duplicate\":true"), r.body.constData());
        }
        r = fresh(); // the marketplace's next delivery
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY2(r.body.contains("\"duplicate\":false"), r.body.constData());
        // Fresh deliveries (new ids) are still held to the rate.
        int limited = 0;
        for (int i = 0; i < 20; ++i)
            limited += fresh().status == 429;
        QVERIFY2(limited > 0, "20 fresh signed deliveries at once were all taken at 5 a second");
    }

    void anotherShopCannotFlushTheRepeats()
    {
        // Another account signs its own shop's deliveries: it must not push the victim's remembered keys
        // out, so a captured delivery of the victim's, replayed, still does not spend the victim's rate.
        START_SERVER(server, u"sqlite"_s, [](AppConfig &c) {
            c.webhookRatePerSecond = 5;
            c.webhookRepeatKeys = 8;
        });
        const TestIntegration victim = server->addIntegration(Platform::Shopee, u"VICTIM"_s);
        const qint64 attackerId = server->registerUser(u"attacker@example.com"_s).first;
        const TestIntegration attacker = server->addIntegration(Platform::Shopee, u"MINE"_s, attackerId);
        const auto signedDelivery = [&](const TestIntegration &shop, const QByteArray &id, int quantity) {
            const QByteArray ts = QByteArray::number(bva::Clock::nowMs() / 1000);
            const QByteArray body =
                u"{\"productId\":\"P\",\"shopId\":\"%1\",\"quantity\":%2}"_s.arg(shop.shopExternalId)
                    .arg(quantity)
                    .toUtf8();
            return server->send("POST", u"/api/webhooks/inventory/updated"_s, body,
                                {{"webhook-id", id},
                                 {"webhook-timestamp", ts},
                                 {"webhook-signature", WebhookVerifier::sign(shop.secret, id, ts, body)}});
        };
        // The victim's six deliveries, captured (one more than its rate's burst), then another account's
        // sixteen: twice the keys a credential keeps, all within the attacker's own rate (5 a second).
        Reply r;
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(250);
            r = signedDelivery(victim, "msg_v" + QByteArray::number(i), i);
            QVERIFY2(r.status == 200, r.body.constData());
        }
        for (int i = 0; i < 16; ++i) {
            QTest::qWait(250);
            r = signedDelivery(attacker, "msg_a" + QByteArray::number(i), i);
            QVERIFY2(r.status == 200, qPrintable(QString::number(i) + u' ' + QString::fromUtf8(r.body)));
        }
        for (int i = 0; i < 30; ++i) { // each captured delivery replayed, five times
            r = signedDelivery(victim, "msg_v" + QByteArray::number(i % 6), i % 6);
            QVERIFY2(r.status == 200, qPrintable(QString::number(i) + u' ' + QString::fromUtf8(r.body)));
            QVERIFY2(r.body.contains("\"duplicate\":true"), r.body.constData());
        }
        r = signedDelivery(victim, "msg_v6", 6); // the marketplace's next delivery
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY2(r.body.contains("\"duplicate\":false"), r.body.constData());
    }

    void webSocketRooms()
    {
        START_SERVER(server, u"sqlite"_s);
        const auto [userId, session] = server->registerUser(u"ws@example.com"_s);
        const auto [otherUser, otherSession] = server->registerUser(u"other@example.com"_s);
        const TestIntegration mine = server->addIntegration(Platform::Shopee, u"MINE"_s, userId);
        server->addIntegration(Platform::Shopee, u"THEIRS"_s, otherUser);

        QWebSocket anonymous;
        QSignalSpy anonClosed(&anonymous, &QWebSocket::disconnected);
        anonymous.open(QUrl(u"ws://127.0.0.1:"_s + QString::number(server->port()) + u"/ws"_s));
        QVERIFY(anonClosed.wait(10000));

        QWebSocket ws;
        QList<QJsonObject> messages;
        connect(&ws, &QWebSocket::textMessageReceived, this,
                [&](const QString &t) { messages.append(QJsonDocument::fromJson(t.toUtf8()).object()); });
        QSignalSpy connected(&ws, &QWebSocket::connected);
        ws.open(QUrl(u"ws://127.0.0.1:"_s + QString::number(server->port()) + u"/ws?token="_s +
                     QString::fromUtf8(session)));
        QVERIFY(connected.wait(10000));
        QTRY_VERIFY(!messages.isEmpty());
        QCOMPARE(messages.constFirst().value(u"event"_s).toString(), u"connected"_s);

        ws.sendTextMessage(u"{\"event\":\"join_shop\",\"shopId\":\"THEIRS\"}"_s);
        QTRY_COMPARE(messages.size(), 2);
        QCOMPARE(messages.last().value(u"event"_s).toString(), u"error"_s);
        ws.sendTextMessage(u"{\"event\":\"join_shop\",\"shopId\":\"MINE\"}"_s);
        QTRY_COMPARE(messages.size(), 3);
        QCOMPARE(messages.last().value(u"event"_s).toString(), u"joined"_s);

        QCOMPARE(
            server
                ->webhook(u"products/created"_s,
                          json("{\"id\":\"P\",\"shopId\":\"MINE\",\"name\":\"P\",\"price\":1,\"stock\":9}"),
                          mine.token)
                .status,
            200);
        QCOMPARE(server
                     ->webhook(u"orders/status-changed"_s,
                               json("{\"id\":\"NOPE\",\"shopId\":\"MINE\",\"status\":\"COMPLETED\"}"),
                               mine.token)
                     .status,
                 200);
        QCOMPARE(server
                     ->webhook(u"orders/created"_s,
                               json("{\"id\":\"NOPE\",\"shopId\":\"MINE\",\"items\":[],\"total\":1}"),
                               mine.token)
                     .status,
                 200);
        // Each event is its own frame: wait for the last ones to arrive, whatever their order.
        auto received = [&messages](const QString &event) {
            return std::any_of(messages.cbegin(), messages.cend(), [&event](const QJsonObject &m) {
                return m.value(u"event"_s).toString() == event;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(received(u"order_status_changed"_s) && received(u"dashboard_update"_s),
                                 10000);
        QStringList events;
        for (const QJsonObject &m : std::as_const(messages)) {
            events.append(m.value(u"event"_s).toString());
            if (m.contains(u"data"_s))
                QCOMPARE(m.value(u"shopId"_s).toString(), u"MINE"_s);
        }
        QVERIFY2(events.contains(u"product_update"_s), qPrintable(events.join(u',')));
        QVERIFY(events.contains(u"dashboard_update"_s));
        ws.close();
    }
};

QTEST_GUILESS_MAIN(TstWebhooks)
#include "tst_webhooks.moc"
