// Who works on a shop: its members with their roles, and the invitations that are pending or
// were answered.
#pragma once

#include "shop.h"

#include <QDateTime>
#include <QString>

namespace bva {

// One account with a role on a shop.
struct ShopMember
{
    qint64 userId = 0;
    QString email;
    QString name;
    ShopRole role = ShopRole::Viewer;
    QDateTime since;
};

struct Invitation
{
    enum class State { Pending, Accepted, Declined, Revoked };

    qint64 id = 0;
    qint64 shopId = 0;
    QString email;
    ShopRole role = ShopRole::Viewer;
    qint64 invitedBy = 0;
    QString invitedByEmail; // read side
    State state = State::Pending;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime respondedAt;
    Shop shop; // read side: the shop as it is now
};

QString invitationStateName(Invitation::State s);

} // namespace bva
