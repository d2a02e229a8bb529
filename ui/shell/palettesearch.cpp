#include "palettesearch.h"

#include "pageid.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::ui::CommandPalette)
};

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.isEmpty())
            kept.append(p);
    return kept.join(u"  ·  "_s);
}

} // namespace

QList<PaletteCommand> paletteHits(const SearchHits &hits,
                                  const std::function<void(const Product &, const QString &)> &openProduct,
                                  const std::function<void(const RecentOrder &)> &openOrder)
{
    QList<PaletteCommand> rows;
    for (const Product &p : hits.products) {
        const QString search = p.sku.isEmpty() ? p.name : p.sku;
        rows.append(
            {joined({p.name.isEmpty() ? p.externalId : p.name, p.sku, hits.shopNames.value(p.shopId)}),
             Text::tr("Product"), Pages::icon(PageId::Products),
             [openProduct, p, search] { openProduct(p, search); }});
    }
    for (const RecentOrder &o : hits.orders) {
        rows.append({joined({Text::tr("Order %1").arg(o.order.externalId), o.order.customerName, o.shopName,
                             o.order.localDay}),
                     Text::tr("Order"), Pages::icon(PageId::Orders), [openOrder, o] { openOrder(o); }});
    }
    return rows;
}

} // namespace bva::ui
