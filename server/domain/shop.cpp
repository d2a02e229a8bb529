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

QHash<qint64, QString> shopLabels(const QList<Shop> &shops)
{
    const auto nameOf = [](const Shop &s) { return s.name.isEmpty() ? s.externalId : s.name; };
    QHash<QString, int> byName, byNameAndPlatform;
    for (const Shop &s : shops) {
        ++byName[nameOf(s)];
        ++byNameAndPlatform[nameOf(s) + u'\n' + platformName(s.platform)];
    }
    QHash<qint64, QString> out;
    for (const Shop &s : shops) {
        QString label = nameOf(s);
        if (byName.value(label) > 1) {
            const bool samePlatformToo =
                byNameAndPlatform.value(label + u'\n' + platformName(s.platform)) > 1;
            label = samePlatformToo
                        ? u"%1 (%2 %3)"_s.arg(label, platformDisplayName(s.platform), s.externalId)
                        : u"%1 (%2)"_s.arg(label, platformDisplayName(s.platform));
        }
        out.insert(s.id, label);
    }
    return out;
}

} // namespace bva
