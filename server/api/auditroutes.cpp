// GET /api/audit: the audit trail a user may read (their own account's entries, and every entry of
// the shops they administer; AuditService decides), newest first, with filters:
//   ?shopId=&platform=  ?userId=  ?action=auth.sign_in,team.  ?outcome=ok|failed|refused  ?q=text
//   ?from=&to= (ISO date-time, or a date meaning its UTC midnight; to is exclusive)  ?page=&pageSize=
//   ?format=csv answers {"csv": "…"} with every matching entry instead of a page.
// Entries are append-only: there is no route that changes or deletes one.
#include "apirouter.h"
#include "apiroutes.h"
#include "auth/auditservice.h"
#include "jsonviews.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

Result<AuditFilter> filterFrom(ApiRequest &r)
{
    AuditFilter f;
    if (!r.query(u"shopId"_s).isEmpty()) {
        auto shop = r.access().resolve(r.query(u"shopId"_s), r.query(u"platform"_s));
        if (!shop)
            return shop.error();
        f.shopId = shop->shop.id;
    }
    if (const QString user = r.query(u"userId"_s); !user.isEmpty()) {
        bool ok = false;
        f.userId = user.toLongLong(&ok);
        if (!ok || f.userId <= 0)
            return Error::invalid(Text::tr("userId: a positive number is required"));
    }
    for (const QString &a : r.query(u"action"_s).split(u',', Qt::SkipEmptyParts))
        f.actions.append(a.trimmed());
    f.outcome = r.query(u"outcome"_s);
    if (!f.outcome.isEmpty() && f.outcome != u"ok"_s && f.outcome != u"failed"_s && f.outcome != u"refused"_s)
        return Error::invalid(Text::tr("outcome: ok, failed or refused"));
    f.text = r.query(u"q"_s).left(200);
    auto from = r.instant(u"from"_s);
    if (!from)
        return from.error();
    auto to = r.instant(u"to"_s);
    if (!to)
        return to.error();
    f.from = *from;
    f.to = *to;
    f.page = r.page();
    f.pageSize = r.pageSize(100);
    return f;
}

QJsonObject entryToJson(const AuditEntry &e)
{
    QJsonObject json{{u"id"_s, e.id},
                     {u"at"_s, timeValue(e.createdAt)},
                     {u"userId"_s, e.userId > 0 ? QJsonValue(e.userId) : QJsonValue()},
                     {u"account"_s, e.actor},
                     {u"source"_s, e.source},
                     {u"action"_s, e.action},
                     {u"target"_s, e.target},
                     {u"outcome"_s, e.outcome},
                     {u"details"_s, e.details}};
    if (e.shopId > 0)
        json.insert(u"shop"_s,
                    QJsonObject{{u"shopId"_s,
                                 e.shopExternalId.isEmpty() ? QJsonValue() : QJsonValue(e.shopExternalId)},
                                {u"platform"_s, e.shopPlatform},
                                {u"name"_s, e.shopName}});
    else
        json.insert(u"shop"_s, QJsonValue());
    return json;
}

} // namespace

void registerAuditRoutes(ApiRouter &api)
{
    api.get(u"/api/audit"_s, [](ApiRequest &r) {
        AuditService *audit = r.services().audit;
        if (!audit)
            return HttpResponse::error(503, Text::tr("the audit trail is not available"));
        auto filter = filterFrom(r);
        if (!filter)
            return HttpResponse::fromError(filter.error());
        if (r.query(u"format"_s) == u"csv"_s) {
            auto all = audit->readAll(r.userId(), *filter);
            if (!all)
                return HttpResponse::fromError(all.error());
            return HttpResponse::ok(QJsonObject{{u"csv"_s, QString::fromUtf8(AuditService::toCsv(*all))},
                                                {u"rows"_s, all->size()}});
        }
        auto page = audit->read(r.userId(), *filter);
        if (!page)
            return HttpResponse::fromError(page.error());
        QJsonArray items;
        for (const AuditEntry &e : std::as_const(page->entries))
            items.append(entryToJson(e));
        return HttpResponse::page(items, page->page, page->pageSize, page->total);
    });
}

} // namespace bva
