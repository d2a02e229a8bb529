#include "usersession.h"

#include "auth/authservice.h"
#include "auth/shopaccess.h"
#include "domain/eventbus.h"
#include "shell/async.h"
#include "shell/uiservices.h"
#include "util/clock.h"

#include <QTimer>

namespace bva::ui {

UserSession::UserSession(const UiServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_expiry(new QTimer(this))
{
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &UserSession::checkSession);
    if (EventBus *bus = services.bus) {
        connect(bus, &EventBus::sessionsEnded, this, [this](qint64 userId) {
            if (userId == m_user.id)
                checkSession();
        });
        connect(bus, &EventBus::shopAccessChanged, this, [this](qint64 userId, qint64) {
            if (userId == m_user.id)
                reloadShops();
        });
    }
}

void UserSession::start(const User &user, const QByteArray &token, qint64 sessionId,
                        const QDateTime &expiresAt)
{
    m_user = user;
    m_token = token;
    m_sessionId = sessionId;
    m_shops.clear();
    m_roles.clear();
    m_expiry->stop();
    if (expiresAt.isValid())
        m_expiry->start(int(qBound<qint64>(0, Clock::nowUtc().msecsTo(expiresAt) + 1, 24LL * 3600 * 1000)));
    emit userChanged();
    emit shopsChanged();
    reloadShops();
}

void UserSession::setUser(const User &user)
{
    m_user = user;
    emit userChanged();
}

void UserSession::clear()
{
    ++m_generation;
    m_user = {};
    m_token.clear();
    m_sessionId = 0;
    m_shops.clear();
    m_roles.clear();
    m_expiry->stop();
    emit userChanged();
    emit shopsChanged();
}

QList<qint64> UserSession::shopIds() const
{
    QList<qint64> ids;
    for (const Shop &s : m_shops)
        ids.append(s.id);
    return ids;
}

const Shop *UserSession::shop(qint64 id) const
{
    for (const Shop &s : m_shops)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::optional<ShopRole> UserSession::roleOn(qint64 shopId) const
{
    auto it = m_roles.constFind(shopId);
    return it == m_roles.cend() ? std::nullopt : std::optional<ShopRole>(*it);
}

void UserSession::reloadShops()
{
    if (!m_services.db || m_user.id == 0)
        return;
    const int generation = ++m_generation;
    Database *db = m_services.db;
    const qint64 userId = m_user.id;
    struct Loaded
    {
        QList<Shop> shops;
        QHash<qint64, ShopRole> roles;
    };
    runAsync(
        this,
        [db, userId]() -> Result<Loaded> {
            auto shops = ShopAccess(*db, userId).shops();
            if (!shops)
                return shops.error();
            Loaded out;
            for (const AccessibleShop &s : std::as_const(*shops)) {
                out.shops.append(s.shop);
                out.roles.insert(s.shop.id, s.role);
            }
            return out;
        },
        [this, generation](Result<Loaded> loaded) {
            if (generation != m_generation || !loaded.ok())
                return;
            m_shops = loaded->shops;
            m_roles = loaded->roles;
            emit shopsChanged();
        });
}

void UserSession::checkSession()
{
    AuthService *auth = m_services.auth;
    if (!auth || m_user.id == 0 || m_sessionId == 0)
        return;
    const qint64 sessionId = m_sessionId;
    runAsync(
        this, [auth, sessionId] { return auth->isSessionActive(sessionId); },
        [this, sessionId](Result<bool> open) {
            // A store that cannot answer right now is no reason to sign anyone out.
            if (open.ok() && !open.value() && sessionId == m_sessionId)
                emit ended();
        });
}

} // namespace bva::ui
