// Who asks and from where, handed to every service call that is checked or audited: the REST API
// passes the session's user and the client address, the desktop its signed-in user and "desktop",
// background work "scheduler" (no user).
#pragma once

#include "domain/records.h"

#include <QString>

namespace bva {

struct Actor
{
    qint64 userId = 0;
    QString email;
    QString source;

    static Actor desktop(const User &user) { return {user.id, user.email, QStringLiteral("desktop")}; }
    static Actor remote(const User &user, const QString &address) { return {user.id, user.email, address}; }
    static Actor system(const QString &source) { return {0, {}, source}; }

    // An audit entry by this actor (outcome "ok"; set it otherwise).
    AuditEntry audit(const QString &action, qint64 shopId = 0, const QString &target = {}) const
    {
        AuditEntry e;
        e.userId = userId;
        e.actor = email;
        e.source = source;
        e.shopId = shopId;
        e.action = action;
        e.target = target;
        return e;
    }
};

} // namespace bva
