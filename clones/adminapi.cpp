#include "adminapi.h"

#include "catalog.h"
#include "clock.h"
#include "datagenerator.h"
#include "envelope.h"
#include "jsonout.h"
#include "livefeed.h"
#include "tokenservice.h"
#include "webhooksender.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bva::clone {

AdminApi::AdminApi(CloneStore &store, TokenService &tokens, Faults &faults, LiveFeed &feed,
                   WebhookSender &sender, std::function<QJsonObject()> describe)
    : m_store(store)
    , m_tokens(tokens)
    , m_faults(faults)
    , m_feed(feed)
    , m_sender(sender)
    , m_describe(std::move(describe))
{}

static HttpResponse adminError(int status, const QString &text)
{
    return jsonResponse({{u"success"_s, false}, {u"message"_s, text}}, status);
}

static HttpResponse adminOk(const QJsonValue &data)
{
    return jsonResponse({{u"success"_s, true}, {u"data"_s, data}});
}

std::optional<HttpResponse> AdminApi::handle(const HttpRequest &r)
{
    if (!r.path.startsWith(u"/__admin"))
        return std::nullopt;
    QJsonObject body;
    if (r.method == "POST" || r.method == "PUT") {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body.isEmpty() ? "{}"_ba : r.body);
        if (!doc.isObject())
            return adminError(400, tr("Invalid JSON body"));
        body = doc.object();
    }
    const QString path = r.path;
    if (path == u"/__admin/state" && r.method == "GET")
        return adminOk(m_describe());
    if (path == u"/__admin/faults") {
        if (r.method == "POST" || r.method == "PUT") {
            QString error;
            if (body.value(u"reset"_s).toBool()) {
                m_faults = Faults{};
                body.remove(u"reset"_s);
            }
            if (!m_faults.merge(body, &error))
                return adminError(400, error);
            m_sender.setDuplicates(m_faults.duplicateWebhooks);
            m_sender.setDropRate(m_faults.dropRate);
            m_sender.setReordering(m_faults.reorderWindow, m_faults.reorderSeed);
        }
        return adminOk(m_faults.toJson());
    }
    if (path == u"/__admin/token" && r.method == "POST")
        return issueToken(body);
    if (path == u"/__admin/grant" && r.method == "POST")
        return issueGrant(body);
    if (path == u"/__admin/revoke" && r.method == "POST")
        return revokeGrants(body);
    if (path == u"/__admin/sellers" && r.method == "POST")
        return addSeller(body);
    if (path == u"/__admin/events" && r.method == "POST")
        return events(body);
    if (path == u"/__admin/sync-batch" && r.method == "POST") {
        const QString shopId = body.value(u"shopId"_s).toString(m_store.shops().value(0).id);
        if (!m_store.shopById(shopId))
            return adminError(404, tr("Shop not found"));
        return adminOk(m_feed.syncBatch(shopId));
    }
    if (path == u"/__admin/live" && r.method == "POST") {
        m_feed.setRate(body.value(u"rate"_s).toDouble());
        return adminOk(QJsonObject{{u"rate"_s, m_feed.rate()}});
    }
    if (path == u"/__admin/webhook") {
        if (r.method == "POST" || r.method == "PUT") {
            const QUrl url(body.value(u"url"_s).toString(m_sender.baseUrl().toString()));
            if (!url.isEmpty() && (!url.isValid() || !url.scheme().startsWith(u"http"_s)))
                return adminError(400, tr("url must be an http(s) address"));
            m_sender.configure(url, body.value(u"secret"_s).toString());
        }
        return adminOk(
            QJsonObject{{u"url"_s, m_sender.baseUrl().toString()}, {u"signed"_s, m_sender.signs()}});
    }
    if (path == u"/__admin/deliveries" && r.method == "GET")
        return adminOk(QJsonObject{{u"pending"_s, m_sender.pending()}, {u"log"_s, m_sender.log()}});
    return adminError(404, tr("Unknown admin route"));
}

const Seller *AdminApi::sellerFrom(const QJsonObject &body) const
{
    if (body.contains(u"email"_s))
        return m_store.sellerByEmail(body.value(u"email"_s).toString());
    if (body.contains(u"shopId"_s)) {
        const Shop *shop = m_store.shopById(body.value(u"shopId"_s).toString());
        return shop ? m_store.sellerById(shop->sellerId) : nullptr;
    }
    return m_store.sellers().isEmpty() ? nullptr : &m_store.sellers().first();
}

