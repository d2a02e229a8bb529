#include "marketplacecheck.h"

#include "domain/orderstatus.h"
#include "platforms/marketplacesites.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/sql.h"
#include "sync/integrationservice.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace bva::test {

QString differenceFromMarketplace(Database &db, qint64 shopId, CloneProcess &clone, Compare what)
{
    const QJsonArray orders =
        clone.get(u"/api/orders/seller/"_s + clone.shopId(), clone.token()).data().toArray();
    OrderRepository repo(db);
    const auto count = repo.count(shopId);
    if (orders.isEmpty() || !count || *count != orders.size())
        return u"order count: BVA %1, marketplace %2"_s.arg(count ? *count : -1).arg(orders.size());
    for (const auto v : orders) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"id"_s).toString();
        auto stored = repo.findByExternal(shopId, id);
        if (!stored || !stored->has_value())
            return u"order %1 missing"_s.arg(id);
        const QString want = orderStatusName(orderStatusFromString(o.value(u"status"_s).toString()));
        if (orderStatusName((*stored)->status) != want)
            return u"order %1: BVA %2, marketplace %3"_s.arg(id, orderStatusName((*stored)->status), want);
    }
    if (what == Compare::Orders)
        return {};
    const QJsonArray products = clone.get(u"/api/products/shop/"_s + clone.shopId()).data().toArray();
    auto held = ProductRepository(db).listByShop(shopId, false);
    if (!held || held->size() != products.size())
        return u"product count: BVA %1, marketplace %2"_s.arg(held ? held->size() : -1).arg(products.size());
    for (const auto v : products) {
        const QJsonObject p = v.toObject();
        const QString id = p.value(u"id"_s).toString();
        auto stored = ProductRepository(db).findByExternal(shopId, id);
        if (!stored || !stored->has_value())
            return u"product %1 missing"_s.arg(id);
        const int stock = p.value(u"stock"_s).toVariant().toInt();
        if ((*stored)->stock != stock)
            return u"product %1: stock BVA %2, marketplace %3"_s.arg(id).arg((*stored)->stock).arg(stock);
    }
    return {};
}

QString inboxTrail(Database &db, qint64 shopId, const QString &externalId)
{
    auto q = sql::run(
        db.connection(),
        u"SELECT id, topic, state, error, payload FROM webhook_inbox WHERE shop_id = ? AND payload LIKE ? "
        "ORDER BY id"_s,
        QVariantList{shopId, QString(u'%' + externalId + u'%')}, u"inbox trail"_s);
    QStringList lines;
    while (q && q->next()) {
        lines.append(u"  #%1 %2 %3 %4 %5"_s.arg(q->value(0).toString(), q->value(1).toString(),
                                                q->value(2).toString(), q->value(3).toString(),
                                                q->value(4).toString().left(160)));
    }
    return lines.join(u'\n');
}

std::optional<TestIntegration> connectClone(TestServer &server, CloneProcess &clone, qint64 userId,
                                            QString *why)
{
    ConnectRequest request;
    request.platform = clone.flavor() == u"lazada" ? Platform::Lazada : Platform::Shopee;
    // The clone is where this platform lives for the server (its configuration, never the request's).
    if (auto set = server.services().integrations()->sites().set(request.platform, clone.url().toString());
        !set) {
        *why = set.error().message;
        return std::nullopt;
    }
    request.token = clone.token();
    request.shopExternalId = clone.shopId();
    request.siteUrl = clone.url().toString();
    request.userId = userId;
    auto connecting = server.services().integrations()->connectShop(request);
    if (!QTest::qWaitFor([&] { return connecting.isFinished(); }, 30000)) {
        *why = u"connect did not finish"_s;
        return std::nullopt;
    }
    const auto integration = connecting.result();
    if (!integration) {
        *why = integration.error().message;
        return std::nullopt;
    }
    TestIntegration t;
    t.integrationId = integration->id;
    t.shopId = integration->shopId;
    t.shopExternalId = clone.shopId();
    t.token = clone.token();
    const qint64 runId = server.services().integrations()->progress(integration->id).runId;
    auto done = [&] {
        auto run = server.services().integrations()->run(runId);
        return run && run->has_value() && (*run)->state != u"running"_s;
    };
    if (!QTest::qWaitFor(done, 60000) ||
        server.services().integrations()->run(runId)->value().state != u"succeeded"_s) {
        *why = u"first sync did not succeed"_s;
        return std::nullopt;
    }
    return t;
}

bool syncAndWait(TestServer &server, qint64 integrationId, SyncKind kind, QString *why)
{
    IntegrationService &integrations = *server.services().integrations();
    const QString wanted = kind == SyncKind::Full ? u"full"_s : u"incremental"_s;
    // A run already going (a recheck) may be of the other kind: wait for it, then ask again.
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (!QTest::qWaitFor([&] { return !integrations.progress(integrationId).running; }, 60000)) {
            *why = u"a sync did not end"_s;
            return false;
        }
        auto run = integrations.syncNow(integrationId, kind);
        if (!run && run.error().kind == Error::Kind::Conflict) {
            QTest::qWait(50); // a recheck is starting right now
            continue;
        }
        if (!run) {
            *why = run.error().message;
            return false;
        }
        auto finished = [&] {
            auto row = integrations.run(*run);
            return row && row->has_value() && (*row)->state != u"running"_s;
        };
        if (!QTest::qWaitFor(finished, 60000)) {
            *why = u"sync did not finish"_s;
            return false;
        }
        const SyncRun row = integrations.run(*run)->value();
        if (row.state != u"succeeded"_s) {
            *why = u"sync %1: %2"_s.arg(row.state, row.error);
            return false;
        }
        if (row.kind == wanted || kind == SyncKind::Auto)
            return true;
    }
    *why = u"no %1 sync could be started"_s.arg(wanted);
    return false;
}

} // namespace bva::test
