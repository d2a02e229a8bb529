// Keeps each integration's webhook signing in step with what arrives. The first valid
// signed delivery of an Auto integration makes it Signed (audited, once); from then on a delivery with
// only the bearer token is refused (401) and counted on the integration, so its admin sees why
// deliveries are refused. Writes are throttled: a flood of forged deliveries costs at most one update
// per integration per second and one audit entry per ten minutes. Lives in the HTTP thread.
#pragma once

#include "webhookverifier.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

namespace bva {

class Database;
class EventBus;

class SigningLedger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SigningLedger)
public:
    SigningLedger(Database &db, EventBus *bus, QObject *parent = nullptr);
    ~SigningLedger() override;

    // A delivery that passed the verifier: Unauthorized when it carries only a token and its
    // integration takes signed deliveries only. Notes signed deliveries.
    Result<void> admit(const WebhookSource &source, const QHostAddress &from);
    // Writes the refusals counted but not yet stored.
    void flush();

private:
    void noteSigned(const WebhookSource &source);
    void noteRefused(const WebhookSource &source, const QHostAddress &from);

    struct Refusals
    {
        int unstored = 0;
        int sinceAudit = 0;
        qint64 lastWriteMs = 0;
        qint64 lastAuditMs = 0;
        QString lastFrom;
        qint64 shopId = 0;
    };
    Database &m_db;
    EventBus *m_bus;
    QHash<qint64, qint64> m_signedNotedMs;
    QHash<qint64, Refusals> m_refusals;
    QTimer m_flush;
};

} // namespace bva
