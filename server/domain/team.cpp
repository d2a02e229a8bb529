#include "team.h"

using namespace Qt::StringLiterals;

namespace bva {

QString invitationStateName(Invitation::State s)
{
    switch (s) {
    case Invitation::State::Pending:
        return u"PENDING"_s;
    case Invitation::State::Accepted:
        return u"ACCEPTED"_s;
    case Invitation::State::Declined:
        return u"DECLINED"_s;
    case Invitation::State::Revoked:
        return u"REVOKED"_s;
    case Invitation::State::Locked:
        return u"LOCKED"_s;
    }
    return u"PENDING"_s;
}

} // namespace bva
