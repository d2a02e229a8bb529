#include "integration.h"

using namespace Qt::StringLiterals;

namespace bva {

QString integrationStateName(IntegrationState s)
{
    switch (s) {
    case IntegrationState::Pending: return u"PENDING"_s;
    case IntegrationState::Syncing: return u"SYNCING"_s;
    case IntegrationState::Connected: return u"CONNECTED"_s;
    case IntegrationState::Expired: return u"EXPIRED"_s;
    case IntegrationState::Error: return u"ERROR"_s;
    case IntegrationState::Disconnected: return u"DISCONNECTED"_s;
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

} // namespace bva
