#include "testserver.h"

#include "auth/secretvault.h"
#include "auth/vaultkeys.h"
#include "memoryvault.h"
#include "store/integrationrepository.h"
#include "store/shoprepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace bva::test {

namespace {

// Both servers of startSharing() read one vault, as two bva-server processes share their vault
// file: a session signed by one is valid at the other.
class SharedVault final : public SecretVault
{
public:
    explicit SharedVault(std::shared_ptr<MemoryVault> vault)
        : m_vault(std::move(vault))
    {}
    Result<void> store(const QString &key, const QByteArray &secret) override
    {
        return m_vault->store(key, secret);
    }
    Result<std::optional<QByteArray>> read(const QString &key) override { return m_vault->read(key); }
    Result<void> remove(const QString &key) override { return m_vault->remove(key); }
    QString backendName() const override { return m_vault->backendName(); }

private:
    std::shared_ptr<MemoryVault> m_vault;
};

} // namespace

std::unique_ptr<TestServer> TestServer::start(const QString &backend, QString *why, int ratePerSecond,
                                              QStringList corsOrigins)
{
    return start(backend, why, [&](AppConfig &config) {
        config.webhookRatePerSecond = ratePerSecond;
        if (!corsOrigins.isEmpty())
            config.http.corsOrigins = corsOrigins;
    });
}

std::unique_ptr<TestServer> TestServer::start(const QString &backend, QString *why,
                                              const std::function<void(AppConfig &)> &tune)
{
    std::unique_ptr<TestServer> server(new TestServer);
    server->m_scratch = ScratchDatabase::create(backend, why);
    if (!server->m_scratch)
        return nullptr;
    const QString url = server->m_scratch->url();
    return launch(std::move(server), url, why, tune);
}

std::unique_ptr<TestServer> TestServer::startSharing(const TestServer &other, QString *why)
{
    std::unique_ptr<TestServer> server(new TestServer);
    server->m_vault = other.m_vault;
    return launch(std::move(server), other.m_url, why, {});
}

std::unique_ptr<TestServer> TestServer::launch(std::unique_ptr<TestServer> server, const QString &url,
                                               QString *why, const std::function<void(AppConfig &)> &tune)
{
    server->m_url = url;
    if (!server->m_vault)
        server->m_vault = std::make_shared<MemoryVault>();
    AppConfig config;
    config.databaseUrl = url;
    config.http.port = 0;
    config.http.corsOrigins = {u"http://localhost:5173"_s, u"http://localhost:3001"_s};
    config.webhookRatePerSecond = 0;
    config.passwordStrength = PasswordHasher::Strength::Minimal;
    config.simulatedPlatforms = true; // the open flavours of bva-clone stand in for Shopee and Lazada
    if (tune)
        tune(config);
    std::shared_ptr<MemoryVault> vault = server->m_vault;
    server->m_services = std::make_unique<AppServices>(config, [vault] {
        return Result<std::unique_ptr<SecretVault>>(std::make_unique<SharedVault>(vault));
    });
    if (auto r = server->m_services->open(); !r) {
        *why = r.error().message;
        return nullptr;
    }
    auto port = server->m_services->startHttp();
    if (!port) {
        *why = port.error().message;
        return nullptr;
    }
    server->m_port = *port;
    return server;
}

TestServer::~TestServer()
{
    if (m_services)
        m_services->stopHttp();
    m_services.reset();
}

QUrl TestServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port) + path);
}

Reply TestServer::send(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return sendRequest(m_nam, url(path), method, body, headers);
}

Reply sendRequest(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &method,
                  const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers,
                  int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(timeoutMs);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return r;
}

Reply TestServer::get(const QString &path, const QByteArray &session)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!session.isEmpty())
        headers.emplaceBack("Authorization", "Bearer " + session);
    return send("GET", path, {}, headers);
}

Reply TestServer::postJson(const QString &path, const QJsonObject &body, const QByteArray &session)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!session.isEmpty())
        headers.emplaceBack("Authorization", "Bearer " + session);
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply TestServer::webhook(const QString &topic, const QByteArray &body, const QByteArray &token)
{
    return send("POST", u"/api/webhooks/"_s + topic, body, {{"Authorization", "Bearer " + token}});
}

std::pair<qint64, QByteArray> TestServer::registerUser(const QString &email)
{
    // Registering answers the same for every email (202, no session); the account then signs in.
    const QJsonObject credentials{
        {u"email"_s, email}, {u"password"_s, u"correct horse"_s}, {u"name"_s, u"T"_s}};
    const Reply created = postJson(u"/api/auth/register"_s, credentials);
    if (created.status != 202)
        qWarning("registering %s answered %d: %s", qPrintable(email), created.status,
                 created.body.constData());
    const Reply r = postJson(u"/api/auth/login"_s, credentials);
    const QJsonObject data = r.json.value(u"data"_s).toObject();
    return {qint64(data.value(u"user"_s).toObject().value(u"id"_s).toDouble()),
            data.value(u"token"_s).toString().toUtf8()};
}

TestIntegration TestServer::addIntegration(Platform platform, const QString &shopExternalId, qint64 userId,
                                           const QByteArray &token)
{
    TestIntegration t;
    Shop shop;
    shop.platform = platform;
    shop.externalId = shopExternalId;
    shop.name = u"Shop "_s + shopExternalId;
    auto stored = ShopRepository(db()).upsert(shop);
    Q_ASSERT(stored.ok());
    t.shopId = stored->id;
    t.shopExternalId = shopExternalId;
    if (userId)
        (void)ShopRepository(db()).grantAccess(userId, t.shopId, ShopRole::Admin);
    t.token = token.isEmpty() ? "tok-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : token;
    t.secret = "whsec_" + QUuid::createUuid().toRfc4122().toBase64();
    SecretVault &vault = m_services->vault();
    const QString tokenRef = u"integration/"_s + QString::number(t.shopId) + u"/token"_s;
    const QString secretRef = u"integration/"_s + QString::number(t.shopId) + u"/webhook-secret"_s;
    (void)vault.store(tokenRef, t.token);
    (void)vault.store(secretRef, t.secret);
    Integration i;
    i.shopId = t.shopId;
    i.ownerUserId = userId;
    i.platform = platform;
    i.tokenRef = tokenRef;
    i.tokenLookup = tokenLookupKey(m_services->tokenLookupKey(), t.token);
    i.webhookSecretRef = secretRef;
    i.state = IntegrationState::Connected;
    auto saved = IntegrationRepository(db()).save(i);
    Q_ASSERT(saved.ok());
    t.integrationId = saved->id;
    return t;
}

ScopedTranslation::ScopedTranslation(const QString &language)
    : m_path(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s)
{
    m_installed = m_translator.load(m_path) && QCoreApplication::installTranslator(&m_translator);
}

ScopedTranslation::~ScopedTranslation()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

} // namespace bva::test
