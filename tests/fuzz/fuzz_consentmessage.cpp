// libFuzzer target: the consent page's postMessage, which reaches BVA from a web page (CONTRACT.md
// section 1), read by the desktop's allow-list (ConsentResult::fromMessage) and by the server's
// reader (connectRequestFromConsent). Input: the first byte picks the flavour, the rest is the
// message as the page posts it (JSON text). Must never crash, hang or leak, nor accept a grant
// without a shop and a token.
#include "consent/consentresult.h"
#include "sync/consentmessage.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const bva::Platform flavour = data[0] & 1 ? bva::Platform::Lazada : bva::Platform::Shopee;
    const QJsonObject message =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)))
            .object();
    if (auto result = bva::ui::ConsentResult::fromMessage(flavour, message)) {
        if (result->kind == bva::ui::ConsentResult::Kind::Granted &&
            (result->token.isEmpty() || result->shopId.isEmpty()))
            std::abort();
    }
    if (auto request = bva::connectRequestFromConsent(message, QStringLiteral("http://127.0.0.1:5173"), 1)) {
        if (request->token.isEmpty() || request->shopExternalId.isEmpty())
            std::abort();
    }
    return 0;
}
