#include "inventorymath.h"

#include "stats.h"

#include <algorithm>
#include <cmath>

namespace bva::forecast {

double serviceLevelZ(double serviceLevel)
{
    return normalQuantile(std::clamp(serviceLevel, 0.5, 0.9999));
}

double safetyStock(double z, double dailySigma, double leadTimeDays)
{
    return std::max(0.0, z * dailySigma * std::sqrt(std::max(0.0, leadTimeDays)));
}

double reorderPoint(double dailyMean, double leadTimeDays, double safety)
{
    return dailyMean * std::max(0.0, leadTimeDays) + safety;
}

qint64 roundToOrder(double qty, int minimumOrder, int packSize)
{
    if (!(qty > 1e-9))
        return 0;
    const qint64 pack = std::max(1, packSize);
    qint64 q = qint64(std::ceil(qty - 1e-9));
    q = std::max<qint64>(q, std::max(1, minimumOrder));
    return (q + pack - 1) / pack * pack;
}

std::optional<int> daysToExpiry(const std::optional<QDate> &expiryDate, QDate today)
{
    if (!expiryDate || !expiryDate->isValid() || !today.isValid())
        return std::nullopt;
    return int(today.daysTo(*expiryDate));
}

double sumOver(const std::vector<double> &daily, int days)
{
    double s = 0.0;
    const int n = std::min<int>(days, int(daily.size()));
    for (int i = 0; i < n; ++i)
        s += daily[size_t(i)];
    return s;
}

double sdOver(const std::vector<double> &dailySd, int days)
{
    double v = 0.0;
    const int n = std::min<int>(days, int(dailySd.size()));
    for (int i = 0; i < n; ++i)
        v += dailySd[size_t(i)] * dailySd[size_t(i)];
    return std::sqrt(v);
}

double dailySigma(const std::vector<double> &dailySd, int days)
{
    const int n = std::min<int>(days, int(dailySd.size()));
    return n > 0 ? sdOver(dailySd, n) / std::sqrt(double(n)) : 0.0;
}

} // namespace bva::forecast
