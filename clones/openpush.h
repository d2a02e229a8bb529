// The open flavours' pushes: an order webhook of the live feed becomes the platform's order push
// (Shopee code 3, Lazada message_type 0) signed the platform's way; other webhooks are not pushed.
#pragma once

#include "openplatform.h"
#include "webhooksender.h"

namespace bva::clone {

void usePlatformPush(WebhookSender &sender, const CloneStore &store, const OpenPlatformConfig &config);

} // namespace bva::clone
