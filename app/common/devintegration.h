// Development shortcut for tests, benchmarks and demos against a local simulator: registers a shop
// and an integration whose webhook token (and optional whsec_ signing secret) are given, without the
// consent flow or ownership proof. `bva-server --dev-integration shopee:SHOP1:TOKEN[:whsec_…]`.
// Never use it for a real marketplace account: the real path is IntegrationService (server/sync).
#pragma once

#include "domain/platform.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace bva {

class AppServices;

struct DevIntegrationSpec
{
    Platform platform = Platform::Shopee;
    QString shopExternalId;
    QByteArray token;
    QByteArray webhookSecret; // optional
};

// "platform:shopId:token[:secret]"
Result<DevIntegrationSpec> parseDevIntegration(const QString &text);
// Creates or updates the shop and its integration; returns the integration id.
Result<qint64> provisionDevIntegration(AppServices &services, const DevIntegrationSpec &spec);

} // namespace bva
