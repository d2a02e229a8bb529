#include "pushdesk.h"

#include "deliverymask.h"
#include "store/deliveryrepository.h"
#include "store/inboxrepository.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace bva {

PushDesk::PushDesk(Database &db, int ratePerSecond)
    : m_db(db)
    , m_limiter(ratePerSecond)
    , m_repeats(ratePerSecond)
{}

QString PushDesk::dedupeKey(const QString &kind, qint64 shopId, const QByteArray &body)
{
    return u"push:"_s + kind + u':' + QString::number(shopId) + u':' +
           QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

RepeatGate::Admission PushDesk::admit(const QString &kind, qint64 shopId, const QByteArray &body,
                                      int *retryAfterSeconds)
{
    return m_repeats.admit(m_limiter, rateKey(kind, shopId), dedupeKey(kind, shopId, body),
                           retryAfterSeconds);
}

QString PushDesk::rateKey(const QString &kind, qint64 shopId)
{
    return kind + u':' + QString::number(shopId);
}

QString PushDesk::topicName(const QString &kind, const QString &what)
{
    return u"push/"_s + kind + u'/' + what;
}

Result<bool> PushDesk::record(const QString &kind, qint64 shopId, const QString &topic,
                              const QByteArray &body)
{
    WebhookEvent e;
    e.dedupeKey = dedupeKey(kind, shopId, body);
    e.shopId = shopId;
    e.topic = topic;
    // A push names records and statuses, never a secret (the signature is a header, not kept).
    e.payload = maskedDeliveryBody(body).toUtf8();
    auto ids = InboxRepository(m_db).insertMany({&e}, InboxState::Applied);
    if (!ids)
        return ids.error();
    m_repeats.accepted(rateKey(kind, shopId), e.dedupeKey);
    if (ids->value(0) > 0)
        return true;
    if (auto kept = DeliveryRepository(m_db).keep(shopId, topic, u"DUPLICATE"_s, QString(),
                                                  QString::fromUtf8(e.payload), {});
        !kept)
        return kept.error();
    return false;
}

void PushDesk::refuse(const QString &kind, qint64 shopId, const QByteArray &body, const QString &why)
{
    // Refusals have a rate of their own: anyone may send a push naming a shop, and one signed by nobody must
    // not spend the rate of the platform's real pushes to it.
    int retryAfter = 0;
    if (shopId <= 0 || !m_limiter.take(u"refused:"_s + kind + u':' + QString::number(shopId), &retryAfter))
        return;
    (void)DeliveryRepository(m_db).keep(shopId, u"push/"_s + kind, u"REFUSED"_s, why,
                                        maskedDeliveryBody(body), {});
}

} // namespace bva
