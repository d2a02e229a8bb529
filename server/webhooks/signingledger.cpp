#include "signingledger.h"

#include "auth/actor.h"
#include "auth/auditactions.h"
#include "domain/eventbus.h"
#include "store/auditrepository.h"
#include "store/integrationrepository.h"
#include "util/clock.h"
#include "webhookwriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

constexpr qint64 kSignedNoteMs = 60 * 1000;
constexpr qint64 kRefusalWriteMs = 1000;
constexpr qint64 kRefusalAuditMs = 10 * 60 * 1000;

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Webhooks)
};

QString target(const WebhookSource &source)
{
    return u"integration:"_s + QString::number(source.integrationId);
}

} // namespace

SigningLedger::SigningLedger(Database &db, EventBus *bus, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_bus(bus)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(int(kRefusalWriteMs));
    connect(&m_flush, &QTimer::timeout, this, &SigningLedger::flush);
}

SigningLedger::~SigningLedger()
{
    flush();
}

Result<void> SigningLedger::admit(const WebhookSource &source, const QHostAddress &from)
{
    if (source.isSigned()) {
        noteSigned(source);
        return {};
    }
    if (source.signing != WebhookSigning::Signed)
        return {};
    noteRefused(source, from);
    return Error::unauthorized(
        Text::tr("Unsigned webhook refused: this shop's deliveries must carry a Standard "
                 "Webhooks signature (webhook-id, webhook-timestamp, webhook-signature); a "
                 "bearer token alone is no longer accepted. The shop's admin in BVA can change "
                 "this."));
}

void SigningLedger::noteSigned(const WebhookSource &source)
{
    const qint64 now = Clock::nowMs();
    if (source.signing != WebhookSigning::Auto &&
        now - m_signedNotedMs.value(source.integrationId) < kSignedNoteMs)
        return;
    m_signedNotedMs.insert(source.integrationId, now);
    auto flipped = IntegrationRepository(m_db).noteSignedDelivery(source.integrationId, Clock::nowUtc());
    if (!flipped) {
        qCWarning(lcWebhooks) << "signed delivery not noted:" << flipped.error().message;
        return;
    }
    if (!*flipped)
        return;
    // Shop admins read it in the shop's activity.
    AuditEntry e = Actor::system(u"webhook"_s).audit(audit::kSigningRequired, source.shopId, target(source));
    e.details = {{u"reason"_s, u"first signed delivery"_s},
                 {u"webhookId"_s, QString::fromUtf8(source.webhookId.left(200))},
                 {u"from"_s, webhookSigningName(WebhookSigning::Auto)},
                 {u"to"_s, webhookSigningName(WebhookSigning::Signed)}};
    AuditRepository(m_db).append(e).ok();
    qCInfo(lcWebhooks) << "integration" << source.integrationId << "takes signed webhooks only from now on";
    if (m_bus)
        emit m_bus->integrationChanged(source.integrationId);
}

void SigningLedger::noteRefused(const WebhookSource &source, const QHostAddress &from)
{
    Refusals &r = m_refusals[source.integrationId];
    ++r.unstored;
    ++r.sinceAudit;
    r.lastFrom = from.toString();
    r.shopId = source.shopId;
    if (Clock::nowMs() - r.lastWriteMs >= kRefusalWriteMs)
        flush();
    else if (!m_flush.isActive())
        m_flush.start();
}

void SigningLedger::flush()
{
    const qint64 now = Clock::nowMs();
    for (auto it = m_refusals.begin(); it != m_refusals.end(); ++it) {
        Refusals &r = it.value();
        if (r.unstored > 0) {
            if (auto done =
                    IntegrationRepository(m_db).noteUnsignedRefused(it.key(), r.unstored, Clock::nowUtc());
                !done)
                qCWarning(lcWebhooks) << "refused delivery not noted:" << done.error().message;
            qCInfo(lcWebhooks) << "integration" << it.key() << ":" << r.unstored
                               << "unsigned deliveries refused (signed deliveries only)";
            r.unstored = 0;
            r.lastWriteMs = now;
            if (m_bus)
                emit m_bus->integrationChanged(it.key());
        }
        if (r.sinceAudit > 0 && now - r.lastAuditMs >= kRefusalAuditMs) {
            AuditEntry e =
                Actor::system(r.lastFrom)
                    .audit(audit::kUnsignedRefused, r.shopId, u"integration:"_s + QString::number(it.key()));
            e.outcome = audit::kRefused;
            e.details = {{u"refused"_s, r.sinceAudit}, {u"lastFrom"_s, r.lastFrom}};
            AuditRepository(m_db).append(e).ok();
            r.sinceAudit = 0;
            r.lastAuditMs = now;
        }
    }
}

} // namespace bva
