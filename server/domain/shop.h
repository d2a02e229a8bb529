// A marketplace shop as BVA knows it. `externalId` is the marketplace's own shop id.
#pragma once

#include "platform.h"

#include <QDateTime>
#include <QString>

namespace bva {

struct Shop
{
    qint64 id = 0;
    Platform platform = Platform::Other;
    QString externalId;
    QString name;
    QString currency = QStringLiteral("PHP");
    QString timezone = QStringLiteral("Asia/Manila"); // IANA id; day boundaries follow it
    QDateTime createdAt;
};

enum class ShopRole { Viewer = 1, Editor = 2, Admin = 3 };
QString shopRoleName(ShopRole r); // "VIEWER", "EDITOR", "ADMIN"
bool shopRoleFromString(QStringView s, ShopRole *out);

} // namespace bva
