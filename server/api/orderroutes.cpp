// GET /api/orders?shopId=&platform=&status=&from=&to=&search=&page=&pageSize=, GET /api/orders/:id
// (with its items and statusHistory).
#include "apirouter.h"
#include "apiroutes.h"
#include "jsonviews.h"
#include "store/orderrepository.h"
#include "util/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

} // namespace

// "2026-01-31" (a day: from its start / to the end of it) or a full ISO time.
static Result<QDateTime> timeParam(const ApiRequest &r, const QString &name, bool endOfDay)
{
    const QString text = r.query(name);
    if (text.isEmpty())
        return QDateTime();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0), Qt::UTC);
    const QDateTime t = payload::timeFromJson(QJsonValue(text));
    if (!t.isValid())
        return Error::invalid(name + Text::tr(": expected a date (yyyy-MM-dd) or an ISO-8601 time"));
    return t;
}

void registerOrderRoutes(ApiRouter &api)
{
    api.get(u"/api/orders"_s, [](ApiRequest &r) {
        auto shops = r.queriedShops();
        if (!shops)
            return HttpResponse::fromError(shops.error());
        OrderFilter f;
        QHash<qint64, Shop> byId;
        for (const AccessibleShop &s : std::as_const(*shops)) {
            f.shopIds.append(s.shop.id);
            byId.insert(s.shop.id, s.shop);
        }
        const QString status = r.query(u"status"_s);
        if (!status.isEmpty()) {
            const OrderStatus st = orderStatusFromString(status);
            if (st == OrderStatus::Unknown)
                return HttpResponse::error(400, Text::tr("status: unknown order status"));
            f.status = st;
        }
        auto from = timeParam(r, u"from"_s, false);
        if (!from)
            return HttpResponse::fromError(from.error());
        auto to = timeParam(r, u"to"_s, true);
        if (!to)
            return HttpResponse::fromError(to.error());
        if (from->isValid() && to->isValid() && *to < *from)
            return HttpResponse::error(400, Text::tr("to: must not be before from"));
        f.from = *from;
        f.to = *to;
        f.search = r.query(u"search"_s).trimmed();
        f.page = r.page();
        f.pageSize = r.pageSize();
        auto page = OrderRepository(r.services().db).list(f);
        if (!page)
            return HttpResponse::fromError(page.error());
        QJsonArray items;
        for (const Order &o : std::as_const(page->orders))
            items.append(orderToJson(o, byId.value(o.shopId)));
        return HttpResponse::page(items, f.page, f.pageSize, page->total);
    });
    api.get(u"/api/orders/:id"_s, [](ApiRequest &r) {
        bool ok = false;
        const qint64 id = r.param(u"id"_s).toLongLong(&ok);
        OrderRepository repo(r.services().db);
        auto order = ok ? repo.findById(id) : Result<std::optional<Order>>(std::optional<Order>());
        if (!order)
            return HttpResponse::fromError(order.error());
        if (!order->has_value())
            return HttpResponse::error(404, Text::tr("no such order"));
        auto shop = r.access().byRowId((*order)->shopId);
        if (!shop)
            return HttpResponse::error(404, Text::tr("no such order"));
        Order o = **order;
        auto items = repo.items(o.id);
        if (!items)
            return HttpResponse::fromError(items.error());
        o.items = *items;
        auto history = repo.statusHistory(o.id);
        if (!history)
            return HttpResponse::fromError(history.error());
        const QTimeZone zone(shop->shop.timezone.toUtf8());
        QJsonArray changes;
        for (const OrderStatusChange &h : std::as_const(*history)) {
            changes.append(QJsonObject{
                {u"status"_s, orderStatusName(h.status)},
                {u"rawStatus"_s, h.rawStatus},
                {u"changedAt"_s, h.changedAt.toString(Qt::ISODateWithMs)},
                // The same instant on the shop's clock, with its UTC offset.
                {u"localTime"_s, zone.isValid() ? h.changedAt.toTimeZone(zone).toString(Qt::ISODate)
                                                : h.changedAt.toString(Qt::ISODate)},
                {u"source"_s, h.source}});
        }
        QJsonObject json = orderToJson(o, shop->shop);
        json.insert(u"statusHistory"_s, changes);
        return HttpResponse::ok(json);
    });
}

} // namespace bva
