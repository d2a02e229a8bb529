#include "marketmate.h"

#include "calendarevents.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::forecast::MarketMate)
};

QString money(qint64 minor, const QString &currency)
{
    return displayMoney(minor, currency);
}

struct Timing
{
    QDate start;
    QDate end;
    QString occasion;
    bool payday = false;
    QString why;
};

// The best launch date on or before `deadline`: a mega-sale, else a payday, else today.
Timing chooseTiming(QDate today, QDate deadline, int lookahead)
{
    const QDate limit = std::min(deadline, today.addDays(lookahead));
    Timing t;
    const QDate mega = nextMegaSale(today);
    if (mega <= limit) {
        t.start = mega;
        t.end = mega.addDays(1);
        t.occasion = megaSaleName(mega);
        t.why = Text::tr("Timed for the %1 mega-sale, when shoppers are out in numbers.").arg(t.occasion);
        return t;
    }
    const QDate pay = nextPayday(today);
    if (pay <= limit) {
        t.start = pay;
        t.end = pay.addDays(1);
        t.occasion = Text::tr("Payday");
        t.payday = true;
        t.why =
            Text::tr("Timed for payday on %1, when buyers have fresh money.").arg(pay.toString(Qt::ISODate));
        return t;
    }
    t.start = today;
    t.end = std::max(today, deadline.isValid() ? std::min(deadline, today.addDays(3)) : today.addDays(3));
    t.why = Text::tr("Starts now: no payday or mega-sale comes soon enough.");
    return t;
}

} // namespace

QDate nextPayday(QDate from)
{
    for (QDate d = from;; d = d.addDays(1))
        if (isPayday(d))
            return d;
}

QDate nextMegaSale(QDate from)
{
    for (QDate d = from;; d = d.addDays(1))
        if (isMegaSale(d))
            return d;
}

QString megaSaleName(QDate d)
{
    return QString::number(d.month()) + u'.' + QString::number(d.day());
}

int bundleQuantityFor(double unitsPerOrder)
{
    return std::max(2, int(std::lround(unitsPerOrder)));
}

