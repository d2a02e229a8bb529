#include "usersession.h"
#include "shell/async.h"
#include "shell/uiservices.h"
#include "store/shoprepository.h"

namespace bva::ui {

UserSession::UserSession(const UiServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

void UserSession::start(const User &user, const QByteArray &token)
{
    m_user = user;
    m_token = token;
    m_shops.clear();
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
    m_shops.clear();
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

void UserSession::reloadShops()
{
    if (!m_services.db || m_user.id == 0)
        return;
    const int generation = ++m_generation;
    Database *db = m_services.db;
    const qint64 userId = m_user.id;
    runAsync(this, [db, userId] { return ShopRepository(*db).shopsOfUser(userId); },
             [this, generation](Result<QList<Shop>> shops) {
                 if (generation != m_generation || !shops.ok())
                     return;
                 m_shops = shops.value();
                 emit shopsChanged();
             });
}

} // namespace bva::ui
