// Live updates across processes that share one PostgreSQL. The store changes this process announces
// on its EventBus go out as `NOTIFY bva_events` (JSON, tagged with this process's origin id, several
// events coalesced per notification); notifications of other processes are re-emitted on the local
// EventBus, so WebSocket clients and the desktop of any process see them. Own thread, own connection;
// when PostgreSQL restarts it reconnects and listens again (events in between are lost: they are hints
// to refresh, the data itself is in the store; the WebSocket hub also re-checks its sessions every
// few seconds for the ended sessions it may have missed). Sync progress and sync results stay local:
// they drive per-process work (forecast refresh) that must not run once per process.
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

class QThread;

namespace bva {

class Database;
class EventBus;

class ClusterEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterEvents)
public:
    static constexpr auto kChannel = "bva_events";

    ClusterEvents(Database &db, EventBus &bus, QObject *parent = nullptr);
    ~ClusterEvents() override;

    // Connects and listens (blocks until the first attempt is done). Fails on SQLite.
    Result<void> start();
    void stop();
    const QString &originId() const { return m_origin; }

private:
    Database &m_db;
    EventBus &m_bus;
    QString m_origin;
    QThread *m_thread = nullptr;
    class Worker;
    Worker *m_worker = nullptr;
};

} // namespace bva
