#include "platformclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPlatforms, "bva.platforms")

namespace bva {

struct PlatformClient::Call
{
    QNetworkRequest request;
    Accept accept;
    Failed failed;
    int attempt = 0;
};

PlatformClient::PlatformClient(QNetworkAccessManager &nam, ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_options(options)
{
}

PlatformClient::~PlatformClient()
{
    abortAll();
}

int PlatformClient::backoffDelayMs(int attempt, const ClientOptions &options)
{
    const int exponent = std::clamp(attempt - 2, 0, 20);
    const qint64 cap = std::min<qint64>(options.retryMaxDelayMs, qint64(options.retryBaseDelayMs) << exponent);
    if (cap <= 0)
        return 0;
    return int(QRandomGenerator::global()->bounded(cap + 1));
}

void PlatformClient::get(const QNetworkRequest &request, Accept accept, Failed failed)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->request.setTransferTimeout(m_options.timeoutMs);
    call->accept = std::move(accept);
    call->failed = std::move(failed);
    start(call);
}

void PlatformClient::start(std::shared_ptr<Call> call)
{
    ++call->attempt;
    QNetworkReply *reply = m_nam.get(call->request);
    m_replies.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finish(call, reply); });
}

static QString statusText(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString text = o.value("message"_L1).toString();
    if (text.isEmpty())
        text = o.value("error"_L1).toString();
    return text.left(200);
}

void PlatformClient::finish(std::shared_ptr<Call> call, QNetworkReply *reply)
{
    if (!m_replies.remove(reply))
        return;  // aborted
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString path = reply->url().path();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        FetchError e;
        const bool timeout = reply->error() == QNetworkReply::TimeoutError
            || reply->error() == QNetworkReply::OperationCanceledError;
        e.kind = timeout ? FetchError::Kind::Timeout : FetchError::Kind::Network;
        e.message = (timeout ? u"timed out: GET "_s : u"network error: GET "_s) + path + u": "_s + reply->errorString();
        retryOrFail(call, e);
        return;
    }
    const QByteArray body = reply->readAll();
    if (status < 200 || status >= 300) {
        FetchError e;
        e.kind = FetchError::Kind::Http;
        e.httpStatus = status;
        const QString text = statusText(body);
        e.message = u"HTTP "_s + QString::number(status) + u": GET "_s + path + (text.isEmpty() ? QString() : u": "_s + text);
        retryOrFail(call, e);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // A 2xx cut short by the connection.
        FetchError e;
        e.kind = FetchError::Kind::Network;
        e.message = u"network error: GET "_s + path + u": "_s + reply->errorString();
        retryOrFail(call, e);
        return;
    }
    std::optional<FetchError> refused = call->accept(body);
    if (refused) {
        if (refused->message.isEmpty())
            refused->message = u"unusable answer"_s;
        refused->message = u"GET "_s + path + u": "_s + refused->message;
        retryOrFail(call, *refused);
    }
}

void PlatformClient::retryOrFail(std::shared_ptr<Call> call, const FetchError &error)
{
    if (!error.retryable() || call->attempt >= m_options.maxAttempts) {
        qCInfo(lcPlatforms, "giving up after %d attempt(s): %s", call->attempt, qPrintable(error.message));
        call->failed(error);
        return;
    }
    ++m_retries;
    const int delay = backoffDelayMs(call->attempt + 1, m_options);
    qCDebug(lcPlatforms, "attempt %d failed (%s), retrying in %d ms", call->attempt, qPrintable(error.message), delay);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_timers.insert(timer);
    connect(timer, &QTimer::timeout, this, [this, call, timer] {
        m_timers.remove(timer);
        timer->deleteLater();
        start(call);
    });
    timer->start(delay);
}

void PlatformClient::abortAll()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (QNetworkReply *r : replies) {
        r->abort();
        r->deleteLater();
    }
    const auto timers = m_timers;
    m_timers.clear();
    for (QTimer *t : timers) {
        t->stop();
        t->deleteLater();
    }
}

} // namespace bva
