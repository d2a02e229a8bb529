#include "catalog.h"

using namespace Qt::StringLiterals;

namespace bva::clone {

const QList<ProductTemplate> &productTemplates()
{
    static const QList<ProductTemplate> list = {
        // Food & beverages (most expire)
        {"Food & Beverages", "FD", "Dried Mangoes", "Sweet dried mangoes from Cebu.", 89, 260, 270},
        {"Food & Beverages", "FD", "Ube Halaya", "Homemade purple yam jam in a glass jar.", 120, 280, 60},
        {"Food & Beverages", "FD", "Barako Coffee", "Batangas liberica coffee, medium roast.", 150, 420, 365},
        {"Food & Beverages", "FD", "Chicharon Bulaklak", "Crispy pork chicharon, spicy vinegar on the side.",
         75, 180, 90},
        {"Food & Beverages", "FD", "Polvoron Assorted",
         "Classic, pinipig and ube polvoron, individually wrapped.", 99, 240, 120},
        {"Food & Beverages", "FD", "Calamansi Juice Concentrate",
         "Pure calamansi concentrate, no preservatives.", 110, 260, 180},
        {"Food & Beverages", "FD", "Spanish Sardines in Oil", "Bottled gourmet sardines, Pangasinan style.",
         140, 320, 540},
        {"Food & Beverages", "FD", "Pancit Canton Bundle", "Instant pancit canton, assorted flavours.", 85,
         250, 240},
        {"Food & Beverages", "FD", "Peanut Butter Creamy", "Baguio-style peanut butter.", 95, 220, 200},
        {"Food & Beverages", "FD", "Tablea Chocolate", "Pure cacao tablea for tsokolate.", 90, 230, 300},
        {"Food & Beverages", "FD", "Bagoong Alamang", "Sweet-spicy shrimp paste.", 80, 190, 240},
        {"Food & Beverages", "FD", "Otap Biscuits", "Flaky Cebu otap, 200 g pack.", 60, 140, 90},
        // Beauty & personal care (some expire)
        {"Beauty & Personal Care", "BT", "Papaya Whitening Soap", "Kojic papaya soap, 135 g.", 45, 150, 730},
        {"Beauty & Personal Care", "BT", "Aloe Vera Gel", "Soothing 99% aloe gel.", 120, 350, 540},
        {"Beauty & Personal Care", "BT", "Sunscreen SPF50", "Lightweight gel sunscreen, PA++++.", 199, 599,
         540},
        {"Beauty & Personal Care", "BT", "Lip Tint", "Long-lasting lip and cheek tint.", 99, 299, 720},
        {"Beauty & Personal Care", "BT", "Coconut Oil Virgin", "Cold-pressed virgin coconut oil.", 150, 380,
         365},
        {"Beauty & Personal Care", "BT", "Niacinamide Serum", "10% niacinamide brightening serum, 30 ml.",
         249, 699, 540},
        {"Beauty & Personal Care", "BT", "Hair Treatment Mask", "Keratin hair mask, 250 g.", 129, 349, 540},
        {"Beauty & Personal Care", "BT", "Feminine Wash", "Gentle pH-balanced wash.", 89, 229, 540},
        {"Beauty & Personal Care", "BT", "Deodorant Roll-on", "Tawas-based deodorant.", 79, 199, 720},
        // Household
        {"Home & Living", "HH", "Microfiber Cleaning Cloth", "Pack of 10 lint-free cloths.", 99, 249, 0},
        {"Home & Living", "HH", "Stainless Tumbler", "Vacuum insulated, keeps drinks cold 24 h.", 249, 699,
         0},
        {"Home & Living", "HH", "Walis Tambo", "Soft broom, tiger grass.", 120, 280, 0},
        {"Home & Living", "HH", "Food Storage Containers", "BPA-free set of 5.", 199, 549, 0},
        {"Home & Living", "HH", "LED Rechargeable Bulb", "Emergency bulb for brownouts.", 149, 399, 0},
        {"Home & Living", "HH", "Dishwashing Liquid Refill", "Calamansi scent, 1 L refill.", 69, 159, 730},
        {"Home & Living", "HH", "Laundry Detergent Powder", "Antibac powder, 2 kg.", 189, 389, 1095},
        {"Home & Living", "HH", "Electric Fan Cover", "Washable dust cover.", 79, 179, 0},
        {"Home & Living", "HH", "Rice Dispenser", "10 kg rice dispenser with measuring cup.", 399, 899, 0},
        {"Home & Living", "HH", "Mosquito Net", "Foldable mosquito net, double size.", 199, 499, 0},
        // Fashion
        {"Fashion", "FS", "Oversized Cotton Shirt", "Unisex oversized tee, breathable cotton.", 149, 399, 0},
        {"Fashion", "FS", "Barong-Inspired Polo", "Modern piña-look polo.", 499, 1299, 0},
        {"Fashion", "FS", "Rubber Slippers", "Comfortable everyday tsinelas.", 69, 199, 0},
        {"Fashion", "FS", "Tote Bag Canvas", "Printed canvas tote, local design.", 129, 349, 0},
        {"Fashion", "FS", "High-Waist Jeans", "Stretch denim, mom fit.", 399, 899, 0},
        {"Fashion", "FS", "Bucket Hat", "Reversible bucket hat.", 99, 249, 0},
        {"Fashion", "FS", "Maxi Dress Floral", "Flowy summer maxi dress.", 299, 799, 0},
        {"Fashion", "FS", "Crossbody Sling Bag", "Water-resistant sling bag.", 199, 599, 0},
        {"Fashion", "FS", "Ankle Socks 5 Pairs", "Cotton ankle socks pack.", 79, 199, 0},
    };
    return list;
}

const QList<QString> &productVariants(const char *category)
{
    static const QList<QString> food = {u"100g"_s,     u"200g"_s,       u"250g"_s,        u"500g"_s,
                                        u"1kg"_s,      u"Pack of 3"_s,  u"Family Pack"_s, u"Spicy"_s,
                                        u"Original"_s, u"Sugar-Free"_s, u"Bundle of 6"_s, u"Trial Size"_s};
    static const QList<QString> beauty = {u"50ml"_s,           u"100ml"_s,     u"200ml"_s, u"Travel Size"_s,
                                          u"Set of 2"_s,       u"Unscented"_s, u"Rose"_s,  u"Lavender"_s,
                                          u"Sensitive Skin"_s, u"Value Pack"_s};
    static const QList<QString> home = {u"Small"_s, u"Medium"_s,   u"Large"_s,      u"Blue"_s, u"Gray"_s,
                                        u"Pink"_s,  u"Set of 3"_s, u"Heavy Duty"_s, u"Eco"_s,  u"XL"_s};
    static const QList<QString> fashion = {u"Size S"_s, u"Size M"_s,    u"Size L"_s, u"Size XL"_s,
                                           u"Black"_s,  u"White"_s,     u"Beige"_s,  u"Navy"_s,
                                           u"Sage"_s,   u"Free Size"_s, u"Kids"_s};
    const QString c = QString::fromLatin1(category);
    if (c.startsWith(u"Food"))
        return food;
    if (c.startsWith(u"Beauty"))
        return beauty;
    if (c.startsWith(u"Home"))
        return home;
    return fashion;
}

const QList<QString> &firstNames()
{
    static const QList<QString> list = {
        u"Maria"_s,    u"Juan"_s,     u"Jose"_s,     u"Ana"_s,     u"Mark"_s,   u"Kristine"_s, u"John Paul"_s,
        u"Angelica"_s, u"Rommel"_s,   u"Jenny"_s,    u"Carlo"_s,   u"Bea"_s,    u"Paolo"_s,    u"Liza"_s,
        u"Miguel"_s,   u"Rica"_s,     u"Joshua"_s,   u"Camille"_s, u"Ramon"_s,  u"Grace"_s,    u"Nico"_s,
        u"Joy"_s,      u"Enrico"_s,   u"Patricia"_s, u"Dennis"_s,  u"Aileen"_s, u"Arnel"_s,    u"Lovely"_s,
        u"Jerome"_s,   u"Princess"_s, u"Ella"_s,     u"Marvin"_s};
    return list;
}

const QList<QString> &lastNames()
{
    static const QList<QString> list = {
        u"Santos"_s,     u"Reyes"_s,   u"Cruz"_s,      u"Bautista"_s, u"Ocampo"_s,   u"Garcia"_s,
        u"Mendoza"_s,    u"Torres"_s,  u"Tomas"_s,     u"Andrada"_s,  u"Castillo"_s, u"Flores"_s,
        u"Villanueva"_s, u"Ramos"_s,   u"Castro"_s,    u"Rivera"_s,   u"Aquino"_s,   u"Navarro"_s,
        u"Salazar"_s,    u"Mercado"_s, u"Dela Cruz"_s, u"Pascual"_s,  u"Manalo"_s,   u"Gonzales"_s,
        u"Lim"_s,        u"Tan"_s,     u"Sy"_s,        u"Domingo"_s};
    return list;
}

const QList<QString> &cities()
{
    static const QList<QString> list = {
        u"Quezon City"_s, u"Manila"_s,         u"Makati"_s,   u"Pasig"_s,      u"Taguig"_s,
        u"Cebu City"_s,   u"Davao City"_s,     u"Caloocan"_s, u"Antipolo"_s,   u"Iloilo City"_s,
        u"Bacolod"_s,     u"Cagayan de Oro"_s, u"Baguio"_s,   u"Dasmariñas"_s, u"San Fernando"_s};
    return list;
}

const QList<QString> &paymentMethods()
{
    static const QList<QString> list = {u"COD"_s, u"GCash"_s, u"Maya"_s, u"Credit Card"_s,
                                        u"Bank Transfer"_s};
    return list;
}

} // namespace bva::clone
