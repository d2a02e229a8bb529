// One row per sync run: what it saw, what it skipped and why, how long it took.
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace bva {

class Database;

class SyncRunRepository final
{
public:
    explicit SyncRunRepository(Database &db)
        : m_db(db)
    {}

    Result<SyncRun> start(qint64 integrationId, const QString &kind);
    // Writes counts, phase, state, error and finishedAt of `run` (by id).
    Result<void> update(const SyncRun &run);
    Result<std::optional<SyncRun>> findById(qint64 id);
    Result<std::optional<SyncRun>> latest(qint64 integrationId);
    Result<QList<SyncRun>> recent(qint64 integrationId, int limit = 20);

private:
    Database &m_db;
};

} // namespace bva
