// The two marketplace flavours the simulator plays and how each spells its values on the wire.
#pragma once

#include <QString>
#include <optional>

namespace bva::clone {

enum class Flavor { Shopee, Lazada };

// Internal order state; each flavour renders it in its own vocabulary (CONTRACT.md section 2).
enum class OrderStatus {
    Pending,
    Unpaid,
    ToShip,
    ToReceive,
    Completed,
    Cancelled,
    Returned,
    Refunded,
    Failed
};

QString flavorName(Flavor f); // "shopee" / "lazada"
std::optional<Flavor> flavorFromName(const QString &name);
quint16 defaultPort(Flavor f);   // 5173 / 3001
QString platformEnum(Flavor f);  // "SHOPEE" / "LAZADA"
QString loginPlatform(Flavor f); // "SHOPEE_CLONE" / "LAZADA_CLONE"
QString messagePrefix(Flavor f); // "SHOPEE_CLONE" / "LAZADA_CLONE"

// The status as the flavour writes it; `lowercase` is the "lowercase statuses" fault.
QString statusText(Flavor f, OrderStatus s, bool lowercase = false);
// Accepts any spelling of either flavour (case-insensitive, '-' or '_').
std::optional<OrderStatus> statusFromText(const QString &text);
bool isFinalStatus(OrderStatus s);
bool releasesStock(OrderStatus s); // cancelled / returned orders put their items back

} // namespace bva::clone
