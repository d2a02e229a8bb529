#include "webhooksender.h"

#include "clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhooks, "bva.clone.webhooks", QtInfoMsg)

namespace bva::clone {

WebhookSender::WebhookSender(const QUrl &baseUrl, const QString &secret, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_secret(secretBytes(secret))
    , m_hasSecret(!secret.isEmpty())
{}

void WebhookSender::configure(const QUrl &baseUrl, const QString &secret)
{
    m_baseUrl = baseUrl;
    m_secret = secretBytes(secret);
    m_hasSecret = !secret.isEmpty();
}

QByteArray WebhookSender::secretBytes(const QString &secret)
{
    if (secret.startsWith(u"whsec_"))
        return QByteArray::fromBase64(secret.mid(6).toLatin1());
    return secret.toUtf8();
}

QByteArray WebhookSender::signature(const QByteArray &secret, const QByteArray &id, qint64 timestamp,
                                    const QByteArray &body)
{
    const QByteArray content = id + '.' + QByteArray::number(timestamp) + '.' + body;
    return "v1," + QMessageAuthenticationCode::hash(content, secret, QCryptographicHash::Sha256).toBase64();
}

QString WebhookSender::send(const Webhook &original, const QByteArray &bearerToken)
{
    std::optional<Webhook> pushed;
    if (m_transform) {
        pushed = m_transform(original);
        if (!pushed)
            return {};
    }
    const Webhook &hook = pushed ? *pushed : original;
    const QString id = u"msg_"_s + QUuid::createUuid().toString(QUuid::Id128).left(24);
    if (!enabled())
        return id;
    if (m_dropRate > 0) {
        if (!m_shuffle)
            m_shuffle = std::make_unique<Rng>(1);
        if (m_shuffle->uniform() < m_dropRate)
            return id; // lost on the way: the platform thinks it pushed
    }
    if (m_window > 1) {
        m_group.push_back({id, hook, bearerToken, 0});
        if (m_duplicates)
            m_lateCopies.push_back({id, hook, bearerToken, 0});
        if (int(m_group.size()) >= m_window)
            releaseGroup();
        else
            m_groupTimer->start();
        return id;
    }
    m_queue.push_back({id, hook, bearerToken, 0});
    if (m_duplicates)
        m_queue.push_back({id, hook, bearerToken, 0});
    pump();
    return id;
}

void WebhookSender::setReordering(int window, quint64 seed)
{
    if (m_window > 1 && window <= 1) {
        releaseGroup();
        releaseGroup(); // the late copies too
    }
    m_window = window;
    m_shuffle = std::make_unique<Rng>(seed);
    if (!m_groupTimer) {
        m_groupTimer = new QTimer(this);
        m_groupTimer->setSingleShot(true);
        m_groupTimer->setInterval(40);
        connect(m_groupTimer, &QTimer::timeout, this, [this] {
            releaseGroup();
            if (!m_group.empty() || !m_lateCopies.empty() || !m_pendingLate.empty())
                m_groupTimer->start();
        });
    }
}

void WebhookSender::releaseGroup()
{
    // The late copies of the previous group join this one; this group's copies wait for the next.
    std::vector<Delivery> group = std::move(m_pendingLate);
    m_pendingLate = std::move(m_lateCopies);
    m_lateCopies.clear();
    for (Delivery &d : m_group)
        group.push_back(std::move(d));
    m_group.clear();
    for (qsizetype i = qsizetype(group.size()) - 1; i > 0; --i) // Fisher-Yates, seeded
        std::swap(group[size_t(i)], group[size_t(m_shuffle->range(0, i))]);
    for (Delivery &d : group)
        m_queue.push_back(std::move(d));
    pump();
}

void WebhookSender::pump()
{
    // One delivery in flight keeps the order of events (created before updated) on the wire.
    if (m_inFlight > 0 || m_queue.empty())
        return;
    Delivery d = std::move(m_queue.front());
    m_queue.pop_front();
    post(std::move(d));
}

void WebhookSender::post(Delivery d)
{
    ++d.attempt;
    ++m_inFlight;
    QString base = m_baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base + d.hook.path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    req.setTransferTimeout(10000);
    if (m_signer) {
        const auto headers = m_signer(url.toEncoded(), d.hook.body);
        for (const auto &[name, value] : headers)
            req.setRawHeader(name, value);
    } else {
        req.setRawHeader("Authorization", "Bearer " + d.token);
    }
    if (m_hasSecret && !m_signer) {
        const qint64 ts = Clock::nowSecs();
        const QByteArray id = d.id.toLatin1();
        req.setRawHeader("webhook-id", id);
        req.setRawHeader("webhook-timestamp", QByteArray::number(ts));
        req.setRawHeader("webhook-signature", signature(m_secret, id, ts, d.hook.body));
    }
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.post(req, d.hook.body);
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, d = std::move(d), timer]() mutable {
            reply->deleteLater();
            --m_inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const bool ok = status >= 200 && status < 300;
            const bool retryable = !ok && (status == 0 || status == 408 || status == 429 || status >= 500);
            qCInfo(lcWebhooks).noquote()
                << u"webhook POST %1 id=%2 attempt=%3 -> %4 (%5 ms)%6"_s.arg(d.hook.path, d.id)
                       .arg(d.attempt)
                       .arg(status == 0 ? reply->errorString() : QString::number(status))
                       .arg(timer.elapsed())
                       .arg(retryable && d.attempt < m_maxAttempts ? u", will retry"_s : QString());
            m_log.append(QJsonObject{{u"id"_s, d.id},
                                     {u"path"_s, d.hook.path},
                                     {u"status"_s, status},
                                     {u"attempt"_s, d.attempt},
                                     {u"at"_s, Clock::nowUtc().toString(Qt::ISODateWithMs)}});
            if (m_log.size() > 2000)
                m_log.removeFirst();
            Q_EMIT attempted(d.id, d.hook.path, status, d.attempt);
            if (retryable && d.attempt < m_maxAttempts) {
                ++m_retrying;
                const int delay = 250 * (1 << std::min(d.attempt, 7));
                QTimer::singleShot(delay, this, [this, d = std::move(d)]() mutable {
                    --m_retrying;
                    m_queue.push_front(std::move(d));
                    pump();
                });
            }
            pump();
        });
}

} // namespace bva::clone
