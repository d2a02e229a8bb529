// Syntetos-Boylan demand classes from the average inter-demand interval (ADI) and the squared
// coefficient of variation of the non-zero demand sizes (CV²).
#pragma once

#include "domain/productforecast.h"

#include <QString>
#include <vector>

namespace bva::forecast {

struct DemandProfile
{
    DemandClass demandClass = DemandClass::NoDemand;
    double adi = 0.0; // periods per non-zero period; infinity when there is no demand
    double cv2 = 0.0;
    int nonZero = 0;
    double meanDemand = 0.0; // per period, zeros included
};

inline constexpr double kAdiCutoff = 1.32;
inline constexpr double kCv2Cutoff = 0.49;

DemandProfile classifyDemand(const double *y, int n);
inline DemandProfile classifyDemand(const std::vector<double> &y)
{
    return classifyDemand(y.data(), int(y.size()));
}

QString demandClassLabel(DemandClass c); // translated, for people

} // namespace bva::forecast
