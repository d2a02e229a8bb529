// The forecasting REST routes, over the same ForecastService as the desktop pages:
//   GET  /api/smartshelf?shopId=&platform=&risk=&leadTimeDays=       risk scores, actions, expired list
//   GET  /api/forecast/:product?shopId=&platform=                    stored forecast (marketplace or BVA id)
//   POST /api/restock/plan {budget|budgetMinor, goal, horizonDays, leadTimeDays, serviceLevel,
//                           paydayEffects, megaSaleEffects, format:"csv"?}?shopId=&platform=
//   GET  /api/restock/shopping-list?budget=&goal=…                   the plan's shopping list as CSV text
//   GET  /api/marketmate/suggestions?shopId=&platform=&language=
//   GET  /api/campaigns?shopId=&platform=&status=;  POST /api/campaigns;  POST /api/campaigns/:id/status
#include "analytics/forecast/forecastjson.h"
#include "analytics/forecast/forecastservice.h"
#include "apirouter.h"
#include "apiroutes.h"
#include "domain/money.h"
#include "store/productrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

using namespace bva::forecast;

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::ForecastRoutes)
};

QHash<qint64, QString> externalIds(const QList<AccessibleShop> &shops)
{
    QHash<qint64, QString> ids;
    for (const AccessibleShop &s : shops)
        ids.insert(s.shop.id, s.shop.externalId);
    return ids;
}

QList<qint64> rowIds(const QList<AccessibleShop> &shops)
{
    QList<qint64> ids;
    for (const AccessibleShop &s : shops)
        ids.append(s.shop.id);
    return ids;
}

// Query strings and JSON bodies share one parser: a query value arrives as a string.
Result<int> intField(const QJsonObject &o, const QString &name, int fallback, int lo, int hi)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return fallback;
    bool ok = v.isDouble() && v.toDouble() == double(v.toInteger());
    qint64 n = v.toInteger();
    if (v.isString())
        n = v.toString().toLongLong(&ok);
    if (!ok || n < lo || n > hi)
        return Error::invalid(
            Text::tr("%1: expected a whole number from %2 to %3").arg(name).arg(lo).arg(hi));
    return int(n);
}

Result<bool> boolField(const QJsonObject &o, const QString &name, bool fallback)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return fallback;
    if (v.isBool())
        return v.toBool();
    if (v.isString() && (v.toString() == u"true" || v.toString() == u"false"))
        return v.toString() == u"true";
    return Error::invalid(Text::tr("%1: expected true or false").arg(name));
}

Result<RestockSettings> plannerSettings(const QJsonObject &o, const QString &currency)
{
    RestockSettings st;
    st.currency = currency;
    if (o.contains(u"budgetMinor"_s)) {
        const QJsonValue v = o.value(u"budgetMinor"_s);
        bool ok = v.isDouble() && v.toDouble() == double(v.toInteger());
        qint64 n = v.toInteger();
        if (v.isString())
            n = v.toString().toLongLong(&ok);
        if (!ok || n < 0)
            return Error::invalid(
                Text::tr("budgetMinor: expected a whole number of minor units, not negative"));
        // No amount BVA stores is larger; beyond it the planner's sums would overflow.
        if (n > kMaxMinorUnits)
            return Error::invalid(Text::tr("budgetMinor: at most %1 minor units").arg(kMaxMinorUnits));
        st.budgetMinor = n;
    } else if (o.contains(u"budget"_s)) {
        const auto minor = minorUnitsFromJson(o.value(u"budget"_s), currencyExponent(currency));
        if (!minor || *minor < 0)
            return Error::invalid(Text::tr("budget: expected an amount in %1, not negative").arg(currency));
        st.budgetMinor = *minor;
    } else {
        return Error::invalid(Text::tr("budget: required (an amount in the shop currency, or budgetMinor)"));
    }
    if (const QString goal = o.value(u"goal"_s).toString(); !goal.isEmpty()) {
        if (!restockGoalFromString(goal, &st.goal))
            return Error::invalid(Text::tr("goal: expected profit, volume or balanced"));
    } else if (o.contains(u"goal"_s)) {
        return Error::invalid(Text::tr("goal: expected profit, volume or balanced"));
    }
    auto horizon = intField(o, u"horizonDays"_s, st.horizonDays, 1, 365);
    if (!horizon)
        return horizon.error();
    st.horizonDays = *horizon;
    auto lead = intField(o, u"leadTimeDays"_s, st.leadTimeDays, 0, 180);
    if (!lead)
        return lead.error();
    st.leadTimeDays = *lead;
    if (o.contains(u"serviceLevel"_s)) {
        const QJsonValue v = o.value(u"serviceLevel"_s);
        bool ok = v.isDouble();
        double level = v.toDouble();
        if (v.isString())
            level = v.toString().toDouble(&ok);
        if (!ok || level < 0.5 || level > 0.999)
            return Error::invalid(Text::tr("serviceLevel: expected a fraction from 0.5 to 0.999"));
        st.serviceLevel = level;
    }
    auto payday = boolField(o, u"paydayEffects"_s, true);
    if (!payday)
        return payday.error();
    auto mega = boolField(o, u"megaSaleEffects"_s, true);
    if (!mega)
        return mega.error();
    st.paydayEffects = *payday;
    st.megaSaleEffects = *mega;
    return st;
}

