// libFuzzer target: the webhook payload parser (all eight topics, both flavours' shapes).
// Input: first byte picks the topic, the rest is the body. Must never crash, hang or leak.
#include "webhooks/webhookpayload.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    constexpr size_t topics = sizeof(bva::kAllWebhookTopics) / sizeof(bva::kAllWebhookTopics[0]);
    const bva::WebhookTopic topic = bva::kAllWebhookTopics[data[0] % topics];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto result = bva::parseWebhook(topic, body, data[0] & 0x80 ? 0 : 2);
    if (result) {
        // Touch the parsed values so the optimiser keeps the work.
        volatile qsizetype n = result->products.size() + result->orders.size() + result->shopIds.size();
        (void)n;
    }
    return 0;
}
