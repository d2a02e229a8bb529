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

// An invitation is accepted by the account with its email *and* the one-time code its admin was shown
// (BVA verifies no email, so the email alone proves nothing). Too many wrong codes lock it.
struct Invitation
{
    enum class State { Pending, Accepted, Declined, Revoked, Locked };

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
    // False for invitations made before codes existed: they cannot be accepted; the admin invites again.
    bool hasCode = false;
    int wrongCodes = 0;
    Shop shop; // read side: the shop as it is now
};

QString invitationStateName(Invitation::State s);

} // namespace bva
