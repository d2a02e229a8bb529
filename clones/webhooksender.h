// Server-side webhook deliveries (live mode, admin triggers): Standard Webhooks signatures,
// the seller's bearer token, retries with backoff and one log line per attempt.
#pragma once

#include "payloads.h"
#include "rng.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace bva::clone {

class WebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSender)
public:
    WebhookSender(const QUrl &baseUrl, const QString &secret, QObject *parent = nullptr);

    bool enabled() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    QUrl baseUrl() const { return m_baseUrl; }
    bool signs() const { return m_hasSecret; }
    // What a seller sets in the marketplace's webhook settings: where to deliver and the signing
    // secret ("whsec_…"; empty: unsigned). Deliveries queued from now on use them.
    void configure(const QUrl &baseUrl, const QString &secret);
    void setDuplicates(bool on) { m_duplicates = on; }
    // window > 1: deliveries leave shuffled in groups of `window` (a group also goes out when no new
    // delivery came for a moment); duplicates leave with the group after their original.
    void setReordering(int window, quint64 seed);
    // A fraction of deliveries is never sent (seeded by the reordering seed): lost pushes.
    void setDropRate(double rate) { m_dropRate = rate; }
    void setMaxAttempts(int n) { m_maxAttempts = std::max(1, n); }
    // "whsec_<base64>" is decoded as the Standard Webhooks spec says; anything else is used raw.
    static QByteArray secretBytes(const QString &secret);
    static QByteArray signature(const QByteArray &secret, const QByteArray &id, qint64 timestamp,
                                const QByteArray &body);

    // The open flavours: each webhook becomes the platform's push (or nothing) when it is queued, and
    // is posted with the platform's own headers instead of a bearer token and Standard Webhooks ones.
    using Transform = std::function<std::optional<Webhook>(const Webhook &)>;
    using Signer =
        std::function<QList<QPair<QByteArray, QByteArray>>(const QByteArray &url, const QByteArray &body)>;
    void setPlatformPush(Transform transform, Signer signer)
    {
        m_transform = std::move(transform);
        m_signer = std::move(signer);
    }

    // Queues a delivery; returns its webhook-id (empty when the platform pushes nothing for it).
    QString send(const Webhook &hook, const QByteArray &bearerToken);
    QJsonArray log() const { return m_log; }
    int pending() const
    {
        return int(m_queue.size() + m_group.size() + m_lateCopies.size() + m_pendingLate.size()) +
               m_inFlight + m_retrying;
    }

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
    void releaseGroup();
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QByteArray m_secret;
    bool m_hasSecret = false;
    bool m_duplicates = false;
    double m_dropRate = 0;
    int m_maxAttempts = 6;
    std::deque<Delivery> m_queue;
    int m_window = 0;
    std::vector<Delivery> m_group;       // held for the next shuffled group
    std::vector<Delivery> m_lateCopies;  // duplicates of the group being held, for the group after
    std::vector<Delivery> m_pendingLate; // duplicates of the group released last, for the next one
    std::unique_ptr<Rng> m_shuffle;
    QTimer *m_groupTimer = nullptr;
    int m_inFlight = 0;
    int m_retrying = 0;
    quint64 m_counter = 0;
    QJsonArray m_log;
    Transform m_transform;
    Signer m_signer;
};

} // namespace bva::clone
