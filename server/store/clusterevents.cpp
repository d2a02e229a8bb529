#include "clusterevents.h"

#include "domain/eventbus.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCluster, "bva.cluster")

using namespace Qt::StringLiterals;

namespace bva {

// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more.
static constexpr qsizetype kMaxPayload = 7800;
static constexpr int kFlushMs = 40;
static constexpr int kHealthMs = 250;

class ClusterEvents::Worker final : public QObject
{
public:
    Worker(Database &db, EventBus &bus, QString origin)
        : m_db(db)
        , m_bus(bus)
        , m_origin(std::move(origin))
    {}

    ~Worker() override { disconnectStore(); }

    // In the worker thread.
    Result<void> begin()
    {
        m_flush = new QTimer(this);
        m_flush->setSingleShot(true);
        m_flush->setInterval(kFlushMs);
        connect(m_flush, &QTimer::timeout, this, [this] { flush(); });
        m_health = new QTimer(this);
        m_health->setInterval(kHealthMs);
        connect(m_health, &QTimer::timeout, this, [this] { checkHealth(); });
        m_health->start();
        watchBus();
        return connectStore();
    }

private:
    void watchBus()
    {
        // Emitted by any thread; queued to this one, except re-emissions of ours (direct, skipped).
        connect(&m_bus, &EventBus::orderChanged, this,
                [this](qint64 shop, const QString &id, const QJsonObject &data) {
                    queue(u"order"_s, shop, id, data);
                });
        connect(&m_bus, &EventBus::orderStatusChanged, this,
                [this](qint64 shop, const QString &id, const QString &status) {
                    queue(u"status"_s, shop, id, QJsonObject{{u"status"_s, status}});
                });
        connect(&m_bus, &EventBus::productChanged, this,
                [this](qint64 shop, const QString &id, const QJsonObject &data) {
                    queue(u"product"_s, shop, id, data);
                });
        connect(&m_bus, &EventBus::inventoryChanged, this,
                [this](qint64 shop, const QString &id, int stock, const QJsonObject &data) {
                    QJsonObject d = data;
                    d.insert(u"_stock"_s, stock);
                    queue(u"inventory"_s, shop, id, d);
                });
        connect(&m_bus, &EventBus::dashboardChanged, this,
                [this](qint64 shop) { queue(u"dashboard"_s, shop, {}, {}); });
        connect(&m_bus, &EventBus::webhookReceived, this,
                [this](qint64 shop, const QString &topic) { queue(u"webhook"_s, shop, topic, {}); });
        connect(&m_bus, &EventBus::integrationChanged, this,
                [this](qint64 integration) { queue(u"integration"_s, integration, {}, {}); });
        connect(&m_bus, &EventBus::sessionsEnded, this,
                [this](qint64 user) { queue(u"sessions"_s, user, {}, {}); });
        connect(&m_bus, &EventBus::shopAccessChanged, this,
                [this](qint64 user, qint64 shop) { queue(u"access"_s, user, QString::number(shop), {}); });
    }

    void queue(const QString &kind, qint64 id, const QString &key, const QJsonObject &data)
    {
        if (m_republishing)
            return;
        QJsonObject e{{u"k"_s, kind}, {u"i"_s, id}};
        if (!key.isEmpty())
            e.insert(u"x"_s, key);
        if (!data.isEmpty())
            e.insert(u"d"_s, data);
        m_pending.append(e);
        if (!m_flush->isActive())
            m_flush->start();
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        QJsonArray events = std::exchange(m_pending, {});
        if (!m_conn.isOpen())
            return; // down: these hints are lost, the data is not
        QJsonArray chunk;
        qsizetype size = 0;
        auto send = [&] {
            if (chunk.isEmpty())
                return;
            const QByteArray payload = QJsonDocument(QJsonObject{{u"o"_s, m_origin}, {u"e"_s, chunk}})
                                           .toJson(QJsonDocument::Compact);
            if (auto r = sql::run(m_conn, u"SELECT pg_notify(?, ?)"_s,
                                  {QString::fromLatin1(kChannel), QString::fromUtf8(payload)}, u"notify"_s);
                !r)
                qCWarning(lcCluster) << "live update not sent:" << r.error().message;
            chunk = {};
            size = 0;
        };
        for (const QJsonValue &v : std::as_const(events)) {
            const qsizetype one = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).size() + 1;
            if (one + 64 > kMaxPayload)
                continue; // a single oversized event (huge data): the others still go
            if (size + one + 64 > kMaxPayload)
                send();
            chunk.append(v);
            size += one;
        }
        send();
    }

