// The deliveries of a shop that were refused for their content (inbox state FAILED, with the 400's
// reason), newest first: what an owner needs to see that a marketplace sends something BVA cannot read.
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QList>

namespace bva {

class Database;

class FailedDeliveries final
{
public:
    explicit FailedDeliveries(Database &db) : m_db(db) {}

    Result<QList<WebhookEvent>> recent(qint64 shopId, int limit = 50);

private:
    Database &m_db;
};

} // namespace bva
