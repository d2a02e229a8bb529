// The signed-in BVA user, the shops this user may see and the role on each (loaded off the GUI
// thread). Follows the account's session: when it ends elsewhere (sign out everywhere, a password
// changed, revoked from the API) or expires, `ended` is emitted and the shell goes back to sign-in;
// when a role changes, the shops and roles reload.
#pragma once

#include "auth/actor.h"
#include "domain/records.h"
#include "domain/shop.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <optional>

class QTimer;

namespace bva::ui {

struct UiServices;

class UserSession final : public QObject
{
    Q_OBJECT
public:
    explicit UserSession(const UiServices &services, QObject *parent = nullptr);

    void start(const User &user, const QByteArray &token, qint64 sessionId = 0,
               const QDateTime &expiresAt = {});
    void clear();
    bool isActive() const { return m_user.id != 0; }
    const User &user() const { return m_user; }
    QByteArray token() const { return m_token; }
    qint64 sessionId() const { return m_sessionId; }
    // The signed-in user as the services audit and check it ("desktop").
    Actor actor() const { return Actor::desktop(m_user); }
    const QList<Shop> &shops() const { return m_shops; }
    QList<qint64> shopIds() const;
    const Shop *shop(qint64 id) const;
    std::optional<ShopRole> roleOn(qint64 shopId) const;
    void setUser(const User &user);

public slots:
    void reloadShops();
    // Asks the store whether this session is still open; emits ended() when it is not.
    void checkSession();

signals:
    void userChanged();
    void shopsChanged();
    // The session ended outside this window (or expired): sign in again.
    void ended();

private:
    const UiServices &m_services;
    User m_user;
    QByteArray m_token;
    qint64 m_sessionId = 0;
    QList<Shop> m_shops;
    QHash<qint64, ShopRole> m_roles;
    int m_generation = 0;
    QTimer *m_expiry;
};

} // namespace bva::ui
