// The marketplaces that ship with BVA. Adding one: write its adapter, add one line here.
#include "lazadaadapter.h"
#include "lazadaopenadapter.h"
#include "platformregistry.h"
#include "shopeeadapter.h"
#include "shopeeopenadapter.h"

namespace bva {

void registerBuiltInAdapters(PlatformRegistry &registry)
{
    registry.add(std::make_unique<ShopeeAdapter>());
    registry.add(std::make_unique<LazadaAdapter>());
    registry.addOpen(std::make_unique<ShopeeOpenAdapter>());
    registry.addOpen(std::make_unique<LazadaOpenAdapter>());
}

} // namespace bva
