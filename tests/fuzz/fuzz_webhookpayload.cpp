// libFuzzer target: the webhook payload parser (all eight topics, both flavours' shapes).
// Input: first byte picks the topic, the rest is the body. Must never crash, hang or leak.
// Also the webhook's fast reader of order bodies (util/flatjson.h) against it: a body that one takes
// must read to the same command, or be refused by both (aborts with both readings otherwise).
#include "../support/webhookdiff.h"
#include "webhooks/webhookpayload.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    constexpr size_t topics = sizeof(bva::kAllWebhookTopics) / sizeof(bva::kAllWebhookTopics[0]);
    const bva::WebhookTopic topic = bva::kAllWebhookTopics[data[0] % topics];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const int exponent = data[0] & 0x80 ? 0 : 2;
    auto result = bva::parseWebhook(topic, body, exponent);
    for (bva::WebhookTopic orders : {topic, bva::WebhookTopic::OrderCreated}) {
        const QString difference = bva::test::flatReaderDifference(orders, body, exponent);
        if (!difference.isEmpty()) {
            std::fprintf(stderr, "fast reader differs: %s\n", qPrintable(difference));
            std::abort();
        }
    }
    if (result) {
        // Touch the parsed values so the optimiser keeps the work.
        volatile qsizetype n = result->products.size() + result->orders.size() + result->shopIds.size();
        (void)n;
    }
    return 0;
}
