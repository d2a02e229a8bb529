#include "devintegration.h"

#include "appservices.h"
#include "auth/secretvault.h"
#include "auth/vaultkeys.h"
#include "store/integrationrepository.h"
#include "store/shoprepository.h"

using namespace Qt::StringLiterals;

namespace bva {

Result<DevIntegrationSpec> parseDevIntegration(const QString &text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() < 3 || parts.size() > 4 || parts.at(1).isEmpty() || parts.at(2).isEmpty())
        return Error::invalid(u"--dev-integration expects platform:shopId:token[:whsec_secret]"_s);
    const auto platform = platformFromString(parts.at(0));
    if (!platform)
        return Error::invalid(u"--dev-integration: unknown platform "_s + parts.at(0));
    DevIntegrationSpec spec;
    spec.platform = *platform;
    spec.shopExternalId = parts.at(1);
    spec.token = parts.at(2).toUtf8();
    if (parts.size() == 4)
        spec.webhookSecret = parts.at(3).toUtf8();
    return spec;
}

Result<qint64> provisionDevIntegration(AppServices &services, const DevIntegrationSpec &spec)
{
    Database &db = services.database();
    Shop shop;
    shop.platform = spec.platform;
    shop.externalId = spec.shopExternalId;
    shop.name = u"Dev shop "_s + spec.shopExternalId;
    auto stored = ShopRepository(db).upsert(shop);
    if (!stored)
        return stored.error();
    const QString prefix = u"dev-integration/"_s + platformSlug(spec.platform) + u'/' + spec.shopExternalId;
    Integration i;
    auto existing = IntegrationRepository(db).findByShop(stored->id);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        i = **existing;
    i.shopId = stored->id;
    i.platform = spec.platform;
    i.tokenRef = prefix + u"/token"_s;
    if (auto r = services.vault().store(i.tokenRef, spec.token); !r)
        return r.error();
    i.tokenLookup = tokenLookupKey(services.tokenLookupKey(), spec.token);
    if (!spec.webhookSecret.isEmpty()) {
        i.webhookSecretRef = prefix + u"/webhook-secret"_s;
        if (auto r = services.vault().store(i.webhookSecretRef, spec.webhookSecret); !r)
            return r.error();
    }
    i.state = IntegrationState::Connected;
    auto saved = IntegrationRepository(db).save(i);
    if (!saved)
        return saved.error();
    return saved->id;
}

} // namespace bva
