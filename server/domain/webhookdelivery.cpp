#include "webhookdelivery.h"

using namespace Qt::StringLiterals;

namespace bva {

QString deliveryOutcomeName(DeliveryOutcome outcome)
{
    switch (outcome) {
    case DeliveryOutcome::Applied:
        return u"applied"_s;
    case DeliveryOutcome::Duplicate:
        return u"duplicate"_s;
    case DeliveryOutcome::Refused:
        return u"refused"_s;
    case DeliveryOutcome::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

std::optional<DeliveryOutcome> deliveryOutcomeFromName(QStringView name)
{
    for (auto o : {DeliveryOutcome::Applied, DeliveryOutcome::Duplicate, DeliveryOutcome::Refused,
                   DeliveryOutcome::Failed}) {
        if (name.compare(deliveryOutcomeName(o), Qt::CaseInsensitive) == 0)
            return o;
    }
    return std::nullopt;
}

} // namespace bva
