// What each shop role may do, decided in one place. The REST API (api/shopaccess), the WebSocket hub,
// the desktop's pages and the services that act (TeamService, IntegrationService, AuditService) all
// ask here, so a rule changes once and holds everywhere. VIEWER < EDITOR < ADMIN.
#pragma once

#include "domain/shop.h"
#include "util/result.h"

#include <QCoreApplication>
#include <optional>

namespace bva {

class Database;

enum class ShopAction {
    ViewData,          // dashboards, products, orders, reports, live updates
    SyncNow,           // start a sync, test the connection
    EditPlans,         // restock settings, campaigns, product costs
    SeeSecrets,        // webhook URL and signing secret
    Reconnect,         // replace the marketplace token
    Disconnect,        // stop syncing, forget the token, optionally delete the data
    ChangeSigning,     // which webhook deliveries are accepted
    ChangeSync,        // the re-sync interval, pause and resume
    ManageTeam,        // invite, change roles, remove members
    ReadShopActivity,  // the shop's audit trail (everyone reads their own account's)
    InspectDeliveries, // the webhook deliveries (bodies hold customers' details) and their replay
};

class AccessPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(bva::AccessPolicy)
public:
    explicit AccessPolicy(Database &db)
        : m_db(db)
    {}

    static ShopRole minimumRole(ShopAction action);
    static bool allows(std::optional<ShopRole> role, ShopAction action)
    {
        return role && int(*role) >= int(minimumRole(action));
    }

    // The user's role on the shop when it allows `action`; Forbidden (the role is too low) or
    // NotFound (no access at all, so ids cannot be probed) otherwise.
    Result<ShopRole> require(qint64 userId, qint64 shopRowId, ShopAction action);
    Result<std::optional<ShopRole>> roleOf(qint64 userId, qint64 shopRowId);
    // Rows of the shops where the user may do `action`.
    Result<QList<qint64>> shopsWhere(qint64 userId, ShopAction action);

    static QString refusal();

private:
    Database &m_db;
};

} // namespace bva
