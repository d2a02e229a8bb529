// The marketplaces that ship with BVA. Adding one: write its adapter, add one line here.
#include "lazadaadapter.h"
#include "platformregistry.h"
#include "shopeeadapter.h"

namespace bva {

void registerBuiltInAdapters(PlatformRegistry &registry)
{
    registry.add(std::make_unique<ShopeeAdapter>());
    registry.add(std::make_unique<LazadaAdapter>());
}

} // namespace bva