    void onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
    {
        if (name != QLatin1StringView(kChannel))
            return;
        const QJsonObject message = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
        if (message.value(u"o"_s).toString() == m_origin)
            return; // our own NOTIFY coming back
        m_republishing = true;
        const QJsonArray events = message.value(u"e"_s).toArray();
        for (const QJsonValue &v : events)
            republish(v.toObject());
        m_republishing = false;
    }

    void republish(const QJsonObject &e)
    {
        const QString kind = e.value(u"k"_s).toString();
        const qint64 id = e.value(u"i"_s).toInteger();
        const QString key = e.value(u"x"_s).toString();
        QJsonObject data = e.value(u"d"_s).toObject();
        if (kind == u"order")
            emit m_bus.orderChanged(id, key, data);
        else if (kind == u"status")
            emit m_bus.orderStatusChanged(id, key, data.value(u"status"_s).toString());
        else if (kind == u"product")
            emit m_bus.productChanged(id, key, data);
        else if (kind == u"inventory") {
            const int stock = data.take(u"_stock"_s).toInt();
            emit m_bus.inventoryChanged(id, key, stock, data);
        } else if (kind == u"dashboard")
            emit m_bus.dashboardChanged(id);
        else if (kind == u"webhook")
            emit m_bus.webhookReceived(id, key);
        else if (kind == u"integration")
            emit m_bus.integrationChanged(id);
        else if (kind == u"sessions")
            emit m_bus.sessionsEnded(id);
        else if (kind == u"access")
            emit m_bus.shopAccessChanged(id, key.toLongLong());
    }

    Result<void> connectStore()
    {
        {
            auto conn = m_db.openDedicated(u"listen"_s);
            if (!conn)
                return conn.error();
            m_conn = *conn;
        }
        QSqlDriver *driver = m_conn.driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    onNotification(name, source, payload);
                });
        if (!driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
            const QString why = driver->lastError().text();
            disconnectStore();
            return Error::storage(u"cannot LISTEN "_s + QLatin1StringView(kChannel) + u": "_s + why);
        }
        qCInfo(lcCluster) << "listening for live updates of other processes";
        return {};
    }

    void disconnectStore()
    {
        if (!m_conn.isValid())
            return;
        if (m_conn.isOpen() && Database::isAlive(m_conn))
            m_conn.driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
        disconnect(m_conn.driver(), nullptr, this, nullptr);
        Database::closeDedicated(m_conn);
    }

    void checkHealth()
    {
        if (m_conn.isValid() && m_conn.isOpen() && Database::isAlive(m_conn))
            return;
        // A dropped session keeps its socket readable (EOF): close it at once, then retry calmly.
        if (m_conn.isValid()) {
            qCWarning(lcCluster) << "lost the PostgreSQL connection of live updates; reconnecting";
            disconnectStore();
            m_nextAttempt = 0;
        }
        if (++m_nextAttempt % 4 != 1)
            return; // one attempt a second while down
        if (auto r = connectStore(); !r)
            qCDebug(lcCluster) << "live updates not back yet:" << r.error().message;
    }

    Database &m_db;
    EventBus &m_bus;
    QString m_origin;
    QSqlDatabase m_conn;
    QTimer *m_flush = nullptr;
    QTimer *m_health = nullptr;
    QJsonArray m_pending;
    bool m_republishing = false;
    int m_nextAttempt = 0;
};

ClusterEvents::ClusterEvents(Database &db, EventBus &bus, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_bus(bus)
    , m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ClusterEvents::~ClusterEvents()
{
    stop();
}

Result<void> ClusterEvents::start()
{
    if (!m_db.isPostgres())
        return Error::invalid(u"live updates across processes need PostgreSQL"_s);
    if (m_thread)
        return {};
    m_thread = new QThread;
    m_thread->setObjectName(u"bva-cluster-events"_s);
    m_worker = new Worker(m_db, m_bus, m_origin);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    Result<void> result;
    QMetaObject::invokeMethod(
        m_worker, [this, &result] { result = m_worker->begin(); }, Qt::BlockingQueuedConnection);
    return result; // a failed first attempt is retried by the worker
}

void ClusterEvents::stop()
{
    if (!m_thread)
        return;
    Worker *w = m_worker;
    QMetaObject::invokeMethod(
        w, [w] { delete w; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace bva
