#include "demandclass.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace bva::forecast {

DemandProfile classifyDemand(const double *y, int n)
{
    DemandProfile p;
    double sum = 0.0;
    double sumSq = 0.0;
    for (int i = 0; i < n; ++i) {
        if (y[i] > 0) {
            ++p.nonZero;
            sum += y[i];
            sumSq += y[i] * y[i];
        }
    }
    p.meanDemand = n > 0 ? sum / n : 0.0;
    if (p.nonZero == 0) {
        p.adi = std::numeric_limits<double>::infinity();
        return p;
    }
    p.adi = double(n) / p.nonZero;
    const double mean = sum / p.nonZero;
    const double var = std::max(0.0, sumSq / p.nonZero - mean * mean); // population variance of sizes
    p.cv2 = var / (mean * mean);
    const bool frequent = p.adi < kAdiCutoff;
    const bool steady = p.cv2 < kCv2Cutoff;
    p.demandClass = frequent ? (steady ? DemandClass::Smooth : DemandClass::Erratic)
                             : (steady ? DemandClass::Intermittent : DemandClass::Lumpy);
    return p;
}

QString demandClassLabel(DemandClass c)
{
    switch (c) {
    case DemandClass::NoDemand:
        return QCoreApplication::translate("bva::forecast", "No sales");
    case DemandClass::Smooth:
        return QCoreApplication::translate("bva::forecast", "Smooth");
    case DemandClass::Erratic:
        return QCoreApplication::translate("bva::forecast", "Erratic");
    case DemandClass::Intermittent:
        return QCoreApplication::translate("bva::forecast", "Intermittent");
    case DemandClass::Lumpy:
        return QCoreApplication::translate("bva::forecast", "Lumpy");
    }
    return {};
}

} // namespace bva::forecast
