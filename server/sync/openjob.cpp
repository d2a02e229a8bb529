// SyncJob over a real platform's FetchPlan: one signed call after another (the platforms rate-limit
// per app, so no parallel pages), each answer's records written as they come, the same retries,
// renewal once per call after a 401, progress and run log as the clone lists have.
#include "domain/money.h"
#include "store/productrepository.h"
#include "syncjob.h"
#include "synclog.h"
#include "util/clock.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace bva {

void SyncJob::startPlan()
{
    PlanContext context;
    context.shopId = m_spec.shop.externalId;
    context.exponent = currencyExponent(m_spec.shop.currency.isEmpty() ? u"PHP"_s : m_spec.shop.currency);
    context.pageSize = std::clamp(m_spec.pageSize, 1, 100);
    context.to = Clock::nowUtc();
    if (!m_spec.full && m_spec.updatedSince.isValid())
        context.from = m_spec.updatedSince;
    else if (m_kind == Kind::Orders) // products: the whole catalogue; orders: the chosen history
        context.from = context.to.addDays(-std::max(1, m_spec.historyDays));
    if (m_kind == Kind::Orders) {
        auto products = ProductRepository(m_db).listByShop(m_spec.shop.id, true);
        if (!products)
            return failStorage(products.error());
        for (const Product &p : std::as_const(*products)) {
            if (!p.sku.isEmpty())
                context.productBySku.insert(p.sku, p.externalId);
        }
    }
    m_plan = m_kind == Kind::Products ? m_spec.open->productPlan(context) : m_spec.open->orderPlan(context);
    requestPlanned();
}

void SyncJob::requestPlanned()
{
    if (m_done)
        return;
    const std::optional<ApiCall> next = m_plan->next();
    if (!next) {
        m_listTotal = m_listDone;
        listDone();
        return;
    }
    const ApiCall call = *next;
    ++m_planCall;
    ++m_inFlight;
    const qint64 askedAt = Clock::nowMs();
    m_pageAskedAtMs.insert(m_planCall, askedAt);
    const QByteArray token = m_spec.token;
    const OpenPlatformAdapter *open = m_spec.open;
    m_client.send(
        [this, call, open](QByteArray *body) {
            // Signed at each attempt: a fresh timestamp, and the token renewed meanwhile.
            return open->signedRequest(call, m_spec.app, {m_spec.token, m_spec.shop.externalId},
                                       Clock::nowMs(), body);
        },
        [open](int status, const QByteArray &body) { return open->checkAnswer(status, body); },
        [this, call](const QByteArray &body) { return acceptPlanned(call, body); },
        [this, call, token](const FetchError &e) {
            --m_inFlight;
            if (e.unauthorized() && renewAndRetryPlanned(call, token, e))
                return;
            fail(e);
        });
}

std::optional<FetchError> SyncJob::acceptPlanned(const ApiCall &call, const QByteArray &body)
{
    if (m_done)
        return std::nullopt;
    QElapsedTimer parse;
    parse.start();
    auto records = m_plan->accept(call, body);
    m_parseNs += parse.nsecsElapsed();
    if (!records) {
        FetchError e;
        e.kind =
            records.error().kind == Error::Kind::Remote ? FetchError::Kind::Api : FetchError::Kind::Parse;
        e.message = records.error().message;
        return e; // a cut or garbled answer is asked for again; the plan has not moved
    }
    --m_inFlight;
    const Result<void> written = m_kind == Kind::Products
                                     ? writeProducts(*records)
                                     : writeOrders(*records, m_pageAskedAtMs.value(m_planCall));
    if (!written) {
        failStorage(written.error());
        return std::nullopt;
    }
    m_listDone += int(records->size());
    emit progress(m_outcome.run.phase, m_listDone, m_listDone);
    // The next call once this answer is done with (queued: the client is still in its callback).
    QMetaObject::invokeMethod(this, &SyncJob::requestPlanned, Qt::QueuedConnection);
    return std::nullopt;
}

bool SyncJob::renewAndRetryPlanned(const ApiCall &call, const QByteArray &rejected, const FetchError &error)
{
    const QPair<int, int> key{int(m_kind), -m_planCall};
    if (m_done || !m_spec.renewToken || m_renewed.contains(key))
        return false;
    m_renewed.insert(key);
    ++m_inFlight;
    const QPointer<SyncJob> self(this);
    const Kind kind = m_kind;
    m_spec.renewToken(rejected, [self, call, kind, error](Result<QByteArray> token) {
        if (!self || self->m_done)
            return;
        --self->m_inFlight;
        if (!token) {
            FetchError e = error;
            if (token.error().kind != Error::Kind::Unauthorized) {
                e.kind = FetchError::Kind::Network;
                e.httpStatus = 0;
            }
            e.message = token.error().message;
            self->fail(e);
            return;
        }
        self->m_spec.token = *token;
        if (self->m_kind != kind)
            return;
        // The same call again, with the new token (the plan has not moved).
        ++self->m_inFlight;
        const OpenPlatformAdapter *open = self->m_spec.open;
        SyncJob *job = self.data();
        job->m_client.send(
            [job, call, open](QByteArray *body) {
                return open->signedRequest(call, job->m_spec.app,
                                           {job->m_spec.token, job->m_spec.shop.externalId}, Clock::nowMs(),
                                           body);
            },
            [open](int status, const QByteArray &body) { return open->checkAnswer(status, body); },
            [job, call](const QByteArray &body) { return job->acceptPlanned(call, body); },
            [job](const FetchError &e) {
                --job->m_inFlight;
                job->fail(e);
            });
    });
    return true;
}

} // namespace bva