Result<RestockPlan> planFor(ApiRequest &r, ForecastService &forecasts, const QJsonObject &inputs,
                            QList<AccessibleShop> *shopsOut)
{
    auto shops = r.queriedShops();
    if (!shops)
        return shops.error();
    auto settings = plannerSettings(inputs, shops->isEmpty() ? u"PHP"_s : shops->first().shop.currency);
    if (!settings)
        return settings.error();
    *shopsOut = *shops;
    PlannerRequest rq;
    rq.settings = *settings;
    return forecasts.planRestock(rowIds(*shops), rq);
}

} // namespace

void registerForecastRoutes(ApiRouter &api, ForecastService &forecasts)
{
    api.get(u"/api/smartshelf"_s, [&forecasts](ApiRequest &r) {
        auto shops = r.queriedShops();
        if (!shops)
            return HttpResponse::fromError(shops.error());
        const QString risk = r.query(u"risk"_s);
        int riskFilter = 0;
        for (ShelfRisk k : {ShelfRisk::StockOut, ShelfRisk::NearExpiry, ShelfRisk::Expired,
                            ShelfRisk::SlowMoving, ShelfRisk::Overstock})
            if (shelfRiskKey(k) == risk)
                riskFilter = int(k);
        if (!risk.isEmpty() && riskFilter == 0)
            return HttpResponse::error(
                400, Text::tr("risk: expected stock_out, near_expiry, expired, slow_moving or overstock"));
        ShelfSettings st;
        QJsonObject q{{u"leadTimeDays"_s, r.query(u"leadTimeDays"_s)}};
        auto lead = intField(q, u"leadTimeDays"_s, st.leadTimeDays, 0, 180);
        if (!lead)
            return HttpResponse::fromError(lead.error());
        st.leadTimeDays = *lead;
        auto report = forecasts.smartShelf(rowIds(*shops), st);
        if (!report)
            return HttpResponse::fromError(report.error());
        const auto ids = externalIds(*shops);
        QJsonArray items, expired;
        for (const ShelfItem &it : report->items)
            if (riskFilter == 0 || it.has(ShelfRisk(riskFilter)))
                items.append(shelfItemToJson(it, ids.value(it.shopId)));
        for (const ShelfItem &it : report->expired)
            expired.append(shelfItemToJson(it, ids.value(it.shopId)));
        return HttpResponse::ok(
            QJsonObject{{u"items"_s, items}, {u"expired"_s, expired}, {u"atRisk"_s, report->atRisk}});
    });

    api.get(u"/api/forecast/:product"_s, [&forecasts](ApiRequest &r) {
        auto shops = r.queriedShops();
        if (!shops)
            return HttpResponse::fromError(shops.error());
        QString externalId = r.param(u"product"_s);
        std::optional<qint64> onlyShop;
        // A BVA product id works too, when no shop's product has that marketplace id.
        bool numeric = false;
        const qint64 rowId = externalId.toLongLong(&numeric);
        for (int pass = 0; pass < 2; ++pass) {
            for (const AccessibleShop &s : std::as_const(*shops)) {
                if (onlyShop && s.shop.id != *onlyShop)
                    continue;
                auto rows = forecasts.storedForecasts(s.shop.id, true);
                if (!rows)
                    return HttpResponse::fromError(rows.error());
                for (const ProductForecast &f : std::as_const(*rows))
                    if (f.productExternalId == externalId)
                        return HttpResponse::ok(forecastToJson(f, s.shop.externalId));
            }
            if (pass > 0 || !numeric)
                break;
            auto product = ProductRepository(r.services().db).findById(rowId);
            if (!product)
                return HttpResponse::fromError(product.error());
            if (!product->has_value())
                break;
            externalId = (*product)->externalId;
            onlyShop = (*product)->shopId;
        }
        return HttpResponse::error(404,
                                   Text::tr("product: no forecast for this product in your shops (yet)"));
    });

    api.post(u"/api/restock/plan"_s, [&forecasts](ApiRequest &r) {
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        QList<AccessibleShop> shops;
        auto plan = planFor(r, forecasts, *body, &shops);
        if (!plan)
            return HttpResponse::fromError(plan.error());
        QJsonObject data = restockPlanToJson(*plan, externalIds(shops));
        if (body->value(u"format"_s).toString() == u"csv")
            data.insert(u"csv"_s, shoppingListCsv(*plan, plan->currency));
        return HttpResponse::ok(data);
    });

    api.get(u"/api/restock/shopping-list"_s, [&forecasts](ApiRequest &r) {
        QJsonObject inputs;
        for (const QString &name :
             {u"budget"_s, u"budgetMinor"_s, u"goal"_s, u"horizonDays"_s, u"leadTimeDays"_s,
              u"serviceLevel"_s, u"paydayEffects"_s, u"megaSaleEffects"_s}) {
            if (r.http().query.hasQueryItem(name))
                inputs.insert(name, r.query(name));
        }
        QList<AccessibleShop> shops;
        auto plan = planFor(r, forecasts, inputs, &shops);
        if (!plan)
            return HttpResponse::fromError(plan.error());
        const QJsonObject full = restockPlanToJson(*plan, externalIds(shops));
        return HttpResponse::ok(QJsonObject{{u"csv"_s, shoppingListCsv(*plan, plan->currency)},
                                            {u"currency"_s, plan->currency},
                                            {u"spentMinor"_s, plan->spentMinor},
                                            {u"budgetMinor"_s, plan->budgetMinor},
                                            {u"warnings"_s, full.value(u"warnings"_s)}});
    });

    api.get(u"/api/marketmate/suggestions"_s, [&forecasts](ApiRequest &r) {
        auto shops = r.queriedShops();
        if (!shops)
            return HttpResponse::fromError(shops.error());
        const QString language = r.query(u"language"_s).isEmpty() ? u"en"_s : r.query(u"language"_s);
        if (!adLanguages().contains(language))
            return HttpResponse::error(
                400, Text::tr("language: expected one of %1").arg(adLanguages().join(u", "_s)));
        QJsonArray items;
        for (const AccessibleShop &s : std::as_const(*shops)) {
            PromotionSettings ps;
            ps.language = language;
            ps.shopName = s.shop.name;
            auto list = forecasts.promotions(s.shop.id, ps);
            if (!list)
                return HttpResponse::fromError(list.error());
            for (const PromotionSuggestion &p : *list)
                items.append(promotionToJson(p, s.shop.currency, s.shop.externalId));
        }
        return HttpResponse::ok(QJsonObject{{u"suggestions"_s, items}});
    });

    api.get(u"/api/campaigns"_s, [&forecasts](ApiRequest &r) {
        auto shops = r.queriedShops();
        if (!shops)
            return HttpResponse::fromError(shops.error());
        std::optional<CampaignStatus> status;
        if (const QString text = r.query(u"status"_s); !text.isEmpty()) {
            CampaignStatus s;
            if (!campaignStatusFromString(text, &s))
                return HttpResponse::error(400, Text::tr("status: expected DRAFT, SCHEDULED or DONE"));
            status = s;
        }
        QJsonArray items;
        for (const AccessibleShop &s : std::as_const(*shops)) {
            auto list = forecasts.campaigns().list(s.shop.id, status);
            if (!list)
                return HttpResponse::fromError(list.error());
            for (const Campaign &c : std::as_const(*list))
                items.append(campaignToJson(c, s.shop.currency, s.shop.externalId));
        }
        return HttpResponse::ok(QJsonObject{{u"campaigns"_s, items}});
    });

    api.post(u"/api/campaigns"_s, [&forecasts](ApiRequest &r) {
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        const QString shopId = body->value(u"shopId"_s).toVariant().toString();
        if (shopId.isEmpty())
            return HttpResponse::error(400, Text::tr("shopId: required"));
        auto shop = r.access().resolve(shopId, body->value(u"platform"_s).toString(), ShopRole::Editor);
        if (!shop)
            return HttpResponse::fromError(shop.error());
        Campaign c;
        c.shopId = shop->shop.id;
        c.productExternalId = body->value(u"productId"_s).toVariant().toString();
        if (!playbookFromString(body->value(u"playbook"_s).toString(), &c.playbook))
            return HttpResponse::error(
                400, Text::tr("playbook: expected flash_sale, new_arrival, best_seller or bundle_up"));
        c.language = body->value(u"language"_s).toString(u"en"_s);
        if (!adLanguages().contains(c.language))
            return HttpResponse::error(
                400, Text::tr("language: expected one of %1").arg(adLanguages().join(u", "_s)));
        c.title = body->value(u"title"_s).toString().trimmed();
        c.body = body->value(u"body"_s).toString();
        // Bounded before anything is built from them (count and length: checkCampaign, 400 naming the field).
        const QJsonValue hashtags = body->value(u"hashtags"_s);
        if (!hashtags.isUndefined() && !hashtags.isNull() && !hashtags.isArray())
            return HttpResponse::error(400, Text::tr("hashtags: expected an array of strings"));
        const QJsonArray tags = hashtags.toArray();
        for (const QJsonValue &h : tags) {
            if (!h.isString())
                return HttpResponse::error(400, Text::tr("hashtags: expected an array of strings"));
            c.hashtags.append(h.toString());
            if (c.hashtags.size() > kMaxHashtags)
                break; // one too many is enough for checkCampaign to refuse
        }
        if (auto ok = checkCampaign(c); !ok)
            return HttpResponse::fromError(ok.error());
        auto discount = intField(*body, u"discountPercent"_s, 0, 0, 90);
        if (!discount)
            return HttpResponse::fromError(discount.error());
        c.discountPercent = *discount;
        for (const auto &[field, target] :
             {std::pair{u"startDate"_s, &c.startDay}, std::pair{u"endDate"_s, &c.endDay}}) {
            const QString text = body->value(field).toString();
            if (text.isEmpty())
                continue;
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid())
                return HttpResponse::error(400, Text::tr("%1: expected yyyy-MM-dd").arg(field));
            *target = d;
        }
        if (c.startDay && c.endDay && *c.endDay < *c.startDay)
            return HttpResponse::error(400, Text::tr("endDate: must not be before startDate"));
        if (const QString s = body->value(u"status"_s).toString();
            !s.isEmpty() && !campaignStatusFromString(s, &c.status))
            return HttpResponse::error(400, Text::tr("status: expected DRAFT, SCHEDULED or DONE"));
        c.createdBy = r.userId();
        auto created = forecasts.campaigns().create(c);
        if (!created)
            return HttpResponse::fromError(created.error());
        return HttpResponse::ok(campaignToJson(*created, shop->shop.currency, shop->shop.externalId), 201);
    });

    api.post(u"/api/campaigns/:id/status"_s, [&forecasts](ApiRequest &r) {
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        CampaignStatus status;
        if (!campaignStatusFromString(body->value(u"status"_s).toString(), &status))
            return HttpResponse::error(400, Text::tr("status: expected DRAFT, SCHEDULED or DONE"));
        bool ok = false;
        const qint64 id = r.param(u"id"_s).toLongLong(&ok);
        auto found = ok ? forecasts.campaigns().find(id) : Result<std::optional<Campaign>>(std::nullopt);
        if (!found)
            return HttpResponse::fromError(found.error());
        if (!found->has_value())
            return HttpResponse::error(404, Text::tr("no such campaign"));
        // Another user's campaign answers like a missing one: ids are not guessable.
        if (auto view = r.access().byRowId((*found)->shopId); !view)
            return HttpResponse::error(404, Text::tr("no such campaign"));
        auto shop = r.access().byRowId((*found)->shopId, ShopRole::Editor);
        if (!shop)
            return HttpResponse::fromError(shop.error());
        if (auto s = forecasts.campaigns().setStatus(id, status); !s)
            return HttpResponse::fromError(s.error());
        Campaign c = **found;
        c.status = status;
        return HttpResponse::ok(campaignToJson(c, shop->shop.currency, shop->shop.externalId));
    });
}

} // namespace bva
