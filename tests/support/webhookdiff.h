// The webhook's two readers side by side (tst_webhooks, fuzz_webhookpayload): a body the fast reader
// (util/flatjson.h) takes must give the command QJsonDocument's path gives, and a refusal where that
// one refuses. Header-only so the fuzz target, which links only the payload sources, can use it.
#pragma once

#include "util/flatjson.h"
#include "webhooks/webhookpayload.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bva::test {

inline QString describeText(const QString &s)
{
    return s.isNull() ? QStringLiteral("<null>") : u'"' + s + u'"';
}

inline QString describeTime(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("<invalid>");
    return t.toString(Qt::ISODateWithMs) + u'/' + QString::number(int(t.timeSpec())) + u'/' +
           QString::number(t.offsetFromUtc());
}

inline QString describeCommand(const WebhookCommand &c)
{
    QStringList out;
    out << QString::number(int(c.topic)) << QStringLiteral("shops:") + c.shopIds.join(u',');
    for (const Order &o : c.orders) {
        out << QStringLiteral("order") << describeText(o.externalId) << QString::number(int(o.status))
            << describeText(o.rawStatus) << QString::number(o.totalMinor)
            << (o.costMinor ? QString::number(*o.costMinor) : QStringLiteral("-"))
            << (o.profitMinor ? QString::number(*o.profitMinor) : QStringLiteral("-"))
            << describeText(o.customerName) << describeText(o.customerEmail) << describeTime(o.placedAt)
            << describeTime(o.sourceUpdatedAt) << describeText(o.localDay)
            << QString::number(int(o.itemsKnown)) << QString::number(o.id) << QString::number(o.shopId);
        for (const OrderItem &i : o.items) {
            out << QStringLiteral("item") << describeText(i.productExternalId) << describeText(i.productName)
                << QString::number(i.quantity) << QString::number(i.unitPriceMinor)
                << QString::number(i.subtotalMinor)
                << (i.unitCostMinor ? QString::number(*i.unitCostMinor) : QStringLiteral("-"));
        }
    }
    out << QString::number(c.products.size()) << QString::number(c.productAbsent.size())
        << describeText(c.deletedProductId) << QString::number(c.statusChange.has_value())
        << QString::number(c.inventory.has_value());
    return out.join(u'|');
}

// Empty when both readers agree on `body` (or the fast one does not take it); else what differs.
inline QString flatReaderDifference(WebhookTopic topic, const QByteArray &body, int exponent)
{
    const auto flat = payload::readFlatJson(body);
    if (!flat)
        return {};
    const auto fast = parseOrderWebhook(topic, flat->object, exponent);
    if (topic != WebhookTopic::OrderCreated && topic != WebhookTopic::OrderUpdated)
        return fast ? QStringLiteral("the fast reader answered another topic") : QString();
    const auto document = readWebhookJson(body);
    if (!document)
        return QStringLiteral("the fast reader took a body QJsonDocument refuses: ") +
               document.error().message;
    const auto old = parseWebhook(topic, *document, exponent);
    if (!fast)
        return old ? QStringLiteral("the fast reader refused what the document reads: ") +
                         describeCommand(*old)
                   : QString();
    if (!old)
        return QStringLiteral("the fast reader read what the document refuses (") + old.error().message +
               QStringLiteral("): ") + describeCommand(*fast);
    const QString a = describeCommand(*old), b = describeCommand(*fast);
    return a == b ? QString() : QStringLiteral("document ") + a + QStringLiteral("\nfast     ") + b;
}

} // namespace bva::test
