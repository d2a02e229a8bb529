#include "replylimits.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bva {

namespace {
constexpr char kHit[] = "bva.replyLimitHit";
enum Hit { None, TooLarge, Deadline };
} // namespace

void limitRedirects(QNetworkRequest &request)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
}

void limitReply(QNetworkReply *reply, const ReplyLimits &limits)
{
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, limits](qint64 received, qint64 total) {
                         if (received > limits.maxBytes || total > limits.maxBytes) {
                             reply->setProperty(kHit, TooLarge);
                             reply->abort();
                         }
                     });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kHit, Deadline);
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, deadline, &QTimer::stop);
    deadline->start(limits.deadlineMs);
}

QString replyLimitHit(const QNetworkReply *reply)
{
    switch (reply->property(kHit).toInt()) {
    case TooLarge:
        return u"the answer was larger than BVA accepts"_s;
    case Deadline:
        return u"the answer took too long to arrive"_s;
    default:
        break;
    }
    if (reply->error() == QNetworkReply::InsecureRedirectError)
        return u"redirected to another site, which BVA does not follow"_s;
    return {};
}

} // namespace bva
