#include "syncjob.h"

#include "domain/money.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/pendingstatusrepository.h"
#include "store/productrepository.h"
#include "store/syncrunrepository.h"
#include "store/transaction.h"
#include "synclog.h"
#include "util/clock.h"
#include "util/jsonread.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva {

SyncJob::SyncJob(Database &db, QNetworkAccessManager &nam, SyncJobSpec spec, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_spec(std::move(spec))
    , m_client(nam, m_spec.client)
{
    m_outcome.run = m_spec.run;
}

SyncJob::~SyncJob()
{
    m_client.abortAll();
}

void SyncJob::start()
{
    m_clock.start();
    qCInfo(lcSync, "sync run %lld of integration %lld (%s, %s) started", m_spec.run.id, m_spec.integration.id,
           m_spec.full ? "full" : "incremental", qPrintable(platformSlug(m_spec.integration.platform)));
    fetchList(Kind::Products);
}

void SyncJob::cancel()
{
    if (m_done)
        return;
    m_client.abortAll();
    complete(u"cancelled"_s, u"cancelled"_s);
}

void SyncJob::fetchList(Kind kind)
{
    m_kind = kind;
    m_pageSize = m_spec.pageSize;
    m_pagesKnown = 1;
    m_nextPage = 2;
    m_inFlight = 0;
    m_paged = false;
    m_listDone = 0;
    m_listTotal = 0;
    m_smallestTotal = -1;
    m_listIds.clear();
    m_listIdless = 0;
    m_outcome.run.phase = kind == Kind::Products ? u"products"_s : u"orders"_s;
    if (kind == Kind::Orders) {
        auto products = ProductRepository(m_db).listByShop(m_spec.shop.id, true);
        if (!products) {
            failStorage(products.error());
            return;
        }
        m_knownProducts.clear();
        for (const Product &p : std::as_const(*products))
            m_knownProducts.insert(p.externalId);
    }
    SyncRunRepository(m_db).update(m_outcome.run).ok();
    emit progress(m_outcome.run.phase, 0, 0);
    if (m_spec.open)
        return startPlan();
    requestPage(1);
}

void SyncJob::requestPage(int page)
{
    PageQuery q;
    if (m_pageSize > 0) { // pageSize 0: never ask for paging (sites that only send whole lists)
        q.page = page;
        q.pageSize = m_pageSize;
    }
    if (!m_spec.full)
        q.updatedSince = m_spec.updatedSince;
    const QUrl base(m_spec.integration.apiBaseUrl.isEmpty() ? m_spec.integration.siteUrl
                                                            : m_spec.integration.apiBaseUrl);
    const QUrl url = m_kind == Kind::Products ? m_spec.adapter->productsUrl(base, m_spec.shop.externalId, q)
                                              : m_spec.adapter->ordersUrl(base, m_spec.shop.externalId, q);
    ++m_inFlight;
    m_pageAskedAtMs.insert(page, Clock::nowMs());
    const QByteArray token = m_spec.token;
    m_client.get(
        m_spec.adapter->request(url, token),
        [this, page](const QByteArray &body) { return acceptPage(page, body); },
        [this, page, token](const FetchError &e) {
            --m_inFlight;
            if (e.unauthorized() && renewAndRetry(page, token, e))
                return;
            fail(e);
        });
}

bool SyncJob::renewAndRetry(int page, const QByteArray &rejected, const FetchError &error)
{
    const QPair<int, int> key{int(m_kind), page};
    if (m_done || !m_spec.renewToken || m_renewed.contains(key))
        return false;
    m_renewed.insert(key);
    ++m_inFlight; // the page is still owed while the token is renewed
    const QPointer<SyncJob> self(this);
    const Kind kind = m_kind;
    m_spec.renewToken(rejected, [self, page, kind, error](Result<QByteArray> token) {
        if (!self || self->m_done)
            return;
        --self->m_inFlight;
        if (!token) {
            FetchError e = error;
            if (token.error().kind != Error::Kind::Unauthorized) { // not refused: worth another sync
                e.kind = FetchError::Kind::Network;
                e.httpStatus = 0;
            }
            e.message = token.error().message;
            self->fail(e);
            return;
        }
        self->m_spec.token = *token;
        if (self->m_kind == kind)
            self->requestPage(page);
    });
    return true;
}

std::optional<FetchError> SyncJob::acceptPage(int page, const QByteArray &body)
{
    if (m_done)
        return std::nullopt;
    QElapsedTimer parse;
    parse.start();
    auto list = m_spec.adapter->readList(body);
    m_parseNs += parse.nsecsElapsed();
    if (!list) {
        FetchError e;
        e.kind = list.error().kind == Error::Kind::Remote ? FetchError::Kind::Api : FetchError::Kind::Parse;
        e.message = list.error().message;
        return e; // a cut or garbled page is fetched again
    }
    --m_inFlight;
    const qsizetype knownBefore = m_listIds.size();
    const Result<void> written = m_kind == Kind::Products
                                     ? writeProducts(list->items)
                                     : writeOrders(list->items, m_pageAskedAtMs.value(page));
    if (!written) {
        failStorage(written.error());
        return std::nullopt;
    }
    m_listDone += int(list->items.size());
    if (list->pagination) {
        m_paged = true;
        const Pagination &p = *list->pagination;
        if (p.pageSize > 0 && page == 1)
            m_pageSize = p.pageSize;
        m_listTotal = std::max<int>(m_listTotal, int(p.total));
        m_smallestTotal = m_smallestTotal < 0 ? p.total : std::min<qint64>(m_smallestTotal, p.total);
        // A total that grew while paging (newest first) pushes older records to later pages: fetch those too.
        const int pages = m_pageSize > 0 ? int((p.total + m_pageSize - 1) / m_pageSize) : 1;
        m_pagesKnown = std::max(m_pagesKnown, pages);
    } else if (m_pageSize > 0 && int(list->items.size()) == m_pageSize && m_listIds.size() > knownBefore &&
               page < kMaxUnannouncedPages) {
        // No pagination block, yet a full page: the site may page without saying so (or under names
        // BVA does not read). Ask for the next page; a site that ignores ?page= sends the same
        // records again, which adds nothing new and ends the list.
        m_listTotal = m_listDone;
        m_pagesKnown = page + 1;
        m_nextPage = page + 1;
        requestPage(m_nextPage++);
    } else {
        // The site ignored paging and sent the whole list (or this was its last page).
        m_listTotal = m_listDone;
        m_pagesKnown = std::max(1, page);
    }
    emit progress(m_outcome.run.phase, m_listDone, std::max(m_listTotal, m_listDone));
    pumpPages();
    return std::nullopt;
}

void SyncJob::pumpPages()
{
    if (m_done)
        return;
    while (m_paged && m_nextPage <= m_pagesKnown && m_inFlight < m_spec.maxParallel)
        requestPage(m_nextPage++);
    if (m_inFlight == 0 && (m_nextPage > m_pagesKnown || !m_paged))
        listDone();
}

bool SyncJob::listIncomplete() const
{
    return m_paged && m_smallestTotal >= 0 && qint64(m_listIds.size()) + m_listIdless < m_smallestTotal;
}

void SyncJob::listDone()
{
    const bool incomplete = listIncomplete();
    if (incomplete) {
        // Records moved between pages while they were read (some added or deleted on the site):
        // what was missed comes with the next run; until then nothing is taken as deleted.
        const int missed = int(m_smallestTotal - m_listIds.size() - m_listIdless);
        note(m_kind == Kind::Products ? u"products list changed while paging (not seen this run)"_s
                                      : u"orders list changed while paging (not seen this run)"_s,
             missed);
        qCWarning(lcSync, "sync run %lld: %s list shifted while paging, %d record(s) not seen", m_spec.run.id,
                  m_kind == Kind::Products ? "products" : "orders", missed);
    }
    if (m_kind == Kind::Products) {
        if (m_spec.full && !incomplete) {
            if (auto r = markDeletedProducts(); !r) {
                failStorage(r.error());
                return;
            }
        }
        fetchList(Kind::Orders);
        return;
    }
    complete(u"succeeded"_s, QString());
}

void SyncJob::countListed(const QJsonValue &record)
{
    const QString id = record.isObject()
                           ? payload::idFrom(record.toObject(), {"id"_L1, "productId"_L1, "orderId"_L1})
                           : QString();
    if (id.isEmpty())
        ++m_listIdless;
    else
        m_listIds.insert(id);
}

Result<void> SyncJob::writeProducts(const QJsonArray &items)
{
    QList<Product> products;
    products.reserve(items.size());
    const int exponent = currencyExponent(m_spec.shop.currency);
    for (const QJsonValue &v : items) {
        ++m_outcome.run.productsSeen;
        countListed(v);
        if (!v.isObject()) {
            skip(u"product is not an object"_s);
            continue;
        }
        auto p = m_spec.adapter->readProduct(v.toObject(), exponent);
        if (!p) {
            // Its id (when readable) still counts as listed, so a bad record never deletes a good one.
            const QString id = payload::idFrom(v.toObject(), {"id"_L1, "productId"_L1});
            if (!id.isEmpty())
                m_seenProducts.insert(id);
            skip(u"product: "_s + p.error().message);
            continue;
        }
        p->shopId = m_spec.shop.id;
        m_seenProducts.insert(p->externalId);
        products.append(std::move(p).value());
    }
    if (products.isEmpty())
        return {};
    QElapsedTimer write;
    write.start();
    auto r = ProductRepository(m_db).upsertBatch(m_spec.shop.id, products, u"sync"_s);
    m_writeNs += write.nsecsElapsed();
    if (!r)
        return r.error();
    return {};
}

Result<void> SyncJob::writeOrders(const QJsonArray &items, qint64 askedAtMs)
{
    QList<Order> orders;
    orders.reserve(items.size());
    const int exponent = currencyExponent(m_spec.shop.currency);
    for (const QJsonValue &v : items) {
        ++m_outcome.run.ordersSeen;
        countListed(v);
        if (!v.isObject()) {
            skip(u"order is not an object"_s);
            continue;
        }
        auto o = m_spec.adapter->readOrder(v.toObject(), exponent);
        if (!o) {
            skip(u"order: "_s + o.error().message);
            continue;
        }
        if (o->status == OrderStatus::Unknown) {
            // Stored as revenue it could be wrong either way; the order is kept out until the status is
            // known.
            skip(o->rawStatus.isEmpty() ? u"order: missing status"_s : u"order: unknown status"_s);
            continue;
        }
        int unknown = 0;
        for (const OrderItem &i : std::as_const(o->items)) {
            if (!m_knownProducts.contains(i.productExternalId))
                ++unknown;
        }
        if (unknown)
            note(u"order kept: unknown product (cost unknown until it syncs)"_s);
        m_outcome.run.itemsSeen += int(o->items.size());
        o->shopId = m_spec.shop.id;
        orders.append(std::move(o).value());
    }
    if (orders.isEmpty())
        return {};
    QElapsedTimer write;
    write.start();
    // Status changes that arrived by webhook before their order are applied with the page.
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(u"begin order page: "_s + tx.beginError());
    tx.relaxDurability();
    auto r = OrderRepository(m_db).upsertBatch(m_spec.shop.id, orders,
                                               {.source = u"sync"_s, .readAtMs = askedAtMs});
    if (!r)
        return r.error();
    QStringList ids;
    ids.reserve(orders.size());
    for (const Order &o : std::as_const(orders))
        ids.append(o.externalId);
    if (auto applied = PendingStatusRepository(m_db).applyFor(m_spec.shop.id, ids); !applied)
        return applied.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    m_writeNs += write.nsecsElapsed();
    m_outcome.days.unite(r->affectedDays);
    return {};
}

Result<void> SyncJob::markDeletedProducts()
{
    ProductRepository repo(m_db);
    auto stored = repo.listByShop(m_spec.shop.id, false);
    if (!stored)
        return stored.error();
    const QDateTime now = Clock::nowUtc();
    int removed = 0;
    for (const Product &p : std::as_const(*stored)) {
        if (m_seenProducts.contains(p.externalId))
            continue;
        auto r = repo.softDelete(m_spec.shop.id, p.externalId, now);
        if (!r)
            return r.error();
        ++removed;
    }
    if (removed)
        note(u"products no longer listed (marked deleted)"_s, removed);
    return {};
}

void SyncJob::skip(const QString &reason, int count)
{
    m_outcome.run.skipped += count;
    m_outcome.run.skippedByReason.insert(reason, m_outcome.run.skippedByReason.value(reason).toInt() + count);
}

void SyncJob::note(const QString &reason, int count)
{
    // Kept records with a caveat are listed beside the skips but not counted as skipped.
    m_notes[reason] += count;
    m_outcome.run.skippedByReason.insert(reason, m_notes.value(reason));
}

void SyncJob::fail(const FetchError &error)
{
    if (m_done)
        return;
    m_client.abortAll();
    m_outcome.unauthorized = error.unauthorized();
    complete(u"failed"_s, error.message);
}

void SyncJob::failStorage(const Error &error)
{
    if (m_done)
        return;
    m_client.abortAll();
    complete(u"failed"_s, u"storage: "_s + error.message);
}

void SyncJob::complete(const QString &state, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome.ok = state == u"succeeded";
    m_outcome.run.state = state;
    m_outcome.run.error = error;
    if (m_outcome.ok)
        m_outcome.run.phase = u"done"_s;
    m_outcome.run.finishedAt = Clock::nowUtc();
    // The run's final row is stored by the receiver of finished() (SyncService::onJobFinished), in one
    // commit with the shop's state it leads to.
    qCInfo(lcSync,
           "sync run %lld %s in %lld ms (store writes %lld ms, JSON %lld ms): %d products, %d orders, "
           "%d items, %d skipped, %d retries%s%s",
           m_outcome.run.id, qPrintable(state), m_clock.elapsed(), m_writeNs / 1000000, m_parseNs / 1000000,
           m_outcome.run.productsSeen, m_outcome.run.ordersSeen, m_outcome.run.itemsSeen,
           m_outcome.run.skipped, m_client.retries(), error.isEmpty() ? "" : ": ", qPrintable(error));
    emit finished(m_outcome);
}

} // namespace bva