HttpResponse AdminApi::issueGrant(const QJsonObject &body)
{
    const Seller *seller = sellerFrom(body);
    if (!seller)
        return adminError(404, tr("Seller not found"));
    const TokenService::Grant g = m_tokens.grant(*seller);
    return adminOk(QJsonObject{{u"token"_s, QString::fromLatin1(g.accessToken)},
                               {u"refreshToken"_s, QString::fromLatin1(g.refreshToken)},
                               {u"expiresIn"_s, std::max<qint64>(0, g.expiresAtSecs - Clock::nowSecs())},
                               {u"expiresAt"_s, JsonOut::isoString(g.expiresAtSecs * 1000)},
                               {u"sellerId"_s, seller->id},
                               {u"shopId"_s, seller->shopId}});
}

HttpResponse AdminApi::revokeGrants(const QJsonObject &body)
{
    const Seller *seller = sellerFrom(body);
    if (!seller)
        return adminError(404, tr("Seller not found"));
    return adminOk(QJsonObject{{u"sellerId"_s, seller->id}, {u"revoked"_s, m_tokens.revokeSeller(*seller)}});
}

HttpResponse AdminApi::issueToken(const QJsonObject &body)
{
    const Seller *seller = sellerFrom(body);
    if (!seller)
        return adminError(404, tr("Seller not found"));
    // ttlSeconds <= 0 gives a token that has already expired.
    const qint64 ttl = qint64(body.value(u"ttlSeconds"_s).toDouble(3600));
    const QByteArray token = m_tokens.issue(*seller, ttl);
    return adminOk(QJsonObject{
        {u"token"_s, QString::fromLatin1(token)},
        {u"sellerId"_s, seller->id},
        {u"shopId"_s, seller->shopId},
        {u"expiresAt"_s, JsonOut::isoString((Clock::nowSecs() + (ttl <= 0 ? ttl - 1 : ttl)) * 1000)}});
}

HttpResponse AdminApi::addSeller(const QJsonObject &body)
{
    Rng &rng = m_store.rng();
    const int index = int(m_store.sellers().size());
    Seller s;
    s.id = m_store.newId();
    s.email = body.value(u"email"_s).toString(DataGenerator::defaultEmail(m_store.flavor(), index));
    if (m_store.sellerByEmail(s.email))
        return adminError(409, tr("Email already used"));
    s.password = body.value(u"password"_s).toString(DataGenerator::defaultPassword());
    s.firstName = body.value(u"firstName"_s).toString(rng.pick(firstNames()));
    s.lastName = body.value(u"lastName"_s).toString(rng.pick(lastNames()));
    const QString shopName =
        body.value(u"shopName"_s).toString(s.firstName + u"'s Shop "_s + QString::number(index + 1));
    const qint64 now = Clock::nowMs();
    const Seller &added = m_store.addSeller(s, shopName, now);
    const int products = std::clamp(body.value(u"products"_s).toInt(3), 0, 1000);
    const auto &templates = productTemplates();
    for (int i = 0; i < products; ++i) {
        const ProductTemplate &t = rng.pick(templates);
        Product p;
        p.id = m_store.newId();
        p.shopId = added.shopId;
        p.name = QString::fromUtf8(t.name);
        p.sku = QString::fromLatin1(t.skuPrefix) + u"-N"_s + QString::number(index) + u'-' +
                QString::number(i + 1);
        p.category = QString::fromUtf8(t.category);
        p.description = QString::fromUtf8(t.description);
        p.price = qint64(t.minPrice) * 100;
        p.cost = qint64(t.minPrice) * 60;
        p.stock = p.quantity = int(rng.range(5, 80));
        p.createdMs = p.updatedMs = now;
        m_store.addProduct(std::move(p));
    }
    m_store.markChanged();
    return adminOk(QJsonObject{{u"userId"_s, added.id},
                               {u"email"_s, added.email},
                               {u"password"_s, added.password},
                               {u"shopId"_s, added.shopId},
                               {u"shopName"_s, shopName},
                               {u"token"_s, QString::fromLatin1(m_tokens.stableToken(added))}});
}

HttpResponse AdminApi::events(const QJsonObject &body)
{
    const int count = std::clamp(body.value(u"count"_s).toInt(1), 1, 10000);
    const QString kind = body.value(u"kind"_s).toString(u"mixed"_s);
    static const QStringList kinds = {u"mixed"_s,           u"order"_s,          u"status"_s, u"return"_s,
                                      u"journey"_s,         u"update"_s,         u"stock"_s,  u"product"_s,
                                      u"product-created"_s, u"product-deleted"_s};
    if (!kinds.contains(kind))
        return adminError(400, tr("kind must be one of %1").arg(kinds.join(u", "_s)));
    const QString shopId = body.value(u"shopId"_s).toString(m_store.shops().value(0).id);
    if (!m_store.shopById(shopId))
        return adminError(404, tr("Shop not found"));
    return adminOk(QJsonObject{{u"events"_s, m_feed.trigger(count, kind, shopId)},
                               {u"webhooksEnabled"_s, m_sender.enabled()}});
}

} // namespace bva::clone
