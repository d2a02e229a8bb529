// The clone's web pages (login, BVA consent, seller products/orders, buyer shop), its assets
// and /config.js, which injects the BVA webhook URL and the flavour's vocabulary.
#pragma once

#include "clonestore.h"
#include "faults.h"
#include "httpserver.h"
#include "webhooksender.h"

#include <QHash>
#include <QUrl>
#include <optional>

namespace bva::clone {

class SitePages final
{
public:
    // The webhook URL the pages post to is the sender's (it may be changed at run time).
    SitePages(const CloneStore &store, const Faults &faults, const WebhookSender &sender);

    std::optional<HttpResponse> handle(const HttpRequest &request) const;

private:
    HttpResponse page(const QString &name, const QString &title) const;
    HttpResponse configJs() const;
    HttpResponse image(const QString &sku) const;
    static QByteArray resource(const QString &name);

    const CloneStore &m_store;
    const Faults &m_faults;
    const WebhookSender &m_sender;
};

} // namespace bva::clone
