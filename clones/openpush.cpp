#include "openpush.h"

#include "clock.h"
#include "opensigning.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bva::clone {

namespace {

QByteArray shopeePush(const Order &o)
{
    const QJsonObject body{{u"data"_s, QJsonObject{{u"ordersn"_s, OpenIds::orderSn(o)},
                                                   {u"status"_s, Open::shopeeStatus(o)},
                                                   {u"update_time"_s, o.updatedMs / 1000}}},
                           {u"shop_id"_s, OpenIds::shopNumber(o.shopId)},
                           {u"code"_s, 3},
                           {u"timestamp"_s, Clock::nowSecs()}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray lazadaPush(const Order &o, const QString &region)
{
    const QJsonObject body{
        {u"seller_id"_s, QString::number(OpenIds::shopNumber(o.shopId))},
        {u"message_type"_s, 0},
        {u"data"_s, QJsonObject{{u"order_status"_s, Open::lazadaStatus(o)},
                                {u"status_update_time"_s, o.updatedMs / 1000},
                                {u"trade_order_id"_s, QString::number(OpenIds::orderNumber(o.id))},
                                {u"trade_order_line_id"_s, QString::number(OpenIds::lineNumber(o.id, 0))}}},
        {u"timestamp"_s, Clock::nowMs()},
        {u"site"_s, Open::lazadaSite(region)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

void usePlatformPush(WebhookSender &sender, const CloneStore &store, const OpenPlatformConfig &config)
{
    const OpenKind kind = config.kind;
    const QString region = config.region;
    auto transform = [&store, kind, region](const Webhook &hook) -> std::optional<Webhook> {
        if (!hook.path.startsWith(u"/orders/"))
            return std::nullopt;
        const QString id = QJsonDocument::fromJson(hook.body).object().value(u"id"_s).toString();
        const Order *o = store.order(id);
        if (!o)
            return std::nullopt;
        return Webhook{QString(), kind == OpenKind::Shopee ? shopeePush(*o) : lazadaPush(*o, region),
                       hook.shopId};
    };
    const QByteArray partnerKey = config.partnerKey;
    const QByteArray appKey = config.appKey;
    const QByteArray appSecret = config.appSecret;
    auto signer = [kind, partnerKey, appKey, appSecret](const QByteArray &url, const QByteArray &body) {
        const QByteArray authorization = kind == OpenKind::Shopee
                                             ? OpenSigning::shopeePushAuthorization(partnerKey, url, body)
                                             : OpenSigning::lazadaPushAuthorization(appKey, appSecret, body);
        return QList<QPair<QByteArray, QByteArray>>{{"Authorization", authorization}};
    };
    sender.setPlatformPush(transform, signer);
}

} // namespace bva::clone
