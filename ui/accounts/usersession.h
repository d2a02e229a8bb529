// The signed-in BVA user and the shops this user may see (loaded off the GUI thread).
#pragma once

#include "domain/records.h"
#include "domain/shop.h"

#include <QList>
#include <QObject>

namespace bva::ui {

struct UiServices;

class UserSession final : public QObject
{
    Q_OBJECT
public:
    explicit UserSession(const UiServices &services, QObject *parent = nullptr);

    void start(const User &user, const QByteArray &token);
    void clear();
    bool isActive() const { return m_user.id != 0; }
    const User &user() const { return m_user; }
    QByteArray token() const { return m_token; }
    const QList<Shop> &shops() const { return m_shops; }
    QList<qint64> shopIds() const;
    const Shop *shop(qint64 id) const;
    void setUser(const User &user);

public slots:
    void reloadShops();

signals:
    void userChanged();
    void shopsChanged();

private:
    const UiServices &m_services;
    User m_user;
    QByteArray m_token;
    QList<Shop> m_shops;
    int m_generation = 0;
};

} // namespace bva::ui
