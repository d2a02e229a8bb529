#include "analyticsroutes.h"

#include "analytics/analyticsjson.h"
#include "analytics/analyticsservice.h"
#include "analytics/reportcsv.h"
#include "apirouter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::AnalyticsRoutes)
};

QJsonObject exchangeRatesToJson(const ExchangeRates &rates)
{
    QJsonObject list;
    for (auto it = rates.rates.cbegin(); it != rates.rates.cend(); ++it)
        list.insert(it.key(), it.value());
    return QJsonObject{{u"target"_s, rates.target.isEmpty() ? QJsonValue() : QJsonValue(rates.target)},
                       {u"rates"_s, list}};
}

} // namespace

Result<AnalyticsScope> scopeFromQuery(const QList<qint64> &shopIds, const QString &preset,
                                      const QString &from, const QString &to, const QString &platform)
{
    AnalyticsScope scope;
    scope.shopIds = shopIds;
    if (!platform.isEmpty()) {
        const auto p = platformFromString(platform);
        if (!p)
            return Error::invalid(Text::tr("platform: expected SHOPEE, LAZADA or TIKTOK"));
        scope.platform = p;
    }
    if (!from.isEmpty() || !to.isEmpty()) {
        const QDate f = QDate::fromString(from.left(10), Qt::ISODate);
        const QDate t = QDate::fromString(to.left(10), Qt::ISODate);
        if (!f.isValid())
            return Error::invalid(Text::tr("from: expected yyyy-MM-dd"));
        if (!t.isValid() || t < f)
            return Error::invalid(Text::tr("to: expected yyyy-MM-dd, not before from"));
        if (f.daysTo(t) > 3660)
            return Error::invalid(Text::tr("from/to: at most ten years"));
        scope.preset = DatePreset::Custom;
        scope.custom = {f, t};
    } else if (!preset.isEmpty()) {
        const auto p = datePresetFromString(preset);
        if (!p || *p == DatePreset::Custom)
            return Error::invalid(Text::tr("preset: expected today, 7d, 30d, 90d or 1y (or from and to)"));
        scope.preset = *p;
    }
    return scope;
}

Result<AnalyticsScope> scopeFromRequest(ApiRequest &r)
{
    auto shops = r.queriedShops();
    if (!shops)
        return shops.error();
    QList<qint64> ids;
    for (const AccessibleShop &s : std::as_const(*shops))
        ids.append(s.shop.id);
    return scopeFromQuery(ids, r.query(u"preset"_s), r.query(u"from"_s), r.query(u"to"_s),
                          r.query(u"platform"_s));
}

void registerAnalyticsRoutes(ApiRouter &api, AnalyticsService &analytics)
{
    api.get(u"/api/reports/:name"_s, [&analytics](ApiRequest &r) {
        const QString name = r.param(u"name"_s);
        const auto kind = reportKindFromString(name);
        if (!kind)
            return HttpResponse::error(404,
                                       Text::tr("unknown report; expected sales-summary, profit-analysis, "
                                                "stock-turnover or platform-comparison"));
        auto scope = scopeFromRequest(r);
        if (!scope)
            return HttpResponse::fromError(scope.error());
        std::optional<Granularity> g;
        if (const QString text = r.query(u"granularity"_s); !text.isEmpty()) {
            g = granularityFromString(text);
            if (!g)
                return HttpResponse::error(400, Text::tr("granularity: expected day, week or month"));
        }
        auto rates = analytics.exchangeRates(r.userId());
        if (!rates)
            return HttpResponse::fromError(rates.error());
        auto report = analytics.report(*kind, *scope, g, *rates);
        if (!report)
            return HttpResponse::fromError(report.error());
        QJsonObject data = reportToJson(*report);
        if (r.query(u"format"_s) == u"csv")
            data.insert(u"csv"_s, QString::fromUtf8(reportToCsv(*report)));
        return HttpResponse::ok(data);
    });

    // The caller's exchange rates: {target:"PHP", rates:{"IDR":"0.0035", ...}}, rates as decimal text.
    api.get(u"/api/exchange-rates"_s, [&analytics](ApiRequest &r) {
        auto rates = analytics.exchangeRates(r.userId());
        if (!rates)
            return HttpResponse::fromError(rates.error());
        return HttpResponse::ok(exchangeRatesToJson(*rates));
    });
    api.put(u"/api/exchange-rates"_s, [&analytics](ApiRequest &r) {
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        ExchangeRates rates;
        rates.target = body->value(u"target"_s).toString().trimmed().toUpper();
        const QJsonObject given = body->value(u"rates"_s).toObject();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            // Text only: a JSON number would already have passed through a double.
            if (!it.value().isString())
                return HttpResponse::error(
                    400, Text::tr("rates.%1: expected the rate as text, e.g. \"0.0035\"").arg(it.key()));
            rates.rates.insert(it.key().trimmed().toUpper(), it.value().toString().trimmed());
        }
        if (auto saved = analytics.setExchangeRates(r.userId(), rates); !saved)
            return HttpResponse::fromError(saved.error());
        return HttpResponse::ok(exchangeRatesToJson(rates));
    });
}

} // namespace bva
