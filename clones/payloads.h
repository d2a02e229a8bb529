// Webhook bodies exactly as each flavour sends them (CONTRACT.md section 4).
#pragma once

#include "clonestore.h"

namespace bva::clone {

struct Webhook
{
    QString path; // e.g. "/orders/created", appended to the BVA webhook base URL
    QByteArray body;
    QString shopId;
};

class Payloads final
{
public:
    Payloads(const CloneStore &store, const RenderOptions &render);

    Webhook productCreated(const Product &p) const;
    Webhook productUpdated(const Product &p) const;
    Webhook productDeleted(const QString &id, const QString &shopId) const;
    Webhook orderCreated(const Order &o) const;
    Webhook orderUpdated(const Order &o) const;
    Webhook orderStatusChanged(const Order &o) const;
    Webhook inventoryUpdated(const Product &p) const;
    Webhook syncBatch(const QString &shopId) const;

private:
    Webhook product(const QString &path, const Product &p) const;
    void orderItems(class JsonOut &j, const Order &o) const;
    const CloneStore &m_store;
    RenderOptions m_render;
    Flavor m_flavor;
};

} // namespace bva::clone
