#include "deliveryload.h"

#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bva::test {

DeliveryLoad::DeliveryLoad(QList<quint16> ports, QByteArray token, QString shopId, int inFlight,
                           int duplicateEvery)
    : m_ports(std::move(ports))
    , m_token(std::move(token))
    , m_shopId(std::move(shopId))
    , m_maxInFlight(inFlight)
    , m_duplicateEvery(duplicateEvery)
{}

void DeliveryLoad::start()
{
    fill();
}

void DeliveryLoad::fill()
{
    while (m_outstanding < m_maxInFlight) {
        if (!m_retries.isEmpty()) {
            const QString id = m_retries.takeFirst();
            SentEvent &e = m_events[id];
            if (!e.acknowledged && e.inFlight == 0)
                deliver(id, e.nextReceiver);
            continue;
        }
        if (m_noNew)
            return;
        createEvent();
    }
}

void DeliveryLoad::createEvent()
{
    const int n = ++m_counter;
    SentEvent e;
    e.id = u"S-"_s + QString::number(n);
    e.name = u"Item %1 ü"_s.arg(n);
    e.priceMinor = qint64(n % 900) * 100 + 25;
    e.stock = n % 50;
    e.body = u"{\"id\":\"%1\",\"shopId\":\"%2\",\"name\":\"%3\",\"price\":\"%4.25\",\"stock\":%5}"_s
                 .arg(e.id, m_shopId, e.name)
                 .arg(n % 900)
                 .arg(e.stock)
                 .toUtf8();
    const int first = n % int(m_ports.size());
    e.nextReceiver = (first + 1) % int(m_ports.size());
    m_events.insert(e.id, e);
    deliver(e.id, first);
    if (m_duplicateEvery > 0 && n % m_duplicateEvery == 0) {
        ++m_duplicates;
        deliver(e.id, (first + 1) % int(m_ports.size())); // the same delivery, to another receiver, now
    }
}

void DeliveryLoad::deliver(const QString &id, int receiver)
{
    SentEvent &e = m_events[id];
    ++e.inFlight;
    ++m_outstanding;
    QNetworkRequest request(
        QUrl(u"http://127.0.0.1:%1/api/webhooks/products/created"_s.arg(m_ports.at(receiver))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_nam.post(request, e.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, receiver] {
        reply->deleteLater();
        --m_outstanding;
        SentEvent &ev = m_events[id];
        --ev.inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            if (!ev.acknowledged)
                ++m_ackedCount;
            ev.acknowledged = true;
        } else {
            if (status == 503) {
                ++m_503;
                if (reply->hasRawHeader("Retry-After"))
                    ++m_503RetryAfter;
            } else {
                ++m_otherFailures;
            }
            ev.nextReceiver = (receiver + 1) % int(m_ports.size());
            if (!ev.acknowledged && ev.inFlight == 0)
                retryLater(id);
        }
        fill();
    });
}

void DeliveryLoad::retryLater(const QString &id)
{
    QTimer::singleShot(150, this, [this, id] {
        m_retries.append(id);
        fill();
    });
}

} // namespace bva::test
