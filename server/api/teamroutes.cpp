// Teams over TeamService (which checks every rule itself, for the API and the desktop alike):
//   GET    /api/shops/:shopId/team               members (any member); pending invitations (admins)
//   POST   /api/shops/:shopId/invitations        {email, role}: invite (admins) → 201 with the one-time
//                                                 invitation `code` (shown once; only its hash is kept)
//   PUT    /api/shops/:shopId/team/:userId       {role}: change a member's role (admins)
//   DELETE /api/shops/:shopId/team/:userId       remove a member (admins), or leave (yourself)
//   DELETE /api/invitations/:id                  revoke a pending invitation (admins of its shop)
//   GET    /api/invitations                      invitations addressed to you
//   POST   /api/invitations/:id/accept               {code}: join with the code the admin handed over
//   POST   /api/invitations/:id/decline
// ?platform= disambiguates :shopId like everywhere else. The last admin of a team cannot leave,
// be removed or be demoted (409).
#include "apirouter.h"
#include "apiroutes.h"
#include "auth/teamservice.h"
#include "jsonviews.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

QJsonObject memberToJson(const ShopMember &m)
{
    return {{u"userId"_s, m.userId},
            {u"email"_s, m.email},
            {u"name"_s, m.name},
            {u"role"_s, shopRoleName(m.role)},
            {u"since"_s, timeValue(m.since)}};
}

QJsonObject invitationToJson(const Invitation &i)
{
    return {{u"id"_s, i.id},
            {u"email"_s, i.email},
            {u"role"_s, shopRoleName(i.role)},
            {u"state"_s, invitationStateName(i.state)},
            {u"invitedBy"_s, i.invitedByEmail},
            {u"createdAt"_s, timeValue(i.createdAt)},
            {u"expiresAt"_s, timeValue(i.expiresAt)},
            // false: made before invitation codes; it cannot be accepted, the admin invites again
            {u"hasCode"_s, i.hasCode},
            {u"wrongCodes"_s, i.wrongCodes},
            {u"shop"_s, QJsonObject{{u"shopId"_s, i.shop.externalId},
                                    {u"platform"_s, platformName(i.shop.platform)},
                                    {u"name"_s, i.shop.name}}}};
}

Result<ShopRole> roleFrom(const QJsonObject &body)
{
    ShopRole role;
    if (!shopRoleFromString(body.value(u"role"_s).toString().toUpper(), &role))
        return Error::invalid(Text::tr("role: VIEWER, EDITOR or ADMIN"));
    return role;
}

Result<qint64> idParam(const ApiRequest &r, const QString &name, const QString &notFound)
{
    bool ok = false;
    const qint64 id = r.param(name).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::notFound(notFound);
    return id;
}

// The shop of the path, when the user has any role on it (403/404 otherwise).
Result<AccessibleShop> shopOf(ApiRequest &r)
{
    return r.access().resolve(r.param(u"shopId"_s), r.query(u"platform"_s));
}

HttpResponse unavailable()
{
    return HttpResponse::error(503, Text::tr("teams are not available"));
}

} // namespace

