// /__admin: test hooks that no real marketplace has (faults, tokens on demand, extra sellers,
// deterministic event bursts, the delivery log).
#pragma once

#include "clonestore.h"
#include "faults.h"
#include "httpserver.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace bva::clone {

class LiveFeed;
class TokenService;
class WebhookSender;

class AdminApi final
{
    Q_DECLARE_TR_FUNCTIONS(bva::clone::AdminApi)
public:
    AdminApi(CloneStore &store, TokenService &tokens, Faults &faults, LiveFeed &feed, WebhookSender &sender,
             std::function<QJsonObject()> describe);

    std::optional<HttpResponse> handle(const HttpRequest &request);

private:
    HttpResponse issueToken(const QJsonObject &body);
    // What the consent page hands over (token and refresh token), without a browser.
    HttpResponse issueGrant(const QJsonObject &body);
    // The seller takes every grant back: refresh tokens and the access tokens they renewed.
    HttpResponse revokeGrants(const QJsonObject &body);
    // {email} or {shopId}, else the main seller; null when no such seller.
    const Seller *sellerFrom(const QJsonObject &body) const;
    HttpResponse addSeller(const QJsonObject &body);
    HttpResponse events(const QJsonObject &body);

    CloneStore &m_store;
    TokenService &m_tokens;
    Faults &m_faults;
    LiveFeed &m_feed;
    WebhookSender &m_sender;
    std::function<QJsonObject()> m_describe;
};

} // namespace bva::clone
