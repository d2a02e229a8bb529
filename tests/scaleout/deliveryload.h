// A marketplace sending product webhooks to several receivers, the way a real one does: each event
// goes to one receiver, a share of them is delivered a second time to another receiver at the same
// moment (duplicates), and an event not answered 2xx is retried on the next receiver until it is.
// Records what each event was, which were acknowledged, and the 503s (with Retry-After) seen.
#pragma once

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>

namespace bva::test {

struct SentEvent
{
    QString id;
    QByteArray body;
    QString name;
    qint64 priceMinor = 0;
    int stock = 0;
    bool acknowledged = false;
    int inFlight = 0;
    int nextReceiver = 0;
};

class DeliveryLoad final : public QObject
{
public:
    DeliveryLoad(QList<quint16> ports, QByteArray token, QString shopId, int inFlight, int duplicateEvery);

    void start();
    void stopNewEvents() { m_noNew = true; }
    int created() const { return int(m_events.size()); }
    int acknowledgedCount() const { return m_ackedCount; }
    int unacknowledged() const { return int(m_events.size()) - m_ackedCount; }
    int outstanding() const { return m_outstanding; }
    int unavailable() const { return m_503; }
    int unavailableWithRetryAfter() const { return m_503RetryAfter; }
    int duplicatesSent() const { return m_duplicates; }
    int otherFailures() const { return m_otherFailures; }
    const QHash<QString, SentEvent> &events() const { return m_events; }

private:
    void fill();
    void createEvent();
    void deliver(const QString &id, int receiver);
    void retryLater(const QString &id);

    QNetworkAccessManager m_nam;
    QList<quint16> m_ports;
    QByteArray m_token;
    QString m_shopId;
    int m_maxInFlight;
    int m_duplicateEvery;
    bool m_noNew = false;
    int m_outstanding = 0;
    int m_counter = 0;
    int m_ackedCount = 0;
    int m_503 = 0;
    int m_503RetryAfter = 0;
    int m_duplicates = 0;
    int m_otherFailures = 0;
    QHash<QString, SentEvent> m_events;
    QList<QString> m_retries;
};

} // namespace bva::test
