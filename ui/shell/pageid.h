// The pages of the main window, in sidebar order, with their stable keys and icons.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bva::ui {

enum class PageId { Dashboard, Products, Orders, SmartShelf, Restock, MarketMate, Reports, Settings };

class Pages final
{
    Q_DECLARE_TR_FUNCTIONS(bva::ui::Pages)
public:
    static QList<PageId> all();
    static QString key(PageId id); // "dashboard", stored in settings
    static PageId fromKey(const QString &key, PageId fallback = PageId::Dashboard);
    static QString title(PageId id); // translated
    static QString icon(PageId id);  // name under :/bva/icons
};

} // namespace bva::ui
