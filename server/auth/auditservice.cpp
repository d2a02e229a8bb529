#include "auditservice.h"

#include "accesspolicy.h"
#include "auditactions.h"
#include "store/auditrepository.h"
#include "store/storesettingsrepository.h"
#include "util/clock.h"
#include "util/csvwriter.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAudit, "bva.audit")

using namespace Qt::StringLiterals;

namespace bva {

static const QString kRetentionKey = u"audit.retentionDays"_s;

AuditService::AuditService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

static Result<AuditQuery> scopedQuery(Database &db, qint64 viewerUserId, const AuditFilter &f)
{
    if (viewerUserId <= 0)
        return Error::unauthorized(AuditService::tr("a signed-in account is required"));
    auto adminShops = AccessPolicy(db).shopsWhere(viewerUserId, ShopAction::ReadShopActivity);
    if (!adminShops)
        return adminShops.error();
    AuditQuery q;
    q.viewerUserId = viewerUserId;
    q.shopIds = *adminShops;
    q.shopId = f.shopId;
    q.userId = f.userId;
    q.actions = f.actions;
    q.outcome = f.outcome;
    q.text = f.text.trimmed();
    q.from = f.from;
    q.to = f.to;
    return q;
}

Result<AuditPage> AuditService::read(qint64 viewerUserId, const AuditFilter &filter)
{
    auto q = scopedQuery(m_db, viewerUserId, filter);
    if (!q)
        return q.error();
    AuditPage page;
    page.page = qMax(1, filter.page);
    page.pageSize = qBound(1, filter.pageSize, 500);
    q->limit = page.pageSize;
    q->offset = qint64(page.page - 1) * page.pageSize;
    AuditRepository repo(m_db);
    auto total = repo.count(*q);
    if (!total)
        return total.error();
    auto entries = repo.find(*q);
    if (!entries)
        return entries.error();
    page.total = *total;
    page.entries = std::move(*entries);
    return page;
}

Result<QList<AuditEntry>> AuditService::readAll(qint64 viewerUserId, AuditFilter filter)
{
    auto q = scopedQuery(m_db, viewerUserId, filter);
    if (!q)
        return q.error();
    q->limit = kMaxExportRows;
    return AuditRepository(m_db).find(*q);
}

Result<void> AuditService::record(const AuditEntry &entry)
{
    return AuditRepository(m_db).append(entry);
}

QByteArray AuditService::toCsv(const QList<AuditEntry> &entries)
{
    CsvWriter csv;
    csv.row({u"time"_s, u"account"_s, u"source"_s, u"platform"_s, u"shop_id"_s, u"shop"_s, u"action"_s,
             u"target"_s, u"outcome"_s, u"details"_s});
    for (const AuditEntry &e : entries) {
        csv.text(e.createdAt.toUTC().toString(Qt::ISODateWithMs))
            .text(e.actor)
            .text(e.source)
            .text(e.shopPlatform);
        csv.text(e.shopExternalId).text(e.shopName).text(e.action).text(e.target).text(e.outcome);
        csv.text(e.details.isEmpty()
                     ? QString()
                     : QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
        csv.endRow();
    }
    return csv.toUtf8();
}

Result<int> AuditService::retentionDays()
{
    auto v = StoreSettingsRepository(m_db).value(kRetentionKey);
    if (!v)
        return v.error();
    if (!v->has_value())
        return kDefaultRetentionDays;
    bool ok = false;
    const int days = (*v)->toInt(&ok);
    return ok && days >= 0 ? days : kDefaultRetentionDays;
}

Result<void> AuditService::setRetentionDays(const Actor &actor, int days)
{
    if (days < 0 || days > kMaxRetentionDays)
        return Error::invalid(tr("retentionDays: between 0 (keep forever) and %1").arg(kMaxRetentionDays));
    if (actor.userId > 0) {
        auto admin = AccessPolicy(m_db).shopsWhere(actor.userId, ShopAction::ReadShopActivity);
        if (!admin)
            return admin.error();
        if (admin->isEmpty())
            return Error::forbidden(tr("only a shop admin may change how long activity is kept"));
    }
    auto before = retentionDays();
    if (!before)
        return before.error();
    if (*before == days)
        return {};
    if (auto r = StoreSettingsRepository(m_db).setValue(kRetentionKey, QString::number(days), actor.userId);
        !r)
        return r;
    AuditEntry e = actor.audit(audit::kRetentionSetting, 0, u"retentionDays"_s);
    e.details = {{u"from"_s, *before}, {u"to"_s, days}};
    (void)AuditRepository(m_db).append(e);
    emit retentionChanged(days);
    (void)purgeExpired();
    return {};
}

Result<int> AuditService::purgeExpired()
{
    auto days = retentionDays();
    if (!days)
        return days.error();
    if (*days == 0)
        return 0;
    auto removed = AuditRepository(m_db).purgeBefore(Clock::nowUtc().addDays(-*days));
    if (removed && *removed > 0)
        qCInfo(lcAudit) << "removed" << *removed << "audit entries older than" << *days << "days";
    return removed;
}

void AuditService::start(int intervalMs)
{
    if (!m_purgeTimer) {
        m_purgeTimer = new QTimer(this);
        connect(m_purgeTimer, &QTimer::timeout, this, [this] {
            if (auto r = purgeExpired(); !r)
                qCWarning(lcAudit) << "audit retention purge failed:" << r.error().message;
        });
    }
    m_purgeTimer->start(intervalMs);
    if (auto r = purgeExpired(); !r)
        qCWarning(lcAudit) << "audit retention purge failed:" << r.error().message;
}

} // namespace bva
