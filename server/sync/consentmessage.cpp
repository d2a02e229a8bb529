#include "consentmessage.h"

#include "platforms/payloadreader.h"
#include "platforms/platformadapter.h"
#include "util/clock.h"
#include "util/codepoints.h"
#include "util/jsonread.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bva {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bva::ConsentMessage)
};
} // namespace

Result<ConnectRequest> connectRequestFromConsent(const QJsonObject &message, const QString &siteUrl,
                                                 qint64 userId)
{
    const QString type = message.value("type"_L1).toString();
    const qsizetype cut = type.indexOf(u"_AUTH_"_s);
    if (cut <= 0)
        return Error::invalid(Tr::tr("The marketplace sent an unexpected message."));
    const auto platform = platformFromString(type.left(cut));
    if (!platform)
        return Error::invalid(Tr::tr("The message comes from a marketplace BVA does not know."));
    const QString outcome = type.mid(cut + 6);
    if (outcome == u"DENIED")
        return Error::forbidden(Tr::tr("Access was denied on the marketplace's page."));
    if (outcome == u"REQUIRED")
        return Error::unauthorized(Tr::tr("Sign in to the marketplace as the shop's seller first."));
    if (outcome == u"ERROR") {
        const QString text = cutToCodePoints(message.value("error"_L1).toString(), 300);
        return Error::remote(text.isEmpty() ? Tr::tr("The marketplace reported an error.")
                                            : Tr::tr("The marketplace reported: %1").arg(text));
    }
    if (outcome != u"SUCCESS")
        return Error::invalid(Tr::tr("The marketplace sent an unexpected message."));

    const QJsonObject shop = message.value("shop"_L1).toObject();
    ConnectRequest r;
    r.platform = *platform;
    r.shopExternalId = payload::idFrom(shop, {"id"_L1});
    r.shopName =
        cutToCodePoints(withoutLoneSurrogates(shop.value("name"_L1).toString()), payload::kMaxShopNameChars);
    const RemoteGrant grant = grantFromJson(message, Clock::nowUtc());
    r.token = message.value("token"_L1).toString().trimmed().toUtf8();
    r.refreshToken = grant.refreshToken;
    r.expiresAt = grant.expiresAt;
    r.siteUrl = siteUrl;
    r.userId = userId;
    if (r.token.isEmpty() || r.token.size() > 8192 || r.refreshToken.size() > 8192)
        return Error::invalid(Tr::tr("The marketplace's answer carries no usable token."));
    if (r.shopExternalId.isEmpty() || payload::badId(r.shopExternalId, "shop id"_L1))
        return Error::invalid(Tr::tr("The marketplace's answer names no shop."));
    return r;
}

} // namespace bva
