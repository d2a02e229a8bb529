#include "productforecast.h"

using namespace Qt::StringLiterals;

namespace bva::forecast {

QString demandClassKey(DemandClass c)
{
    switch (c) {
    case DemandClass::NoDemand:
        return u"none"_s;
    case DemandClass::Smooth:
        return u"smooth"_s;
    case DemandClass::Erratic:
        return u"erratic"_s;
    case DemandClass::Intermittent:
        return u"intermittent"_s;
    case DemandClass::Lumpy:
        return u"lumpy"_s;
    }
    return u"none"_s;
}

DemandClass demandClassFromKey(QStringView key)
{
    for (DemandClass c :
         {DemandClass::Smooth, DemandClass::Erratic, DemandClass::Intermittent, DemandClass::Lumpy})
        if (key == demandClassKey(c))
            return c;
    return DemandClass::NoDemand;
}

} // namespace bva::forecast
