#include "campaignrepository.h"

#include "database.h"
#include "sql.h"
#include "util/clock.h"

using namespace Qt::StringLiterals;

namespace bva {

using namespace forecast;

namespace {

const QString kColumns =
    u"id, shop_id, product_external_id, playbook, language, title, body, hashtags, "
    "discount_percent, promo_price_minor, start_day, end_day, status, created_by, created_at, updated_at"_s;

Campaign fromRow(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.shopId = q.value(1).toLongLong();
    c.productExternalId = q.value(2).toString();
    playbookFromString(q.value(3).toString(), &c.playbook);
    c.language = q.value(4).toString();
    c.title = q.value(5).toString();
    c.body = q.value(6).toString();
    c.hashtags = q.value(7).toString().split(u' ', Qt::SkipEmptyParts);
    c.discountPercent = q.value(8).toInt();
    c.promoPriceMinor = sql::toOptional64(q.value(9));
    c.startDay = sql::toDate(q.value(10));
    c.endDay = sql::toDate(q.value(11));
    campaignStatusFromString(q.value(12).toString(), &c.status);
    c.createdBy = sql::toOptional64(q.value(13));
    c.createdAt = sql::toTime(q.value(14));
    c.updatedAt = sql::toTime(q.value(15));
    return c;
}

} // namespace

Result<Campaign> CampaignRepository::create(const Campaign &in)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    Campaign c = in;
    const qint64 now = Clock::nowMs();
    c.createdAt = c.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    const QString insert =
        u"INSERT INTO campaigns (shop_id, product_external_id, playbook, language, title, body, "
        "hashtags, discount_percent, promo_price_minor, start_day, end_day, status, created_by, "
        "created_at, updated_at) VALUES ("_s +
        sql::placeholders(15) + u')';
    const QVariantList binds{c.shopId,
                             c.productExternalId,
                             playbookKey(c.playbook),
                             c.language,
                             c.title,
                             c.body,
                             c.hashtags.join(u' '),
                             c.discountPercent,
                             sql::optional(c.promoPriceMinor),
                             sql::date(c.startDay),
                             sql::date(c.endDay),
                             campaignStatusKey(c.status),
                             sql::optional(c.createdBy),
                             now,
                             now};
    if (m_db.isPostgres()) {
        auto q = sql::run(*db, insert + u" RETURNING id"_s, binds, u"create campaign");
        if (!q)
            return q.error();
        if (!q->next())
            return Error::storage(u"create campaign: no id returned"_s);
        c.id = q->value(0).toLongLong();
    } else {
        auto q = sql::run(*db, insert, binds, u"create campaign");
        if (!q)
            return q.error();
        c.id = q->lastInsertId().toLongLong();
    }
    return c;
}

Result<void> CampaignRepository::update(const Campaign &c)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    auto q = sql::run(
        *db,
        u"UPDATE campaigns SET product_external_id = ?, playbook = ?, language = ?, title = ?, body = ?, "
        "hashtags = ?, discount_percent = ?, promo_price_minor = ?, start_day = ?, end_day = ?, "
        "status = ?, updated_at = ? WHERE id = ?"_s,
        {c.productExternalId, playbookKey(c.playbook), c.language, c.title, c.body, c.hashtags.join(u' '),
         c.discountPercent, sql::optional(c.promoPriceMinor), sql::date(c.startDay), sql::date(c.endDay),
         campaignStatusKey(c.status), sql::nowMs(), c.id},
        u"update campaign");
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::notFound(u"campaign %1"_s.arg(c.id));
    return {};
}

Result<void> CampaignRepository::setStatus(qint64 id, CampaignStatus status)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, u"UPDATE campaigns SET status = ?, updated_at = ? WHERE id = ?"_s,
                      {campaignStatusKey(status), sql::nowMs(), id}, u"set campaign status");
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::notFound(u"campaign %1"_s.arg(id));
    return {};
}

Result<void> CampaignRepository::remove(qint64 id)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, u"DELETE FROM campaigns WHERE id = ?"_s, {id}, u"delete campaign");
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<Campaign>> CampaignRepository::find(qint64 id)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    auto q =
        sql::run(*db, u"SELECT "_s + kColumns + u" FROM campaigns WHERE id = ?"_s, {id}, u"find campaign");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Campaign>();
    return std::optional<Campaign>(fromRow(*q));
}

Result<QList<Campaign>> CampaignRepository::list(qint64 shopId, std::optional<CampaignStatus> status)
{
    auto db = m_db.tryConnection();
    if (!db)
        return db.error();
    QString text = u"SELECT "_s + kColumns + u" FROM campaigns WHERE shop_id = ?"_s;
    QVariantList binds{shopId};
    if (status) {
        text += u" AND status = ?"_s;
        binds.append(campaignStatusKey(*status));
    }
    text += u" ORDER BY COALESCE(start_day, '9999-12-31'), id"_s;
    auto q = sql::run(*db, text, binds, u"list campaigns");
    if (!q)
        return q.error();
    QList<Campaign> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

} // namespace bva
