#include "integration.h"

using namespace Qt::StringLiterals;

namespace bva {

QString integrationStateName(IntegrationState s)
{
    switch (s) {
    case IntegrationState::Pending:
        return u"PENDING"_s;
    case IntegrationState::Syncing:
        return u"SYNCING"_s;
    case IntegrationState::Connected:
        return u"CONNECTED"_s;
    case IntegrationState::Expired:
        return u"EXPIRED"_s;
    case IntegrationState::Error:
        return u"ERROR"_s;
    case IntegrationState::Disconnected:
        return u"DISCONNECTED"_s;
    }
    return u"PENDING"_s;
}

IntegrationState integrationStateFromString(QStringView s)
{
    for (auto st : {IntegrationState::Pending, IntegrationState::Syncing, IntegrationState::Connected,
                    IntegrationState::Expired, IntegrationState::Error, IntegrationState::Disconnected}) {
        if (s.compare(integrationStateName(st), Qt::CaseInsensitive) == 0)
            return st;
    }
    return IntegrationState::Pending;
}

QString webhookSigningName(WebhookSigning s)
{
    switch (s) {
    case WebhookSigning::Auto:
        return u"auto"_s;
    case WebhookSigning::Signed:
        return u"signed"_s;
    case WebhookSigning::Bearer:
        return u"bearer"_s;
    }
    return u"auto"_s;
}

std::optional<WebhookSigning> webhookSigningFromString(QStringView s)
{
    for (auto mode : {WebhookSigning::Auto, WebhookSigning::Signed, WebhookSigning::Bearer}) {
        if (s.compare(webhookSigningName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

} // namespace bva