void registerTeamRoutes(ApiRouter &api)
{
    api.get(u"/api/shops/:shopId/team"_s, [](ApiRequest &r) {
        TeamService *team = r.services().team;
        if (!team)
            return unavailable();
        auto shop = shopOf(r);
        if (!shop)
            return HttpResponse::fromError(shop.error());
        auto members = team->members(r.actor(), shop->shop.id);
        if (!members)
            return HttpResponse::fromError(members.error());
        QJsonArray list;
        for (const ShopMember &m : std::as_const(*members))
            list.append(memberToJson(m));
        QJsonObject out{{u"shop"_s, shopToJson(*shop)}, {u"members"_s, list}};
        if (shop->role == ShopRole::Admin) {
            auto pending = team->invitations(r.actor(), shop->shop.id);
            if (!pending)
                return HttpResponse::fromError(pending.error());
            QJsonArray invitations;
            for (const Invitation &i : std::as_const(*pending))
                invitations.append(invitationToJson(i));
            out.insert(u"invitations"_s, invitations);
        }
        return HttpResponse::ok(out);
    });
    api.post(u"/api/shops/:shopId/invitations"_s, [](ApiRequest &r) {
        TeamService *team = r.services().team;
        if (!team)
            return unavailable();
        auto shop = shopOf(r);
        if (!shop)
            return HttpResponse::fromError(shop.error());
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        auto role = roleFrom(*body);
        if (!role)
            return HttpResponse::fromError(role.error());
        auto invitation = team->invite(r.actor(), shop->shop.id, body->value(u"email"_s).toString(), *role);
        if (!invitation)
            return HttpResponse::fromError(invitation.error());
        // The only time the code leaves the server: the admin hands it to the invitee.
        QJsonObject out = invitationToJson(invitation->invitation);
        out.insert(u"code"_s, invitation->code);
        return HttpResponse::ok(out, 201);
    });
    api.put(u"/api/shops/:shopId/team/:userId"_s, [](ApiRequest &r) {
        TeamService *team = r.services().team;
        if (!team)
            return unavailable();
        auto shop = shopOf(r);
        if (!shop)
            return HttpResponse::fromError(shop.error());
        auto user = idParam(r, u"userId"_s, Text::tr("no such member"));
        if (!user)
            return HttpResponse::fromError(user.error());
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        auto role = roleFrom(*body);
        if (!role)
            return HttpResponse::fromError(role.error());
        if (auto done = team->changeRole(r.actor(), shop->shop.id, *user, *role); !done)
            return HttpResponse::fromError(done.error());
        return HttpResponse::ok(QJsonObject{{u"userId"_s, *user}, {u"role"_s, shopRoleName(*role)}});
    });
    api.del(u"/api/shops/:shopId/team/:userId"_s, [](ApiRequest &r) {
        TeamService *team = r.services().team;
        if (!team)
            return unavailable();
        auto shop = shopOf(r);
        if (!shop)
            return HttpResponse::fromError(shop.error());
        auto user = idParam(r, u"userId"_s, Text::tr("no such member"));
        if (!user)
            return HttpResponse::fromError(user.error());
        if (auto done = team->removeMember(r.actor(), shop->shop.id, *user); !done)
            return HttpResponse::fromError(done.error());
        return HttpResponse::ok(QJsonObject{{u"removed"_s, true}, {u"userId"_s, *user}});
    });
    api.del(u"/api/invitations/:id"_s, [](ApiRequest &r) {
        TeamService *team = r.services().team;
        if (!team)
            return unavailable();
        auto id = idParam(r, u"id"_s, Text::tr("no such invitation"));
        if (!id)
            return HttpResponse::fromError(id.error());
        if (auto done = team->revokeInvitation(r.actor(), *id); !done)
            return HttpResponse::fromError(done.error());
        return HttpResponse::ok(QJsonObject{{u"revoked"_s, true}, {u"id"_s, *id}});
    });
    api.get(u"/api/invitations"_s, [](ApiRequest &r) {
        TeamService *team = r.services().team;
        if (!team)
            return unavailable();
        auto mine = team->myInvitations(r.actor());
        if (!mine)
            return HttpResponse::fromError(mine.error());
        QJsonArray list;
        for (const Invitation &i : std::as_const(*mine))
            list.append(invitationToJson(i));
        return HttpResponse::ok(list);
    });
    api.post(u"/api/invitations/:id/accept"_s, [](ApiRequest &r) {
        TeamService *team = r.services().team;
        if (!team)
            return unavailable();
        auto id = idParam(r, u"id"_s, Text::tr("no such invitation"));
        if (!id)
            return HttpResponse::fromError(id.error());
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        auto role = team->accept(r.actor(), *id, body->value(u"code"_s).toString());
        if (!role)
            return HttpResponse::fromError(role.error());
        return HttpResponse::ok(QJsonObject{{u"accepted"_s, true}, {u"role"_s, shopRoleName(*role)}});
    });
    api.post(u"/api/invitations/:id/decline"_s, [](ApiRequest &r) {
        TeamService *team = r.services().team;
        if (!team)
            return unavailable();
        auto id = idParam(r, u"id"_s, Text::tr("no such invitation"));
        if (!id)
            return HttpResponse::fromError(id.error());
        if (auto done = team->decline(r.actor(), *id); !done)
            return HttpResponse::fromError(done.error());
        return HttpResponse::ok(QJsonObject{{u"declined"_s, true}});
    });
}

} // namespace bva
