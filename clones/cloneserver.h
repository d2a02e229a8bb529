// One running clone site: the store, its HTTP front with faults and CORS, tokens, webhooks and
// the live feed, wired together.
#pragma once

#include "cloneconfig.h"
#include "clonestore.h"
#include "rng.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>

namespace bva::clone {

class AdminApi;
class HttpServer;
class LazadaOpenApi;
class ShopeeOpenApi;
class LiveFeed;
class RestApi;
class SitePages;
class TokenService;
class WebhookSender;
struct HttpRequest;
struct HttpResponse;

class CloneServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloneServer)
public:
    explicit CloneServer(const CloneConfig &config, QObject *parent = nullptr);
    ~CloneServer() override;

    // Listens, then loads or generates the data. False with *error on failure.
    bool start(QString *error);
    QString url() const { return m_url; }
    quint16 port() const;
    // `renewTokens`: hand out fresh stable tokens (at start); the admin state shows them as they are.
    QJsonObject readyInfo(bool renewTokens = true);
    qint64 generationMs() const { return m_generationMs; }
    CloneStore &store() { return *m_store; }
    void saveNow();

private:
    void dispatch(const HttpRequest &request, const std::function<void(HttpResponse)> &respond);
    void applyFaults(HttpResponse &response);
    // The open flavours' routes; false when the path is none of theirs.
    bool dispatchOpen(const HttpRequest &request, const std::function<void(HttpResponse)> &finish);
    QJsonObject openInfo() const;
    QJsonObject describe();

    CloneConfig m_config;
    QString m_url;
    std::unique_ptr<CloneStore> m_store;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<WebhookSender> m_sender;
    std::unique_ptr<LiveFeed> m_feed;
    std::unique_ptr<RestApi> m_rest;
    std::unique_ptr<AdminApi> m_admin;
    std::unique_ptr<SitePages> m_pages;
    std::unique_ptr<ShopeeOpenApi> m_shopeeOpen;
    std::unique_ptr<LazadaOpenApi> m_lazadaOpen;
    std::unique_ptr<HttpServer> m_http;
    Faults m_faults;
    Rng m_faultRng;
    QTimer m_saveTimer;
    QTimer m_warmTimer; // fills the wire-JSON cache in small slices while idle
    size_t m_warmAt = 0;
    qint64 m_generationMs = 0;
};

} // namespace bva::clone
