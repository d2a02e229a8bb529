// Reading the audit trail, and keeping it no longer than the store's retention setting.
//
// Who reads what is decided here, once, for the REST API and the desktop alike: everyone reads the
// entries of their own account; a shop's admins also read every entry about that shop. Writing is
// AuditRepository::append by the services that act; nothing edits or deletes an entry except the
// retention purge. Store calls run on the caller's thread; the purge timer lives in the thread that
// calls start().
#pragma once

#include "actor.h"
#include "domain/records.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QObject>

class QTimer;

namespace bva {

class Database;

struct AuditFilter
{
    qint64 shopId = 0;   // BVA shop row id; 0: any
    qint64 userId = 0;   // whose actions; 0: anyone's
    QStringList actions; // codes (auditactions.h); "auth." matches a category
    QString outcome;     // "ok", "failed", "refused"; empty: any
    QString text;        // part of an email or target
    QDateTime from;      // inclusive
    QDateTime to;        // exclusive
    int page = 1;
    int pageSize = 100;
};

struct AuditPage
{
    QList<AuditEntry> entries;
    qint64 total = 0;
    int page = 1;
    int pageSize = 100;
};

class AuditService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditService)
public:
    static constexpr int kDefaultRetentionDays = 365;
    static constexpr int kMaxRetentionDays = 3650;
    static constexpr int kMaxExportRows = 100000;

    explicit AuditService(Database &db, QObject *parent = nullptr);

    Result<AuditPage> read(qint64 viewerUserId, const AuditFilter &filter);
    // Every entry the viewer may read that matches (newest first, at most kMaxExportRows).
    Result<QList<AuditEntry>> readAll(qint64 viewerUserId, AuditFilter filter);
    // Appends an entry made by a caller outside the server's services (the desktop's settings pages).
    Result<void> record(const AuditEntry &entry);
    // CSV of entries with stable column names and codes (the API's export).
    static QByteArray toCsv(const QList<AuditEntry> &entries);

    // Days entries are kept; 0 keeps them forever.
    Result<int> retentionDays();
    // Audited. The server operator (actor without an account) or an admin of at least one shop.
    Result<void> setRetentionDays(const Actor &actor, int days);
    // Removes entries older than the retention; returns how many.
    Result<int> purgeExpired();
    // Purges now and then every `intervalMs`.
    void start(int intervalMs = 60 * 60 * 1000);

signals:
    void retentionChanged(int days);

private:
    Database &m_db;
    QTimer *m_purgeTimer = nullptr;
};

} // namespace bva
