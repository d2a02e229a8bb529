#include "shop.h"

using namespace Qt::StringLiterals;

namespace bva {

QString shopRoleName(ShopRole r)
{
    switch (r) {
    case ShopRole::Viewer:
        return u"VIEWER"_s;
    case ShopRole::Editor:
        return u"EDITOR"_s;
    case ShopRole::Admin:
        return u"ADMIN"_s;
    }
    return u"VIEWER"_s;
}

bool shopRoleFromString(QStringView s, ShopRole *out)
{
    for (ShopRole r : {ShopRole::Viewer, ShopRole::Editor, ShopRole::Admin}) {
        if (s.compare(shopRoleName(r), Qt::CaseInsensitive) == 0) {
            *out = r;
            return true;
        }
    }
    return false;
}

} // namespace bva
