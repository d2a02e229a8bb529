// The deliveries inspector's routes (issue 19.6), for the shop's admins, over DeliveryService:
//   GET  /api/integrations/:id/deliveries?q=&outcome=failed,refused&topic=&from=&to=&limit=&cursor=
//   GET  /api/integrations/:id/deliveries/:deliveryId
//   POST /api/integrations/:id/deliveries/:deliveryId/replay
// Bodies are masked by the service; a route never sees a token.
#include "apirouter.h"
#include "apiroutes.h"
#include "jsonviews.h"
#include "webhooks/deliveryservice.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

constexpr int kPreviewChars = 160;

QJsonObject deliveryToJson(const WebhookDelivery &d, bool withBody)
{
    QJsonObject json{{u"id"_s, d.id},
                     {u"topic"_s, d.topic},
                     {u"receivedAt"_s, timeValue(d.receivedAt)},
                     {u"outcome"_s, deliveryOutcomeName(d.outcome)},
                     {u"reason"_s, d.reason},
                     {u"attempts"_s, d.attempts},
                     {u"replayable"_s, d.replayable()},
                     {u"replayOf"_s, d.replayOf.isEmpty() ? QJsonValue() : QJsonValue(d.replayOf)},
                     {u"replayedAs"_s, d.replayedAs.isEmpty() ? QJsonValue() : QJsonValue(d.replayedAs)}};
    if (withBody) {
        json.insert(u"body"_s, d.body);
    } else {
        QString preview = d.body.simplified();
        if (preview.size() > kPreviewChars)
            preview = preview.left(kPreviewChars) + u'…';
        json.insert(u"bodyPreview"_s, preview);
    }
    return json;
}

Result<qint64> integrationId(const ApiRequest &r)
{
    bool ok = false;
    const qint64 id = r.param(u"id"_s).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::notFound(Text::tr("no such integration"));
    return id;
}

Result<DeliveryQuery> queryFrom(ApiRequest &r)
{
    DeliveryQuery q;
    q.text = r.query(u"q"_s).left(200);
    for (const QString &name : r.query(u"outcome"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto outcome = deliveryOutcomeFromName(name.trimmed());
        if (!outcome)
            return Error::invalid(Text::tr("outcome: %1 is not one of applied, duplicate, refused, failed")
                                      .arg(name.trimmed()));
        q.outcomes.append(*outcome);
    }
    q.topic = r.query(u"topic"_s).left(100);
    auto from = r.instant(u"from"_s);
    if (!from)
        return from.error();
    auto to = r.instant(u"to"_s);
    if (!to)
        return to.error();
    q.from = *from;
    q.to = *to;
    if (const QString limit = r.query(u"limit"_s); !limit.isEmpty()) {
        bool ok = false;
        q.limit = limit.toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > DeliveryService::kMaxLimit)
            return Error::invalid(
                Text::tr("limit: a whole number from 1 to %1").arg(DeliveryService::kMaxLimit));
    }
    q.cursor = r.query(u"cursor"_s).left(100);
    return q;
}

HttpResponse unavailable()
{
    return HttpResponse::error(503, Text::tr("the deliveries inspector is not available in this build"));
}

} // namespace

void registerDeliveryRoutes(ApiRouter &api)
{
    api.get(u"/api/integrations/:id/deliveries"_s, [](ApiRequest &r) {
        DeliveryService *service = r.services().deliveries;
        if (!service)
            return unavailable();
        auto id = integrationId(r);
        if (!id)
            return HttpResponse::fromError(id.error());
        auto query = queryFrom(r);
        if (!query)
            return HttpResponse::fromError(query.error());
        auto page = service->list(r.actor(), *id, *query);
        if (!page)
            return HttpResponse::fromError(page.error());
        QJsonArray items;
        for (const WebhookDelivery &d : std::as_const(page->items))
            items.append(deliveryToJson(d, false));
        return HttpResponse::ok(QJsonObject{
            {u"items"_s, items},
            {u"nextCursor"_s, page->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page->nextCursor)}});
    });
    api.get(u"/api/integrations/:id/deliveries/:deliveryId"_s, [](ApiRequest &r) {
        DeliveryService *service = r.services().deliveries;
        if (!service)
            return unavailable();
        auto id = integrationId(r);
        if (!id)
            return HttpResponse::fromError(id.error());
        auto delivery = service->find(r.actor(), *id, r.param(u"deliveryId"_s));
        if (!delivery)
            return HttpResponse::fromError(delivery.error());
        return HttpResponse::ok(deliveryToJson(*delivery, true));
    });
    api.post(u"/api/integrations/:id/deliveries/:deliveryId/replay"_s, [](ApiRequest &r) {
        DeliveryService *service = r.services().deliveries;
        if (!service)
            return unavailable();
        auto id = integrationId(r);
        if (!id)
            return HttpResponse::fromError(id.error());
        auto replayed = service->replay(r.actor(), *id, r.param(u"deliveryId"_s));
        if (!replayed)
            return HttpResponse::fromError(replayed.error());
        return HttpResponse::ok(QJsonObject{{u"outcome"_s, deliveryOutcomeName(replayed->outcome)},
                                            {u"reason"_s, replayed->reason},
                                            {u"delivery"_s, deliveryToJson(replayed->delivery, true)}});
    });
}

} // namespace bva
