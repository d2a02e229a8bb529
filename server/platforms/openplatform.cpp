#include "openplatform.h"

#include "domain/money.h"
#include "payloadreader.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva {

QStringList OpenPlatformAdapter::regions() const
{
    return {u"PH"_s, u"ID"_s, u"MY"_s, u"TH"_s, u"VN"_s, u"SG"_s};
}

QStringList OpenPlatformAdapter::knownHosts() const
{
    QStringList hosts;
    const QStringList all = regions();
    for (const QString &region : all) {
        for (const QString &url : {defaultApiHost(region), defaultAuthHost(region)}) {
            const QString host = QUrl(url).host().toLower();
            if (!host.isEmpty() && !hosts.contains(host))
                hosts.append(host);
        }
    }
    return hosts;
}

Result<Product> OpenPlatformAdapter::readProduct(const QJsonObject &json, int) const
{
    return payload::productFromJson(json, 0);
}

Result<Order> OpenPlatformAdapter::readOrder(const QJsonObject &json, int) const
{
    return payload::orderFromJson(json, 0);
}

QString OpenPlatformAdapter::apiHost(const AppCredentials &app) const
{
    return app.apiHost.isEmpty() ? defaultApiHost(app.region) : app.apiHost;
}

QString OpenPlatformAdapter::authHost(const AppCredentials &app) const
{
    if (!app.authHost.isEmpty())
        return app.authHost;
    // Shopee authorizes on its API host: a sandbox or simulator host given for the API serves both.
    return authOnApiHost() ? apiHost(app) : defaultAuthHost(app.region);
}

namespace openplatform {

QList<QPair<qint64, qint64>> splitWindows(qint64 fromSeconds, qint64 toSeconds, qint64 maxSpanSeconds)
{
    QList<QPair<qint64, qint64>> windows;
    if (maxSpanSeconds <= 0 || toSeconds <= fromSeconds)
        return windows;
    for (qint64 start = fromSeconds; start < toSeconds; start += maxSpanSeconds)
        windows.append({start, std::min(toSeconds, start + maxSpanSeconds)});
    return windows;
}

QList<QStringList> batches(const QStringList &ids, int size)
{
    QList<QStringList> out;
    if (size <= 0)
        return out;
    for (qsizetype i = 0; i < ids.size(); i += size)
        out.append(ids.mid(i, size));
    return out;
}

std::optional<QString> minorUnitsText(const QJsonValue &amount, int exponent)
{
    QString text;
    if (amount.isString()) {
        text = amount.toString().trimmed();
    } else if (amount.isDouble()) {
        const double d = amount.toDouble();
        if (!std::isfinite(d))
            return std::nullopt;
        text = QString::number(d, 'g', QLocale::FloatingPointShortest);
        if (text.contains(u'e') || text.contains(u'E'))
            return std::nullopt; // beyond 15 significant digits or a tiny fraction: not an amount
    } else {
        return std::nullopt;
    }
    // "150000.00" for a currency without decimals: trailing zeros are no precision.
    if (const qsizetype dot = text.indexOf(u'.'); dot >= 0) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    const auto minor = parseExactMinorUnits(text, exponent);
    if (!minor)
        return std::nullopt;
    return QString::number(*minor);
}

QString currencyOfRegion(QStringView region)
{
    static const struct
    {
        const char16_t *region;
        const char16_t *currency;
    } table[] = {{u"PH", u"PHP"}, {u"ID", u"IDR"}, {u"MY", u"MYR"},
                 {u"TH", u"THB"}, {u"VN", u"VND"}, {u"SG", u"SGD"}};
    for (const auto &row : table) {
        if (region.compare(QStringView(row.region), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(row.currency);
    }
    return {};
}

} // namespace openplatform

} // namespace bva
