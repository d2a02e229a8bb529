// The Restock Planner's shopping list as a paged document (shoppingListHtml laid out by QTextDocument),
// to PDF or any printer. Needs Qt Gui only (no Widgets): library bva_forecast_documents, usable by
// the desktop and by a server that runs a QGuiApplication.
#pragma once

#include "restockplanner.h"
#include "util/result.h"

class QPagedPaintDevice;

namespace bva::forecast {

// Lays the list out on `device` page by page; returns the number of pages (0 when nothing printed).
int renderShoppingList(const RestockPlan &plan, QPagedPaintDevice &device);
// A4 portrait PDF; returns the page count.
Result<int> writeShoppingListPdf(const RestockPlan &plan, const QString &path);

} // namespace bva::forecast
