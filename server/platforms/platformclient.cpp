#include "platformclient.h"

#include "util/clock.h"

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
    Build build; // set: the request is built at each attempt
    Check check;
    QByteArray postBody;
    int attempt = 0;
};

PlatformClient::PlatformClient(QNetworkAccessManager &nam, ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_options(options)
{}

PlatformClient::~PlatformClient()
{
    abortAll();
}

int PlatformClient::backoffDelayMs(int attempt, const ClientOptions &options)
{
    const int exponent = std::clamp(attempt - 2, 0, 20);
    const qint64 cap =
        std::min<qint64>(options.retryMaxDelayMs, qint64(options.retryBaseDelayMs) << exponent);
    if (cap <= 0)
        return 0;
    return int(QRandomGenerator::global()->bounded(cap + 1));
}

int PlatformClient::retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return int(std::clamp<qint64>(seconds, 0, 86400) * 1000);
    // HTTP dates end in "GMT", which Qt 6.4's RFC 2822 reader does not take; it takes "+0000".
    QString date = QString::fromLatin1(value);
    if (date.endsWith(u" GMT"_s))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return 0;
    return int(std::clamp<qint64>(now.msecsTo(at), 0, 86400000));
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

void PlatformClient::send(Build build, Check check, Accept accept, Failed failed)
{
    auto call = std::make_shared<Call>();
    call->build = std::move(build);
    call->check = std::move(check);
    call->accept = std::move(accept);
    call->failed = std::move(failed);
    start(call);
}

void PlatformClient::start(std::shared_ptr<Call> call)
{
    ++call->attempt;
    if (call->build) {
        call->postBody.clear();
        call->request = call->build(&call->postBody);
        call->request.setTransferTimeout(m_options.timeoutMs);
    }
    limitRedirects(call->request);
    QNetworkReply *reply = call->build && call->request.header(QNetworkRequest::ContentTypeHeader).isValid()
                               ? m_nam.post(call->request, call->postBody)
                               : m_nam.get(call->request);
    limitReply(reply, m_options.limits);
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
        return; // aborted
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString path = reply->url().path();
    if (const QString hit = replyLimitHit(reply); !hit.isEmpty()) {
        // Not retried: the marketplace would send the same again.
        FetchError e;
        e.kind = FetchError::Kind::Api;
        e.message = u"GET "_s + path + u": "_s + hit;
        retryOrFail(call, e);
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        FetchError e;
        const bool timeout = reply->error() == QNetworkReply::TimeoutError ||
                             reply->error() == QNetworkReply::OperationCanceledError;
        e.kind = timeout ? FetchError::Kind::Timeout : FetchError::Kind::Network;
        e.message = (timeout ? u"timed out: GET "_s : u"network error: GET "_s) + path + u": "_s +
                    reply->errorString();
        retryOrFail(call, e);
        return;
    }
    const QByteArray body = reply->readAll();
    if (call->check) {
        if (std::optional<FetchError> e = call->check(status, body)) {
            e->retryAfterMs =
                std::max(e->retryAfterMs, retryAfterMs(reply->rawHeader("Retry-After"), Clock::nowUtc()));
            e->message += u": "_s + path;
            retryOrFail(call, *e);
            return;
        }
    }
    if (status < 200 || status >= 300) {
        FetchError e;
        e.kind = FetchError::Kind::Http;
        e.httpStatus = status;
        e.retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"), Clock::nowUtc());
        const QString text = statusText(body);
        e.message = u"HTTP "_s + QString::number(status) + u": GET "_s + path +
                    (text.isEmpty() ? QString() : u": "_s + text);
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
    const bool waitTooLong = error.retryAfterMs > m_options.retryAfterMaxMs;
    if (!error.retryable() || call->attempt >= m_options.maxAttempts || waitTooLong) {
        FetchError last = error;
        if (waitTooLong)
            last.message +=
                u" (asked to wait "_s + QString::number((error.retryAfterMs + 999) / 1000) + u" s)"_s;
        qCInfo(lcPlatforms, "giving up after %d attempt(s): %s", call->attempt, qPrintable(last.message));
        call->failed(last);
        return;
    }
    ++m_retries;
    // The server's Retry-After is a floor: retrying sooner only earns another 429.
    const int delay = std::max(backoffDelayMs(call->attempt + 1, m_options), error.retryAfterMs);
    qCDebug(lcPlatforms, "attempt %d failed (%s), retrying in %d ms", call->attempt,
            qPrintable(error.message), delay);
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
