// Server-side webhook deliveries (live mode, admin triggers): Standard Webhooks signatures,
// the seller's bearer token, retries with backoff and one log line per attempt.
#pragma once

#include "payloads.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <deque>

namespace bva::clone {

class WebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSender)
public:
    WebhookSender(const QUrl &baseUrl, const QString &secret, QObject *parent = nullptr);

    bool enabled() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    QUrl baseUrl() const { return m_baseUrl; }
    void setDuplicates(bool on) { m_duplicates = on; }
    void setMaxAttempts(int n) { m_maxAttempts = std::max(1, n); }
    // "whsec_<base64>" is decoded as the Standard Webhooks spec says; anything else is used raw.
    static QByteArray secretBytes(const QString &secret);
    static QByteArray signature(const QByteArray &secret, const QByteArray &id, qint64 timestamp,
                                const QByteArray &body);

    // Queues a delivery; returns its webhook-id.
    QString send(const Webhook &hook, const QByteArray &bearerToken);
    QJsonArray log() const { return m_log; }
    int pending() const { return int(m_queue.size()) + m_inFlight + m_retrying; }

Q_SIGNALS:
    void attempted(const QString &id, const QString &path, int httpStatus, int attempt);

private:
    struct Delivery
    {
        QString id;
        Webhook hook;
        QByteArray token;
        int attempt = 0;
    };
    void pump();
    void post(Delivery d);
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QByteArray m_secret;
    bool m_hasSecret = false;
    bool m_duplicates = false;
    int m_maxAttempts = 6;
    std::deque<Delivery> m_queue;
    int m_inFlight = 0;
    int m_retrying = 0;
    quint64 m_counter = 0;
    QJsonArray m_log;
};

} // namespace bva::clone
