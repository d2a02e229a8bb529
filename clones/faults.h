// Misbehaviours the simulator can be told to show, so BVA's tolerance is really tested.
#pragma once

#include <QJsonObject>
#include <QString>

namespace bva::clone {

struct Faults
{
    int latencyMs = 0;               // every /api reply is held back this long
    double errorRate = 0;            // fraction of /api replies that are a 500
    double truncateRate = 0;         // fraction of /api JSON bodies cut in half
    double malformedRate = 0;        // fraction of /api JSON bodies that are not JSON at all
    double throttleRate = 0;         // fraction of /api replies that are a 429 with "Retry-After: 1"
    bool duplicateWebhooks = false;  // every webhook is delivered twice (same webhook-id)
    double dropRate = 0;             // fraction of webhooks (pushes) never sent: lost on the way
    int reorderWindow = 0;           // > 1: webhooks go out shuffled in groups of this many; a
                                     // duplicate then goes out with the next group (late)
    quint64 reorderSeed = 1;         // the shuffle's seed, so a failing schedule can be replayed
    bool statusBeforeCreate = false; // a new order's status-changed goes out before orders/created
    bool numbersAsStrings = false;   // prices, totals and stock as JSON strings
    bool lowercaseStatuses = false;  // order statuses in lowercase
    bool wrongPassword500 = false;   // wrong password answers 500 like the public clones
    bool deniedMessage = false;      // shopee flavour: Deny posts SHOPEE_CLONE_AUTH_DENIED (as some Shopee
                                     // clones do) instead of the contract's SHOPEE_CLONE_AUTH_ERROR
    bool createdAgain = false;       // a moved order's orders/created is sent again (for an order BVA has)
    bool hidePagination = false;     // paged lists come without their "pagination" block
    int pageDrift = 0;               // pages after the first start this many records later: > 0 skips
                                     // records (others deleted while paging), < 0 repeats them (added)

    QJsonObject toJson() const;
    // Applies the keys present in `json`; unknown keys are reported in *error.
    bool merge(const QJsonObject &json, QString *error);
};

} // namespace bva::clone
