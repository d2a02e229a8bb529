#include "platformregistry.h"

namespace bva {

void PlatformRegistry::add(std::unique_ptr<PlatformAdapter> adapter)
{
    for (auto &a : m_adapters) {
        if (a->platform() == adapter->platform()) {
            a = std::move(adapter);
            return;
        }
    }
    m_adapters.push_back(std::move(adapter));
}

const PlatformAdapter *PlatformRegistry::find(Platform platform) const
{
    for (const auto &a : m_adapters) {
        if (a->platform() == platform)
            return a.get();
    }
    return nullptr;
}

QList<const PlatformAdapter *> PlatformRegistry::all() const
{
    QList<const PlatformAdapter *> out;
    for (const auto &a : m_adapters)
        out.append(a.get());
    return out;
}

void PlatformRegistry::addOpen(std::unique_ptr<OpenPlatformAdapter> adapter)
{
    for (auto &a : m_open) {
        if (a->apiKind() == adapter->apiKind()) {
            a = std::move(adapter);
            return;
        }
    }
    m_open.push_back(std::move(adapter));
}

const OpenPlatformAdapter *PlatformRegistry::findOpen(ApiKind kind) const
{
    for (const auto &a : m_open) {
        if (a->apiKind() == kind)
            return a.get();
    }
    return nullptr;
}

QList<const OpenPlatformAdapter *> PlatformRegistry::allOpen() const
{
    QList<const OpenPlatformAdapter *> out;
    for (const auto &a : m_open)
        out.append(a.get());
    return out;
}

std::shared_ptr<PlatformRegistry> PlatformRegistry::builtIn()
{
    auto registry = std::make_shared<PlatformRegistry>();
    registerBuiltInAdapters(*registry);
    return registry;
}

} // namespace bva
