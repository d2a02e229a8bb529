#include "deliveryservice.h"

#include "auth/accesspolicy.h"
#include "auth/auditactions.h"
#include "auth/secretvault.h"
#include "deliverymask.h"
#include "domain/eventbus.h"
#include "domain/integration.h"
#include "domain/money.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/inboxrepository.h"
#include "store/integrationrepository.h"
#include "store/shoprepository.h"
#include "store/transaction.h"
#include "util/clock.h"
#include "webhookapplier.h"
#include "webhookwriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

constexpr int kMaxScannedRows = 5000; // per page asked for, when a search matches only masked parts

QStringList statesOf(const QList<DeliveryOutcome> &outcomes)
{
    QStringList states;
    for (DeliveryOutcome o : outcomes) {
        switch (o) {
        case DeliveryOutcome::Applied:
            states << u"APPLIED"_s << u"DEFERRED"_s << u"RECEIVED"_s;
            break;
        case DeliveryOutcome::Duplicate:
            states << u"DUPLICATE"_s;
            break;
        case DeliveryOutcome::Refused:
            states << u"REFUSED"_s;
            break;
        case DeliveryOutcome::Failed:
            states << u"FAILED"_s;
            break;
        }
    }
    states.removeDuplicates();
    return states;
}

bool matches(const WebhookDelivery &d, const QString &text)
{
    return text.isEmpty() || d.topic.contains(text, Qt::CaseInsensitive) ||
           d.reason.contains(text, Qt::CaseInsensitive) || d.body.contains(text, Qt::CaseInsensitive);
}

} // namespace

