#include "faults.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace bva::clone {

QJsonObject Faults::toJson() const
{
    return {{u"latencyMs"_s, latencyMs},
            {u"errorRate"_s, errorRate},
            {u"truncateRate"_s, truncateRate},
            {u"malformedRate"_s, malformedRate},
            {u"throttleRate"_s, throttleRate},
            {u"duplicateWebhooks"_s, duplicateWebhooks},
            {u"dropRate"_s, dropRate},
            {u"reorderWindow"_s, reorderWindow},
            {u"reorderSeed"_s, QString::number(reorderSeed)},
            {u"statusBeforeCreate"_s, statusBeforeCreate},
            {u"numbersAsStrings"_s, numbersAsStrings},
            {u"lowercaseStatuses"_s, lowercaseStatuses},
            {u"wrongPassword500"_s, wrongPassword500},
            {u"deniedMessage"_s, deniedMessage},
            {u"createdAgain"_s, createdAgain},
            {u"hidePagination"_s, hidePagination},
            {u"pageDrift"_s, pageDrift}};
}

bool Faults::merge(const QJsonObject &json, QString *error)
{
    Faults next = *this;
    QStringList unknown;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        if (k == u"latencyMs")
            next.latencyMs = std::clamp(v.toInt(), 0, 60000);
        else if (k == u"errorRate")
            next.errorRate = std::clamp(v.toDouble(), 0.0, 1.0);
        else if (k == u"truncateRate")
            next.truncateRate = std::clamp(v.toDouble(), 0.0, 1.0);
        else if (k == u"malformedRate")
            next.malformedRate = std::clamp(v.toDouble(), 0.0, 1.0);
        else if (k == u"throttleRate")
            next.throttleRate = std::clamp(v.toDouble(), 0.0, 1.0);
        else if (k == u"duplicateWebhooks")
            next.duplicateWebhooks = v.toBool();
        else if (k == u"dropRate")
            next.dropRate = std::clamp(v.toDouble(), 0.0, 1.0);
        else if (k == u"reorderWindow")
            next.reorderWindow = std::clamp(v.toInt(), 0, 1000);
        else if (k == u"reorderSeed")
            next.reorderSeed = v.isString() ? v.toString().toULongLong() : quint64(v.toDouble());
        else if (k == u"statusBeforeCreate")
            next.statusBeforeCreate = v.toBool();
        else if (k == u"numbersAsStrings")
            next.numbersAsStrings = v.toBool();
        else if (k == u"lowercaseStatuses")
            next.lowercaseStatuses = v.toBool();
        else if (k == u"wrongPassword500")
            next.wrongPassword500 = v.toBool();
        else if (k == u"deniedMessage")
            next.deniedMessage = v.toBool();
        else if (k == u"createdAgain")
            next.createdAgain = v.toBool();
        else if (k == u"hidePagination")
            next.hidePagination = v.toBool();
        else if (k == u"pageDrift")
            next.pageDrift = std::clamp(v.toInt(), -10000, 10000);
        else
            unknown.append(k);
    }
    if (!unknown.isEmpty()) {
        *error =
            QCoreApplication::translate("bva::clone::Faults", "unknown fault: %1").arg(unknown.join(u", "_s));
        return false;
    }
    *this = next;
    return true;
}

} // namespace bva::clone
