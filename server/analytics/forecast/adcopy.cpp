#include "adcopy.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

struct Template
{
    QString title;
    QString body;
    QString withDiscount; // appended when there is a discount
    QString until;        // appended when there is an end date
    QStringList tags;
};

// {name} {shop} {price} {promo} {pct} {end} {qty} {occasion}
Template templateFor(Playbook p, const QString &lang)
{
    if (lang == u"fil") {
        switch (p) {
        case Playbook::FlashSale:
            return {u"⚡ FLASH SALE{occasion}: {name}!"_s,
                    u"Bilisan! Limitado lang ang stock ng {name} sa {shop}."_s,
                    u" Mula {price}, ngayon {promo} na lang ({pct}% OFF)!"_s,
                    u" Hanggang {end} lang."_s,
                    {u"#FlashSale"_s, u"#SulitDeals"_s, u"#Sale"_s}};
        case Playbook::NewArrival:
            return {u"✨ Bagong dating: {name}"_s,
                    u"Kararating lang sa {shop}! Subukan na ang {name} sa halagang {price}."_s,
                    u" Pambungad na presyo: {promo} ({pct}% OFF)."_s,
                    u" Hanggang {end} lang ang alok."_s,
                    {u"#BagongDating"_s, u"#NewArrival"_s, u"#MustHave"_s}};
        case Playbook::BestSellerSpotlight:
            return {u"🏆 Best seller ng {shop}: {name}"_s,
                    u"Maraming suki na ang bumalik para sa {name}. Alamin kung bakit!"_s,
                    u" Espesyal na presyo: {promo} ({pct}% OFF)."_s,
                    u" Hanggang {end} lang."_s,
                    {u"#BestSeller"_s, u"#Patok"_s, u"#Trending"_s}};
        case Playbook::BundleUp:
            return {u"🎁 Bundle deal: {qty} {name}"_s,
                    u"Mas sulit kapag marami! Bumili ng {qty} {name} sa {shop}."_s,
                    u" Makatipid ng {pct}%: {promo} bawat isa."_s,
                    u" Hanggang {end} lang."_s,
                    {u"#BundleDeal"_s, u"#MasSulit"_s, u"#Tipid"_s}};
        }
    }
    if (lang == u"id") {
        switch (p) {
        case Playbook::FlashSale:
            return {u"⚡ FLASH SALE{occasion}: {name}!"_s,
                    u"Buruan! Stok {name} di {shop} terbatas."_s,
                    u" Dari {price}, sekarang hanya {promo} (hemat {pct}%)!"_s,
                    u" Berlaku sampai {end}."_s,
                    {u"#FlashSale"_s, u"#Promo"_s, u"#Diskon"_s}};
        case Playbook::NewArrival:
            return {u"✨ Baru datang: {name}"_s,
                    u"Baru tiba di {shop}! Coba {name} sekarang, cuma {price}."_s,
                    u" Harga perkenalan: {promo} (hemat {pct}%)."_s,
                    u" Sampai {end} saja."_s,
                    {u"#ProdukBaru"_s, u"#NewArrival"_s, u"#WajibPunya"_s}};
        case Playbook::BestSellerSpotlight:
            return {u"🏆 Terlaris di {shop}: {name}"_s,
                    u"Banyak pelanggan kembali membeli {name}. Buktikan sendiri!"_s,
                    u" Harga spesial: {promo} (hemat {pct}%)."_s,
                    u" Sampai {end} saja."_s,
                    {u"#Terlaris"_s, u"#BestSeller"_s, u"#Favorit"_s}};
        case Playbook::BundleUp:
            return {u"🎁 Paket hemat: {qty} {name}"_s,
                    u"Lebih untung beli banyak! Ambil {qty} {name} di {shop}."_s,
                    u" Hemat {pct}%: {promo} per buah."_s,
                    u" Sampai {end} saja."_s,
                    {u"#PaketHemat"_s, u"#Bundling"_s, u"#Hemat"_s}};
        }
    }
    switch (p) {
    case Playbook::FlashSale:
        return {u"⚡ FLASH SALE{occasion}: {name}!"_s,
                u"Hurry! {name} from {shop} is on limited stock."_s,
                u" Was {price}, now only {promo} ({pct}% OFF)!"_s,
                u" Ends {end}."_s,
                {u"#FlashSale"_s, u"#Deals"_s, u"#Sale"_s}};
    case Playbook::NewArrival:
        return {u"✨ New arrival: {name}"_s,
                u"Just landed at {shop}! Try {name} for {price}."_s,
                u" Launch price: {promo} ({pct}% OFF)."_s,
                u" Offer ends {end}."_s,
                {u"#NewArrival"_s, u"#JustIn"_s, u"#MustHave"_s}};
    case Playbook::BestSellerSpotlight:
        return {u"🏆 {shop} best seller: {name}"_s,
                u"Customers keep coming back for {name}. See why!"_s,
                u" Special price: {promo} ({pct}% OFF)."_s,
                u" Until {end}."_s,
                {u"#BestSeller"_s, u"#CustomerFavorite"_s, u"#Trending"_s}};
    case Playbook::BundleUp:
        return {u"🎁 Bundle up: {qty} × {name}"_s,
                u"Better together! Get {qty} {name} from {shop}."_s,
                u" Save {pct}%: {promo} each."_s,
                u" Until {end}."_s,
                {u"#BundleDeal"_s, u"#SaveMore"_s, u"#Bundle"_s}};
    }
    return {};
}

