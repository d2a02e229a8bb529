// A marketplace shop as BVA knows it. `externalId` is the marketplace's own shop id.
#pragma once

#include "platform.h"

#include <QDateTime>
#include <QHash>
#include <QList>
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

// What people read for each shop among `shops` (by row id): its name, or its marketplace id when it
// has none; with the marketplace added when two shops share a name ("Juan's Shop (Lazada)"), and the
// marketplace id when they share that too, so pickers, filters and reports never show two alike.
QHash<qint64, QString> shopLabels(const QList<Shop> &shops);

enum class ShopRole { Viewer = 1, Editor = 2, Admin = 3 };
QString shopRoleName(ShopRole r); // "VIEWER", "EDITOR", "ADMIN"
bool shopRoleFromString(QStringView s, ShopRole *out);

} // namespace bva