std::vector<PromotionSuggestion> suggestPromotions(const std::vector<ShelfInput> &inputs,
                                                   const PromotionSettings &ps)
{
    std::vector<PromotionSuggestion> out;
    const QDate today = ps.shelf.today;
    const QString cur = ps.shelf.currency;
    std::vector<std::pair<double, size_t>> sellers;
    for (size_t i = 0; i < inputs.size(); ++i) {
        const ShelfInput &in = inputs[i];
        const ShelfItem item = scoreShelfItem(in, ps.shelf);
        if (item.has(ShelfRisk::Expired) || in.stock <= 0 || in.priceMinor <= 0)
            continue;
        PromotionSuggestion s;
        s.shopId = in.shopId;
        s.productExternalId = in.productExternalId;
        s.sku = in.sku;
        s.name = in.name;
        s.priceMinor = in.priceMinor;
        s.score = item.score;
        QDate deadline = today.addDays(ps.lookaheadDays);
        QString why;
        if (item.has(ShelfRisk::NearExpiry)) {
            deadline = in.expiryDate->addDays(-2);
            const double urgency = 1.0 - double(item.daysToExpiry) / std::max(1, ps.shelf.nearExpiryDays);
            s.range = boundedDiscount(in.priceMinor, in.costMinor, 15, urgency > 0.75 ? 60 : 40);
            s.discountPercent =
                s.range.minPercent +
                int(std::lround((s.range.maxPercent - s.range.minPercent) * std::clamp(urgency, 0.0, 1.0)));
            s.playbook = Playbook::FlashSale;
            why = item.reasons.isEmpty() ? QString() : item.reasons.first();
        } else if (item.has(ShelfRisk::SlowMoving)) {
            const bool neverSold = in.daysSinceLastSale < 0;
            s.range = boundedDiscount(in.priceMinor, in.costMinor, neverSold ? 5 : 10, neverSold ? 15 : 25);
            s.discountPercent = (s.range.minPercent + s.range.maxPercent) / 2;
            s.playbook = neverSold ? Playbook::NewArrival : Playbook::BundleUp;
            why = item.reasons.first();
        } else if (item.has(ShelfRisk::Overstock)) {
            s.range = boundedDiscount(in.priceMinor, in.costMinor, 5, 15);
            s.discountPercent = s.range.minPercent;
            s.playbook = Playbook::FlashSale;
            why = item.reasons.first();
        } else {
            if (item.dailyDemand > 0 && item.daysOfCover > 2.0 * std::max(1, ps.shelf.leadTimeDays))
                sellers.emplace_back(item.dailyDemand, i);
            continue;
        }
        if (deadline < today)
            deadline = today;
        const Timing t = chooseTiming(today, deadline, ps.lookaheadDays);
        s.startDate = t.start;
        s.endDate =
            item.has(ShelfRisk::NearExpiry) ? std::max(t.start, std::min(deadline, t.end.addDays(2))) : t.end;
        s.occasion = t.occasion;
        s.paydayOccasion = t.payday;
        s.promoPriceMinor = discountedPriceMinor(in.priceMinor, s.discountPercent);
        QString discountWhy;
        if (s.discountPercent > 0) {
            discountWhy = Text::tr("%1% off brings the price to %2")
                              .arg(s.discountPercent)
                              .arg(money(s.promoPriceMinor, cur));
            if (in.costMinor)
                discountWhy += Text::tr(", still above the cost of %1.").arg(money(*in.costMinor, cur));
            else
                discountWhy += Text::tr("; the cost is unknown, so the discount stays small.");
        } else {
            discountWhy = Text::tr("No discount fits above cost, so the offer is a bundle.");
            s.playbook = Playbook::BundleUp;
        }
        s.bundleQuantity = bundleQuantityFor(in.unitsPerOrder);
        if (s.playbook == Playbook::BundleUp && in.unitsPerOrder > 0)
            discountWhy += u' ' + Text::tr("Orders of it hold %1 units on average, so the bundle is %2.")
                                      .arg(QString::number(in.unitsPerOrder, 'f', 1))
                                      .arg(s.bundleQuantity);
        s.reason = why + u' ' + discountWhy + u' ' + t.why;
        out.push_back(std::move(s));
    }

    // Best sellers with stock to spare get a spotlight, no discount needed.
    std::sort(sellers.begin(), sellers.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t k = 0; k < sellers.size() && int(k) < ps.maxSpotlights; ++k) {
        const ShelfInput &in = inputs[sellers[k].second];
        PromotionSuggestion s;
        s.shopId = in.shopId;
        s.productExternalId = in.productExternalId;
        s.sku = in.sku;
        s.name = in.name;
        s.priceMinor = in.priceMinor;
        s.promoPriceMinor = in.priceMinor;
        s.playbook = Playbook::BestSellerSpotlight;
        const Timing t = chooseTiming(today, today.addDays(ps.lookaheadDays), ps.lookaheadDays);
        s.startDate = t.start;
        s.endDate = t.end;
        s.occasion = t.occasion;
        s.paydayOccasion = t.payday;
        s.reason =
            Text::tr(
                "One of your best sellers (about %1 a day) with stock to spare: show it off at full price.")
                .arg(QString::number(sellers[k].first, 'f', 1)) +
            u' ' + t.why;
        out.push_back(std::move(s));
    }

    for (PromotionSuggestion &s : out) {
        AdFacts f;
        f.productName = s.name;
        f.shopName = ps.shopName;
        f.priceText = money(s.priceMinor, cur);
        f.promoPriceText = s.discountPercent > 0 ? money(s.promoPriceMinor, cur) : QString();
        f.discountPercent = s.discountPercent;
        f.endDate = s.endDate;
        f.bundleQuantity = s.bundleQuantity;
        // The ad speaks its own language: a payday is named in it, a mega-sale ("11.11") reads alike.
        f.occasion = s.paydayOccasion ? QString() : s.occasion;
        f.payday = s.paydayOccasion;
        s.copy = writeAdCopy(s.playbook, ps.language, f);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
    return out;
}

} // namespace bva::forecast
