#include "lazadaadapter.h"

using namespace Qt::StringLiterals;

namespace bva {

QString LazadaAdapter::displayName() const
{
    return u"Lazada"_s;
}

QString LazadaAdapter::defaultSiteUrl() const
{
    return u"http://localhost:3001"_s;
}

} // namespace bva
