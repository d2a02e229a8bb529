// Ctrl+K's rows for what the data holds: the products and orders a typed text found.
#pragma once

#include "analytics/analyticstypes.h"
#include "commandpalette.h"

#include <functional>

namespace bva::ui {

// `openProduct` gets the product and the text to search for it on the Products page (its SKU, or its
// name when it has none).
QList<PaletteCommand> paletteHits(const SearchHits &hits,
                                  const std::function<void(const Product &, const QString &)> &openProduct,
                                  const std::function<void(const RecentOrder &)> &openOrder);

} // namespace bva::ui
