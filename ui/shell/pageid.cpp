#include "pageid.h"

using namespace Qt::StringLiterals;

namespace bva::ui {

QList<PageId> Pages::all()
{
    return {PageId::Dashboard, PageId::Products,   PageId::Orders,  PageId::SmartShelf,
            PageId::Restock,   PageId::MarketMate, PageId::Reports, PageId::Settings};
}

QString Pages::key(PageId id)
{
    switch (id) {
    case PageId::Dashboard:
        return u"dashboard"_s;
    case PageId::Products:
        return u"products"_s;
    case PageId::Orders:
        return u"orders"_s;
    case PageId::SmartShelf:
        return u"smartshelf"_s;
    case PageId::Restock:
        return u"restock"_s;
    case PageId::MarketMate:
        return u"marketmate"_s;
    case PageId::Reports:
        return u"reports"_s;
    case PageId::Settings:
        return u"settings"_s;
    }
    return u"dashboard"_s;
}

PageId Pages::fromKey(const QString &key, PageId fallback)
{
    for (PageId id : all())
        if (Pages::key(id) == key)
            return id;
    return fallback;
}

QString Pages::title(PageId id)
{
    switch (id) {
    case PageId::Dashboard:
        return tr("Dashboard");
    case PageId::Products:
        return tr("Products & Inventory");
    case PageId::Orders:
        return tr("Orders");
    case PageId::SmartShelf:
        return tr("SmartShelf");
    case PageId::Restock:
        return tr("Restock Planner");
    case PageId::MarketMate:
        return tr("MarketMate");
    case PageId::Reports:
        return tr("Reports");
    case PageId::Settings:
        return tr("Settings");
    }
    return {};
}

QString Pages::icon(PageId id)
{
    return key(id);
}

} // namespace bva::ui
