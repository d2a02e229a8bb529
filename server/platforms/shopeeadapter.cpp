#include "shopeeadapter.h"

using namespace Qt::StringLiterals;

namespace bva {

QString ShopeeAdapter::displayName() const
{
    return u"Shopee"_s;
}

QString ShopeeAdapter::defaultSiteUrl() const
{
    return u"http://localhost:5173"_s;
}

} // namespace bva
