// The marketplaces BVA can connect to, one adapter each. builtIn() holds the shopee and lazada clones and
// the real Shopee and Lazada open platforms; a new
// marketplace is one adapter plus one line in builtinadapters.cpp (docs/adding-a-marketplace.md).
#pragma once

#include "openplatform.h"

#include <QList>
#include <memory>
#include <vector>

namespace bva {

class PlatformRegistry final
{
    Q_DISABLE_COPY_MOVE(PlatformRegistry)
public:
    PlatformRegistry() = default;

    // Replaces an adapter registered for the same platform (tests register fakes this way).
    void add(std::unique_ptr<PlatformAdapter> adapter);
    const PlatformAdapter *find(Platform platform) const;
    QList<const PlatformAdapter *> all() const;
    // The real platforms' adapters, by the API an integration talks (never by Platform: a real Shopee
    // shop is still Platform::Shopee). Replaces one of the same kind.
    void addOpen(std::unique_ptr<OpenPlatformAdapter> adapter);
    const OpenPlatformAdapter *findOpen(ApiKind kind) const;
    QList<const OpenPlatformAdapter *> allOpen() const;

    // A registry with every built-in adapter (registerBuiltInAdapters).
    static std::shared_ptr<PlatformRegistry> builtIn();

private:
    std::vector<std::unique_ptr<PlatformAdapter>> m_adapters;
    std::vector<std::unique_ptr<OpenPlatformAdapter>> m_open;
};

// builtinadapters.cpp: one line per marketplace.
void registerBuiltInAdapters(PlatformRegistry &registry);

} // namespace bva