// The ad's date and occasion words in the ad's language, whatever the UI's language is.
QString dateText(const QDate &d, const QString &lang)
{
    if (lang == u"id")
        return QLocale(QLocale::Indonesian).toString(d, u"d MMM"_s);
    if (lang == u"fil")
        return QLocale(QLocale::Filipino).toString(d, u"MMM d"_s);
    return QLocale(QLocale::English).toString(d, u"MMM d"_s);
}

QString paydayText(const QString &lang)
{
    if (lang == u"fil")
        return u"Sweldo"_s;
    if (lang == u"id")
        return u"Gajian"_s;
    return u"Payday"_s;
}

QString hashtagOf(const QString &text)
{
    QString tag;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            tag += c;
    // A marketplace's shop or occasion name can be long: the tag stays within a campaign's bound.
    return tag.isEmpty() ? QString() : u'#' + tag.left(kMaxHashtagChars - 1);
}

} // namespace

QString playbookLabel(Playbook p)
{
    switch (p) {
    case Playbook::FlashSale:
        return QCoreApplication::translate("bva::forecast::MarketMate", "Flash Sale");
    case Playbook::NewArrival:
        return QCoreApplication::translate("bva::forecast::MarketMate", "New Arrival");
    case Playbook::BestSellerSpotlight:
        return QCoreApplication::translate("bva::forecast::MarketMate", "Best Seller Spotlight");
    case Playbook::BundleUp:
        return QCoreApplication::translate("bva::forecast::MarketMate", "Bundle Up");
    }
    return {};
}

QStringList adLanguages()
{
    return {u"en"_s, u"fil"_s, u"id"_s};
}

QString AdCopy::fullText() const
{
    return title + u"\n\n"_s + body + u"\n\n"_s + hashtags.join(u' ');
}

AdCopy writeAdCopy(Playbook playbook, const QString &language, const AdFacts &f)
{
    const QString lang = adLanguages().contains(language) ? language : u"en"_s;
    const Template t = templateFor(playbook, lang);
    AdCopy copy;
    copy.language = lang;
    const QString occasion = f.payday ? paydayText(lang) : f.occasion;
    QString body = t.body;
    if (f.discountPercent > 0 && !f.promoPriceText.isEmpty())
        body += t.withDiscount;
    if (f.endDate.isValid())
        body += t.until;
    auto fill = [&](QString s) {
        s.replace(u"{name}"_s, f.productName);
        const QString ourShop = lang == u"fil"  ? u"aming tindahan"_s
                                : lang == u"id" ? u"toko kami"_s
                                                : u"our shop"_s;
        s.replace(u"{shop}"_s, f.shopName.isEmpty() ? ourShop : f.shopName);
        s.replace(u"{price}"_s, f.priceText);
        s.replace(u"{promo}"_s, f.promoPriceText);
        s.replace(u"{pct}"_s, QString::number(f.discountPercent));
        s.replace(u"{end}"_s, dateText(f.endDate, lang));
        s.replace(u"{qty}"_s, QString::number(std::max(2, f.bundleQuantity)));
        s.replace(u"{occasion}"_s, occasion.isEmpty() ? QString() : u' ' + occasion);
        return s;
    };
    // Within a campaign's bounds however long the product's or shop's name, so the copy can be saved.
    copy.title = fill(t.title).left(kMaxCampaignTitleChars);
    copy.body = fill(body).left(kMaxCampaignBodyChars);
    copy.hashtags = t.tags;
    if (!occasion.isEmpty()) {
        const QString occ = hashtagOf(occasion);
        if (!occ.isEmpty() && occ.size() > 2)
            copy.hashtags.append(
                (occ.at(1).isDigit() ? u"#Sale"_s + occ.mid(1) : occ).left(kMaxHashtagChars));
    }
    const QString shopTag = hashtagOf(f.shopName);
    if (!shopTag.isEmpty())
        copy.hashtags.append(shopTag);
    return copy;
}

} // namespace bva::forecast