DeliveryService::DeliveryService(Database &db, SecretVault &vault, EventBus *bus, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_vault(vault)
    , m_bus(bus)
{}

Result<Integration> DeliveryService::checked(const Actor &actor, qint64 integrationId)
{
    auto found = IntegrationRepository(m_db).findById(integrationId);
    if (!found)
        return found.error();
    if (!found->has_value() || actor.userId <= 0)
        return Error::notFound(tr("no such integration"));
    auto allowed = AccessPolicy(m_db).require(actor.userId, (*found)->shopId, ShopAction::InspectDeliveries);
    if (!allowed)
        return allowed.error().kind == Error::Kind::NotFound ? Error::notFound(tr("no such integration"))
                                                             : allowed.error();
    return **found;
}

QList<QByteArray> DeliveryService::secretsOf(const Integration &integration)
{
    QList<QByteArray> secrets;
    for (const QString &ref : {integration.tokenRef, integration.webhookSecretRef}) {
        if (ref.isEmpty())
            continue;
        auto secret = m_vault.read(ref);
        if (secret && secret->has_value() && !(*secret)->isEmpty())
            secrets.append(**secret);
    }
    return secrets;
}

Result<DeliveryPage> DeliveryService::list(const Actor &actor, qint64 integrationId,
                                           const DeliveryQuery &query)
{
    auto integration = checked(actor, integrationId);
    if (!integration)
        return integration.error();
    std::optional<DeliveryCursor> after;
    if (!query.cursor.isEmpty()) {
        after = DeliveryCursor::fromText(query.cursor);
        if (!after)
            return Error::invalid(tr("cursor: not a cursor of this listing"));
    }
    if (query.from.isValid() && query.to.isValid() && query.to <= query.from)
        return Error::invalid(tr("to: must be later than from"));
    const int limit = std::clamp(query.limit, 1, kMaxLimit);
    DeliveryFilter filter;
    filter.text = query.text.trimmed();
    filter.states = statesOf(query.outcomes);
    filter.topic = query.topic;
    filter.from = query.from;
    filter.to = query.to;
    const QList<QByteArray> secrets = secretsOf(*integration);

    // The store narrows by the raw text; the masked body decides, so a search cannot find what is
    // masked (a token guessed letter by letter).
    DeliveryPage page;
    QList<DeliveryCursor> cursors;
    int scanned = 0;
    bool exhausted = false;
    std::optional<DeliveryCursor> lastScanned = after;
    while (page.items.size() <= limit && !exhausted && scanned < kMaxScannedRows) {
        const int want = filter.text.isEmpty() ? limit + 1 : std::max(50, 2 * (limit + 1));
        auto rows = DeliveryRepository(m_db).page(integration->shopId, filter, lastScanned, want);
        if (!rows)
            return rows.error();
        exhausted = rows->size() < want;
        for (DeliveryRow &row : *rows) {
            ++scanned;
            lastScanned = row.cursor;
            row.delivery.body = maskedDeliveryBody(row.delivery.body.toUtf8(), secrets);
            if (!matches(row.delivery, filter.text))
                continue;
            page.items.append(std::move(row.delivery));
            cursors.append(row.cursor);
            if (page.items.size() > limit)
                break;
        }
    }
    if (page.items.size() > limit) {
        page.items.resize(limit);
        page.nextCursor = cursors.at(limit - 1).text();
    } else if (!exhausted && lastScanned) {
        page.nextCursor = lastScanned->text(); // scanning stopped early: the client goes on from there
    }
    return page;
}

Result<WebhookDelivery> DeliveryService::find(const Actor &actor, qint64 integrationId,
                                              const QString &deliveryId)
{
    auto integration = checked(actor, integrationId);
    if (!integration)
        return integration.error();
    auto row = DeliveryRepository(m_db).find(integration->shopId, deliveryId);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound(tr("no such delivery"));
    WebhookDelivery d = (*row)->delivery;
    d.body = maskedDeliveryBody(d.body.toUtf8(), secretsOf(*integration));
    return d;
}

Result<ReplayResult> DeliveryService::replay(const Actor &actor, qint64 integrationId,
                                             const QString &deliveryId)
{
    auto integration = checked(actor, integrationId);
    if (!integration)
        return integration.error();
    auto row = DeliveryRepository(m_db).find(integration->shopId, deliveryId);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound(tr("no such delivery"));
    const WebhookDelivery &failed = (*row)->delivery;
    if (failed.outcome != DeliveryOutcome::Failed)
        return Error::conflict(tr("only a failed delivery can be replayed; this one is %1")
                                   .arg(deliveryOutcomeName(failed.outcome)));
    if (!failed.replayedAs.isEmpty())
        return Error::conflict(
            tr("this delivery was already replayed and applied as delivery %1").arg(failed.replayedAs));
    if (integration->state == IntegrationState::Disconnected)
        return Error::conflict(tr("the shop is disconnected: connect it again before replaying"));
    auto result = runReplay(actor, *integration, failed.id.toLongLong(), failed, failed.body.toUtf8());
    if (!result)
        return result;
    auto after = DeliveryRepository(m_db).find(integration->shopId, deliveryId);
    result->delivery = after && after->has_value() ? (*after)->delivery : failed;
    result->delivery.body = maskedDeliveryBody(result->delivery.body.toUtf8(), secretsOf(*integration));
    return result;
}

Result<ReplayResult> DeliveryService::runReplay(const Actor &actor, const Integration &integration,
                                                qint64 failedId, const WebhookDelivery &failed,
                                                const QByteArray &body)
{
    const QString target = u"delivery:"_s + QString::number(failedId);
    auto auditEntry = [&](const QString &result, const QString &reason, const QString &replayedAs) {
        AuditEntry e = actor.audit(audit::kDeliveryReplay, integration.shopId, target);
        e.outcome = result == u"applied"_s ? QString(audit::kOk) : QString(audit::kFailed);
        e.details = {{u"delivery"_s, failed.id}, {u"integration"_s, integration.id},
                     {u"topic"_s, failed.topic}, {u"result"_s, result},
                     {u"reason"_s, reason},      {u"replayedAs"_s, replayedAs}};
        return e;
    };
    // A replay that fails again leaves nothing of its effects: the failed row counts the attempt.
    auto failedAgain = [&](const QString &reason) -> Result<ReplayResult> {
        Transaction tx(m_db.connection());
        if (!tx.isActive())
            return Error::storage(tx.beginError());
        if (auto r = DeliveryRepository(m_db).recordFailedAttempt(failedId, reason); !r)
            return r.error();
        if (auto r = AuditRepository(m_db).append(auditEntry(u"failed"_s, reason, {})); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        qCInfo(lcWebhooks) << "replay of delivery" << failedId << "failed again:" << reason;
        ReplayResult result;
        result.outcome = DeliveryOutcome::Failed;
        result.reason = reason;
        return result;
    };

    const auto topic = webhookTopicFromName(failed.topic);
    if (!topic)
        return failedAgain(tr("topic: %1 is not a webhook topic BVA takes").arg(failed.topic));
    auto shop = ShopRepository(m_db).findById(integration.shopId);
    if (!shop)
        return shop.error();
    if (!shop->has_value())
        return Error::notFound(tr("no such integration"));
    // The live path's steps, in its order: parse at the shop's currency, the shop check, the inbox
    // row, the effects, the row's state; events once committed.
    auto command = parseWebhook(*topic, body, currencyExponent((*shop)->currency));
    if (!command)
        return failedAgain(command.error().message);
    for (const QString &id : std::as_const(command->shopIds)) {
        if (id != (*shop)->externalId)
            return failedAgain(tr("shopId: %1 is not the shop of this credential").arg(id));
    }
    qint64 replayId = 0;
    ApplyResult applied;
    {
        Transaction tx(m_db.connection());
        if (!tx.isActive())
            return Error::storage(tx.beginError());
        InboxRepository inbox(m_db);
        WebhookEvent event;
        event.dedupeKey = u"replay:"_s + QString::number(failedId);
        event.shopId = integration.shopId;
        event.topic = failed.topic;
        event.payload = body;
        event.receivedAt = Clock::nowUtc();
        auto id = inbox.insertIfNew(event);
        if (!id)
            return id.error();
        if (*id == 0)
            return Error::conflict(tr("this delivery was already replayed and applied"));
        replayId = *id;
        auto result = WebhookApplier(m_db).apply(integration.shopId, *command);
        if (!result) {
            tx.rollback();
            if (result.error().kind != Error::Kind::Invalid && result.error().kind != Error::Kind::Parse)
                return result.error();
            return failedAgain(result.error().message);
        }
        applied = std::move(*result);
        auto marked =
            applied.deferred ? inbox.markDeferred(replayId, applied.note) : inbox.markApplied(replayId);
        if (!marked)
            return marked.error();
        if (auto r = DeliveryRepository(m_db).markReplay(replayId, failedId); !r)
            return r.error();
        if (auto r = AuditRepository(m_db).append(
                auditEntry(u"applied"_s, applied.note, QString::number(replayId)));
            !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    qCInfo(lcWebhooks) << "delivery" << failedId << "replayed and applied as" << replayId;
    if (m_bus) {
        WebhookApplier::announce(*m_bus, applied.events);
        emit m_bus->webhookReceived(integration.shopId, failed.topic);
    }
    ReplayResult result;
    result.outcome = DeliveryOutcome::Applied;
    result.reason = applied.note;
    return result;
}

} // namespace bva
