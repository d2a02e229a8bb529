// What a marketplace answer may do to BVA: it is the other side of the trust boundary. A redirect is
// followed only within the same origin (never to another host with the seller's credentials), an answer
// is refused past a size no page comes near, and a call ends at a deadline however slowly its bytes
// trickle in (the transfer timeout only ends a transfer that goes idle).
#pragma once

#include <QtGlobal>

class QNetworkReply;
class QNetworkRequest;
class QString;

namespace bva {

struct ReplyLimits
{
    qint64 maxBytes = qint64(32) << 20;
    int deadlineMs = 120000;
};

// Before the request is sent: same-origin redirects only.
void limitRedirects(QNetworkRequest &request);
// Once sent: aborts the reply past the limits; replyLimitHit() then says which.
void limitReply(QNetworkReply *reply, const ReplyLimits &limits);
// Why BVA itself cut or refused the reply, technical like FetchError::message (empty when it did not).
QString replyLimitHit(const QNetworkReply *reply);

} // namespace bva
